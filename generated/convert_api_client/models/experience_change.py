from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experience_change_data import ExperienceChangeData


T = TypeVar("T", bound="ExperienceChange")


@_attrs_define
class ExperienceChange:
    """This object represents one change that is presented to the visitor through the experience. A change is connected to
    a a Version which in turn is connected to the Variation which gets presented to the user.

        Attributes:
            id (int | Unset): The unique numerical identifier for this specific change.
            type_ (str | Unset):
            data (ExperienceChangeData | Unset): A flexible object containing the specific details and content for this
                change, structured according to the change type. For example, for customCode, it would contain js and css
                strings. For defaultRedirect, it would contain original_pattern and variation_pattern. This field is included by
                default when fetching a single ExperienceChange but might be omitted in list views unless specified in an
                include parameter.
    """

    id: int | Unset = UNSET
    type_: str | Unset = UNSET
    data: ExperienceChangeData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        _data = d.pop("data", UNSET)
        data: ExperienceChangeData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ExperienceChangeData.from_dict(_data)

        experience_change = cls(
            id=id,
            type_=type_,
            data=data,
        )

        experience_change.additional_properties = d
        return experience_change

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
from ..models.experience_change_data import ExperienceChangeData
