from __future__ import annotations

from typing import Any, TypeAlias

ExperienceVariationBaseExtended: TypeAlias = dict[str, Any]
