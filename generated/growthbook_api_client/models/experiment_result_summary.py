from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentResultSummary")


@_attrs_define
class ExperimentResultSummary:
    """
    Attributes:
        status (str | Unset):
        winner (str | Unset):
        conclusions (str | Unset):
        released_variation_id (str | Unset):
    """

    status: str | Unset = UNSET
    winner: str | Unset = UNSET
    conclusions: str | Unset = UNSET
    released_variation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        winner = self.winner

        conclusions = self.conclusions

        released_variation_id = self.released_variation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if winner is not UNSET:
            field_dict["winner"] = winner
        if conclusions is not UNSET:
            field_dict["conclusions"] = conclusions
        if released_variation_id is not UNSET:
            field_dict["releasedVariationId"] = released_variation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        winner = d.pop("winner", UNSET)

        conclusions = d.pop("conclusions", UNSET)

        released_variation_id = d.pop("releasedVariationId", UNSET)

        experiment_result_summary = cls(
            status=status,
            winner=winner,
            conclusions=conclusions,
            released_variation_id=released_variation_id,
        )

        experiment_result_summary.additional_properties = d
        return experiment_result_summary

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
