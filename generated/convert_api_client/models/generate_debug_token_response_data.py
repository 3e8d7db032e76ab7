from __future__ import annotations

from typing import Any, TypeAlias

GenerateDebugTokenResponseData: TypeAlias = dict[str, Any]
""" The debug token data (its fields are not given by the reference).

 """
