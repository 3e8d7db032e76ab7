from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_hypotheses_list_request_score_max_type_0 import (
    GetHypothesesListRequestScoreMaxType0,
)
from ..models.get_hypotheses_list_request_score_min_type_0 import (
    GetHypothesesListRequestScoreMinType0,
)
from ..models.get_hypotheses_list_request_sort_by_type_0 import (
    GetHypothesesListRequestSortByType0,
)
from ..models.hypotheses_list_expand_fields_item import HypothesesListExpandFieldsItem
from ..models.hypothesis_statuses import HypothesisStatuses
from ..models.sort_direction_type_0 import SortDirectionType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetHypothesesListRequest")


@_attrs_define
class GetHypothesesListRequest:
    """
    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        sort_direction (None | SortDirectionType0 | Unset): The direction for sorting the list results, based on the
            sort_by field.
        sort_by (GetHypothesesListRequestSortByType0 | None | Unset): A value to sort hypotheses by specific field(s)

            Defaults to id if not provided Default: GetHypothesesListRequestSortByType0.ID.
        score_max (GetHypothesesListRequestScoreMaxType0 | None | Unset): The maximum score for hypotheses which you
            would like to retrieve Default: GetHypothesesListRequestScoreMaxType0.VALUE_5.
        score_min (GetHypothesesListRequestScoreMinType0 | None | Unset): The minimum score for hypotheses which you
            would like to retrieve Default: GetHypothesesListRequestScoreMinType0.VALUE_0.
        search (None | str | Unset): A search string that would be used to search against hypotheses's name or
            description
        status (list[HypothesisStatuses] | None | Unset): The status of the hypotheses you'd like to be returned; one of
            the below can be provided
        experiences (list[int] | None | Unset): The list of experience ID's used to filter the list of returned
            hypotheses
        tags (list[int] | None | Unset): The list of tag ID's used to filter the list of returned hypotheses
        only (list[int] | None | Unset): Only retrieve hypotheses with the given ids.
        except_ (list[int] | Unset): Except hypotheses with the given ids.
        page (int | Unset): The page number for paginated results, starting at 1.
        expand (list[HypothesesListExpandFieldsItem] | Unset): Specifies the list of fields which would be expanded in
            the response. Otherwise, only their id would be returned. Read more in the section related to Expanding Fields
    """

    only_count: bool | Unset = UNSET
    results_per_page: int | None | Unset = UNSET
    sort_direction: None | SortDirectionType0 | Unset = UNSET
    sort_by: GetHypothesesListRequestSortByType0 | None | Unset = (
        GetHypothesesListRequestSortByType0.ID
    )
    score_max: GetHypothesesListRequestScoreMaxType0 | None | Unset = (
        GetHypothesesListRequestScoreMaxType0.VALUE_5
    )
    score_min: GetHypothesesListRequestScoreMinType0 | None | Unset = (
        GetHypothesesListRequestScoreMinType0.VALUE_0
    )
    search: None | str | Unset = UNSET
    status: list[HypothesisStatuses] | None | Unset = UNSET
    experiences: list[int] | None | Unset = UNSET
    tags: list[int] | None | Unset = UNSET
    only: list[int] | None | Unset = UNSET
    except_: list[int] | Unset = UNSET
    page: int | Unset = UNSET
    expand: list[HypothesesListExpandFieldsItem] | Unset = UNSET
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

        sort_by: None | str | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        elif isinstance(self.sort_by, GetHypothesesListRequestSortByType0):
            sort_by = self.sort_by.value
        else:
            sort_by = self.sort_by

        score_max: int | None | Unset
        if isinstance(self.score_max, Unset):
            score_max = UNSET
        elif isinstance(self.score_max, GetHypothesesListRequestScoreMaxType0):
            score_max = self.score_max.value
        else:
            score_max = self.score_max

        score_min: int | None | Unset
        if isinstance(self.score_min, Unset):
            score_min = UNSET
        elif isinstance(self.score_min, GetHypothesesListRequestScoreMinType0):
            score_min = self.score_min.value
        else:
            score_min = self.score_min

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

        experiences: list[int] | None | Unset
        if isinstance(self.experiences, Unset):
            experiences = UNSET
        elif isinstance(self.experiences, list):
            experiences = self.experiences

        else:
            experiences = self.experiences

        tags: list[int] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

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

        page = self.page

        expand: list[str] | Unset = UNSET
        if not isinstance(self.expand, Unset):
            expand = []
            for (
                componentsschemas_hypotheses_list_expand_fields_item_data
            ) in self.expand:
                componentsschemas_hypotheses_list_expand_fields_item = (
                    componentsschemas_hypotheses_list_expand_fields_item_data.value
                )
                expand.append(componentsschemas_hypotheses_list_expand_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if only_count is not UNSET:
            field_dict["onlyCount"] = only_count
        if results_per_page is not UNSET:
            field_dict["results_per_page"] = results_per_page
        if sort_direction is not UNSET:
            field_dict["sort_direction"] = sort_direction
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if score_max is not UNSET:
            field_dict["scoreMax"] = score_max
        if score_min is not UNSET:
            field_dict["scoreMin"] = score_min
        if search is not UNSET:
            field_dict["search"] = search
        if status is not UNSET:
            field_dict["status"] = status
        if experiences is not UNSET:
            field_dict["experiences"] = experiences
        if tags is not UNSET:
            field_dict["tags"] = tags
        if only is not UNSET:
            field_dict["only"] = only
        if except_ is not UNSET:
            field_dict["except"] = except_
        if page is not UNSET:
            field_dict["page"] = page
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

        def _parse_sort_by(
            data: object,
        ) -> GetHypothesesListRequestSortByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_by_type_0 = GetHypothesesListRequestSortByType0(data)

                return sort_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetHypothesesListRequestSortByType0 | None | Unset, data)

        sort_by = _parse_sort_by(d.pop("sort_by", UNSET))

        def _parse_score_max(
            data: object,
        ) -> GetHypothesesListRequestScoreMaxType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                score_max_type_0 = GetHypothesesListRequestScoreMaxType0(data)

                return score_max_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetHypothesesListRequestScoreMaxType0 | None | Unset, data)

        score_max = _parse_score_max(d.pop("scoreMax", UNSET))

        def _parse_score_min(
            data: object,
        ) -> GetHypothesesListRequestScoreMinType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                score_min_type_0 = GetHypothesesListRequestScoreMinType0(data)

                return score_min_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetHypothesesListRequestScoreMinType0 | None | Unset, data)

        score_min = _parse_score_min(d.pop("scoreMin", UNSET))

        def _parse_search(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search = _parse_search(d.pop("search", UNSET))

        def _parse_status(data: object) -> list[HypothesisStatuses] | None | Unset:
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
                    status_type_0_item = HypothesisStatuses(status_type_0_item_data)

                    status_type_0.append(status_type_0_item)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[HypothesisStatuses] | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        page = d.pop("page", UNSET)

        _expand = d.pop("expand", UNSET)
        expand: list[HypothesesListExpandFieldsItem] | Unset = UNSET
        if _expand is not UNSET:
            if not isinstance(_expand, list):
                raise TypeError(
                    f"expand: expected a list, got {type(_expand).__name__}"
                )
            expand = []
            for componentsschemas_hypotheses_list_expand_fields_item_data in _expand:
                componentsschemas_hypotheses_list_expand_fields_item = (
                    HypothesesListExpandFieldsItem(
                        componentsschemas_hypotheses_list_expand_fields_item_data
                    )
                )

                expand.append(componentsschemas_hypotheses_list_expand_fields_item)

        get_hypotheses_list_request = cls(
            only_count=only_count,
            results_per_page=results_per_page,
            sort_direction=sort_direction,
            sort_by=sort_by,
            score_max=score_max,
            score_min=score_min,
            search=search,
            status=status,
            experiences=experiences,
            tags=tags,
            only=only,
            except_=except_,
            page=page,
            expand=expand,
        )

        get_hypotheses_list_request.additional_properties = d
        return get_hypotheses_list_request

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
