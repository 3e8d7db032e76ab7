from __future__ import annotations

from typing import Any, TypeAlias

BillingPlanSetupUsersResponseDataItem: TypeAlias = dict[str, Any]
""" A user to notify about the billing plan setup. The reference does not detail its fields.

 """
