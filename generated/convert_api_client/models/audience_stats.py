from __future__ import annotations

from typing import Any, TypeAlias

AudienceStats: TypeAlias = dict[str, Any]
""" Statistics related to the usage of this audience.

 """
