from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_source import DataSource


T = TypeVar("T", bound="ListDataSourcesResponse")


@_attrs_define
class ListDataSourcesResponse:
    """
    Attributes:
        limit (int): The page size that was applied.
        offset (int): How many items were skipped.
        count (int): Number of items in this page.
        total (int): Number of items across all pages.
        has_more (bool): Whether a further page exists.
        next_offset (int | None): The offset of the next page, or null when there is none.
        data_sources (list[DataSource]):
    """

    limit: int
    offset: int
    count: int
    total: int
    has_more: bool
    next_offset: int | None
    data_sources: list[DataSource]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        count = self.count

        total = self.total

        has_more = self.has_more

        next_offset: int | None
        next_offset = self.next_offset

        data_sources = []
        for data_sources_item_data in self.data_sources:
            data_sources_item = data_sources_item_data.to_dict()
            data_sources.append(data_sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "offset": offset,
                "count": count,
                "total": total,
                "hasMore": has_more,
                "nextOffset": next_offset,
                "dataSources": data_sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        limit = d.pop("limit")

        offset = d.pop("offset")

        count = d.pop("count")

        total = d.pop("total")

        has_more = d.pop("hasMore")

        def _parse_next_offset(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        next_offset = _parse_next_offset(d.pop("nextOffset"))

        data_sources = []
        _data_sources = d.pop("dataSources")
        if not isinstance(_data_sources, list):
            raise TypeError(
                f"data_sources: expected a list, got {type(_data_sources).__name__}"
            )
        for data_sources_item_data in _data_sources:
            data_sources_item = DataSource.from_dict(data_sources_item_data)

            data_sources.append(data_sources_item)

        list_data_sources_response = cls(
            limit=limit,
            offset=offset,
            count=count,
            total=total,
            has_more=has_more,
            next_offset=next_offset,
            data_sources=data_sources,
        )

        list_data_sources_response.additional_properties = d
        return list_data_sources_response

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


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve), instead of inside to_dict/from_dict on every call.
from ..models.data_source import DataSource
