from __future__ import annotations

from typing import Any, TypeAlias

AudienceRulesType0: TypeAlias = dict[str, Any]
""" Similar to RuleObject, but the individual RuleElementNoUrl conditions within OR_WHEN arrays cannot include URL-based
matching types. Used for 'permanent' or 'transient' audiences where URL context is not persistently evaluated or
relevant for the audience type.

 """
