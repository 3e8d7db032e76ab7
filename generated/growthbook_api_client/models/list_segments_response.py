from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.segment import Segment


T = TypeVar("T", bound="ListSegmentsResponse")


@_attrs_define
class ListSegmentsResponse:
    """
    Attributes:
        limit (int): The page size that was applied.
        offset (int): How many items were skipped.
        count (int): Number of items in this page.
        total (int): Number of items across all pages.
        has_more (bool): Whether a further page exists.
        next_offset (int | None): The offset of the next page, or null when there is none.
        segments (list[Segment]):
    """

    limit: int
    offset: int
    count: int
    total: int
    has_more: bool
    next_offset: int | None
    segments: list[Segment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        count = self.count

        total = self.total

        has_more = self.has_more

        next_offset: int | None
        next_offset = self.next_offset

        segments = []
        for segments_item_data in self.segments:
            segments_item = segments_item_data.to_dict()
            segments.append(segments_item)

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
                "segments": segments,
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

        segments = []
        _segments = d.pop("segments")
        if not isinstance(_segments, list):
            raise TypeError(
                f"segments: expected a list, got {type(_segments).__name__}"
            )
        for segments_item_data in _segments:
            segments_item = Segment.from_dict(segments_item_data)

            segments.append(segments_item)

        list_segments_response = cls(
            limit=limit,
            offset=offset,
            count=count,
            total=total,
            has_more=has_more,
            next_offset=next_offset,
            segments=segments,
        )

        list_segments_response.additional_properties = d
        return list_segments_response

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
from ..models.segment import Segment
