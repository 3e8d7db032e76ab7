from __future__ import annotations

from typing import Any, TypeAlias

TagToCreate: TypeAlias = dict[str, Any]
""" A tag to be created and connected in the same request. The reference collapses this object and lists no fields.

 """
