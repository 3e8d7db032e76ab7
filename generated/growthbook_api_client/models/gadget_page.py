from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gadget import Gadget


T = TypeVar("T", bound="GadgetPage")


@_attrs_define
class GadgetPage:
    """
    Attributes:
        gadgets (list[Gadget]):
        has_more (bool):
        limit (int | Unset):
        offset (int | Unset):
        total (int | Unset):
        next_offset (int | None | Unset):
    """

    gadgets: list[Gadget]
    has_more: bool
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    total: int | Unset = UNSET
    next_offset: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gadgets = []
        for gadgets_item_data in self.gadgets:
            gadgets_item = gadgets_item_data.to_dict()
            gadgets.append(gadgets_item)

        has_more = self.has_more

        limit = self.limit

        offset = self.offset

        total = self.total

        next_offset: int | None | Unset
        if isinstance(self.next_offset, Unset):
            next_offset = UNSET
        else:
            next_offset = self.next_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gadgets": gadgets,
                "hasMore": has_more,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if total is not UNSET:
            field_dict["total"] = total
        if next_offset is not UNSET:
            field_dict["nextOffset"] = next_offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gadgets = []
        _gadgets = d.pop("gadgets")
        if not isinstance(_gadgets, list):
            raise TypeError(f"gadgets: expected a list, got {type(_gadgets).__name__}")
        for gadgets_item_data in _gadgets:
            gadgets_item = Gadget.from_dict(gadgets_item_data)

            gadgets.append(gadgets_item)

        has_more = d.pop("hasMore")

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        total = d.pop("total", UNSET)

        def _parse_next_offset(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_offset = _parse_next_offset(d.pop("nextOffset", UNSET))

        gadget_page = cls(
            gadgets=gadgets,
            has_more=has_more,
            limit=limit,
            offset=offset,
            total=total,
            next_offset=next_offset,
        )

        gadget_page.additional_properties = d
        return gadget_page

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
from ..models.gadget import Gadget
