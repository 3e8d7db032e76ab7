from __future__ import annotations

from typing import Any, TypeAlias

GetSignalSessionsListRequestCountryType0: TypeAlias = dict[str, Any]
