from __future__ import annotations

from typing import Any, TypeAlias

DeleteAccountUserAccessesByUserIdRequestAccessesItem: TypeAlias = dict[str, Any]
