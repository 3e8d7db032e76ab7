from __future__ import annotations

from typing import Any, TypeAlias

GenerateTextVariantsResponseData: TypeAlias = dict[str, Any]
""" The generated text variants. The reference does not detail this object.

 """
