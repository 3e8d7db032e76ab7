from __future__ import annotations

from ..models.get_knowledge_bases_list_request_sort_by_type_0 import (
    GetKnowledgeBasesListRequestSortByType0,
)
from ..models.knowledge_base_statuses import KnowledgeBaseStatuses
from ..models.knowledge_bases_expand_fields_item import KnowledgeBasesExpandFieldsItem
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Model, UnsetType


class GetKnowledgeBasesListRequest(
    Model,
    rename={
        "only_count": "onlyCount",
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
        sort_by (GetKnowledgeBasesListRequestSortByType0 | None | Unset): A value to sort knowledge bases by specific
            field(s)

            Defaults to name if not provided Default: GetKnowledgeBasesListRequestSortByType0.NAME.
        search (None | str | Unset): A search string that would be used to search against knowledge bases name
        status (list[KnowledgeBaseStatuses] | None | Unset): The status of the knowledge bases you'd like to be
            returned; one of the below can be provided
        tags (list[int] | None | Unset): The list of tag ID's used to filter the list of returned knowledge bases
        only (list[int] | None | Unset): Only retrieve knowledge bases with the given ids.
        except_ (list[int] | Unset): Except knowledge bases with the given ids.
        page (int | Unset): The page number for paginated results, starting at 1.
        expand (list[KnowledgeBasesExpandFieldsItem] | Unset): Specifies the list of fields which would be expanded in
            the response. Otherwise, only their id would be returned. Read more in the section related to Expanding Fields
    """

    only_count: bool | UnsetType = UNSET
    results_per_page: int | None | UnsetType = UNSET
    sort_direction: None | SortDirectionType0 | UnsetType = UNSET
    sort_by: GetKnowledgeBasesListRequestSortByType0 | None = (
        GetKnowledgeBasesListRequestSortByType0.NAME
    )
    search: None | str | UnsetType = UNSET
    status: list[KnowledgeBaseStatuses] | None | UnsetType = UNSET
    tags: list[int] | None | UnsetType = UNSET
    only: list[int] | None | UnsetType = UNSET
    except_: list[int] | UnsetType = UNSET
    page: int | UnsetType = UNSET
    expand: list[KnowledgeBasesExpandFieldsItem] | UnsetType = UNSET
