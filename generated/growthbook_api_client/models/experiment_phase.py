from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_phase_namespace import ExperimentPhaseNamespace
    from ..models.experiment_phase_traffic_split import ExperimentPhaseTrafficSplit


T = TypeVar("T", bound="ExperimentPhase")


@_attrs_define
class ExperimentPhase:
    """
    Attributes:
        name (str | Unset):
        date_started (str | Unset):
        date_ended (str | Unset):
        reason_for_stopping (str | Unset):
        seed (str | Unset):
        coverage (float | Unset):
        traffic_split (list[ExperimentPhaseTrafficSplit] | Unset):
        namespace (ExperimentPhaseNamespace | Unset):
        targeting_condition (str | Unset):
    """

    name: str | Unset = UNSET
    date_started: str | Unset = UNSET
    date_ended: str | Unset = UNSET
    reason_for_stopping: str | Unset = UNSET
    seed: str | Unset = UNSET
    coverage: float | Unset = UNSET
    traffic_split: list[ExperimentPhaseTrafficSplit] | Unset = UNSET
    namespace: ExperimentPhaseNamespace | Unset = UNSET
    targeting_condition: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        date_started = self.date_started

        date_ended = self.date_ended

        reason_for_stopping = self.reason_for_stopping

        seed = self.seed

        coverage = self.coverage

        traffic_split: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.traffic_split, Unset):
            traffic_split = []
            for traffic_split_item_data in self.traffic_split:
                traffic_split_item = traffic_split_item_data.to_dict()
                traffic_split.append(traffic_split_item)

        namespace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.namespace, Unset):
            namespace = self.namespace.to_dict()

        targeting_condition = self.targeting_condition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if date_started is not UNSET:
            field_dict["dateStarted"] = date_started
        if date_ended is not UNSET:
            field_dict["dateEnded"] = date_ended
        if reason_for_stopping is not UNSET:
            field_dict["reasonForStopping"] = reason_for_stopping
        if seed is not UNSET:
            field_dict["seed"] = seed
        if coverage is not UNSET:
            field_dict["coverage"] = coverage
        if traffic_split is not UNSET:
            field_dict["trafficSplit"] = traffic_split
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if targeting_condition is not UNSET:
            field_dict["targetingCondition"] = targeting_condition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        date_started = d.pop("dateStarted", UNSET)

        date_ended = d.pop("dateEnded", UNSET)

        reason_for_stopping = d.pop("reasonForStopping", UNSET)

        seed = d.pop("seed", UNSET)

        coverage = d.pop("coverage", UNSET)

        _traffic_split = d.pop("trafficSplit", UNSET)
        traffic_split: list[ExperimentPhaseTrafficSplit] | Unset = UNSET
        if _traffic_split is not UNSET:
            if not isinstance(_traffic_split, list):
                raise TypeError(
                    f"traffic_split: expected a list, got {type(_traffic_split).__name__}"
                )
            traffic_split = []
            for traffic_split_item_data in _traffic_split:
                traffic_split_item = ExperimentPhaseTrafficSplit.from_dict(
                    traffic_split_item_data
                )

                traffic_split.append(traffic_split_item)

        _namespace = d.pop("namespace", UNSET)
        namespace: ExperimentPhaseNamespace | Unset
        if isinstance(_namespace, Unset):
            namespace = UNSET
        else:
            namespace = ExperimentPhaseNamespace.from_dict(_namespace)

        targeting_condition = d.pop("targetingCondition", UNSET)

        experiment_phase = cls(
            name=name,
            date_started=date_started,
            date_ended=date_ended,
            reason_for_stopping=reason_for_stopping,
            seed=seed,
            coverage=coverage,
            traffic_split=traffic_split,
            namespace=namespace,
            targeting_condition=targeting_condition,
        )

        experiment_phase.additional_properties = d
        return experiment_phase

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
from ..models.experiment_phase_namespace import ExperimentPhaseNamespace
from ..models.experiment_phase_traffic_split import ExperimentPhaseTrafficSplit
