from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.experience_expand_fields import ExperienceExpandFields
from ..models.experience_include_fields import ExperienceIncludeFields
from ..models.experience_types import ExperienceTypes
from ..models.get_account_active_completed_experiences_list_request_sort_by_type_0 import (
    GetAccountActiveCompletedExperiencesListRequestSortByType0,
)
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAccountActiveCompletedExperiencesListRequest")


@_attrs_define
class GetAccountActiveCompletedExperiencesListRequest:
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

    only_count: bool | Unset = UNSET
    results_per_page: int | None | Unset = UNSET
    sort_direction: None | SortDirectionType0 | Unset = UNSET
    projects: list[int] | None | Unset = UNSET
    sort_by: (
        GetAccountActiveCompletedExperiencesListRequestSortByType0 | None | Unset
    ) = GetAccountActiveCompletedExperiencesListRequestSortByType0.ID
    search: None | str | Unset = UNSET
    type_: list[ExperienceTypes] | None | Unset = UNSET
    page: int | Unset = UNSET
    include: list[ExperienceIncludeFields] | Unset = UNSET
    expand: list[ExperienceExpandFields] | Unset = UNSET
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

        projects: list[int] | None | Unset
        if isinstance(self.projects, Unset):
            projects = UNSET
        elif isinstance(self.projects, list):
            projects = self.projects

        else:
            projects = self.projects

        sort_by: None | str | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        elif isinstance(
            self.sort_by, GetAccountActiveCompletedExperiencesListRequestSortByType0
        ):
            sort_by = self.sort_by.value
        else:
            sort_by = self.sort_by

        search: None | str | Unset
        if isinstance(self.search, Unset):
            search = UNSET
        else:
            search = self.search

        type_: list[str] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, list):
            type_ = []
            for type_type_0_item_data in self.type_:
                type_type_0_item = type_type_0_item_data.value
                type_.append(type_type_0_item)

        else:
            type_ = self.type_

        page = self.page

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = []
            for include_item_data in self.include:
                include_item = include_item_data.value
                include.append(include_item)

        expand: list[str] | Unset = UNSET
        if not isinstance(self.expand, Unset):
            expand = []
            for expand_item_data in self.expand:
                expand_item = expand_item_data.value
                expand.append(expand_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if only_count is not UNSET:
            field_dict["onlyCount"] = only_count
        if results_per_page is not UNSET:
            field_dict["results_per_page"] = results_per_page
        if sort_direction is not UNSET:
            field_dict["sort_direction"] = sort_direction
        if projects is not UNSET:
            field_dict["projects"] = projects
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if search is not UNSET:
            field_dict["search"] = search
        if type_ is not UNSET:
            field_dict["type"] = type_
        if page is not UNSET:
            field_dict["page"] = page
        if include is not UNSET:
            field_dict["include"] = include
        if expand is not UNSET:
            field_dict["expand"] = expand

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

        def _parse_projects(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                projects_type_0 = cast(list[int], data)

                return projects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        projects = _parse_projects(d.pop("projects", UNSET))

        def _parse_sort_by(
            data: object,
        ) -> GetAccountActiveCompletedExperiencesListRequestSortByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_by_type_0 = (
                    GetAccountActiveCompletedExperiencesListRequestSortByType0(data)
                )

                return sort_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetAccountActiveCompletedExperiencesListRequestSortByType0
                | None
                | Unset,
                data,
            )

        sort_by = _parse_sort_by(d.pop("sort_by", UNSET))

        def _parse_search(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search = _parse_search(d.pop("search", UNSET))

        def _parse_type_(data: object) -> list[ExperienceTypes] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                type_type_0 = []
                _type_type_0 = data
                if not isinstance(_type_type_0, list):
                    raise TypeError(
                        f"type_type_0: expected a list, got {type(_type_type_0).__name__}"
                    )
                for type_type_0_item_data in _type_type_0:
                    type_type_0_item = ExperienceTypes(type_type_0_item_data)

                    type_type_0.append(type_type_0_item)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExperienceTypes] | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        page = d.pop("page", UNSET)

        _include = d.pop("include", UNSET)
        include: list[ExperienceIncludeFields] | Unset = UNSET
        if _include is not UNSET:
            if not isinstance(_include, list):
                raise TypeError(
                    f"include: expected a list, got {type(_include).__name__}"
                )
            include = []
            for include_item_data in _include:
                include_item = ExperienceIncludeFields(include_item_data)

                include.append(include_item)

        _expand = d.pop("expand", UNSET)
        expand: list[ExperienceExpandFields] | Unset = UNSET
        if _expand is not UNSET:
            if not isinstance(_expand, list):
                raise TypeError(
                    f"expand: expected a list, got {type(_expand).__name__}"
                )
            expand = []
            for expand_item_data in _expand:
                expand_item = ExperienceExpandFields(expand_item_data)

                expand.append(expand_item)

        get_account_active_completed_experiences_list_request = cls(
            only_count=only_count,
            results_per_page=results_per_page,
            sort_direction=sort_direction,
            projects=projects,
            sort_by=sort_by,
            search=search,
            type_=type_,
            page=page,
            include=include,
            expand=expand,
        )

        get_account_active_completed_experiences_list_request.additional_properties = d
        return get_account_active_completed_experiences_list_request

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
