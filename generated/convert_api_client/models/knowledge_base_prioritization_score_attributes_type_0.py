from __future__ import annotations

from typing import Any, TypeAlias

KnowledgeBasePrioritizationScoreAttributesType0: TypeAlias = dict[str, Any]
""" Prioritization score attributes

 """
