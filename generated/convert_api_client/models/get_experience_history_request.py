from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_history_expand_fields import ChangeHistoryExpandFields
from ..models.change_history_methods import ChangeHistoryMethods
from ..models.experience_history_objects import ExperienceHistoryObjects
from ..models.get_experience_history_request_sort_by_type_0 import (
    GetExperienceHistoryRequestSortByType0,
)
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetExperienceHistoryRequest")


@_attrs_define
class GetExperienceHistoryRequest:
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

    only_count: bool | Unset = UNSET
    methods: list[ChangeHistoryMethods] | None | Unset = UNSET
    objects: list[ExperienceHistoryObjects] | None | Unset = UNSET
    sort_by: GetExperienceHistoryRequestSortByType0 | None | Unset = (
        GetExperienceHistoryRequestSortByType0.TIMESTAMP
    )
    variations: list[float] | None | Unset = UNSET
    changes: list[float] | None | Unset = UNSET
    author_id: None | str | Unset = UNSET
    expand: list[ChangeHistoryExpandFields] | None | Unset = UNSET
    results_per_page: int | None | Unset = UNSET
    sort_direction: None | SortDirectionType0 | Unset = UNSET
    page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        only_count = self.only_count

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
        elif isinstance(self.sort_by, GetExperienceHistoryRequestSortByType0):
            sort_by = self.sort_by.value
        else:
            sort_by = self.sort_by

        variations: list[float] | None | Unset
        if isinstance(self.variations, Unset):
            variations = UNSET
        elif isinstance(self.variations, list):
            variations = self.variations

        else:
            variations = self.variations

        changes: list[float] | None | Unset
        if isinstance(self.changes, Unset):
            changes = UNSET
        elif isinstance(self.changes, list):
            changes = self.changes

        else:
            changes = self.changes

        author_id: None | str | Unset
        if isinstance(self.author_id, Unset):
            author_id = UNSET
        else:
            author_id = self.author_id

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

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if only_count is not UNSET:
            field_dict["onlyCount"] = only_count
        if methods is not UNSET:
            field_dict["methods"] = methods
        if objects is not UNSET:
            field_dict["objects"] = objects
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if variations is not UNSET:
            field_dict["variations"] = variations
        if changes is not UNSET:
            field_dict["changes"] = changes
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if expand is not UNSET:
            field_dict["expand"] = expand
        if results_per_page is not UNSET:
            field_dict["results_per_page"] = results_per_page
        if sort_direction is not UNSET:
            field_dict["sort_direction"] = sort_direction
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        only_count = d.pop("onlyCount", UNSET)

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

        def _parse_objects(
            data: object,
        ) -> list[ExperienceHistoryObjects] | None | Unset:
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
                    objects_type_0_item = ExperienceHistoryObjects(
                        objects_type_0_item_data
                    )

                    objects_type_0.append(objects_type_0_item)

                return objects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExperienceHistoryObjects] | None | Unset, data)

        objects = _parse_objects(d.pop("objects", UNSET))

        def _parse_sort_by(
            data: object,
        ) -> GetExperienceHistoryRequestSortByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_by_type_0 = GetExperienceHistoryRequestSortByType0(data)

                return sort_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetExperienceHistoryRequestSortByType0 | None | Unset, data)

        sort_by = _parse_sort_by(d.pop("sort_by", UNSET))

        def _parse_variations(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                variations_type_0 = cast(list[float], data)

                return variations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        variations = _parse_variations(d.pop("variations", UNSET))

        def _parse_changes(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                changes_type_0 = cast(list[float], data)

                return changes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        changes = _parse_changes(d.pop("changes", UNSET))

        def _parse_author_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author_id = _parse_author_id(d.pop("author_id", UNSET))

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

        page = d.pop("page", UNSET)

        get_experience_history_request = cls(
            only_count=only_count,
            methods=methods,
            objects=objects,
            sort_by=sort_by,
            variations=variations,
            changes=changes,
            author_id=author_id,
            expand=expand,
            results_per_page=results_per_page,
            sort_direction=sort_direction,
            page=page,
        )

        get_experience_history_request.additional_properties = d
        return get_experience_history_request

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
