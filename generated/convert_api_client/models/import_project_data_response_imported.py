from __future__ import annotations

from typing import Any, TypeAlias

ImportProjectDataResponseImported: TypeAlias = dict[str, Any]
""" What was imported (its fields are not given by the reference).

 """
