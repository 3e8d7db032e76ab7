from __future__ import annotations

from typing import Any, TypeAlias

ExperienceChangeUpdate: TypeAlias = dict[str, Any]
