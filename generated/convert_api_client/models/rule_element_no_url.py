from __future__ import annotations

from typing import Any, TypeAlias

RuleElementNoUrl: TypeAlias = dict[str, Any]
""" A single audience rule condition inside an OR_WHEN block that cannot use URL-based matching types. The reference
does not list its fields.

 """
