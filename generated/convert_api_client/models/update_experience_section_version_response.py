from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.section_version import SectionVersion


T = TypeVar("T", bound="UpdateExperienceSectionVersionResponse")


@_attrs_define
class UpdateExperienceSectionVersionResponse:
    """The section version.

    Attributes:
        data (SectionVersion | Unset): The version is an entity that lives under a section in order to group together
            the changes that compose the experience. In case of a non Multivariate experience, each version corresponds to
            one variation. in the case of a MVT experiment, one variation would be made by combining one version from each
            of the defined sections.
    """

    data: SectionVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: SectionVersion | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = SectionVersion.from_dict(_data)

        update_experience_section_version_response = cls(
            data=data,
        )

        update_experience_section_version_response.additional_properties = d
        return update_experience_section_version_response

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
from ..models.section_version import SectionVersion
