"""The 20 operations of the GrowthBook REST API v1 reference: in the spec, generated, and on the wire.

Each operation is called through the generated ``sync_detailed`` (and
``asyncio_detailed``) with the facade's configured client (``gb.raw``) against
a local server; the test checks the exact request that left and that a canned,
spec-valid answer parses into the right generated model.
"""

from __future__ import annotations

import asyncio
import datetime
import importlib
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from experiment_clients import AsyncGrowthBookClient
from gb_samples import (
    DATA_SOURCE,
    DIMENSION,
    EXPERIMENT,
    FEATURE,
    METRIC,
    PROJECT,
    RESULTS,
    SDK_CONNECTION,
    SEGMENT,
    VISUAL_CHANGESET,
    page,
    response_validator,
    spec,
)
from growthbook_api_client import models as m
from growthbook_api_client.types import Model

API_KEY = "secret_test123"

# The reference, literally: (method, path, operationId, generated tag module, generated module).
REFERENCE_OPERATIONS = [
    ("GET", "/projects", "listProjects", "projects", "list_projects"),
    ("GET", "/projects/{id}", "getProject", "projects", "get_project"),
    ("GET", "/features", "listFeatures", "features", "list_features"),
    ("GET", "/features/{id}", "getFeature", "features", "get_feature"),
    ("POST", "/features/{id}/toggle", "toggleFeature", "features", "toggle_feature"),
    ("GET", "/data-sources", "listDataSources", "data_sources", "list_data_sources"),
    ("GET", "/data-sources/{id}", "getDataSource", "data_sources", "get_data_source"),
    ("GET", "/metrics", "listMetrics", "metrics", "list_metrics"),
    ("GET", "/metrics/{id}", "getMetric", "metrics", "get_metric"),
    ("GET", "/experiments", "listExperiments", "experiments", "list_experiments"),
    ("GET", "/experiments/{id}", "getExperiment", "experiments", "get_experiment"),
    (
        "GET",
        "/experiments/{id}/results",
        "getExperimentResults",
        "experiments",
        "get_experiment_results",
    ),
    (
        "GET",
        "/experiments/{id}/visual-changesets",
        "listVisualChangesets",
        "visual_changesets",
        "list_visual_changesets",
    ),
    ("GET", "/dimensions", "listDimensions", "dimensions", "list_dimensions"),
    ("GET", "/dimensions/{id}", "getDimension", "dimensions", "get_dimension"),
    ("GET", "/segments", "listSegments", "segments", "list_segments"),
    ("GET", "/segments/{id}", "getSegment", "segments", "get_segment"),
    ("GET", "/sdk-connections", "listSdkConnections", "sdk_connections", "list_sdk_connections"),
    ("GET", "/sdk-connections/{id}", "getSdkConnection", "sdk_connections", "get_sdk_connection"),
    (
        "GET",
        "/visual-changesets/{id}",
        "getVisualChangeset",
        "visual_changesets",
        "get_visual_changeset",
    ),
]
BY_ID = {op[2]: op for op in REFERENCE_OPERATIONS}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _module(operation_id: str) -> Any:
    _, _, _, tag, name = BY_ID[operation_id]
    return importlib.import_module(f"growthbook_api_client.api.{tag}.{name}")


# -- 1a: the reference is in the spec and generated ----------------------------------------------


def test_reference_lists_twenty_distinct_operations() -> None:
    assert len(REFERENCE_OPERATIONS) == 20
    assert len({op[2] for op in REFERENCE_OPERATIONS}) == 20
    assert len({(op[0], op[1]) for op in REFERENCE_OPERATIONS}) == 20


@pytest.mark.parametrize(
    ("method", "path", "operation_id", "tag", "name"),
    REFERENCE_OPERATIONS,
    ids=[op[2] for op in REFERENCE_OPERATIONS],
)
def test_operation_is_in_the_spec(
    method: str, path: str, operation_id: str, tag: str, name: str
) -> None:
    paths = spec()["paths"]
    assert path in paths, f"{path} missing from specs/growthbook.yaml"
    operation = paths[path].get(method.lower())
    assert operation is not None, f"{method} {path} missing from specs/growthbook.yaml"
    assert operation["operationId"] == operation_id
    # The generated tag module is the snake_case of the operation's (first) tag.
    assert operation["tags"][0].lower().replace(" ", "_") == tag
    assert "200" in operation["responses"]


