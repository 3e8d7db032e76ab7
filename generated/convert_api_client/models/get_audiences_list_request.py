from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audience_include_fields import AudienceIncludeFields
from ..models.audience_statuses import AudienceStatuses
from ..models.get_audiences_list_request_sort_by_type_0 import (
    GetAudiencesListRequestSortByType0,
)
from ..models.get_audiences_list_request_type_type_0 import (
    GetAudiencesListRequestTypeType0,
)
from ..models.get_audiences_list_request_usage_type_0 import (
    GetAudiencesListRequestUsageType0,
)
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAudiencesListRequest")


@_attrs_define
class GetAudiencesListRequest:
    """Filters, sorting and paging for the audiences list.

    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        sort_direction (None | SortDirectionType0 | Unset): The direction for sorting the list results, based on the
            sort_by field.
        status (list[AudienceStatuses] | None | Unset): List of audience statuses to be returned
        search (None | str | Unset): A search string that would be used to search against audience's name or description
        is_default (bool | None | Unset): A flag to filter audiences by default status.

            If set to true, only default audiences will be returned, if not set, all audiences will be returned
        sort_by (GetAudiencesListRequestSortByType0 | None | Unset): A value to sort audiences by specific field.

            Defaults to id if not provided Default: GetAudiencesListRequestSortByType0.ID.
        type_ (GetAudiencesListRequestTypeType0 | None | Unset): Audience type to be returned.
        experiences (list[int] | None | Unset): List of experiences to be returned
        usage (GetAudiencesListRequestUsageType0 | None | Unset): It indicates wherever retrieved audiences are used or
            not inside experiences
        page (int | Unset): The page number for paginated results, starting at 1.
        include (list[AudienceIncludeFields] | Unset): Specifies the list of fields to be included in the response,
            which otherwise would not be sent.
        only (list[int] | None | Unset): Only retrieve audiences with the given ids.
        except_ (list[int] | Unset): Except audiences with the given ids.
    """

    only_count: bool | Unset = UNSET
    results_per_page: int | None | Unset = UNSET
    sort_direction: None | SortDirectionType0 | Unset = UNSET
    status: list[AudienceStatuses] | None | Unset = UNSET
    search: None | str | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    sort_by: GetAudiencesListRequestSortByType0 | None | Unset = (
        GetAudiencesListRequestSortByType0.ID
    )
    type_: GetAudiencesListRequestTypeType0 | None | Unset = UNSET
    experiences: list[int] | None | Unset = UNSET
    usage: GetAudiencesListRequestUsageType0 | None | Unset = UNSET
    page: int | Unset = UNSET
    include: list[AudienceIncludeFields] | Unset = UNSET
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

        search: None | str | Unset
        if isinstance(self.search, Unset):
            search = UNSET
        else:
            search = self.search

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

        sort_by: None | str | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        elif isinstance(self.sort_by, GetAudiencesListRequestSortByType0):
            sort_by = self.sort_by.value
        else:
            sort_by = self.sort_by

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, GetAudiencesListRequestTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_

        experiences: list[int] | None | Unset
        if isinstance(self.experiences, Unset):
            experiences = UNSET
        elif isinstance(self.experiences, list):
            experiences = self.experiences

        else:
            experiences = self.experiences

        usage: None | str | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, GetAudiencesListRequestUsageType0):
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
        if search is not UNSET:
            field_dict["search"] = search
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if type_ is not UNSET:
            field_dict["type"] = type_
        if experiences is not UNSET:
            field_dict["experiences"] = experiences
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

        def _parse_status(data: object) -> list[AudienceStatuses] | None | Unset:
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
                    status_type_0_item = AudienceStatuses(status_type_0_item_data)

                    status_type_0.append(status_type_0_item)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AudienceStatuses] | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_search(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search = _parse_search(d.pop("search", UNSET))

        def _parse_is_default(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_default = _parse_is_default(d.pop("is_default", UNSET))

        def _parse_sort_by(
            data: object,
        ) -> GetAudiencesListRequestSortByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_by_type_0 = GetAudiencesListRequestSortByType0(data)

                return sort_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetAudiencesListRequestSortByType0 | None | Unset, data)

        sort_by = _parse_sort_by(d.pop("sort_by", UNSET))

        def _parse_type_(
            data: object,
        ) -> GetAudiencesListRequestTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = GetAudiencesListRequestTypeType0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetAudiencesListRequestTypeType0 | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_experiences(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                experiences_type_0 = cast(list[int], data)

                return experiences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        experiences = _parse_experiences(d.pop("experiences", UNSET))

        def _parse_usage(
            data: object,
        ) -> GetAudiencesListRequestUsageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                usage_type_0 = GetAudiencesListRequestUsageType0(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetAudiencesListRequestUsageType0 | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        page = d.pop("page", UNSET)

        _include = d.pop("include", UNSET)
        include: list[AudienceIncludeFields] | Unset = UNSET
        if _include is not UNSET:
            if not isinstance(_include, list):
                raise TypeError(
                    f"include: expected a list, got {type(_include).__name__}"
                )
            include = []
            for include_item_data in _include:
                include_item = AudienceIncludeFields(include_item_data)

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

        get_audiences_list_request = cls(
            only_count=only_count,
            results_per_page=results_per_page,
            sort_direction=sort_direction,
            status=status,
            search=search,
            is_default=is_default,
            sort_by=sort_by,
            type_=type_,
            experiences=experiences,
            usage=usage,
            page=page,
            include=include,
            only=only,
            except_=except_,
        )

        get_audiences_list_request.additional_properties = d
        return get_audiences_list_request

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
