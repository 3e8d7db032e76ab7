from __future__ import annotations

from typing import Any, TypeAlias

AccountStatsType0: TypeAlias = dict[str, Any]
""" General usage statistics for the account, typically for the current billing period. This is an optional field in API
responses, included via include[]=stats.

 """
