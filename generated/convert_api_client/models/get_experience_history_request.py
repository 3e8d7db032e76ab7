from __future__ import annotations

from ..models.change_history_expand_fields import ChangeHistoryExpandFields
from ..models.change_history_methods import ChangeHistoryMethods
from ..models.experience_history_objects import ExperienceHistoryObjects
from ..models.get_experience_history_request_sort_by_type_0 import (
    GetExperienceHistoryRequestSortByType0,
)
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Model, UnsetType


class GetExperienceHistoryRequest(
    Model,
    rename={
        "only_count": "onlyCount",
    },
    omit_defaults=False,
):
    """
    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        methods (list[ChangeHistoryMethods] | None | Unset):
        objects (list[ExperienceHistoryObjects] | None | Unset):
        sort_by (GetExperienceHistoryRequestSortByType0 | None | Unset): A value to sort history list by specific
            field(s)

            Defaults to timestamp if not provided Default: GetExperienceHistoryRequestSortByType0.TIMESTAMP.
        variations (list[float] | None | Unset): List of variations ids
        changes (list[float] | None | Unset): List of changes ids
        author_id (None | str | Unset): The id of the author who made changes
        expand (list[ChangeHistoryExpandFields] | None | Unset): Specifies linked objects to expand in the response,
            e.g., 'project'. Refer to the Expanding Fields section.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        sort_direction (None | SortDirectionType0 | Unset): The direction for sorting the list results, based on the
            sort_by field.
        page (int | Unset): The page number for paginated results, starting at 1.
    """

    only_count: bool | UnsetType = UNSET
    methods: list[ChangeHistoryMethods] | None | UnsetType = UNSET
    objects: list[ExperienceHistoryObjects] | None | UnsetType = UNSET
    sort_by: GetExperienceHistoryRequestSortByType0 | None = (
        GetExperienceHistoryRequestSortByType0.TIMESTAMP
    )
    variations: list[float] | None | UnsetType = UNSET
    changes: list[float] | None | UnsetType = UNSET
    author_id: None | str | UnsetType = UNSET
    expand: list[ChangeHistoryExpandFields] | None | UnsetType = UNSET
    results_per_page: int | None | UnsetType = UNSET
    sort_direction: None | SortDirectionType0 | UnsetType = UNSET
    page: int | UnsetType = UNSET
