from __future__ import annotations

from typing import Any, TypeAlias

UpdateAccountDetailsRequestBilling: TypeAlias = dict[str, Any]
""" Billing related data and settings

 """
