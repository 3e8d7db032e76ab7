from __future__ import annotations

from typing import Any, TypeAlias

GetSignalSessionsListRequestBrowserType0: TypeAlias = dict[str, Any]
