from __future__ import annotations

from typing import Any, TypeAlias

UpdateAccountUserAccessesByUserIdRequestAccessesItem: TypeAlias = dict[str, Any]
