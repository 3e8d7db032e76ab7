from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentVariation")


@_attrs_define
class ExperimentVariation:
    """
    Attributes:
        variation_id (str | Unset):
        key (str | Unset):
        name (str | Unset):
        description (str | Unset):
        screenshots (list[str] | Unset):
    """

    variation_id: str | Unset = UNSET
    key: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    screenshots: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variation_id = self.variation_id

        key = self.key

        name = self.name

        description = self.description

        screenshots: list[str] | Unset = UNSET
        if not isinstance(self.screenshots, Unset):
            screenshots = self.screenshots

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variation_id is not UNSET:
            field_dict["variationId"] = variation_id
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if screenshots is not UNSET:
            field_dict["screenshots"] = screenshots

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        variation_id = d.pop("variationId", UNSET)

        key = d.pop("key", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        screenshots = cast(list[str], d.pop("screenshots", UNSET))

        experiment_variation = cls(
            variation_id=variation_id,
            key=key,
            name=name,
            description=description,
            screenshots=screenshots,
        )

        experiment_variation.additional_properties = d
        return experiment_variation

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
