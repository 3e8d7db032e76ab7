"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .data_source import DataSource
    from .data_source_assignment_query import DataSourceAssignmentQuery
    from .data_source_identifier_join_query import DataSourceIdentifierJoinQuery
    from .data_source_identifier_type import DataSourceIdentifierType
    from .data_source_mixpanel_settings import DataSourceMixpanelSettings
    from .dimension import Dimension
    from .dom_mutation import DOMMutation
    from .error import Error
    from .experiment import Experiment
    from .experiment_analysis_settings import ExperimentAnalysisSettings
    from .experiment_analysis_settings_attribution_model import (
        ExperimentAnalysisSettingsAttributionModel,
    )
    from .experiment_analysis_settings_in_progress_conversions import (
        ExperimentAnalysisSettingsInProgressConversions,
    )
    from .experiment_analysis_settings_stats_engine import (
        ExperimentAnalysisSettingsStatsEngine,
    )
    from .experiment_metric import ExperimentMetric
    from .experiment_metric_overrides import ExperimentMetricOverrides
    from .experiment_phase import ExperimentPhase
    from .experiment_phase_namespace import ExperimentPhaseNamespace
    from .experiment_phase_traffic_split import ExperimentPhaseTrafficSplit
    from .experiment_result_summary import ExperimentResultSummary
    from .experiment_results import ExperimentResults
    from .experiment_results_analysis import ExperimentResultsAnalysis
    from .experiment_results_checks import ExperimentResultsChecks
    from .experiment_results_dimension import ExperimentResultsDimension
    from .experiment_results_metric import ExperimentResultsMetric
    from .experiment_results_row import ExperimentResultsRow
    from .experiment_results_variation import ExperimentResultsVariation
    from .experiment_variation import ExperimentVariation
    from .feature import Feature
    from .feature_definition import FeatureDefinition
    from .feature_definition_rule import FeatureDefinitionRule
    from .feature_definition_rule_condition import FeatureDefinitionRuleCondition
    from .feature_definition_value_type_3 import FeatureDefinitionValueType3
    from .feature_environment import FeatureEnvironment
    from .feature_environment_draft import FeatureEnvironmentDraft
    from .feature_environments import FeatureEnvironments
    from .feature_experiment_rule import FeatureExperimentRule
    from .feature_experiment_rule_namespace import FeatureExperimentRuleNamespace
    from .feature_experiment_rule_value import FeatureExperimentRuleValue
    from .feature_force_rule import FeatureForceRule
    from .feature_revision import FeatureRevision
    from .feature_rollout_rule import FeatureRolloutRule
    from .feature_value_type import FeatureValueType
    from .get_data_source_response import GetDataSourceResponse
    from .get_dimension_response import GetDimensionResponse
    from .get_experiment_response import GetExperimentResponse
    from .get_experiment_results_response import GetExperimentResultsResponse
    from .get_feature_response import GetFeatureResponse
    from .get_metric_response import GetMetricResponse
    from .get_project_response import GetProjectResponse
    from .get_sdk_connection_response import GetSdkConnectionResponse
    from .get_segment_response import GetSegmentResponse
    from .get_visual_changeset_response import GetVisualChangesetResponse
    from .list_data_sources_response import ListDataSourcesResponse
    from .list_dimensions_response import ListDimensionsResponse
    from .list_experiments_response import ListExperimentsResponse
    from .list_features_response import ListFeaturesResponse
    from .list_metrics_response import ListMetricsResponse
    from .list_projects_response import ListProjectsResponse
    from .list_sdk_connections_response import ListSdkConnectionsResponse
    from .list_segments_response import ListSegmentsResponse
    from .list_visual_changesets_response import ListVisualChangesetsResponse
    from .metric import Metric
    from .metric_behavior import MetricBehavior
    from .metric_mixpanel import MetricMixpanel
    from .metric_mixpanel_condition import MetricMixpanelCondition
    from .metric_sql import MetricSql
    from .metric_sql_builder import MetricSqlBuilder
    from .metric_sql_builder_condition import MetricSqlBuilderCondition
    from .metric_sql_builder_identifier_type_column import (
        MetricSqlBuilderIdentifierTypeColumn,
    )
    from .pagination_fields import PaginationFields
    from .project import Project
    from .sdk_connection import SdkConnection
    from .segment import Segment
    from .toggle_feature_request import ToggleFeatureRequest
    from .toggle_feature_request_environments import ToggleFeatureRequestEnvironments
    from .toggle_feature_response import ToggleFeatureResponse
    from .visual_change import VisualChange
    from .visual_changeset import VisualChangeset

