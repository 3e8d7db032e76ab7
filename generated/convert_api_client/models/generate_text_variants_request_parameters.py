from __future__ import annotations

from typing import Any, TypeAlias

GenerateTextVariantsRequestParameters: TypeAlias = dict[str, Any]
""" Parameters to customize the AI generation process.

 """
