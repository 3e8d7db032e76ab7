from __future__ import annotations

from typing import Any, TypeAlias

FeatureDefinitionRuleCondition: TypeAlias = dict[str, Any]
