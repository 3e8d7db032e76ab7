from __future__ import annotations

from typing import Any, TypeAlias

CollapsedExperienceVariationData: TypeAlias = dict[str, Any]
