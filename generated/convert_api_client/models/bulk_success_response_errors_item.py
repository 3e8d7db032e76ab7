from __future__ import annotations

from typing import Any, TypeAlias

BulkSuccessResponseErrorsItem: TypeAlias = dict[str, Any]
