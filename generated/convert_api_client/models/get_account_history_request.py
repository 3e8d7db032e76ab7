from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_history_expand_fields import ChangeHistoryExpandFields
from ..models.change_history_methods import ChangeHistoryMethods
from ..models.change_history_object_types import ChangeHistoryObjectTypes
from ..models.get_account_history_request_sort_by_type_0 import (
    GetAccountHistoryRequestSortByType0,
)
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAccountHistoryRequest")


@_attrs_define
class GetAccountHistoryRequest:
    """
    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        page (int | Unset): The page number for paginated results, starting at 1.
        sort_direction (None | SortDirectionType0 | Unset): The direction for sorting the list results, based on the
            sort_by field.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        methods (list[ChangeHistoryMethods] | None | Unset): Methods of change to get data by: through the API or the
            app UI.
        projects (list[int] | None | Unset): List of projects id to get data by
        objects (list[ChangeHistoryObjectTypes] | None | Unset): List of objects to get data by
        sort_by (GetAccountHistoryRequestSortByType0 | None | Unset): A value to sort history list by specific field(s)

            Defaults to timestamp if not provided Default: GetAccountHistoryRequestSortByType0.TIMESTAMP.
        expand (list[ChangeHistoryExpandFields] | None | Unset): Specifies linked objects to expand in the response,
            e.g., 'project'. Refer to the Expanding Fields section.
    """

    only_count: bool | Unset = UNSET
    page: int | Unset = UNSET
    sort_direction: None | SortDirectionType0 | Unset = UNSET
    results_per_page: int | None | Unset = UNSET
    methods: list[ChangeHistoryMethods] | None | Unset = UNSET
    projects: list[int] | None | Unset = UNSET
    objects: list[ChangeHistoryObjectTypes] | None | Unset = UNSET
    sort_by: GetAccountHistoryRequestSortByType0 | None | Unset = (
        GetAccountHistoryRequestSortByType0.TIMESTAMP
    )
    expand: list[ChangeHistoryExpandFields] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        only_count = self.only_count

        page = self.page

        sort_direction: None | str | Unset
        if isinstance(self.sort_direction, Unset):
            sort_direction = UNSET
        elif isinstance(self.sort_direction, SortDirectionType0):
            sort_direction = self.sort_direction.value
        else:
            sort_direction = self.sort_direction

        results_per_page: int | None | Unset
        if isinstance(self.results_per_page, Unset):
            results_per_page = UNSET
        else:
            results_per_page = self.results_per_page

        methods: list[str] | None | Unset
        if isinstance(self.methods, Unset):
            methods = UNSET
        elif isinstance(self.methods, list):
            methods = []
            for methods_type_0_item_data in self.methods:
                methods_type_0_item = methods_type_0_item_data.value
                methods.append(methods_type_0_item)

        else:
            methods = self.methods

        projects: list[int] | None | Unset
        if isinstance(self.projects, Unset):
            projects = UNSET
        elif isinstance(self.projects, list):
            projects = self.projects

        else:
            projects = self.projects

        objects: list[str] | None | Unset
        if isinstance(self.objects, Unset):
            objects = UNSET
        elif isinstance(self.objects, list):
            objects = []
            for objects_type_0_item_data in self.objects:
                objects_type_0_item = objects_type_0_item_data.value
                objects.append(objects_type_0_item)

        else:
            objects = self.objects

        sort_by: None | str | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        elif isinstance(self.sort_by, GetAccountHistoryRequestSortByType0):
            sort_by = self.sort_by.value
        else:
            sort_by = self.sort_by

        expand: list[str] | None | Unset
        if isinstance(self.expand, Unset):
            expand = UNSET
        elif isinstance(self.expand, list):
            expand = []
            for expand_type_0_item_data in self.expand:
                expand_type_0_item = expand_type_0_item_data.value
                expand.append(expand_type_0_item)

        else:
            expand = self.expand

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if only_count is not UNSET:
            field_dict["onlyCount"] = only_count
        if page is not UNSET:
            field_dict["page"] = page
        if sort_direction is not UNSET:
            field_dict["sort_direction"] = sort_direction
        if results_per_page is not UNSET:
            field_dict["results_per_page"] = results_per_page
        if methods is not UNSET:
            field_dict["methods"] = methods
        if projects is not UNSET:
            field_dict["projects"] = projects
        if objects is not UNSET:
            field_dict["objects"] = objects
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if expand is not UNSET:
            field_dict["expand"] = expand

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        only_count = d.pop("onlyCount", UNSET)

        page = d.pop("page", UNSET)

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

        def _parse_results_per_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        results_per_page = _parse_results_per_page(d.pop("results_per_page", UNSET))

        def _parse_methods(data: object) -> list[ChangeHistoryMethods] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                methods_type_0 = []
                _methods_type_0 = data
                if not isinstance(_methods_type_0, list):
                    raise TypeError(
                        f"methods_type_0: expected a list, got {type(_methods_type_0).__name__}"
                    )
                for methods_type_0_item_data in _methods_type_0:
                    methods_type_0_item = ChangeHistoryMethods(methods_type_0_item_data)

                    methods_type_0.append(methods_type_0_item)

                return methods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChangeHistoryMethods] | None | Unset, data)

        methods = _parse_methods(d.pop("methods", UNSET))

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

        def _parse_objects(
            data: object,
        ) -> list[ChangeHistoryObjectTypes] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                objects_type_0 = []
                _objects_type_0 = data
                if not isinstance(_objects_type_0, list):
                    raise TypeError(
                        f"objects_type_0: expected a list, got {type(_objects_type_0).__name__}"
                    )
                for objects_type_0_item_data in _objects_type_0:
                    objects_type_0_item = ChangeHistoryObjectTypes(
                        objects_type_0_item_data
                    )

                    objects_type_0.append(objects_type_0_item)

                return objects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChangeHistoryObjectTypes] | None | Unset, data)

        objects = _parse_objects(d.pop("objects", UNSET))

        def _parse_sort_by(
            data: object,
        ) -> GetAccountHistoryRequestSortByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_by_type_0 = GetAccountHistoryRequestSortByType0(data)

                return sort_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetAccountHistoryRequestSortByType0 | None | Unset, data)

        sort_by = _parse_sort_by(d.pop("sort_by", UNSET))

        def _parse_expand(
            data: object,
        ) -> list[ChangeHistoryExpandFields] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                expand_type_0 = []
                _expand_type_0 = data
                if not isinstance(_expand_type_0, list):
                    raise TypeError(
                        f"expand_type_0: expected a list, got {type(_expand_type_0).__name__}"
                    )
                for expand_type_0_item_data in _expand_type_0:
                    expand_type_0_item = ChangeHistoryExpandFields(
                        expand_type_0_item_data
                    )

                    expand_type_0.append(expand_type_0_item)

                return expand_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChangeHistoryExpandFields] | None | Unset, data)

        expand = _parse_expand(d.pop("expand", UNSET))

        get_account_history_request = cls(
            only_count=only_count,
            page=page,
            sort_direction=sort_direction,
            results_per_page=results_per_page,
            methods=methods,
            projects=projects,
            objects=objects,
            sort_by=sort_by,
            expand=expand,
        )

        get_account_history_request.additional_properties = d
        return get_account_history_request

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
