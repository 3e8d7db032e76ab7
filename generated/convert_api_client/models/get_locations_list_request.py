from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_locations_list_request_sort_by_type_0 import (
    GetLocationsListRequestSortByType0,
)
from ..models.get_locations_list_request_usage_type_0 import (
    GetLocationsListRequestUsageType0,
)
from ..models.location_include_fields import LocationIncludeFields
from ..models.location_statuses import LocationStatuses
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLocationsListRequest")


@_attrs_define
class GetLocationsListRequest:
    """Filters, sorting and paging for the locations list.

    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        sort_direction (None | SortDirectionType0 | Unset): The direction for sorting the list results, based on the
            sort_by field.
        status (list[LocationStatuses] | None | Unset): List of Location statuses to be returned
        is_default (bool | None | Unset): It indicates wherever retrieved locations are default or not.

            If not provided, it will return all locations.
        search (None | str | Unset): A search string that would be used to search against Location's name or description
        sort_by (GetLocationsListRequestSortByType0 | None | Unset): A value to sort Location by specific field.

            Defaults to id if not provided Default: GetLocationsListRequestSortByType0.ID.
        usage (GetLocationsListRequestUsageType0 | None | Unset): It indicates wherever retrieved locations are used or
            not inside experiences
        page (int | Unset): The page number for paginated results, starting at 1.
        include (list[LocationIncludeFields] | Unset): Specifies the list of fields to be included in the response,
            which otherwise would not be sent.
        only (list[int] | None | Unset): Only retrieve location with the given ids.
        except_ (list[int] | Unset): Except locations with the given ids.
    """

    only_count: bool | Unset = UNSET
    results_per_page: int | None | Unset = UNSET
    sort_direction: None | SortDirectionType0 | Unset = UNSET
    status: list[LocationStatuses] | None | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    search: None | str | Unset = UNSET
    sort_by: GetLocationsListRequestSortByType0 | None | Unset = (
        GetLocationsListRequestSortByType0.ID
    )
    usage: GetLocationsListRequestUsageType0 | None | Unset = UNSET
    page: int | Unset = UNSET
    include: list[LocationIncludeFields] | Unset = UNSET
    only: list[int] | None | Unset = UNSET
    except_: list[int] | Unset = UNSET
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

        status: list[str] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, list):
            status = []
            for status_type_0_item_data in self.status:
                status_type_0_item = status_type_0_item_data.value
                status.append(status_type_0_item)

        else:
            status = self.status

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

        search: None | str | Unset
        if isinstance(self.search, Unset):
            search = UNSET
        else:
            search = self.search

        sort_by: None | str | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        elif isinstance(self.sort_by, GetLocationsListRequestSortByType0):
            sort_by = self.sort_by.value
        else:
            sort_by = self.sort_by

        usage: None | str | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, GetLocationsListRequestUsageType0):
            usage = self.usage.value
        else:
            usage = self.usage

        page = self.page

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = []
            for include_item_data in self.include:
                include_item = include_item_data.value
                include.append(include_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if only_count is not UNSET:
            field_dict["onlyCount"] = only_count
        if results_per_page is not UNSET:
            field_dict["results_per_page"] = results_per_page
        if sort_direction is not UNSET:
            field_dict["sort_direction"] = sort_direction
        if status is not UNSET:
            field_dict["status"] = status
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if search is not UNSET:
            field_dict["search"] = search
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if usage is not UNSET:
            field_dict["usage"] = usage
        if page is not UNSET:
            field_dict["page"] = page
        if include is not UNSET:
            field_dict["include"] = include
        if only is not UNSET:
            field_dict["only"] = only
        if except_ is not UNSET:
            field_dict["except"] = except_

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

        def _parse_status(data: object) -> list[LocationStatuses] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                status_type_0 = []
                _status_type_0 = data
                if not isinstance(_status_type_0, list):
                    raise TypeError(
                        f"status_type_0: expected a list, got {type(_status_type_0).__name__}"
                    )
                for status_type_0_item_data in _status_type_0:
                    status_type_0_item = LocationStatuses(status_type_0_item_data)

                    status_type_0.append(status_type_0_item)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LocationStatuses] | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_is_default(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_default = _parse_is_default(d.pop("is_default", UNSET))

        def _parse_search(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search = _parse_search(d.pop("search", UNSET))

        def _parse_sort_by(
            data: object,
        ) -> GetLocationsListRequestSortByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_by_type_0 = GetLocationsListRequestSortByType0(data)

                return sort_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetLocationsListRequestSortByType0 | None | Unset, data)

        sort_by = _parse_sort_by(d.pop("sort_by", UNSET))

        def _parse_usage(
            data: object,
        ) -> GetLocationsListRequestUsageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                usage_type_0 = GetLocationsListRequestUsageType0(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetLocationsListRequestUsageType0 | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        page = d.pop("page", UNSET)

        _include = d.pop("include", UNSET)
        include: list[LocationIncludeFields] | Unset = UNSET
        if _include is not UNSET:
            if not isinstance(_include, list):
                raise TypeError(
                    f"include: expected a list, got {type(_include).__name__}"
                )
            include = []
            for include_item_data in _include:
                include_item = LocationIncludeFields(include_item_data)

                include.append(include_item)

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

        get_locations_list_request = cls(
            only_count=only_count,
            results_per_page=results_per_page,
            sort_direction=sort_direction,
            status=status,
            is_default=is_default,
            search=search,
            sort_by=sort_by,
            usage=usage,
            page=page,
            include=include,
            only=only,
            except_=except_,
        )

        get_locations_list_request.additional_properties = d
        return get_locations_list_request

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
