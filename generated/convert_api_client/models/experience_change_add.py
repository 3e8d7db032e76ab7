from __future__ import annotations

from typing import Any, TypeAlias

ExperienceChangeAdd: TypeAlias = dict[str, Any]
