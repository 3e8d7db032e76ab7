from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.experience_expand_fields import ExperienceExpandFields
from ..models.experience_include_fields import ExperienceIncludeFields
from ..models.experience_statuses import ExperienceStatuses
from ..models.experience_types import ExperienceTypes
from ..models.get_experiences_list_request_sort_by_type_0 import (
    GetExperiencesListRequestSortByType0,
)
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetExperiencesListRequest")


@_attrs_define
class GetExperiencesListRequest:
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

    only_count: bool | Unset = UNSET
    results_per_page: int | None | Unset = UNSET
    sort_direction: None | SortDirectionType0 | Unset = UNSET
    goal_id: int | None | Unset = UNSET
    sort_by: GetExperiencesListRequestSortByType0 | None | Unset = (
        GetExperiencesListRequestSortByType0.ID
    )
    search: None | str | Unset = UNSET
    status: list[ExperienceStatuses] | None | Unset = UNSET
    type_: list[ExperienceTypes] | None | Unset = UNSET
    tags: list[int] | None | Unset = UNSET
    audiences: list[int] | None | Unset = UNSET
    goals: list[int] | None | Unset = UNSET
    features: list[int] | None | Unset = UNSET
    hypotheses: list[int] | None | Unset = UNSET
    locations: list[int] | None | Unset = UNSET
    environments: list[str] | None | Unset = UNSET
    page: int | Unset = UNSET
    include: list[ExperienceIncludeFields] | Unset = UNSET
    expand: list[ExperienceExpandFields] | Unset = UNSET
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

        goal_id: int | None | Unset
        if isinstance(self.goal_id, Unset):
            goal_id = UNSET
        else:
            goal_id = self.goal_id

        sort_by: None | str | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        elif isinstance(self.sort_by, GetExperiencesListRequestSortByType0):
            sort_by = self.sort_by.value
        else:
            sort_by = self.sort_by

        search: None | str | Unset
        if isinstance(self.search, Unset):
            search = UNSET
        else:
            search = self.search

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

        tags: list[int] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

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

        features: list[int] | None | Unset
        if isinstance(self.features, Unset):
            features = UNSET
        elif isinstance(self.features, list):
            features = self.features

        else:
            features = self.features

        hypotheses: list[int] | None | Unset
        if isinstance(self.hypotheses, Unset):
            hypotheses = UNSET
        elif isinstance(self.hypotheses, list):
            hypotheses = self.hypotheses

        else:
            hypotheses = self.hypotheses

        locations: list[int] | None | Unset
        if isinstance(self.locations, Unset):
            locations = UNSET
        elif isinstance(self.locations, list):
            locations = self.locations

        else:
            locations = self.locations

        environments: list[str] | None | Unset
        if isinstance(self.environments, Unset):
            environments = UNSET
        elif isinstance(self.environments, list):
            environments = self.environments

        else:
            environments = self.environments

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
        if goal_id is not UNSET:
            field_dict["goal_id"] = goal_id
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if search is not UNSET:
            field_dict["search"] = search
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tags is not UNSET:
            field_dict["tags"] = tags
        if audiences is not UNSET:
            field_dict["audiences"] = audiences
        if goals is not UNSET:
            field_dict["goals"] = goals
        if features is not UNSET:
            field_dict["features"] = features
        if hypotheses is not UNSET:
            field_dict["hypotheses"] = hypotheses
        if locations is not UNSET:
            field_dict["locations"] = locations
        if environments is not UNSET:
            field_dict["environments"] = environments
        if page is not UNSET:
            field_dict["page"] = page
        if include is not UNSET:
            field_dict["include"] = include
        if expand is not UNSET:
            field_dict["expand"] = expand
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

        def _parse_goal_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        goal_id = _parse_goal_id(d.pop("goal_id", UNSET))

        def _parse_sort_by(
            data: object,
        ) -> GetExperiencesListRequestSortByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_by_type_0 = GetExperiencesListRequestSortByType0(data)

                return sort_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetExperiencesListRequestSortByType0 | None | Unset, data)

        sort_by = _parse_sort_by(d.pop("sort_by", UNSET))

        def _parse_search(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search = _parse_search(d.pop("search", UNSET))

        def _parse_status(data: object) -> list[ExperienceStatuses] | None | Unset:
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
                    status_type_0_item = ExperienceStatuses(status_type_0_item_data)

                    status_type_0.append(status_type_0_item)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExperienceStatuses] | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_features(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                features_type_0 = cast(list[int], data)

                return features_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        features = _parse_features(d.pop("features", UNSET))

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

        def _parse_environments(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                environments_type_0 = cast(list[str], data)

                return environments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        environments = _parse_environments(d.pop("environments", UNSET))

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

        get_experiences_list_request = cls(
            only_count=only_count,
            results_per_page=results_per_page,
            sort_direction=sort_direction,
            goal_id=goal_id,
            sort_by=sort_by,
            search=search,
            status=status,
            type_=type_,
            tags=tags,
            audiences=audiences,
            goals=goals,
            features=features,
            hypotheses=hypotheses,
            locations=locations,
            environments=environments,
            page=page,
            include=include,
            expand=expand,
            only=only,
            except_=except_,
        )

        get_experiences_list_request.additional_properties = d
        return get_experiences_list_request

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
