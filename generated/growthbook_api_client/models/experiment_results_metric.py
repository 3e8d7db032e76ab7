from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_results_variation import ExperimentResultsVariation


T = TypeVar("T", bound="ExperimentResultsMetric")


@_attrs_define
class ExperimentResultsMetric:
    """
    Attributes:
        metric_id (str | Unset):
        variations (list[ExperimentResultsVariation] | Unset):
    """

    metric_id: str | Unset = UNSET
    variations: list[ExperimentResultsVariation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id

        variations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variations, Unset):
            variations = []
            for variations_item_data in self.variations:
                variations_item = variations_item_data.to_dict()
                variations.append(variations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric_id is not UNSET:
            field_dict["metricId"] = metric_id
        if variations is not UNSET:
            field_dict["variations"] = variations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        metric_id = d.pop("metricId", UNSET)

        _variations = d.pop("variations", UNSET)
        variations: list[ExperimentResultsVariation] | Unset = UNSET
        if _variations is not UNSET:
            if not isinstance(_variations, list):
                raise TypeError(
                    f"variations: expected a list, got {type(_variations).__name__}"
                )
            variations = []
            for variations_item_data in _variations:
                variations_item = ExperimentResultsVariation.from_dict(
                    variations_item_data
                )

                variations.append(variations_item)

        experiment_results_metric = cls(
            metric_id=metric_id,
            variations=variations,
        )

        experiment_results_metric.additional_properties = d
        return experiment_results_metric

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
from ..models.experiment_results_variation import ExperimentResultsVariation
