from __future__ import annotations

from ..models.audience_include_fields import AudienceIncludeFields
from ..models.audience_statuses import AudienceStatuses
from ..models.get_audiences_list_request_sort_by_type_0 import (
    GetAudiencesListRequestSortByType0,
)
from ..models.get_audiences_list_request_type_type_0 import (
    GetAudiencesListRequestTypeType0,
)
from ..models.get_audiences_list_request_usage_type_0 import (
    GetAudiencesListRequestUsageType0,
)
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Model, UnsetType


class GetAudiencesListRequest(
    Model,
    rename={
        "only_count": "onlyCount",
        "type_": "type",
        "except_": "except",
    },
    omit_defaults=False,
):
    """Filters, sorting and paging for the audiences list.

    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        sort_direction (None | SortDirectionType0 | Unset): The direction for sorting the list results, based on the
            sort_by field.
        status (list[AudienceStatuses] | None | Unset): List of audience statuses to be returned
        search (None | str | Unset): A search string that would be used to search against audience's name or description
        is_default (bool | None | Unset): A flag to filter audiences by default status.

            If set to true, only default audiences will be returned, if not set, all audiences will be returned
        sort_by (GetAudiencesListRequestSortByType0 | None | Unset): A value to sort audiences by specific field.

            Defaults to id if not provided Default: GetAudiencesListRequestSortByType0.ID.
        type_ (GetAudiencesListRequestTypeType0 | None | Unset): Audience type to be returned.
        experiences (list[int] | None | Unset): List of experiences to be returned
        usage (GetAudiencesListRequestUsageType0 | None | Unset): It indicates wherever retrieved audiences are used or
            not inside experiences
        page (int | Unset): The page number for paginated results, starting at 1.
        include (list[AudienceIncludeFields] | Unset): Specifies the list of fields to be included in the response,
            which otherwise would not be sent.
        only (list[int] | None | Unset): Only retrieve audiences with the given ids.
        except_ (list[int] | Unset): Except audiences with the given ids.
    """

    only_count: bool | UnsetType = UNSET
    results_per_page: int | None | UnsetType = UNSET
    sort_direction: None | SortDirectionType0 | UnsetType = UNSET
    status: list[AudienceStatuses] | None | UnsetType = UNSET
    search: None | str | UnsetType = UNSET
    is_default: bool | None | UnsetType = UNSET
    sort_by: GetAudiencesListRequestSortByType0 | None = (
        GetAudiencesListRequestSortByType0.ID
    )
    type_: GetAudiencesListRequestTypeType0 | None | UnsetType = UNSET
    experiences: list[int] | None | UnsetType = UNSET
    usage: GetAudiencesListRequestUsageType0 | None | UnsetType = UNSET
    page: int | UnsetType = UNSET
    include: list[AudienceIncludeFields] | UnsetType = UNSET
    only: list[int] | None | UnsetType = UNSET
    except_: list[int] | UnsetType = UNSET
