from __future__ import annotations

from typing import Any, TypeAlias

DoAuthResponseData: TypeAlias = dict[str, Any]
