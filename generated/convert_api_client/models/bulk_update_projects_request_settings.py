from __future__ import annotations

from typing import Any, TypeAlias

BulkUpdateProjectsRequestSettings: TypeAlias = dict[str, Any]
""" Project settings to be updated across the specified projects.

 """
