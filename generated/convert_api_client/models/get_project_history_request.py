from __future__ import annotations

from ..models.change_history_expand_fields import ChangeHistoryExpandFields
from ..models.change_history_methods import ChangeHistoryMethods
from ..models.change_history_objects import ChangeHistoryObjects
from ..models.get_project_history_request_sort_by_type_0 import (
    GetProjectHistoryRequestSortByType0,
)
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Model, UnsetType


class GetProjectHistoryRequest(
    Model,
    rename={
        "only_count": "onlyCount",
    },
    omit_defaults=False,
):
    """Filters for retrieving the change history log for a specific project.

    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        page (int | Unset): The page number for paginated results, starting at 1.
        sort_direction (None | SortDirectionType0 | Unset): The direction for sorting the list results, based on the
            sort_by field.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        methods (list[ChangeHistoryMethods] | None | Unset):
        objects (list[ChangeHistoryObjects] | None | Unset):
        audiences (list[int] | None | Unset): List of audiences id to get data by
        goals (list[int] | None | Unset): List of goals id to get data by
        locations (list[int] | None | Unset): List of locations id to get data by
        hypotheses (list[int] | None | Unset): List of hypotheses id to get data by
        domains (list[int] | None | Unset): List of domains id to get data by
        tags (list[int] | None | Unset): List of tags id to get data by
        experiences (list[int] | None | Unset): List of experiences id to get data by
        sort_by (GetProjectHistoryRequestSortByType0 | None | Unset): A value to sort history list by specific field(s)

            Defaults to timestamp if not provided Default: GetProjectHistoryRequestSortByType0.TIMESTAMP.
        expand (list[ChangeHistoryExpandFields] | None | Unset): Specifies linked objects to expand in the response,
            e.g., 'project'. Refer to the Expanding Fields section.
    """

    only_count: bool | UnsetType = UNSET
    page: int | UnsetType = UNSET
    sort_direction: None | SortDirectionType0 | UnsetType = UNSET
    results_per_page: int | None | UnsetType = UNSET
    methods: list[ChangeHistoryMethods] | None | UnsetType = UNSET
    objects: list[ChangeHistoryObjects] | None | UnsetType = UNSET
    audiences: list[int] | None | UnsetType = UNSET
    goals: list[int] | None | UnsetType = UNSET
    locations: list[int] | None | UnsetType = UNSET
    hypotheses: list[int] | None | UnsetType = UNSET
    domains: list[int] | None | UnsetType = UNSET
    tags: list[int] | None | UnsetType = UNSET
    experiences: list[int] | None | UnsetType = UNSET
    sort_by: GetProjectHistoryRequestSortByType0 | None = (
        GetProjectHistoryRequestSortByType0.TIMESTAMP
    )
    expand: list[ChangeHistoryExpandFields] | None | UnsetType = UNSET
