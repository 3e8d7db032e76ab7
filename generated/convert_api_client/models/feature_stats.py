from __future__ import annotations

from typing import Any, TypeAlias

FeatureStats: TypeAlias = dict[str, Any]
