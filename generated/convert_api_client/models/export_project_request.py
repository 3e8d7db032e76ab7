from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.project_export_object import ProjectExportObject


class ExportProjectRequest(
    Model,
    rename={
        "include_project": "includeProject",
    },
    omit_defaults=False,
):
    """Specifies which components of the project to include in the JSON export.

    Attributes:
        include_project (bool | Unset): If true (default), includes the main project settings and configurations in the
            export. If false, only selected sub-entities (experiences, goals, etc.) might be exported. Default: True.
        experiences (ProjectExportObject | Unset): Defines filtering for a specific type of entity (e.g., experiences,
            goals) within a project export. Allows either an include list (only these IDs) or an exclude list (all IDs
            except these). If both are omitted, all items of that entity type are included.
        audiences (ProjectExportObject | Unset): Defines filtering for a specific type of entity (e.g., experiences,
            goals) within a project export. Allows either an include list (only these IDs) or an exclude list (all IDs
            except these). If both are omitted, all items of that entity type are included.
        locations (ProjectExportObject | Unset): Defines filtering for a specific type of entity (e.g., experiences,
            goals) within a project export. Allows either an include list (only these IDs) or an exclude list (all IDs
            except these). If both are omitted, all items of that entity type are included.
        goals (ProjectExportObject | Unset): Defines filtering for a specific type of entity (e.g., experiences, goals)
            within a project export. Allows either an include list (only these IDs) or an exclude list (all IDs except
            these). If both are omitted, all items of that entity type are included.
        hypothesis (ProjectExportObject | Unset): Defines filtering for a specific type of entity (e.g., experiences,
            goals) within a project export. Allows either an include list (only these IDs) or an exclude list (all IDs
            except these). If both are omitted, all items of that entity type are included.
    """

    include_project: bool = True
    experiences: ProjectExportObject | UnsetType = UNSET
    audiences: ProjectExportObject | UnsetType = UNSET
    locations: ProjectExportObject | UnsetType = UNSET
    goals: ProjectExportObject | UnsetType = UNSET
    hypothesis: ProjectExportObject | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.project_export_object import ProjectExportObject
