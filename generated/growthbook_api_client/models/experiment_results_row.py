from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_results_checks import ExperimentResultsChecks
    from ..models.experiment_results_metric import ExperimentResultsMetric


T = TypeVar("T", bound="ExperimentResultsRow")


@_attrs_define
class ExperimentResultsRow:
    """Results for one value of the dimension.

    Attributes:
        dimension (str | Unset):
        total_users (float | Unset):
        checks (ExperimentResultsChecks | Unset):
        metrics (list[ExperimentResultsMetric] | Unset):
    """

    dimension: str | Unset = UNSET
    total_users: float | Unset = UNSET
    checks: ExperimentResultsChecks | Unset = UNSET
    metrics: list[ExperimentResultsMetric] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimension = self.dimension

        total_users = self.total_users

        checks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checks, Unset):
            checks = self.checks.to_dict()

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if total_users is not UNSET:
            field_dict["totalUsers"] = total_users
        if checks is not UNSET:
            field_dict["checks"] = checks
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dimension = d.pop("dimension", UNSET)

        total_users = d.pop("totalUsers", UNSET)

        _checks = d.pop("checks", UNSET)
        checks: ExperimentResultsChecks | Unset
        if isinstance(_checks, Unset):
            checks = UNSET
        else:
            checks = ExperimentResultsChecks.from_dict(_checks)

        _metrics = d.pop("metrics", UNSET)
        metrics: list[ExperimentResultsMetric] | Unset = UNSET
        if _metrics is not UNSET:
            if not isinstance(_metrics, list):
                raise TypeError(
                    f"metrics: expected a list, got {type(_metrics).__name__}"
                )
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = ExperimentResultsMetric.from_dict(metrics_item_data)

                metrics.append(metrics_item)

        experiment_results_row = cls(
            dimension=dimension,
            total_users=total_users,
            checks=checks,
            metrics=metrics,
        )

        experiment_results_row.additional_properties = d
        return experiment_results_row

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
from ..models.experiment_results_checks import ExperimentResultsChecks
from ..models.experiment_results_metric import ExperimentResultsMetric
