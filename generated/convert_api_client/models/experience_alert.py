from __future__ import annotations

from typing import Any, TypeAlias

ExperienceAlert: TypeAlias = dict[str, Any]
