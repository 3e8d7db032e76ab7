from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_results_analysis import ExperimentResultsAnalysis


T = TypeVar("T", bound="ExperimentResultsVariation")


@_attrs_define
class ExperimentResultsVariation:
    """
    Attributes:
        variation_id (str | Unset):
        analyses (list[ExperimentResultsAnalysis] | Unset):
    """

    variation_id: str | Unset = UNSET
    analyses: list[ExperimentResultsAnalysis] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variation_id = self.variation_id

        analyses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.analyses, Unset):
            analyses = []
            for analyses_item_data in self.analyses:
                analyses_item = analyses_item_data.to_dict()
                analyses.append(analyses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variation_id is not UNSET:
            field_dict["variationId"] = variation_id
        if analyses is not UNSET:
            field_dict["analyses"] = analyses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        variation_id = d.pop("variationId", UNSET)

        _analyses = d.pop("analyses", UNSET)
        analyses: list[ExperimentResultsAnalysis] | Unset = UNSET
        if _analyses is not UNSET:
            if not isinstance(_analyses, list):
                raise TypeError(
                    f"analyses: expected a list, got {type(_analyses).__name__}"
                )
            analyses = []
            for analyses_item_data in _analyses:
                analyses_item = ExperimentResultsAnalysis.from_dict(analyses_item_data)

                analyses.append(analyses_item)

        experiment_results_variation = cls(
            variation_id=variation_id,
            analyses=analyses,
        )

        experiment_results_variation.additional_properties = d
        return experiment_results_variation

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
from ..models.experiment_results_analysis import ExperimentResultsAnalysis
