from __future__ import annotations

from typing import Any, TypeAlias

BillingPlanLimitsAndCapabilities: TypeAlias = dict[str, Any]
