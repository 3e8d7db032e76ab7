from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from ..models.feature_environment import FeatureEnvironment

from ..models.feature_environment import FeatureEnvironment

FeatureEnvironments: TypeAlias = dict[str, FeatureEnvironment]
""" Per-environment settings, keyed by environment name.

 """
