from __future__ import annotations

from typing import Any, TypeAlias

ExperienceVariationUpdate: TypeAlias = dict[str, Any]
