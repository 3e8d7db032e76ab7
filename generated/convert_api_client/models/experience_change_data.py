from __future__ import annotations

from typing import Any, TypeAlias

ExperienceChangeData: TypeAlias = dict[str, Any]
""" A flexible object containing the specific details and content for this change, structured according to the change
type. For example, for customCode, it would contain js and css strings. For defaultRedirect, it would contain
original_pattern and variation_pattern. This field is included by default when fetching a single ExperienceChange
but might be omitted in list views unless specified in an include parameter.

 """
