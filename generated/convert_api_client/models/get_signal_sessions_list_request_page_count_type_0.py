from __future__ import annotations

from typing import Any, TypeAlias

GetSignalSessionsListRequestPageCountType0: TypeAlias = dict[str, Any]
