from __future__ import annotations

from typing import Any, TypeAlias

RolePermissions: TypeAlias = dict[str, Any]
