from __future__ import annotations

from typing import Any, TypeAlias

FeatureExperimentRuleNamespace: TypeAlias = dict[str, Any]
""" Namespace settings (the reference types this only as an object).

 """
