from __future__ import annotations

from typing import Any, TypeAlias

StartPaymentSetupRequestDataType0: TypeAlias = dict[str, Any]
""" An optional JSON object, though typically empty for this request.

 """
