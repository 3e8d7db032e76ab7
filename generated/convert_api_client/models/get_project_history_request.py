from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_history_expand_fields import ChangeHistoryExpandFields
from ..models.change_history_methods import ChangeHistoryMethods
from ..models.change_history_objects import ChangeHistoryObjects
from ..models.get_project_history_request_sort_by_type_0 import (
    GetProjectHistoryRequestSortByType0,
)
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetProjectHistoryRequest")


@_attrs_define
class GetProjectHistoryRequest:
    """Filters for retrieving the change history log for a specific project.

    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        page (int | Unset): The page number for paginated results, starting at 1.
        sort_direction (None | SortDirectionType0 | Unset): The direction for sorting the list results, based on the
            sort_by field.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        methods (list[ChangeHistoryMethods] | None | Unset):
        objects (list[ChangeHistoryObjects] | None | Unset):
        audiences (list[int] | None | Unset): List of audiences id to get data by
        goals (list[int] | None | Unset): List of goals id to get data by
        locations (list[int] | None | Unset): List of locations id to get data by
        hypotheses (list[int] | None | Unset): List of hypotheses id to get data by
        domains (list[int] | None | Unset): List of domains id to get data by
        tags (list[int] | None | Unset): List of tags id to get data by
        experiences (list[int] | None | Unset): List of experiences id to get data by
        sort_by (GetProjectHistoryRequestSortByType0 | None | Unset): A value to sort history list by specific field(s)

            Defaults to timestamp if not provided Default: GetProjectHistoryRequestSortByType0.TIMESTAMP.
        expand (list[ChangeHistoryExpandFields] | None | Unset): Specifies linked objects to expand in the response,
            e.g., 'project'. Refer to the Expanding Fields section.
    """

    only_count: bool | Unset = UNSET
    page: int | Unset = UNSET
    sort_direction: None | SortDirectionType0 | Unset = UNSET
    results_per_page: int | None | Unset = UNSET
    methods: list[ChangeHistoryMethods] | None | Unset = UNSET
    objects: list[ChangeHistoryObjects] | None | Unset = UNSET
    audiences: list[int] | None | Unset = UNSET
    goals: list[int] | None | Unset = UNSET
    locations: list[int] | None | Unset = UNSET
    hypotheses: list[int] | None | Unset = UNSET
    domains: list[int] | None | Unset = UNSET
    tags: list[int] | None | Unset = UNSET
    experiences: list[int] | None | Unset = UNSET
    sort_by: GetProjectHistoryRequestSortByType0 | None | Unset = (
        GetProjectHistoryRequestSortByType0.TIMESTAMP
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

        audiences: list[int] | None | Unset
        if isinstance(self.audiences, Unset):
            audiences = UNSET
        elif isinstance(self.audiences, list):
            audiences = self.audiences

        else:
            audiences = self.audiences

        goals: list[int] | None | Unset
        if isinstance(self.goals, Unset):
            goals = UNSET
        elif isinstance(self.goals, list):
            goals = self.goals

        else:
            goals = self.goals

        locations: list[int] | None | Unset
        if isinstance(self.locations, Unset):
            locations = UNSET
        elif isinstance(self.locations, list):
            locations = self.locations

        else:
            locations = self.locations

        hypotheses: list[int] | None | Unset
        if isinstance(self.hypotheses, Unset):
            hypotheses = UNSET
        elif isinstance(self.hypotheses, list):
            hypotheses = self.hypotheses

        else:
            hypotheses = self.hypotheses

        domains: list[int] | None | Unset
        if isinstance(self.domains, Unset):
            domains = UNSET
        elif isinstance(self.domains, list):
            domains = self.domains

        else:
            domains = self.domains

        tags: list[int] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        experiences: list[int] | None | Unset
        if isinstance(self.experiences, Unset):
            experiences = UNSET
        elif isinstance(self.experiences, list):
            experiences = self.experiences

        else:
            experiences = self.experiences

        sort_by: None | str | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        elif isinstance(self.sort_by, GetProjectHistoryRequestSortByType0):
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
        if objects is not UNSET:
            field_dict["objects"] = objects
        if audiences is not UNSET:
            field_dict["audiences"] = audiences
        if goals is not UNSET:
            field_dict["goals"] = goals
        if locations is not UNSET:
            field_dict["locations"] = locations
        if hypotheses is not UNSET:
            field_dict["hypotheses"] = hypotheses
        if domains is not UNSET:
            field_dict["domains"] = domains
        if tags is not UNSET:
            field_dict["tags"] = tags
        if experiences is not UNSET:
            field_dict["experiences"] = experiences
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

        def _parse_objects(data: object) -> list[ChangeHistoryObjects] | None | Unset:
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
                    objects_type_0_item = ChangeHistoryObjects(objects_type_0_item_data)

                    objects_type_0.append(objects_type_0_item)

                return objects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChangeHistoryObjects] | None | Unset, data)

        objects = _parse_objects(d.pop("objects", UNSET))

        def _parse_audiences(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                audiences_type_0 = cast(list[int], data)

                return audiences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        audiences = _parse_audiences(d.pop("audiences", UNSET))

        def _parse_goals(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                goals_type_0 = cast(list[int], data)

                return goals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        goals = _parse_goals(d.pop("goals", UNSET))

        def _parse_locations(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                locations_type_0 = cast(list[int], data)

                return locations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        locations = _parse_locations(d.pop("locations", UNSET))

        def _parse_hypotheses(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                hypotheses_type_0 = cast(list[int], data)

                return hypotheses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        hypotheses = _parse_hypotheses(d.pop("hypotheses", UNSET))

        def _parse_domains(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                domains_type_0 = cast(list[int], data)

                return domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        domains = _parse_domains(d.pop("domains", UNSET))

        def _parse_tags(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[int], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

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

        def _parse_sort_by(
            data: object,
        ) -> GetProjectHistoryRequestSortByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_by_type_0 = GetProjectHistoryRequestSortByType0(data)

                return sort_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetProjectHistoryRequestSortByType0 | None | Unset, data)

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

        get_project_history_request = cls(
            only_count=only_count,
            page=page,
            sort_direction=sort_direction,
            results_per_page=results_per_page,
            methods=methods,
            objects=objects,
            audiences=audiences,
            goals=goals,
            locations=locations,
            hypotheses=hypotheses,
            domains=domains,
            tags=tags,
            experiences=experiences,
            sort_by=sort_by,
            expand=expand,
        )

        get_project_history_request.additional_properties = d
        return get_project_history_request

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
