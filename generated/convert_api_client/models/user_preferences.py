from __future__ import annotations

from typing import Any, TypeAlias

UserPreferences: TypeAlias = dict[str, Any]
""" A collection of user-specific settings that customize their experience within the Convert application UI. These
preferences do not impact the execution or behavior of live experiments.

 """
