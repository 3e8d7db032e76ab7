from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentResultsAnalysis")


@_attrs_define
class ExperimentResultsAnalysis:
    """Statistics of one metric for one variation, from one stats engine.

    Attributes:
        engine (str | Unset): The stats engine that produced this analysis (the reference shows `bayesian`).
        numerator (float | Unset):
        denominator (float | Unset):
        mean (float | Unset):
        stddev (float | Unset):
        percent_change (float | Unset):
        ci_low (float | Unset):
        ci_high (float | Unset):
        p_value (float | Unset):
        risk (float | Unset):
        chance_to_beat_control (float | Unset):
    """

    engine: str | Unset = UNSET
    numerator: float | Unset = UNSET
    denominator: float | Unset = UNSET
    mean: float | Unset = UNSET
    stddev: float | Unset = UNSET
    percent_change: float | Unset = UNSET
    ci_low: float | Unset = UNSET
    ci_high: float | Unset = UNSET
    p_value: float | Unset = UNSET
    risk: float | Unset = UNSET
    chance_to_beat_control: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine = self.engine

        numerator = self.numerator

        denominator = self.denominator

        mean = self.mean

        stddev = self.stddev

        percent_change = self.percent_change

        ci_low = self.ci_low

        ci_high = self.ci_high

        p_value = self.p_value

        risk = self.risk

        chance_to_beat_control = self.chance_to_beat_control

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine is not UNSET:
            field_dict["engine"] = engine
        if numerator is not UNSET:
            field_dict["numerator"] = numerator
        if denominator is not UNSET:
            field_dict["denominator"] = denominator
        if mean is not UNSET:
            field_dict["mean"] = mean
        if stddev is not UNSET:
            field_dict["stddev"] = stddev
        if percent_change is not UNSET:
            field_dict["percentChange"] = percent_change
        if ci_low is not UNSET:
            field_dict["ciLow"] = ci_low
        if ci_high is not UNSET:
            field_dict["ciHigh"] = ci_high
        if p_value is not UNSET:
            field_dict["pValue"] = p_value
        if risk is not UNSET:
            field_dict["risk"] = risk
        if chance_to_beat_control is not UNSET:
            field_dict["chanceToBeatControl"] = chance_to_beat_control

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        engine = d.pop("engine", UNSET)

        numerator = d.pop("numerator", UNSET)

        denominator = d.pop("denominator", UNSET)

        mean = d.pop("mean", UNSET)

        stddev = d.pop("stddev", UNSET)

        percent_change = d.pop("percentChange", UNSET)

        ci_low = d.pop("ciLow", UNSET)

        ci_high = d.pop("ciHigh", UNSET)

        p_value = d.pop("pValue", UNSET)

        risk = d.pop("risk", UNSET)

        chance_to_beat_control = d.pop("chanceToBeatControl", UNSET)

        experiment_results_analysis = cls(
            engine=engine,
            numerator=numerator,
            denominator=denominator,
            mean=mean,
            stddev=stddev,
            percent_change=percent_change,
            ci_low=ci_low,
            ci_high=ci_high,
            p_value=p_value,
            risk=risk,
            chance_to_beat_control=chance_to_beat_control,
        )

        experiment_results_analysis.additional_properties = d
        return experiment_results_analysis

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
