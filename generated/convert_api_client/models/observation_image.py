from __future__ import annotations

from typing import Any, TypeAlias

ObservationImage: TypeAlias = dict[str, Any]
""" An image attached to an observation. The reference collapses this object and lists no fields.

 """
