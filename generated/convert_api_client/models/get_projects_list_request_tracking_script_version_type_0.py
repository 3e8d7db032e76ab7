from __future__ import annotations

from typing import Any, TypeAlias

GetProjectsListRequestTrackingScriptVersionType0: TypeAlias = dict[str, Any]
""" Filters projects by their tracking script version.

 """
