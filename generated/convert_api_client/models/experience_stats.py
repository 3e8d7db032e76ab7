from __future__ import annotations

from typing import Any, TypeAlias

ExperienceStats: TypeAlias = dict[str, Any]
""" Experience's condensed statistics(only for experiences that get access to a report)

 """
