from __future__ import annotations

from ..models.get_hypotheses_list_request_score_max_type_0 import (
    GetHypothesesListRequestScoreMaxType0,
)
from ..models.get_hypotheses_list_request_score_min_type_0 import (
    GetHypothesesListRequestScoreMinType0,
)
from ..models.get_hypotheses_list_request_sort_by_type_0 import (
    GetHypothesesListRequestSortByType0,
)
from ..models.hypotheses_list_expand_fields_item import HypothesesListExpandFieldsItem
from ..models.hypothesis_statuses import HypothesisStatuses
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Model, UnsetType


class GetHypothesesListRequest(
    Model,
    rename={
        "only_count": "onlyCount",
        "score_max": "scoreMax",
        "score_min": "scoreMin",
        "except_": "except",
    },
    omit_defaults=False,
):
    """
    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        sort_direction (None | SortDirectionType0 | Unset): The direction for sorting the list results, based on the
            sort_by field.
        sort_by (GetHypothesesListRequestSortByType0 | None | Unset): A value to sort hypotheses by specific field(s)

            Defaults to id if not provided Default: GetHypothesesListRequestSortByType0.ID.
        score_max (GetHypothesesListRequestScoreMaxType0 | None | Unset): The maximum score for hypotheses which you
            would like to retrieve Default: GetHypothesesListRequestScoreMaxType0.VALUE_5.
        score_min (GetHypothesesListRequestScoreMinType0 | None | Unset): The minimum score for hypotheses which you
            would like to retrieve Default: GetHypothesesListRequestScoreMinType0.VALUE_0.
        search (None | str | Unset): A search string that would be used to search against hypotheses's name or
            description
        status (list[HypothesisStatuses] | None | Unset): The status of the hypotheses you'd like to be returned; one of
            the below can be provided
        experiences (list[int] | None | Unset): The list of experience ID's used to filter the list of returned
            hypotheses
        tags (list[int] | None | Unset): The list of tag ID's used to filter the list of returned hypotheses
        only (list[int] | None | Unset): Only retrieve hypotheses with the given ids.
        except_ (list[int] | Unset): Except hypotheses with the given ids.
        page (int | Unset): The page number for paginated results, starting at 1.
        expand (list[HypothesesListExpandFieldsItem] | Unset): Specifies the list of fields which would be expanded in
            the response. Otherwise, only their id would be returned. Read more in the section related to Expanding Fields
    """

    only_count: bool | UnsetType = UNSET
    results_per_page: int | None | UnsetType = UNSET
    sort_direction: None | SortDirectionType0 | UnsetType = UNSET
    sort_by: GetHypothesesListRequestSortByType0 | None = (
        GetHypothesesListRequestSortByType0.ID
    )
    score_max: GetHypothesesListRequestScoreMaxType0 | None = (
        GetHypothesesListRequestScoreMaxType0.VALUE_5
    )
    score_min: GetHypothesesListRequestScoreMinType0 | None = (
        GetHypothesesListRequestScoreMinType0.VALUE_0
    )
    search: None | str | UnsetType = UNSET
    status: list[HypothesisStatuses] | None | UnsetType = UNSET
    experiences: list[int] | None | UnsetType = UNSET
    tags: list[int] | None | UnsetType = UNSET
    only: list[int] | None | UnsetType = UNSET
    except_: list[int] | UnsetType = UNSET
    page: int | UnsetType = UNSET
    expand: list[HypothesesListExpandFieldsItem] | UnsetType = UNSET
