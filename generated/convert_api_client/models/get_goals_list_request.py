from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_goals_list_request_sort_by_type_0 import (
    GetGoalsListRequestSortByType0,
)
from ..models.get_goals_list_request_tracking_type_0 import (
    GetGoalsListRequestTrackingType0,
)
from ..models.get_goals_list_request_usage_type_0 import GetGoalsListRequestUsageType0
from ..models.goal_optional_fields import GoalOptionalFields
from ..models.goal_statuses import GoalStatuses
from ..models.goal_types import GoalTypes
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetGoalsListRequest")


@_attrs_define
class GetGoalsListRequest:
    """Filters, sorting and paging for the goals list.

    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        sort_direction (None | SortDirectionType0 | Unset): The direction for sorting the list results, based on the
            sort_by field.
        status (list[GoalStatuses] | None | Unset): List of goal statuses to be returned
        is_default (bool | None | Unset): A value that would be used to filter by default or not default goals. If not
            provided, all goals will be returned
        search (None | str | Unset): A search string that would be used to search against Goal's name and description
        tracking (GetGoalsListRequestTrackingType0 | None | Unset): A value that would be used to filter by tracked or
            not tracked goals
        usage (GetGoalsListRequestUsageType0 | None | Unset): A value that would be used to filter by using in at least
            one experiment
        goal_type (list[GoalTypes] | None | Unset): List of goal types to be returned
        experiences (list[int] | None | Unset): List of experiences to be returned
        sort_by (GetGoalsListRequestSortByType0 | None | Unset): A value to sort goals by specific field.

            Defaults to id if not provided Default: GetGoalsListRequestSortByType0.ID.
        page (int | Unset): The page number for paginated results, starting at 1.
        include (list[GoalOptionalFields] | Unset): Specifies the list of fields to be included in the response, which
            otherwise would not be sent.
        only (list[int] | None | Unset): Only retrieve goals with the given ids. Including 'stats' reduces the maximum
            number of 'only' items to 50.
        except_ (list[int] | Unset): Except goals with the given ids. Including 'stats' reduces the maximum number of
            'except' items to 50.
    """

    only_count: bool | Unset = UNSET
    results_per_page: int | None | Unset = UNSET
    sort_direction: None | SortDirectionType0 | Unset = UNSET
    status: list[GoalStatuses] | None | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    search: None | str | Unset = UNSET
    tracking: GetGoalsListRequestTrackingType0 | None | Unset = UNSET
    usage: GetGoalsListRequestUsageType0 | None | Unset = UNSET
    goal_type: list[GoalTypes] | None | Unset = UNSET
    experiences: list[int] | None | Unset = UNSET
    sort_by: GetGoalsListRequestSortByType0 | None | Unset = (
        GetGoalsListRequestSortByType0.ID
    )
    page: int | Unset = UNSET
    include: list[GoalOptionalFields] | Unset = UNSET
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

        tracking: None | str | Unset
        if isinstance(self.tracking, Unset):
            tracking = UNSET
        elif isinstance(self.tracking, GetGoalsListRequestTrackingType0):
            tracking = self.tracking.value
        else:
            tracking = self.tracking

        usage: None | str | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, GetGoalsListRequestUsageType0):
            usage = self.usage.value
        else:
            usage = self.usage

        goal_type: list[str] | None | Unset
        if isinstance(self.goal_type, Unset):
            goal_type = UNSET
        elif isinstance(self.goal_type, list):
            goal_type = []
            for goal_type_type_0_item_data in self.goal_type:
                goal_type_type_0_item = goal_type_type_0_item_data.value
                goal_type.append(goal_type_type_0_item)

        else:
            goal_type = self.goal_type

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
        elif isinstance(self.sort_by, GetGoalsListRequestSortByType0):
            sort_by = self.sort_by.value
        else:
            sort_by = self.sort_by

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
        if tracking is not UNSET:
            field_dict["tracking"] = tracking
        if usage is not UNSET:
            field_dict["usage"] = usage
        if goal_type is not UNSET:
            field_dict["goal_type"] = goal_type
        if experiences is not UNSET:
            field_dict["experiences"] = experiences
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
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

        def _parse_status(data: object) -> list[GoalStatuses] | None | Unset:
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
                    status_type_0_item = GoalStatuses(status_type_0_item_data)

                    status_type_0.append(status_type_0_item)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GoalStatuses] | None | Unset, data)

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

        def _parse_tracking(
            data: object,
        ) -> GetGoalsListRequestTrackingType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tracking_type_0 = GetGoalsListRequestTrackingType0(data)

                return tracking_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetGoalsListRequestTrackingType0 | None | Unset, data)

        tracking = _parse_tracking(d.pop("tracking", UNSET))

        def _parse_usage(data: object) -> GetGoalsListRequestUsageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                usage_type_0 = GetGoalsListRequestUsageType0(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetGoalsListRequestUsageType0 | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_goal_type(data: object) -> list[GoalTypes] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                goal_type_type_0 = []
                _goal_type_type_0 = data
                if not isinstance(_goal_type_type_0, list):
                    raise TypeError(
                        f"goal_type_type_0: expected a list, got {type(_goal_type_type_0).__name__}"
                    )
                for goal_type_type_0_item_data in _goal_type_type_0:
                    goal_type_type_0_item = GoalTypes(goal_type_type_0_item_data)

                    goal_type_type_0.append(goal_type_type_0_item)

                return goal_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GoalTypes] | None | Unset, data)

        goal_type = _parse_goal_type(d.pop("goal_type", UNSET))

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
        ) -> GetGoalsListRequestSortByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_by_type_0 = GetGoalsListRequestSortByType0(data)

                return sort_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetGoalsListRequestSortByType0 | None | Unset, data)

        sort_by = _parse_sort_by(d.pop("sort_by", UNSET))

        page = d.pop("page", UNSET)

        _include = d.pop("include", UNSET)
        include: list[GoalOptionalFields] | Unset = UNSET
        if _include is not UNSET:
            if not isinstance(_include, list):
                raise TypeError(
                    f"include: expected a list, got {type(_include).__name__}"
                )
            include = []
            for include_item_data in _include:
                include_item = GoalOptionalFields(include_item_data)

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

        get_goals_list_request = cls(
            only_count=only_count,
            results_per_page=results_per_page,
            sort_direction=sort_direction,
            status=status,
            is_default=is_default,
            search=search,
            tracking=tracking,
            usage=usage,
            goal_type=goal_type,
            experiences=experiences,
            sort_by=sort_by,
            page=page,
            include=include,
            only=only,
            except_=except_,
        )

        get_goals_list_request.additional_properties = d
        return get_goals_list_request

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
