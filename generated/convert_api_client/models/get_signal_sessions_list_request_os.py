from __future__ import annotations

from typing import Any, TypeAlias

GetSignalSessionsListRequestOs: TypeAlias = dict[str, Any]
