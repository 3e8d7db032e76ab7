from __future__ import annotations

from typing import Any, TypeAlias

ExperienceSettings: TypeAlias = dict[str, Any]
""" Experience's settings list

 """
