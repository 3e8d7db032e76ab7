from __future__ import annotations

from typing import Any, TypeAlias

ConfirmPasswordResetResponseData: TypeAlias = dict[str, Any]
