from __future__ import annotations

from typing import Any, TypeAlias

ExperienceChangeId: TypeAlias = dict[str, Any]
