from __future__ import annotations

from ..models.get_goals_list_request_sort_by_type_0 import (
    GetGoalsListRequestSortByType0,
)
from ..models.get_goals_list_request_tracking_type_0 import (
    GetGoalsListRequestTrackingType0,
)
from ..models.get_goals_list_request_usage_type_0 import GetGoalsListRequestUsageType0
from ..models.goal_optional_fields import GoalOptionalFields
from ..models.goal_statuses import GoalStatuses
from ..models.goal_types import GoalTypes
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Model, UnsetType


class GetGoalsListRequest(
    Model,
    rename={
        "only_count": "onlyCount",
        "except_": "except",
    },
    omit_defaults=False,
):
    """Filters, sorting and paging for the goals list.

    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        sort_direction (None | SortDirectionType0 | Unset): The direction for sorting the list results, based on the
            sort_by field.
        status (list[GoalStatuses] | None | Unset): List of goal statuses to be returned
        is_default (bool | None | Unset): A value that would be used to filter by default or not default goals. If not
            provided, all goals will be returned
        search (None | str | Unset): A search string that would be used to search against Goal's name and description
        tracking (GetGoalsListRequestTrackingType0 | None | Unset): A value that would be used to filter by tracked or
            not tracked goals
        usage (GetGoalsListRequestUsageType0 | None | Unset): A value that would be used to filter by using in at least
            one experiment
        goal_type (list[GoalTypes] | None | Unset): List of goal types to be returned
        experiences (list[int] | None | Unset): List of experiences to be returned
        sort_by (GetGoalsListRequestSortByType0 | None | Unset): A value to sort goals by specific field.

            Defaults to id if not provided Default: GetGoalsListRequestSortByType0.ID.
        page (int | Unset): The page number for paginated results, starting at 1.
        include (list[GoalOptionalFields] | Unset): Specifies the list of fields to be included in the response, which
            otherwise would not be sent.
        only (list[int] | None | Unset): Only retrieve goals with the given ids. Including 'stats' reduces the maximum
            number of 'only' items to 50.
        except_ (list[int] | Unset): Except goals with the given ids. Including 'stats' reduces the maximum number of
            'except' items to 50.
    """

    only_count: bool | UnsetType = UNSET
    results_per_page: int | None | UnsetType = UNSET
    sort_direction: None | SortDirectionType0 | UnsetType = UNSET
    status: list[GoalStatuses] | None | UnsetType = UNSET
    is_default: bool | None | UnsetType = UNSET
    search: None | str | UnsetType = UNSET
    tracking: GetGoalsListRequestTrackingType0 | None | UnsetType = UNSET
    usage: GetGoalsListRequestUsageType0 | None | UnsetType = UNSET
    goal_type: list[GoalTypes] | None | UnsetType = UNSET
    experiences: list[int] | None | UnsetType = UNSET
    sort_by: GetGoalsListRequestSortByType0 | None = GetGoalsListRequestSortByType0.ID
    page: int | UnsetType = UNSET
    include: list[GoalOptionalFields] | UnsetType = UNSET
    only: list[int] | None | UnsetType = UNSET
    except_: list[int] | UnsetType = UNSET
