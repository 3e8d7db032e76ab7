from __future__ import annotations

from ..models.change_history_expand_fields import ChangeHistoryExpandFields
from ..models.change_history_methods import ChangeHistoryMethods
from ..models.change_history_object_types import ChangeHistoryObjectTypes
from ..models.get_account_history_request_sort_by_type_0 import (
    GetAccountHistoryRequestSortByType0,
)
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Model, UnsetType


class GetAccountHistoryRequest(
    Model,
    rename={
        "only_count": "onlyCount",
    },
    omit_defaults=False,
):
    """
    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        page (int | Unset): The page number for paginated results, starting at 1.
        sort_direction (None | SortDirectionType0 | Unset): The direction for sorting the list results, based on the
            sort_by field.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        methods (list[ChangeHistoryMethods] | None | Unset): Methods of change to get data by: through the API or the
            app UI.
        projects (list[int] | None | Unset): List of projects id to get data by
        objects (list[ChangeHistoryObjectTypes] | None | Unset): List of objects to get data by
        sort_by (GetAccountHistoryRequestSortByType0 | None | Unset): A value to sort history list by specific field(s)

            Defaults to timestamp if not provided Default: GetAccountHistoryRequestSortByType0.TIMESTAMP.
        expand (list[ChangeHistoryExpandFields] | None | Unset): Specifies linked objects to expand in the response,
            e.g., 'project'. Refer to the Expanding Fields section.
    """

    only_count: bool | UnsetType = UNSET
    page: int | UnsetType = UNSET
    sort_direction: None | SortDirectionType0 | UnsetType = UNSET
    results_per_page: int | None | UnsetType = UNSET
    methods: list[ChangeHistoryMethods] | None | UnsetType = UNSET
    projects: list[int] | None | UnsetType = UNSET
    objects: list[ChangeHistoryObjectTypes] | None | UnsetType = UNSET
    sort_by: GetAccountHistoryRequestSortByType0 | None = (
        GetAccountHistoryRequestSortByType0.TIMESTAMP
    )
    expand: list[ChangeHistoryExpandFields] | None | UnsetType = UNSET
