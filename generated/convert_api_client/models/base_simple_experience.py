from __future__ import annotations

from typing import Any, TypeAlias

BaseSimpleExperience: TypeAlias = dict[str, Any]
""" An experience in its short form. The reference collapses this object and lists no fields.

 """
