from __future__ import annotations

from ..models.experience_expand_fields import ExperienceExpandFields
from ..models.experience_include_fields import ExperienceIncludeFields
from ..models.experience_types import ExperienceTypes
from ..models.get_account_active_completed_experiences_list_request_sort_by_type_0 import (
    GetAccountActiveCompletedExperiencesListRequestSortByType0,
)
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Model, UnsetType


class GetAccountActiveCompletedExperiencesListRequest(
    Model,
    rename={
        "only_count": "onlyCount",
        "type_": "type",
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
        projects (list[int] | None | Unset): Project IDs list to be used to filter experiences
        sort_by (GetAccountActiveCompletedExperiencesListRequestSortByType0 | None | Unset): A value used to sort
            experiences by specific field

            Defaults to id if not provided Default: GetAccountActiveCompletedExperiencesListRequestSortByType0.ID.
        search (None | str | Unset): A search string that would be used to search against Experience's name and
            description
        type_ (list[ExperienceTypes] | None | Unset): The type of the experiences to be returned; either of the below
            can be provided
        page (int | Unset): The page number for paginated results, starting at 1.
        include (list[ExperienceIncludeFields] | Unset): Specifies the list of fields to be included in the response,
            which otherwise would not be sent.

            Read more in the section related to Optional Fields
        expand (list[ExperienceExpandFields] | Unset): Specifies the list of fields which would be expanded in the
            response. Otherwise, only their id would be returned. Read more in the section related to Expanding Fields
    """

    only_count: bool | UnsetType = UNSET
    results_per_page: int | None | UnsetType = UNSET
    sort_direction: None | SortDirectionType0 | UnsetType = UNSET
    projects: list[int] | None | UnsetType = UNSET
    sort_by: GetAccountActiveCompletedExperiencesListRequestSortByType0 | None = (
        GetAccountActiveCompletedExperiencesListRequestSortByType0.ID
    )
    search: None | str | UnsetType = UNSET
    type_: list[ExperienceTypes] | None | UnsetType = UNSET
    page: int | UnsetType = UNSET
    include: list[ExperienceIncludeFields] | UnsetType = UNSET
    expand: list[ExperienceExpandFields] | UnsetType = UNSET
