from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.experiment_metric_overrides import ExperimentMetricOverrides


T = TypeVar("T", bound="ExperimentMetric")


@_attrs_define
class ExperimentMetric:
    """
    Attributes:
        metric_id (str):
        overrides (ExperimentMetricOverrides): Per-experiment overrides of a metric's settings.
    """

    metric_id: str
    overrides: ExperimentMetricOverrides
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id

        overrides = self.overrides.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metricId": metric_id,
                "overrides": overrides,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        metric_id = d.pop("metricId")

        overrides = ExperimentMetricOverrides.from_dict(d.pop("overrides"))

        experiment_metric = cls(
            metric_id=metric_id,
            overrides=overrides,
        )

        experiment_metric.additional_properties = d
        return experiment_metric

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
from ..models.experiment_metric_overrides import ExperimentMetricOverrides
