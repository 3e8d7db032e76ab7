from __future__ import annotations

from typing import Any, TypeAlias

LocationRulesType0: TypeAlias = dict[str, Any]
""" Defines the logical structure for combining multiple rule conditions for a Location. It uses a nested OR -> AND ->
OR_WHEN structure, similar to Audience rules, but LocationRuleElement types are restricted to page content/URL
attributes.

 """
