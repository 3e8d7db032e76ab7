from __future__ import annotations

from typing import Any, TypeAlias

UpdateAccountUserAccessesByEmailRequestAccessesItem: TypeAlias = dict[str, Any]
