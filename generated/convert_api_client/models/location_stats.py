from __future__ import annotations

from typing import Any, TypeAlias

LocationStats: TypeAlias = dict[str, Any]
""" Statistics related to the usage of this location.

 """
