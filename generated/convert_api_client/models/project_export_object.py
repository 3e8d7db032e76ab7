from __future__ import annotations

from typing import Any, TypeAlias

ProjectExportObject: TypeAlias = dict[str, Any]
""" Defines filtering for a specific type of entity (e.g., experiences, goals) within a project export. Allows either an
include list (only these IDs) or an exclude list (all IDs except these). If both are omitted, all items of that
entity type are included.

 """
