from __future__ import annotations

from typing import Any, TypeAlias

SimpleLocation: TypeAlias = dict[str, Any]
""" A location in its short form (fields not given by the reference).

 """