@pytest.mark.parametrize(
    ("method", "path", "operation_id", "tag", "name"),
    REFERENCE_OPERATIONS,
    ids=[op[2] for op in REFERENCE_OPERATIONS],
)
def test_operation_is_generated(
    method: str, path: str, operation_id: str, tag: str, name: str
) -> None:
    assert name == _snake(operation_id)
    module = importlib.import_module(f"growthbook_api_client.api.{tag}.{name}")
    assert callable(module.sync_detailed)
    assert inspect.iscoroutinefunction(module.asyncio_detailed)
    assert "client" in inspect.signature(module.sync_detailed).parameters
    # Our endpoint template states each operation's method and path.
    assert method == module.METHOD
    assert path == module.PATH


# -- 1b: every operation on the wire ---------------------------------------------------------------

UTC = datetime.UTC


def _when(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text)


@dataclass
class Case:
    operation_id: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    target: str  # expected path and query, relative to the host
    query: dict[str, list[str]]
    body: dict[str, Any]
    model: type[Model]
    check: Callable[[Any], None]
    sent_json: dict[str, Any] | None = None
    extra_kwargs: Callable[[], dict[str, Any]] = field(default=lambda: {})


def _assert_page(p: Any, *expected: Any) -> None:
    """limit, offset, count, total, hasMore and nextOffset of a list answer."""
    assert (p.limit, p.offset, p.count, p.total, p.has_more, p.next_offset) == expected


def _check_list_projects(p: m.ListProjectsResponse) -> None:
    _assert_page(p, 5, 10, 1, 12, True, 11)
    project = p.projects[0]
    assert isinstance(project, m.Project)
    assert project.id == "prj_19g61mlb2xrnbm"
    assert project.date_created == datetime.datetime(2024, 3, 4, 10, 15, 30, 123000, tzinfo=UTC)


def _check_get_project(p: m.GetProjectResponse) -> None:
    assert p.project.name == "Checkout"
    assert p.project.date_updated == _when(PROJECT["dateUpdated"])


def _check_feature(feature: m.Feature) -> None:
    assert isinstance(feature, m.Feature)
    assert feature.id == "new_checkout_flow"
    assert feature.value_type is m.FeatureValueType.BOOLEAN
    assert feature.default_value == "false"
    assert feature.tags == ["checkout", "q2"]
    assert feature.revision.version == 3
    assert feature.revision.published_by == "jane@example.com"
    production = feature.environments["production"]
    assert isinstance(production, m.FeatureEnvironment)
    assert production.enabled is True
    force, rollout, experiment = production.rules
    # anyOf: each rule kind is recognised by its fields, most specific first.
    assert isinstance(force, m.FeatureForceRule)
    assert force.value == "true"
    assert isinstance(rollout, m.FeatureRolloutRule)
    assert rollout.coverage == 0.1
    assert isinstance(experiment, m.FeatureExperimentRule)
    assert experiment.tracking_key == "checkout-redesign"
    assert experiment.value is not None
    assert [v.name for v in experiment.value] == ["Control", "Redesign"]
    dev = feature.environments["dev"]
    assert dev.enabled is False
    assert dev.draft is not None
    assert dev.draft.enabled is True


def _check_list_features(p: m.ListFeaturesResponse) -> None:
    _assert_page(p, 5, 0, 1, 1, False, None)
    _check_feature(p.features[0])


def _check_toggled(p: m.ToggleFeatureResponse) -> None:
    assert p.feature.environments["production"].enabled is True
    assert p.feature.environments["dev"].enabled is False


