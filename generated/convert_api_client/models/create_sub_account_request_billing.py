from __future__ import annotations

from typing import Any, TypeAlias

CreateSubAccountRequestBilling: TypeAlias = dict[str, Any]
""" Billing plan configuration and usage limits of the new sub-account. The reference does not detail its fields.

 """
