from __future__ import annotations

from typing import Any, TypeAlias

AccountBilling: TypeAlias = dict[str, Any]
""" Billing related data and settings

 """