def _check_data_source(source: m.DataSource) -> None:
    assert source.id == "ds_29h3kdl2p1"
    assert source.type_ == "bigquery"
    assert [t.id for t in source.identifier_types] == ["user_id", "anonymous_id"]
    assert source.assignment_queries[0].dimension_columns == ["country"]
    assert source.identifier_join_queries[0].identifier_types == ["user_id", "anonymous_id"]
    assert source.mixpanel_settings is not None
    assert source.mixpanel_settings.viewed_experiment_event_name == "$experiment_started"


def _check_list_data_sources(p: m.ListDataSourcesResponse) -> None:
    _assert_page(p, 20, 40, 1, 41, False, None)
    _check_data_source(p.data_sources[0])


def _check_metric(metric: m.Metric) -> None:
    assert metric.id == "met_39dk2mxl"
    assert metric.date_created == "2024-01-10T09:00:00.000Z"  # no date-time format: a string
    assert metric.behavior.goal == "increase"
    assert metric.behavior.conversion_window_end == 72
    assert metric.sql is not None
    builder = metric.sql.builder
    assert builder is not None
    assert builder.table_name == "purchases"
    assert builder.conditions is not None
    assert builder.conditions[0].operator == "="
    assert metric.mixpanel is not None
    assert metric.mixpanel.conditions is not None
    assert metric.mixpanel.conditions[0].property_ == "plan"


def _check_experiment(experiment: m.Experiment) -> None:
    assert experiment.id == "exp_4kd92mz"
    assert experiment.status == "running"
    assert [v.variation_id for v in experiment.variations] == ["var_0", "var_1"]
    phase = experiment.phases[0]
    assert phase.traffic_split is not None
    assert phase.traffic_split[1].weight == 0.5
    assert phase.namespace is not None
    assert phase.namespace.range_ == [0, 0.5]
    settings = experiment.settings
    assert settings.stats_engine is m.ExperimentAnalysisSettingsStatsEngine.BAYESIAN
    assert settings.attribution_model is m.ExperimentAnalysisSettingsAttributionModel.FIRSTEXPOSURE
    assert settings.goals[0].overrides.conversion_window_end == 72
    assert settings.activation_metric is not None
    assert settings.activation_metric.metric_id == "met_viewed_cart"
    assert experiment.result_summary is not None
    assert experiment.result_summary.winner == "var_1"


def _check_results(p: m.GetExperimentResultsResponse) -> None:
    result = p.result
    assert isinstance(result, m.ExperimentResults)
    assert result.experiment_id == "exp_4kd92mz"
    assert result.query_ids == ["qry_1", "qry_2"]
    row = result.results[0]
    assert row.total_users == 20412
    assert row.checks is not None
    assert row.checks.srm == 0.43
    assert row.metrics is not None
    variations = row.metrics[0].variations
    assert variations is not None
    treatment = variations[1]
    assert treatment.variation_id == "var_1"
    assert treatment.analyses is not None
    assert treatment.analyses[0].chance_to_beat_control == 0.97


def _check_visual_changeset(changeset: m.VisualChangeset) -> None:
    assert changeset.id == "vcs_9dk3m"
    assert changeset.experiment == "exp_4kd92mz"
    mutations = changeset.visual_changes[0].dom_mutations
    assert mutations is not None
    mutation = mutations[0]
    assert (mutation.selector, mutation.action, mutation.value) == (".buy", "set", "Buy now")


def _check_dimension(dimension: m.Dimension) -> None:
    assert dimension.id == "dim_5kd9a"
    assert dimension.name == "Country"
    assert dimension.identifier_type == "user_id"


def _check_segment(segment: m.Segment) -> None:
    assert segment.id == "seg_7dk2a"
    assert segment.name == "Paying customers"


def _check_sdk_connection(connection: m.SdkConnection) -> None:
    assert connection.id == "sdk_2k3l4m"
    assert connection.languages == ["javascript", "react"]
    assert connection.proxy_enabled is True
    assert connection.date_created == _when(SDK_CONNECTION["dateCreated"])


def _toggle_body() -> dict[str, Any]:
    body = m.ToggleFeatureRequest(
        environments={"production": True, "dev": False}, reason="Launch to everyone"
    )
    return {"body": body}


