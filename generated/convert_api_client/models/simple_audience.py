from __future__ import annotations

from typing import Any, TypeAlias

SimpleAudience: TypeAlias = dict[str, Any]
""" An audience in its short form (fields not given by the reference).

 """
