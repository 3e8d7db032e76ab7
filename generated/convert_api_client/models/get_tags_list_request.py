from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTagsListRequest")


@_attrs_define
class GetTagsListRequest:
    """
    Attributes:
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        page (int | Unset): The page number for paginated results, starting at 1.
        only (list[int] | None | Unset): Only retrieve tags with the given ids.
        except_ (list[int] | Unset): Except tags with the given ids.
        search (None | str | Unset): A search string that would be used to search against Tag's name
    """

    results_per_page: int | None | Unset = UNSET
    page: int | Unset = UNSET
    only: list[int] | None | Unset = UNSET
    except_: list[int] | Unset = UNSET
    search: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results_per_page: int | None | Unset
        if isinstance(self.results_per_page, Unset):
            results_per_page = UNSET
        else:
            results_per_page = self.results_per_page

        page = self.page

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

        search: None | str | Unset
        if isinstance(self.search, Unset):
            search = UNSET
        else:
            search = self.search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results_per_page is not UNSET:
            field_dict["results_per_page"] = results_per_page
        if page is not UNSET:
            field_dict["page"] = page
        if only is not UNSET:
            field_dict["only"] = only
        if except_ is not UNSET:
            field_dict["except"] = except_
        if search is not UNSET:
            field_dict["search"] = search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_results_per_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        results_per_page = _parse_results_per_page(d.pop("results_per_page", UNSET))

        page = d.pop("page", UNSET)

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

        def _parse_search(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search = _parse_search(d.pop("search", UNSET))

        get_tags_list_request = cls(
            results_per_page=results_per_page,
            page=page,
            only=only,
            except_=except_,
            search=search,
        )

        get_tags_list_request.additional_properties = d
        return get_tags_list_request

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
