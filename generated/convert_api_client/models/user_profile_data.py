from __future__ import annotations

from typing import Any, TypeAlias

UserProfileData: TypeAlias = dict[str, Any]
