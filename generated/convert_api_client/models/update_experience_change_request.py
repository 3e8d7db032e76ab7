from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.update_experience_change_request_data import (
        UpdateExperienceChangeRequestData,
    )


T = TypeVar("T", bound="UpdateExperienceChangeRequest")


@_attrs_define
class UpdateExperienceChangeRequest:
    """
    Attributes:
        type_ (str):
        data (UpdateExperienceChangeRequestData): A flexible object containing the specific details and content for this
            change, structured according to the change type. For example, for customCode, it would contain js and css
            strings. For defaultRedirect, it would contain original_pattern and variation_pattern. This field is included by
            default when fetching a single ExperienceChange but might be omitted in list views unless specified in an
            include parameter.
    """

    type_: str
    data: UpdateExperienceChangeRequestData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        data = UpdateExperienceChangeRequestData.from_dict(d.pop("data"))

        update_experience_change_request = cls(
            type_=type_,
            data=data,
        )

        update_experience_change_request.additional_properties = d
        return update_experience_change_request

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
from ..models.update_experience_change_request_data import (
    UpdateExperienceChangeRequestData,
)