def _feature_toggled() -> dict[str, Any]:
    feature = {**FEATURE, "environments": {**FEATURE["environments"]}}
    feature["environments"]["production"] = {
        **FEATURE["environments"]["production"],
        "enabled": True,
    }
    return {"feature": feature}


CASES = [
    Case(
        "listProjects",
        (),
        {"limit": 5, "offset": 10},
        "/api/v1/projects?limit=5&offset=10",
        {"limit": ["5"], "offset": ["10"]},
        {**page(5, 10, 1, 12), "projects": [PROJECT]},
        m.ListProjectsResponse,
        _check_list_projects,
    ),
    Case(
        "getProject",
        ("prj_19g61mlb2xrnbm",),
        {},
        "/api/v1/projects/prj_19g61mlb2xrnbm",
        {},
        {"project": PROJECT},
        m.GetProjectResponse,
        _check_get_project,
    ),
    Case(
        "listFeatures",
        (),
        {"limit": 5, "offset": 0, "project_id": "prj_19g61mlb2xrnbm"},
        "/api/v1/features?limit=5&offset=0&projectId=prj_19g61mlb2xrnbm",
        {"limit": ["5"], "offset": ["0"], "projectId": ["prj_19g61mlb2xrnbm"]},
        {**page(5, 0, 1, 1), "features": [FEATURE]},
        m.ListFeaturesResponse,
        _check_list_features,
    ),
    Case(
        "getFeature",
        ("new_checkout_flow",),
        {},
        "/api/v1/features/new_checkout_flow",
        {},
        {"feature": FEATURE},
        m.GetFeatureResponse,
        lambda p: _check_feature(p.feature),
    ),
    Case(
        "toggleFeature",
        ("new_checkout_flow",),
        {},
        "/api/v1/features/new_checkout_flow/toggle",
        {},
        _feature_toggled(),
        m.ToggleFeatureResponse,
        _check_toggled,
        sent_json={
            "environments": {"production": True, "dev": False},
            "reason": "Launch to everyone",
        },
        extra_kwargs=_toggle_body,
    ),
    Case(
        "listDataSources",
        (),
        {"limit": 20, "offset": 40, "project_id": "prj_19g61mlb2xrnbm"},
        "/api/v1/data-sources?limit=20&offset=40&projectId=prj_19g61mlb2xrnbm",
        {"limit": ["20"], "offset": ["40"], "projectId": ["prj_19g61mlb2xrnbm"]},
        {**page(20, 40, 1, 41), "dataSources": [DATA_SOURCE]},
        m.ListDataSourcesResponse,
        _check_list_data_sources,
    ),
    Case(
        "getDataSource",
        ("ds_29h3kdl2p1",),
        {},
        "/api/v1/data-sources/ds_29h3kdl2p1",
        {},
        {"dataSource": DATA_SOURCE},
        m.GetDataSourceResponse,
        lambda p: _check_data_source(p.data_source),
    ),
    Case(
        "listMetrics",
        (),
        {
            "limit": 10,
            "offset": 0,
            "project_id": "prj_19g61mlb2xrnbm",
            "datasource_id": "ds_29h3kdl2p1",
        },
        "/api/v1/metrics?limit=10&offset=0&projectId=prj_19g61mlb2xrnbm&datasourceId=ds_29h3kdl2p1",
        {
            "limit": ["10"],
            "offset": ["0"],
            "projectId": ["prj_19g61mlb2xrnbm"],
            "datasourceId": ["ds_29h3kdl2p1"],
        },
        {**page(10, 0, 1, 1), "metrics": [METRIC]},
        m.ListMetricsResponse,
        lambda p: _check_metric(p.metrics[0]),
    ),
    Case(
        "getMetric",
        ("met_39dk2mxl",),
        {},
        "/api/v1/metrics/met_39dk2mxl",
        {},
        {"metric": METRIC},
        m.GetMetricResponse,
        lambda p: _check_metric(p.metric),
    ),
    Case(
        "listExperiments",
        (),
        {
            "limit": 3,
            "offset": 6,
            "project_id": "prj_19g61mlb2xrnbm",
            "datasource_id": "ds_29h3kdl2p1",
            "experiment_id": "checkout-redesign",
        },
        "/api/v1/experiments?limit=3&offset=6&projectId=prj_19g61mlb2xrnbm"
        "&datasourceId=ds_29h3kdl2p1&experimentId=checkout-redesign",
        {
            "limit": ["3"],
            "offset": ["6"],
            "projectId": ["prj_19g61mlb2xrnbm"],
            "datasourceId": ["ds_29h3kdl2p1"],
            "experimentId": ["checkout-redesign"],
        },
        {**page(3, 6, 1, 7), "experiments": [EXPERIMENT]},
        m.ListExperimentsResponse,
        lambda p: _check_experiment(p.experiments[0]),
    ),
    Case(
        "getExperiment",
        ("exp_4kd92mz",),
        {},
        "/api/v1/experiments/exp_4kd92mz",
        {},
        {"experiment": EXPERIMENT},
        m.GetExperimentResponse,
        lambda p: _check_experiment(p.experiment),
    ),
    Case(
        "getExperimentResults",
        ("exp_4kd92mz",),
        {"phase": "0", "dimension": "dim_5kd9a"},
        "/api/v1/experiments/exp_4kd92mz/results?phase=0&dimension=dim_5kd9a",
        {"phase": ["0"], "dimension": ["dim_5kd9a"]},
        {"result": RESULTS},
        m.GetExperimentResultsResponse,
        _check_results,
    ),
    Case(
        "listVisualChangesets",
        ("exp_4kd92mz",),
        {},
        "/api/v1/experiments/exp_4kd92mz/visual-changesets",
        {},
        {"visualChangesets": [VISUAL_CHANGESET]},
        m.ListVisualChangesetsResponse,
        lambda p: _check_visual_changeset(p.visual_changesets[0]),
    ),
    Case(
        "listDimensions",
        (),
        {"limit": 50, "offset": 0, "datasource_id": "ds_29h3kdl2p1"},
        "/api/v1/dimensions?limit=50&offset=0&datasourceId=ds_29h3kdl2p1",
        {"limit": ["50"], "offset": ["0"], "datasourceId": ["ds_29h3kdl2p1"]},
        {**page(50, 0, 1, 1), "dimensions": [DIMENSION]},
        m.ListDimensionsResponse,
        lambda p: _check_dimension(p.dimensions[0]),
    ),
    Case(
        "getDimension",
        ("dim_5kd9a",),
        {},
        "/api/v1/dimensions/dim_5kd9a",
        {},
        {"dimension": DIMENSION},
        m.GetDimensionResponse,
        lambda p: _check_dimension(p.dimension),
    ),
    Case(
        "listSegments",
        (),
        {"limit": 10, "offset": 10, "datasource_id": "ds_29h3kdl2p1"},
        "/api/v1/segments?limit=10&offset=10&datasourceId=ds_29h3kdl2p1",
        {"limit": ["10"], "offset": ["10"], "datasourceId": ["ds_29h3kdl2p1"]},
        {**page(10, 10, 1, 11), "segments": [SEGMENT]},
        m.ListSegmentsResponse,
        lambda p: _check_segment(p.segments[0]),
    ),
    Case(
        "getSegment",
        ("seg_7dk2a",),
        {},
        "/api/v1/segments/seg_7dk2a",
        {},
        {"segment": SEGMENT},
        m.GetSegmentResponse,
        lambda p: _check_segment(p.segment),
    ),
    Case(
        "listSdkConnections",
        (),
        {"limit": 10, "offset": 0, "project_id": "prj_19g61mlb2xrnbm", "with_proxy": "true"},
        "/api/v1/sdk-connections?limit=10&offset=0&projectId=prj_19g61mlb2xrnbm&withProxy=true",
        {
            "limit": ["10"],
            "offset": ["0"],
            "projectId": ["prj_19g61mlb2xrnbm"],
            "withProxy": ["true"],
        },
        {**page(10, 0, 1, 1), "connections": [SDK_CONNECTION]},
        m.ListSdkConnectionsResponse,
        lambda p: _check_sdk_connection(p.connections[0]),
    ),
    Case(
        "getSdkConnection",
        ("sdk_2k3l4m",),
        {},
        "/api/v1/sdk-connections/sdk_2k3l4m",
        {},
        {"sdkConnection": SDK_CONNECTION},
        m.GetSdkConnectionResponse,
        lambda p: _check_sdk_connection(p.sdk_connection),
    ),
    Case(
        "getVisualChangeset",
        ("vcs_9dk3m",),
        {},
        "/api/v1/visual-changesets/vcs_9dk3m",
        {},
        {"visualChangeset": VISUAL_CHANGESET},
        m.GetVisualChangesetResponse,
        lambda p: _check_visual_changeset(p.visual_changeset),
    ),
]
CASE_IDS = [case.operation_id for case in CASES]


