from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentMetricOverrides")


@_attrs_define
class ExperimentMetricOverrides:
    """Per-experiment overrides of a metric's settings.

    Attributes:
        conversion_window_start (float | Unset):
        conversion_window_end (float | Unset):
        win_risk_threshold (float | Unset):
        lose_risk_threshold (float | Unset):
    """

    conversion_window_start: float | Unset = UNSET
    conversion_window_end: float | Unset = UNSET
    win_risk_threshold: float | Unset = UNSET
    lose_risk_threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversion_window_start = self.conversion_window_start

        conversion_window_end = self.conversion_window_end

        win_risk_threshold = self.win_risk_threshold

        lose_risk_threshold = self.lose_risk_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversion_window_start is not UNSET:
            field_dict["conversionWindowStart"] = conversion_window_start
        if conversion_window_end is not UNSET:
            field_dict["conversionWindowEnd"] = conversion_window_end
        if win_risk_threshold is not UNSET:
            field_dict["winRiskThreshold"] = win_risk_threshold
        if lose_risk_threshold is not UNSET:
            field_dict["loseRiskThreshold"] = lose_risk_threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        conversion_window_start = d.pop("conversionWindowStart", UNSET)

        conversion_window_end = d.pop("conversionWindowEnd", UNSET)

        win_risk_threshold = d.pop("winRiskThreshold", UNSET)

        lose_risk_threshold = d.pop("loseRiskThreshold", UNSET)

        experiment_metric_overrides = cls(
            conversion_window_start=conversion_window_start,
            conversion_window_end=conversion_window_end,
            win_risk_threshold=win_risk_threshold,
            lose_risk_threshold=lose_risk_threshold,
        )

        experiment_metric_overrides.additional_properties = d
        return experiment_metric_overrides

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
