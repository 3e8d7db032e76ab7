from __future__ import annotations

from typing import Any, TypeAlias

AddAccountUserAccessesRequestAccessesItem: TypeAlias = dict[str, Any]
