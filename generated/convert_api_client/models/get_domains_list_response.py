from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain import Domain
    from ..models.list_extra import ListExtra


T = TypeVar("T", bound="GetDomainsListResponse")


@_attrs_define
class GetDomainsListResponse:
    """A page of domains.

    Attributes:
        data (list[Domain] | Unset):
        extra (ListExtra | Unset): The `extra` block of list responses.
    """

    data: list[Domain] | Unset = UNSET
    extra: ListExtra | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[Domain] | Unset = UNSET
        if _data is not UNSET:
            if not isinstance(_data, list):
                raise TypeError(f"data: expected a list, got {type(_data).__name__}")
            data = []
            for data_item_data in _data:
                data_item = Domain.from_dict(data_item_data)

                data.append(data_item)

        _extra = d.pop("extra", UNSET)
        extra: ListExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = ListExtra.from_dict(_extra)

        get_domains_list_response = cls(
            data=data,
            extra=extra,
        )

        get_domains_list_response.additional_properties = d
        return get_domains_list_response

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
from ..models.domain import Domain
from ..models.list_extra import ListExtra
