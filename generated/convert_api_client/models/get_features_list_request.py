from __future__ import annotations

from ..models.feature_optional_fields_item import FeatureOptionalFieldsItem
from ..models.get_features_list_request_sort_by_type_0 import (
    GetFeaturesListRequestSortByType0,
)
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Model, UnsetType


class GetFeaturesListRequest(
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
        search (None | str | Unset): A search string that would be used to search against Feature's id, name, key and
            description
        only (list[int] | None | Unset): Only retrieve features with the given ids.
        except_ (list[int] | Unset): Except features with the given ids.
        sort_by (GetFeaturesListRequestSortByType0 | None | Unset): A value to sort features by specific field

            Defaults to `id` if not provided
        page (int | Unset): The page number for paginated results, starting at 1.
        include (list[FeatureOptionalFieldsItem] | Unset):
    """

    only_count: bool | UnsetType = UNSET
    results_per_page: int | None | UnsetType = UNSET
    sort_direction: None | SortDirectionType0 | UnsetType = UNSET
    search: None | str | UnsetType = UNSET
    only: list[int] | None | UnsetType = UNSET
    except_: list[int] | UnsetType = UNSET
    sort_by: GetFeaturesListRequestSortByType0 | None | UnsetType = UNSET
    page: int | UnsetType = UNSET
    include: list[FeatureOptionalFieldsItem] | UnsetType = UNSET
