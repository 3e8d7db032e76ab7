from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_optional_fields_item import FeatureOptionalFieldsItem
from ..models.get_features_list_request_sort_by_type_0 import (
    GetFeaturesListRequestSortByType0,
)
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFeaturesListRequest")


@_attrs_define
class GetFeaturesListRequest:
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

    only_count: bool | Unset = UNSET
    results_per_page: int | None | Unset = UNSET
    sort_direction: None | SortDirectionType0 | Unset = UNSET
    search: None | str | Unset = UNSET
    only: list[int] | None | Unset = UNSET
    except_: list[int] | Unset = UNSET
    sort_by: GetFeaturesListRequestSortByType0 | None | Unset = UNSET
    page: int | Unset = UNSET
    include: list[FeatureOptionalFieldsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        only_count = self.only_count

        results_per_page: int | None | Unset
        if isinstance(self.results_per_page, Unset):
            results_per_page = UNSET
        else:
            results_per_page = self.results_per_page

        sort_direction: None | str | Unset
        if isinstance(self.sort_direction, Unset):
            sort_direction = UNSET
        elif isinstance(self.sort_direction, SortDirectionType0):
            sort_direction = self.sort_direction.value
        else:
            sort_direction = self.sort_direction

        search: None | str | Unset
        if isinstance(self.search, Unset):
            search = UNSET
        else:
            search = self.search

        only: list[int] | None | Unset
        if isinstance(self.only, Unset):
            only = UNSET
        elif isinstance(self.only, list):
            only = self.only

        else:
            only = self.only

        except_: list[int] | Unset = UNSET
        if not isinstance(self.except_, Unset):
            except_ = self.except_

        sort_by: None | str | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        elif isinstance(self.sort_by, GetFeaturesListRequestSortByType0):
            sort_by = self.sort_by.value
        else:
            sort_by = self.sort_by

        page = self.page

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = []
            for componentsschemas_feature_optional_fields_item_data in self.include:
                componentsschemas_feature_optional_fields_item = (
                    componentsschemas_feature_optional_fields_item_data.value
                )
                include.append(componentsschemas_feature_optional_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if only_count is not UNSET:
            field_dict["onlyCount"] = only_count
        if results_per_page is not UNSET:
            field_dict["results_per_page"] = results_per_page
        if sort_direction is not UNSET:
            field_dict["sort_direction"] = sort_direction
        if search is not UNSET:
            field_dict["search"] = search
        if only is not UNSET:
            field_dict["only"] = only
        if except_ is not UNSET:
            field_dict["except"] = except_
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if page is not UNSET:
            field_dict["page"] = page
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        only_count = d.pop("onlyCount", UNSET)

        def _parse_results_per_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        results_per_page = _parse_results_per_page(d.pop("results_per_page", UNSET))

        def _parse_sort_direction(data: object) -> None | SortDirectionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_sort_direction_type_0 = SortDirectionType0(data)

                return componentsschemas_sort_direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SortDirectionType0 | Unset, data)

        sort_direction = _parse_sort_direction(d.pop("sort_direction", UNSET))

        def _parse_search(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search = _parse_search(d.pop("search", UNSET))

        def _parse_only(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                only_type_0 = cast(list[int], data)

                return only_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        only = _parse_only(d.pop("only", UNSET))

        except_ = cast(list[int], d.pop("except", UNSET))

        def _parse_sort_by(
            data: object,
        ) -> GetFeaturesListRequestSortByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_by_type_0 = GetFeaturesListRequestSortByType0(data)

                return sort_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetFeaturesListRequestSortByType0 | None | Unset, data)

        sort_by = _parse_sort_by(d.pop("sort_by", UNSET))

        page = d.pop("page", UNSET)

        _include = d.pop("include", UNSET)
        include: list[FeatureOptionalFieldsItem] | Unset = UNSET
        if _include is not UNSET:
            if not isinstance(_include, list):
                raise TypeError(
                    f"include: expected a list, got {type(_include).__name__}"
                )
            include = []
            for componentsschemas_feature_optional_fields_item_data in _include:
                componentsschemas_feature_optional_fields_item = (
                    FeatureOptionalFieldsItem(
                        componentsschemas_feature_optional_fields_item_data
                    )
                )

                include.append(componentsschemas_feature_optional_fields_item)

        get_features_list_request = cls(
            only_count=only_count,
            results_per_page=results_per_page,
            sort_direction=sort_direction,
            search=search,
            only=only,
            except_=except_,
            sort_by=sort_by,
            page=page,
            include=include,
        )

        get_features_list_request.additional_properties = d
        return get_features_list_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
