from __future__ import annotations

from typing import Any, TypeAlias

GetBillingPlansResponseDataItem: TypeAlias = dict[str, Any]
""" A billing plan: its usage limits (e.g., tested visitors, number of projects) and available features. The reference
does not detail its fields.

 """
