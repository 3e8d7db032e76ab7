from __future__ import annotations

from typing import Any, TypeAlias

ObservationImageData: TypeAlias = dict[str, Any]
