from __future__ import annotations

from typing import TypeAlias

ToggleFeatureRequestEnvironments: TypeAlias = dict[str, bool]
""" Map of environment name to the enabled state to set there.

 """
