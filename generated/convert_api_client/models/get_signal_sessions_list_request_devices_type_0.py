from __future__ import annotations

from typing import Any, TypeAlias

GetSignalSessionsListRequestDevicesType0: TypeAlias = dict[str, Any]
