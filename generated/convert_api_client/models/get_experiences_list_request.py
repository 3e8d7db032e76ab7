from __future__ import annotations

from ..models.experience_expand_fields import ExperienceExpandFields
from ..models.experience_include_fields import ExperienceIncludeFields
from ..models.experience_statuses import ExperienceStatuses
from ..models.experience_types import ExperienceTypes
from ..models.get_experiences_list_request_sort_by_type_0 import (
    GetExperiencesListRequestSortByType0,
)
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Model, UnsetType


class GetExperiencesListRequest(
    Model,
    rename={
        "only_count": "onlyCount",
        "type_": "type",
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
        goal_id (int | None | Unset): Goal ID to be used for fetching experience's stats. Only applicable for the
            experiences that have access to a report. Defaults to primary experience's goal if none given.
        sort_by (GetExperiencesListRequestSortByType0 | None | Unset): A value used to sort experiences by specific
            field

            Defaults to id if not provided Default: GetExperiencesListRequestSortByType0.ID.
        search (None | str | Unset): A search string that would be used to search against Experience's name and
            description
        status (list[ExperienceStatuses] | None | Unset): The status of the experiences to be returned; either of the
            below can be provided
        type_ (list[ExperienceTypes] | None | Unset): The type of the experiences to be returned; either of the below
            can be provided
        tags (list[int] | None | Unset): The list of tag ID's used to filter the list of returned experiences
        audiences (list[int] | None | Unset): The list of audience ID's used to filter the list of returned experiences
        goals (list[int] | None | Unset): The list of goal ID's used to filter the list of returned experiences
        features (list[int] | None | Unset): The list of feature ID's used to filter the list of returned experiences
        hypotheses (list[int] | None | Unset): The list of hypotheses ID's used to filter the list of returned
            experiences
        locations (list[int] | None | Unset): The list of location ID's used to filter the list of returned experiences
        environments (list[str] | None | Unset): The list of environments used to filter the list of returned
            experiences
        page (int | Unset): The page number for paginated results, starting at 1.
        include (list[ExperienceIncludeFields] | Unset): Specifies the list of fields to be included in the response,
            which otherwise would be not sent.

            Read more in the section related to Optional Fields
        expand (list[ExperienceExpandFields] | Unset): Specifies the list of fields which would be expanded in the
            response. Otherwise, only their id would be returned. Read more in the section related to Expanding Fields
        only (list[int] | None | Unset): Only retrieve experiences with the given ids.
        except_ (list[int] | Unset): Except experiences with the given ids.
    """

    only_count: bool | UnsetType = UNSET
    results_per_page: int | None | UnsetType = UNSET
    sort_direction: None | SortDirectionType0 | UnsetType = UNSET
    goal_id: int | None | UnsetType = UNSET
    sort_by: GetExperiencesListRequestSortByType0 | None = (
        GetExperiencesListRequestSortByType0.ID
    )
    search: None | str | UnsetType = UNSET
    status: list[ExperienceStatuses] | None | UnsetType = UNSET
    type_: list[ExperienceTypes] | None | UnsetType = UNSET
    tags: list[int] | None | UnsetType = UNSET
    audiences: list[int] | None | UnsetType = UNSET
    goals: list[int] | None | UnsetType = UNSET
    features: list[int] | None | UnsetType = UNSET
    hypotheses: list[int] | None | UnsetType = UNSET
    locations: list[int] | None | UnsetType = UNSET
    environments: list[str] | None | UnsetType = UNSET
    page: int | UnsetType = UNSET
    include: list[ExperienceIncludeFields] | UnsetType = UNSET
    expand: list[ExperienceExpandFields] | UnsetType = UNSET
    only: list[int] | None | UnsetType = UNSET
    except_: list[int] | UnsetType = UNSET
