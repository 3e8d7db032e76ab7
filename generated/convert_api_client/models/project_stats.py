from __future__ import annotations

from typing import Any, TypeAlias

ProjectStats: TypeAlias = dict[str, Any]
""" Various stats for this project. Optional field, controlled using include fields

 """
