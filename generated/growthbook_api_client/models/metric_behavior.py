from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricBehavior")


@_attrs_define
class MetricBehavior:
    """
    Attributes:
        goal (str | Unset): Desired direction of the metric (the reference shows `increase`).
        cap (float | Unset):
        conversion_window_start (float | Unset):
        conversion_window_end (float | Unset):
        risk_threshold_success (float | Unset):
        risk_threshold_danger (float | Unset):
        min_percent_change (float | Unset):
        max_percent_change (float | Unset):
        min_sample_size (float | Unset):
    """

    goal: str | Unset = UNSET
    cap: float | Unset = UNSET
    conversion_window_start: float | Unset = UNSET
    conversion_window_end: float | Unset = UNSET
    risk_threshold_success: float | Unset = UNSET
    risk_threshold_danger: float | Unset = UNSET
    min_percent_change: float | Unset = UNSET
    max_percent_change: float | Unset = UNSET
    min_sample_size: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goal = self.goal

        cap = self.cap

        conversion_window_start = self.conversion_window_start

        conversion_window_end = self.conversion_window_end

        risk_threshold_success = self.risk_threshold_success

        risk_threshold_danger = self.risk_threshold_danger

        min_percent_change = self.min_percent_change

        max_percent_change = self.max_percent_change

        min_sample_size = self.min_sample_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if goal is not UNSET:
            field_dict["goal"] = goal
        if cap is not UNSET:
            field_dict["cap"] = cap
        if conversion_window_start is not UNSET:
            field_dict["conversionWindowStart"] = conversion_window_start
        if conversion_window_end is not UNSET:
            field_dict["conversionWindowEnd"] = conversion_window_end
        if risk_threshold_success is not UNSET:
            field_dict["riskThresholdSuccess"] = risk_threshold_success
        if risk_threshold_danger is not UNSET:
            field_dict["riskThresholdDanger"] = risk_threshold_danger
        if min_percent_change is not UNSET:
            field_dict["minPercentChange"] = min_percent_change
        if max_percent_change is not UNSET:
            field_dict["maxPercentChange"] = max_percent_change
        if min_sample_size is not UNSET:
            field_dict["minSampleSize"] = min_sample_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        goal = d.pop("goal", UNSET)

        cap = d.pop("cap", UNSET)

        conversion_window_start = d.pop("conversionWindowStart", UNSET)

        conversion_window_end = d.pop("conversionWindowEnd", UNSET)

        risk_threshold_success = d.pop("riskThresholdSuccess", UNSET)

        risk_threshold_danger = d.pop("riskThresholdDanger", UNSET)

        min_percent_change = d.pop("minPercentChange", UNSET)

        max_percent_change = d.pop("maxPercentChange", UNSET)

        min_sample_size = d.pop("minSampleSize", UNSET)

        metric_behavior = cls(
            goal=goal,
            cap=cap,
            conversion_window_start=conversion_window_start,
            conversion_window_end=conversion_window_end,
            risk_threshold_success=risk_threshold_success,
            risk_threshold_danger=risk_threshold_danger,
            min_percent_change=min_percent_change,
            max_percent_change=max_percent_change,
            min_sample_size=min_sample_size,
        )

        metric_behavior.additional_properties = d
        return metric_behavior

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
