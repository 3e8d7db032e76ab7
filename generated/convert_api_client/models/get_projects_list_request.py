from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.get_projects_list_request_project_type_type_0_item import (
    GetProjectsListRequestProjectTypeType0Item,
)
from ..models.get_projects_list_request_sort_by_type_0 import (
    GetProjectsListRequestSortByType0,
)
from ..models.get_projects_list_request_status_type_0_item import (
    GetProjectsListRequestStatusType0Item,
)
from ..models.projects_list_expand_fields import ProjectsListExpandFields
from ..models.projects_list_include_field import ProjectsListIncludeField
from ..models.sort_direction_type_0 import SortDirectionType0
from ..models.tracking_script_release_types import TrackingScriptReleaseTypes
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.get_projects_list_request_tracking_script_version_type_0 import (
        GetProjectsListRequestTrackingScriptVersionType0,
    )


class GetProjectsListRequest(
    Model,
    rename={
        "only_count": "onlyCount",
        "except_": "except",
    },
    omit_defaults=False,
):
    """Optional filters for listing projects.

    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        sort_direction (None | SortDirectionType0 | Unset): The direction for sorting the list results, based on the
            sort_by field.
        status (list[GetProjectsListRequestStatusType0Item] | None | Unset): Filters projects by their status
        search (None | str | Unset): A search string that would be used to search against Project's name and description
        legacy_script (bool | None | Unset): Filters projects based on whether they use the legacy script (true) or the
            new script (false).
        tracking_script_release_type (list[TrackingScriptReleaseTypes] | None | Unset): Filters projects by their
            tracking script release type.
        tracking_script_version (GetProjectsListRequestTrackingScriptVersionType0 | None | Unset): Filters projects by
            their tracking script version.
        only (list[int] | None | Unset): Only retrieve projects with the given ids.
        except_ (list[int] | Unset): Except projects with the given ids.
        sort_by (GetProjectsListRequestSortByType0 | None | Unset): A value to sort projects by specific field(s)

            Defaults to id if not provided Default: GetProjectsListRequestSortByType0.ID.
        project_type (list[GetProjectsListRequestProjectTypeType0Item] | None | Unset): Filters projects by their type.
        page (int | Unset): The page number for paginated results, starting at 1.
        include (list[ProjectsListIncludeField] | Unset): Specifies optional related data fields to include for each
            project in the list. Refer to the Optional Fields section.
        expand (list[ProjectsListExpandFields] | Unset): Specifies linked objects to expand for each project in the
            list. Refer to the Expanding Fields section.
    """

    only_count: bool | UnsetType = UNSET
    results_per_page: int | None | UnsetType = UNSET
    sort_direction: None | SortDirectionType0 | UnsetType = UNSET
    status: list[GetProjectsListRequestStatusType0Item] | None | UnsetType = UNSET
    search: None | str | UnsetType = UNSET
    legacy_script: bool | None | UnsetType = UNSET
    tracking_script_release_type: (
        list[TrackingScriptReleaseTypes] | None | UnsetType
    ) = UNSET
    tracking_script_version: (
        GetProjectsListRequestTrackingScriptVersionType0 | None | UnsetType
    ) = UNSET
    only: list[int] | None | UnsetType = UNSET
    except_: list[int] | UnsetType = UNSET
    sort_by: GetProjectsListRequestSortByType0 | None = (
        GetProjectsListRequestSortByType0.ID
    )
    project_type: (
        list[GetProjectsListRequestProjectTypeType0Item] | None | UnsetType
    ) = UNSET
    page: int | UnsetType = UNSET
    include: list[ProjectsListIncludeField] | UnsetType = UNSET
    expand: list[ProjectsListExpandFields] | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.get_projects_list_request_tracking_script_version_type_0 import (
    GetProjectsListRequestTrackingScriptVersionType0,
)
