from __future__ import annotations

from typing import Any, TypeAlias

FeatureDefinitionValueType3: TypeAlias = dict[str, Any]
