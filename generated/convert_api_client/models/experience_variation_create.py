from __future__ import annotations

from typing import Any, TypeAlias

ExperienceVariationCreate: TypeAlias = dict[str, Any]
