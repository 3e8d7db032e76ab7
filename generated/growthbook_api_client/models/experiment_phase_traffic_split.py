from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentPhaseTrafficSplit")


@_attrs_define
class ExperimentPhaseTrafficSplit:
    """
    Attributes:
        variation_id (str | Unset):
        weight (float | Unset):
    """

    variation_id: str | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variation_id = self.variation_id

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variation_id is not UNSET:
            field_dict["variationId"] = variation_id
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        variation_id = d.pop("variationId", UNSET)

        weight = d.pop("weight", UNSET)

        experiment_phase_traffic_split = cls(
            variation_id=variation_id,
            weight=weight,
        )

        experiment_phase_traffic_split.additional_properties = d
        return experiment_phase_traffic_split

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
