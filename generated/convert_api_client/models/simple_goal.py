from __future__ import annotations

from typing import Any, TypeAlias

SimpleGoal: TypeAlias = dict[str, Any]
""" A goal in its short form (fields not given by the reference).

 """
