from __future__ import annotations

from typing import Any, TypeAlias

RuleElement: TypeAlias = dict[str, Any]
""" A single rule condition inside an OR_WHEN block. The reference does not list its fields.

 """
