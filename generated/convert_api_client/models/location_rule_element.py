from __future__ import annotations

from typing import Any, TypeAlias

LocationRuleElement: TypeAlias = dict[str, Any]
""" A single location rule condition inside an OR_WHEN block, restricted to page content/URL attributes. The reference
does not list its fields.

 """
