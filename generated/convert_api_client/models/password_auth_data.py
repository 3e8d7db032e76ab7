from __future__ import annotations

from typing import Any, TypeAlias

PasswordAuthData: TypeAlias = dict[str, Any]
""" Base data included in cookie-based authentication steps.

 """
