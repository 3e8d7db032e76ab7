from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.experiment_analysis_settings_attribution_model import (
    ExperimentAnalysisSettingsAttributionModel,
)
from ..models.experiment_analysis_settings_in_progress_conversions import (
    ExperimentAnalysisSettingsInProgressConversions,
)
from ..models.experiment_analysis_settings_stats_engine import (
    ExperimentAnalysisSettingsStatsEngine,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_metric import ExperimentMetric


T = TypeVar("T", bound="ExperimentAnalysisSettings")


@_attrs_define
class ExperimentAnalysisSettings:
    """
    Attributes:
        datasource_id (str):
        assignment_query_id (str):
        experiment_id (str):
        segment_id (str):
        query_filter (str):
        in_progress_conversions (ExperimentAnalysisSettingsInProgressConversions):
        attribution_model (ExperimentAnalysisSettingsAttributionModel):
        stats_engine (ExperimentAnalysisSettingsStatsEngine):
        goals (list[ExperimentMetric]):
        guardrails (list[ExperimentMetric]):
        activation_metric (ExperimentMetric | Unset):
    """

    datasource_id: str
    assignment_query_id: str
    experiment_id: str
    segment_id: str
    query_filter: str
    in_progress_conversions: ExperimentAnalysisSettingsInProgressConversions
    attribution_model: ExperimentAnalysisSettingsAttributionModel
    stats_engine: ExperimentAnalysisSettingsStatsEngine
    goals: list[ExperimentMetric]
    guardrails: list[ExperimentMetric]
    activation_metric: ExperimentMetric | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        datasource_id = self.datasource_id

        assignment_query_id = self.assignment_query_id

        experiment_id = self.experiment_id

        segment_id = self.segment_id

        query_filter = self.query_filter

        in_progress_conversions = self.in_progress_conversions.value

        attribution_model = self.attribution_model.value

        stats_engine = self.stats_engine.value

        goals = []
        for goals_item_data in self.goals:
            goals_item = goals_item_data.to_dict()
            goals.append(goals_item)

        guardrails = []
        for guardrails_item_data in self.guardrails:
            guardrails_item = guardrails_item_data.to_dict()
            guardrails.append(guardrails_item)

        activation_metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activation_metric, Unset):
            activation_metric = self.activation_metric.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasourceId": datasource_id,
                "assignmentQueryId": assignment_query_id,
                "experimentId": experiment_id,
                "segmentId": segment_id,
                "queryFilter": query_filter,
                "inProgressConversions": in_progress_conversions,
                "attributionModel": attribution_model,
                "statsEngine": stats_engine,
                "goals": goals,
                "guardrails": guardrails,
            }
        )
        if activation_metric is not UNSET:
            field_dict["activationMetric"] = activation_metric

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        datasource_id = d.pop("datasourceId")

        assignment_query_id = d.pop("assignmentQueryId")

        experiment_id = d.pop("experimentId")

        segment_id = d.pop("segmentId")

        query_filter = d.pop("queryFilter")

        in_progress_conversions = ExperimentAnalysisSettingsInProgressConversions(
            d.pop("inProgressConversions")
        )

        attribution_model = ExperimentAnalysisSettingsAttributionModel(
            d.pop("attributionModel")
        )

        stats_engine = ExperimentAnalysisSettingsStatsEngine(d.pop("statsEngine"))

        goals = []
        _goals = d.pop("goals")
        if not isinstance(_goals, list):
            raise TypeError(f"goals: expected a list, got {type(_goals).__name__}")
        for goals_item_data in _goals:
            goals_item = ExperimentMetric.from_dict(goals_item_data)

            goals.append(goals_item)

        guardrails = []
        _guardrails = d.pop("guardrails")
        if not isinstance(_guardrails, list):
            raise TypeError(
                f"guardrails: expected a list, got {type(_guardrails).__name__}"
            )
        for guardrails_item_data in _guardrails:
            guardrails_item = ExperimentMetric.from_dict(guardrails_item_data)

            guardrails.append(guardrails_item)

        _activation_metric = d.pop("activationMetric", UNSET)
        activation_metric: ExperimentMetric | Unset
        if isinstance(_activation_metric, Unset):
            activation_metric = UNSET
        else:
            activation_metric = ExperimentMetric.from_dict(_activation_metric)

        experiment_analysis_settings = cls(
            datasource_id=datasource_id,
            assignment_query_id=assignment_query_id,
            experiment_id=experiment_id,
            segment_id=segment_id,
            query_filter=query_filter,
            in_progress_conversions=in_progress_conversions,
            attribution_model=attribution_model,
            stats_engine=stats_engine,
            goals=goals,
            guardrails=guardrails,
            activation_metric=activation_metric,
        )

        experiment_analysis_settings.additional_properties = d
        return experiment_analysis_settings

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
from ..models.experiment_metric import ExperimentMetric
