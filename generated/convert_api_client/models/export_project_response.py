from __future__ import annotations

from typing import Any, TypeAlias

ExportProjectResponse: TypeAlias = dict[str, Any]
""" The exported project data (a JSON document).

 """