_MODULES = {
    "DataSource": "data_source",
    "DataSourceAssignmentQuery": "data_source_assignment_query",
    "DataSourceIdentifierJoinQuery": "data_source_identifier_join_query",
    "DataSourceIdentifierType": "data_source_identifier_type",
    "DataSourceMixpanelSettings": "data_source_mixpanel_settings",
    "Dimension": "dimension",
    "DOMMutation": "dom_mutation",
    "Error": "error",
    "Experiment": "experiment",
    "ExperimentAnalysisSettings": "experiment_analysis_settings",
    "ExperimentAnalysisSettingsAttributionModel": "experiment_analysis_settings_attribution_model",
    "ExperimentAnalysisSettingsInProgressConversions": "experiment_analysis_settings_in_progress_conversions",
    "ExperimentAnalysisSettingsStatsEngine": "experiment_analysis_settings_stats_engine",
    "ExperimentMetric": "experiment_metric",
    "ExperimentMetricOverrides": "experiment_metric_overrides",
    "ExperimentPhase": "experiment_phase",
    "ExperimentPhaseNamespace": "experiment_phase_namespace",
    "ExperimentPhaseTrafficSplit": "experiment_phase_traffic_split",
    "ExperimentResultSummary": "experiment_result_summary",
    "ExperimentResults": "experiment_results",
    "ExperimentResultsAnalysis": "experiment_results_analysis",
    "ExperimentResultsChecks": "experiment_results_checks",
    "ExperimentResultsDimension": "experiment_results_dimension",
    "ExperimentResultsMetric": "experiment_results_metric",
    "ExperimentResultsRow": "experiment_results_row",
    "ExperimentResultsVariation": "experiment_results_variation",
    "ExperimentVariation": "experiment_variation",
    "Feature": "feature",
    "FeatureDefinition": "feature_definition",
    "FeatureDefinitionRule": "feature_definition_rule",
    "FeatureDefinitionRuleCondition": "feature_definition_rule_condition",
    "FeatureDefinitionValueType3": "feature_definition_value_type_3",
    "FeatureEnvironment": "feature_environment",
    "FeatureEnvironmentDraft": "feature_environment_draft",
    "FeatureEnvironments": "feature_environments",
    "FeatureExperimentRule": "feature_experiment_rule",
    "FeatureExperimentRuleNamespace": "feature_experiment_rule_namespace",
    "FeatureExperimentRuleValue": "feature_experiment_rule_value",
    "FeatureForceRule": "feature_force_rule",
    "FeatureRevision": "feature_revision",
    "FeatureRolloutRule": "feature_rollout_rule",
    "FeatureValueType": "feature_value_type",
    "GetDataSourceResponse": "get_data_source_response",
    "GetDimensionResponse": "get_dimension_response",
    "GetExperimentResponse": "get_experiment_response",
    "GetExperimentResultsResponse": "get_experiment_results_response",
    "GetFeatureResponse": "get_feature_response",
    "GetMetricResponse": "get_metric_response",
    "GetProjectResponse": "get_project_response",
    "GetSdkConnectionResponse": "get_sdk_connection_response",
    "GetSegmentResponse": "get_segment_response",
    "GetVisualChangesetResponse": "get_visual_changeset_response",
    "ListDataSourcesResponse": "list_data_sources_response",
    "ListDimensionsResponse": "list_dimensions_response",
    "ListExperimentsResponse": "list_experiments_response",
    "ListFeaturesResponse": "list_features_response",
    "ListMetricsResponse": "list_metrics_response",
    "ListProjectsResponse": "list_projects_response",
    "ListSdkConnectionsResponse": "list_sdk_connections_response",
    "ListSegmentsResponse": "list_segments_response",
    "ListVisualChangesetsResponse": "list_visual_changesets_response",
    "Metric": "metric",
    "MetricBehavior": "metric_behavior",
    "MetricMixpanel": "metric_mixpanel",
    "MetricMixpanelCondition": "metric_mixpanel_condition",
    "MetricSql": "metric_sql",
    "MetricSqlBuilder": "metric_sql_builder",
    "MetricSqlBuilderCondition": "metric_sql_builder_condition",
    "MetricSqlBuilderIdentifierTypeColumn": "metric_sql_builder_identifier_type_column",
    "PaginationFields": "pagination_fields",
    "Project": "project",
    "SdkConnection": "sdk_connection",
    "Segment": "segment",
    "ToggleFeatureRequest": "toggle_feature_request",
    "ToggleFeatureRequestEnvironments": "toggle_feature_request_environments",
    "ToggleFeatureResponse": "toggle_feature_response",
    "VisualChange": "visual_change",
    "VisualChangeset": "visual_changeset",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "DOMMutation",
    "DataSource",
    "DataSourceAssignmentQuery",
    "DataSourceIdentifierJoinQuery",
    "DataSourceIdentifierType",
    "DataSourceMixpanelSettings",
    "Dimension",
    "Error",
    "Experiment",
    "ExperimentAnalysisSettings",
    "ExperimentAnalysisSettingsAttributionModel",
    "ExperimentAnalysisSettingsInProgressConversions",
    "ExperimentAnalysisSettingsStatsEngine",
    "ExperimentMetric",
    "ExperimentMetricOverrides",
    "ExperimentPhase",
    "ExperimentPhaseNamespace",
    "ExperimentPhaseTrafficSplit",
    "ExperimentResultSummary",
    "ExperimentResults",
    "ExperimentResultsAnalysis",
    "ExperimentResultsChecks",
    "ExperimentResultsDimension",
    "ExperimentResultsMetric",
    "ExperimentResultsRow",
    "ExperimentResultsVariation",
    "ExperimentVariation",
    "Feature",
    "FeatureDefinition",
    "FeatureDefinitionRule",
    "FeatureDefinitionRuleCondition",
    "FeatureDefinitionValueType3",
    "FeatureEnvironment",
    "FeatureEnvironmentDraft",
    "FeatureEnvironments",
    "FeatureExperimentRule",
    "FeatureExperimentRuleNamespace",
    "FeatureExperimentRuleValue",
    "FeatureForceRule",
    "FeatureRevision",
    "FeatureRolloutRule",
    "FeatureValueType",
    "GetDataSourceResponse",
    "GetDimensionResponse",
    "GetExperimentResponse",
    "GetExperimentResultsResponse",
    "GetFeatureResponse",
    "GetMetricResponse",
    "GetProjectResponse",
    "GetSdkConnectionResponse",
    "GetSegmentResponse",
    "GetVisualChangesetResponse",
    "ListDataSourcesResponse",
    "ListDimensionsResponse",
    "ListExperimentsResponse",
    "ListFeaturesResponse",
    "ListMetricsResponse",
    "ListProjectsResponse",
    "ListSdkConnectionsResponse",
    "ListSegmentsResponse",
    "ListVisualChangesetsResponse",
    "Metric",
    "MetricBehavior",
    "MetricMixpanel",
    "MetricMixpanelCondition",
    "MetricSql",
    "MetricSqlBuilder",
    "MetricSqlBuilderCondition",
    "MetricSqlBuilderIdentifierTypeColumn",
    "PaginationFields",
    "Project",
    "SdkConnection",
    "Segment",
    "ToggleFeatureRequest",
    "ToggleFeatureRequestEnvironments",
    "ToggleFeatureResponse",
    "VisualChange",
    "VisualChangeset",
)
