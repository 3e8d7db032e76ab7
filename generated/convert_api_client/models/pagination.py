from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Where a page sits in a list; `extra.pagination` of every list response.

    Attributes:
        current_page (int | Unset): The page returned, starting at 1.
        items_count (int | Unset): Number of items matching the filters, across all pages.
        items_per_page (int | Unset): Page size used (`results_per_page`).
        pages_count (int | Unset): Number of pages at this page size.
    """

    current_page: int | Unset = UNSET
    items_count: int | Unset = UNSET
    items_per_page: int | Unset = UNSET
    pages_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        items_count = self.items_count

        items_per_page = self.items_per_page

        pages_count = self.pages_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if items_count is not UNSET:
            field_dict["items_count"] = items_count
        if items_per_page is not UNSET:
            field_dict["items_per_page"] = items_per_page
        if pages_count is not UNSET:
            field_dict["pages_count"] = pages_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        current_page = d.pop("current_page", UNSET)

        items_count = d.pop("items_count", UNSET)

        items_per_page = d.pop("items_per_page", UNSET)

        pages_count = d.pop("pages_count", UNSET)

        pagination = cls(
            current_page=current_page,
            items_count=items_count,
            items_per_page=items_per_page,
            pages_count=pages_count,
        )

        pagination.additional_properties = d
        return pagination

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
