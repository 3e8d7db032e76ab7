from __future__ import annotations

from typing import Any, TypeAlias

DeleteAccountUserAccessesByEmailRequestAccessesItem: TypeAlias = dict[str, Any]
