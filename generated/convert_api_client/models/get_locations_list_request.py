from __future__ import annotations

from ..models.get_locations_list_request_sort_by_type_0 import (
    GetLocationsListRequestSortByType0,
)
from ..models.get_locations_list_request_usage_type_0 import (
    GetLocationsListRequestUsageType0,
)
from ..models.location_include_fields import LocationIncludeFields
from ..models.location_statuses import LocationStatuses
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Model, UnsetType


class GetLocationsListRequest(
    Model,
    rename={
        "only_count": "onlyCount",
        "except_": "except",
    },
    omit_defaults=False,
):
    """Filters, sorting and paging for the locations list.

    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        sort_direction (None | SortDirectionType0 | Unset): The direction for sorting the list results, based on the
            sort_by field.
        status (list[LocationStatuses] | None | Unset): List of Location statuses to be returned
        is_default (bool | None | Unset): It indicates wherever retrieved locations are default or not.

            If not provided, it will return all locations.
        search (None | str | Unset): A search string that would be used to search against Location's name or description
        sort_by (GetLocationsListRequestSortByType0 | None | Unset): A value to sort Location by specific field.

            Defaults to id if not provided Default: GetLocationsListRequestSortByType0.ID.
        usage (GetLocationsListRequestUsageType0 | None | Unset): It indicates wherever retrieved locations are used or
            not inside experiences
        page (int | Unset): The page number for paginated results, starting at 1.
        include (list[LocationIncludeFields] | Unset): Specifies the list of fields to be included in the response,
            which otherwise would not be sent.
        only (list[int] | None | Unset): Only retrieve location with the given ids.
        except_ (list[int] | Unset): Except locations with the given ids.
    """

    only_count: bool | UnsetType = UNSET
    results_per_page: int | None | UnsetType = UNSET
    sort_direction: None | SortDirectionType0 | UnsetType = UNSET
    status: list[LocationStatuses] | None | UnsetType = UNSET
    is_default: bool | None | UnsetType = UNSET
    search: None | str | UnsetType = UNSET
    sort_by: GetLocationsListRequestSortByType0 | None = (
        GetLocationsListRequestSortByType0.ID
    )
    usage: GetLocationsListRequestUsageType0 | None | UnsetType = UNSET
    page: int | UnsetType = UNSET
    include: list[LocationIncludeFields] | UnsetType = UNSET
    only: list[int] | None | UnsetType = UNSET
    except_: list[int] | UnsetType = UNSET
