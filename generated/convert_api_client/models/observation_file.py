from __future__ import annotations

from typing import Any, TypeAlias

ObservationFile: TypeAlias = dict[str, Any]
""" A file attached to an observation. The reference collapses this object and lists no fields.

 """
