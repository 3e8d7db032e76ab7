from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDomainsListRequest")


@_attrs_define
class GetDomainsListRequest:
    """
    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        page (int | Unset): The page number for paginated results, starting at 1.
        only (list[int] | None | Unset): Only retrieve domains with the given ids.
        except_ (list[int] | Unset): Except domains with the given ids.
    """

    only_count: bool | Unset = UNSET
    results_per_page: int | None | Unset = UNSET
    page: int | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if only_count is not UNSET:
            field_dict["onlyCount"] = only_count
        if results_per_page is not UNSET:
            field_dict["results_per_page"] = results_per_page
        if page is not UNSET:
            field_dict["page"] = page
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

        get_domains_list_request = cls(
            only_count=only_count,
            results_per_page=results_per_page,
            page=page,
            only=only,
            except_=except_,
        )

        get_domains_list_request.additional_properties = d
        return get_domains_list_request

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