def test_cases_cover_the_reference() -> None:
    assert [op[2] for op in REFERENCE_OPERATIONS] == CASE_IDS


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T")


def _normalized(value: Any) -> Any:
    """JSON with date-times compared as instants (``...Z`` and ``...+00:00`` are the same)."""
    if isinstance(value, dict):
        return {k: _normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalized(v) for v in value]
    if isinstance(value, str) and _ISO.match(value):
        return ("date-time", datetime.datetime.fromisoformat(value))
    return value


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_canned_body_is_valid_against_the_spec(case: Case) -> None:
    method, path, *_ = BY_ID[case.operation_id]
    validator = response_validator(path, method.lower())
    errors = sorted(validator.iter_errors(case.body), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def _assert_request(case: Case, server: Any) -> None:
    method = BY_ID[case.operation_id][0]
    assert len(server.requests) == 1
    sent = server.last
    assert sent.request_line == f"{method} {case.target} HTTP/1.1"
    assert sent.method == method
    assert sent.query == case.query
    assert sent.headers["authorization"] == f"Bearer {API_KEY}"
    assert sent.headers["accept"] == "*/*"
    if case.sent_json is None:
        assert sent.body == b""
        assert "content-type" not in sent.headers
    else:
        assert sent.headers["content-type"] == "application/json"
        assert sent.json() == case.sent_json


def _assert_parsed(case: Case, response: Any) -> None:
    assert response.status_code == 200
    parsed = response.parsed
    assert type(parsed) is case.model
    case.check(parsed)
    # Nothing was lost or invented on the way in: the model gives back the body it was read from.
    assert _normalized(parsed.to_dict()) == _normalized(case.body)
    # ... and the JSON names of to_dict() build an equal model again.
    assert type(parsed).from_dict(parsed.to_dict()) == parsed


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_operation_sync(case: Case, server: Any, gb: Any) -> None:
    server.reply(200, case.body)
    module = _module(case.operation_id)
    response = module.sync_detailed(*case.args, client=gb.raw, **case.kwargs, **case.extra_kwargs())
    _assert_request(case, server)
    _assert_parsed(case, response)


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_operation_async(case: Case, server: Any) -> None:
    server.reply(200, case.body)
    module = _module(case.operation_id)

    async def run() -> Any:
        async with AsyncGrowthBookClient(api_key=API_KEY, base_url=server.base_url) as client:
            return await module.asyncio_detailed(
                *case.args, client=client.raw, **case.kwargs, **case.extra_kwargs()
            )

    response = asyncio.run(run())
    _assert_request(case, server)
    _assert_parsed(case, response)


def test_list_defaults_are_sent_when_not_given(server: Any, gb: Any) -> None:
    server.reply(200, {**page(10, 0, 0, 0), "features": []})
    response = _module("listFeatures").sync_detailed(client=gb.raw)
    assert server.last.request_line == "GET /api/v1/features?limit=10&offset=0 HTTP/1.1"
    assert response.parsed.features == []


def test_path_parameters_are_percent_encoded(server: Any, gb: Any) -> None:
    server.reply(200, {"feature": FEATURE})
    _module("getFeature").sync_detailed("checkout/v2 beta?x", client=gb.raw)
    assert server.last.target == "/api/v1/features/checkout%2Fv2%20beta%3Fx"
    assert server.last.query == {}
