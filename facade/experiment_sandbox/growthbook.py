"""The simulated GrowthBook REST API v1 (all 20 operations of ``specs/growthbook.yaml``).

State: projects, features (``features`` of them, 260 by default), data sources,
metrics, experiments with results, dimensions, segments, SDK connections and
visual changesets, generated from ``seed`` so every run sees the same data.

Behaviour, as the reference describes it:

* auth: ``Authorization: Bearer <key>`` or HTTP Basic with the key as user name
  and an empty password; 401 without a valid key, 403 when the read-only key
  asks for a write (``toggleFeature``).
* lists: ``limit`` (default 10) and ``offset``; the answer carries ``limit``,
  ``offset``, ``count``, ``total``, ``hasMore`` and ``nextOffset`` (null on the
  last page). The reference gives no maximum page size; the sandbox caps
  ``limit`` at :data:`MAX_LIMIT` (100) and reports the applied limit. A limit
  below 1 or a negative offset is a 400.
* rate limit: ``rate_limit`` requests per ``rate_window`` seconds per key
  (sliding window), then 429 with an integer ``Retry-After``.
* errors: ``{"message": ...}`` with 400, 401, 403, 404, 429.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from ._growthbook_data import EPOCH, GrowthBookState, iso, now, unit
from ._service import ApiError, Call, RateLimiter, Reply, Service, handles
from ._specs import ValidationProblem, parse_id

if TYPE_CHECKING:
    from ._sandbox import DemoCredentials

__all__ = ["MAX_LIMIT", "GrowthBookService"]

#: Largest page the sandbox returns; a bigger ``limit`` is reduced to this.
MAX_LIMIT = 100
DEFAULT_LIMIT = 10


class GrowthBookService(Service):
    """GrowthBook, simulated; see the module docstring."""

    name: ClassVar[str] = "growthbook"

    def __init__(
        self,
        credentials: DemoCredentials,
        *,
        features: int = 260,
        seed: int = 0,
        rate_limit: int | None = 60,
        rate_window: float = 60.0,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(seed)
        self.credentials = credentials
        self.feature_count = features
        self.limiter = RateLimiter(rate_limit, rate_window, clock or time.monotonic)
        self.keys = {
            credentials.growthbook_api_key: "admin",
            credentials.growthbook_readonly_key: "readonly",
        }
        self.reset()

    # ----------------------------------------------------------------- auth
    def authenticate(self, call: Call) -> str:
        header = call.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        key = ""
        if scheme.lower() == "bearer":
            key = value.strip()
        elif scheme.lower() == "basic":
            try:
                key = base64.b64decode(value.strip(), validate=True).decode().partition(":")[0]
            except (binascii.Error, UnicodeDecodeError):
                raise ApiError(401, "Malformed Basic authorization header") from None
        if not header:
            raise ApiError(401, "Missing API key: send 'Authorization: Bearer <secret key>'")
        if key not in self.keys:
            raise ApiError(401, "Invalid API key")
        return key

    def admit(self, call: Call) -> None:
        if call.op.method != "GET" and self.keys[call.principal] == "readonly":
            raise ApiError(403, "This API key is read-only and cannot perform this action")
        wait = self.limiter.check(call.principal)
        if wait is not None:
            raise ApiError(
                429,
                "Too many requests, please try again later.",
                headers={"Retry-After": str(wait)},
            )

    def error_body(self, error: ApiError) -> dict[str, Any]:
        message = error.message if isinstance(error.message, str) else "; ".join(error.message)
        return {"message": message}

    def validation_error(self, problems: list[ValidationProblem]) -> ApiError:
        return ApiError(
            400, "; ".join(p.message for p in problems), [n for p in problems for n in p.names]
        )

    # ----------------------------------------------------------------- seed
    def reset(self) -> None:
        with self.lock:
            self.limiter.reset()
            if not self.dirty:
                return
            self.dirty = False
            state = GrowthBookState(self.feature_count, self.seed)
            self.projects = state.projects
            self.data_sources = state.data_sources
            self.metrics = state.metrics
            self.dimensions = state.dimensions
            self.segments = state.segments
            self.experiments = state.experiments
            self.features = state.features
            self.sdk_connections = state.sdk_connections
            self.visual_changesets = state.visual_changesets

    # ---------------------------------------------------------------- helpers
    @staticmethod
    def _int_param(call: Call, name: str, default: int) -> int:
        raw = call.query_value(name)
        if raw is None or raw == "":
            return default
        try:
            return int(raw)
        except ValueError:
            raise ApiError(400, f"{name} must be an integer", [name]) from None

    def _page(self, call: Call, key: str, items: Sequence[dict[str, Any]]) -> Reply:
        limit = self._int_param(call, "limit", DEFAULT_LIMIT)
        offset = self._int_param(call, "offset", 0)
        if limit < 1:
            raise ApiError(400, "limit must be at least 1", ["limit"])
        if offset < 0:
            raise ApiError(400, "offset must not be negative", ["offset"])
        limit = min(limit, MAX_LIMIT)
        page = list(items[offset : offset + limit])
        has_more = offset + len(page) < len(items)
        return Reply(
            {
                key: page,
                "limit": limit,
                "offset": offset,
                "count": len(page),
                "total": len(items),
                "hasMore": has_more,
                "nextOffset": offset + len(page) if has_more else None,
            }
        )

    @staticmethod
    def _filtered(
        call: Call, items: Sequence[dict[str, Any]], **filters: Callable[[dict[str, Any]], object]
    ) -> list[dict[str, Any]]:
        out = list(items)
        for name, field in filters.items():
            wanted = call.query_value(name)
            if wanted:
                out = [
                    item for item in out if wanted == field(item) or _contains(field(item), wanted)
                ]
        return out

    @staticmethod
    def _find(items: Sequence[dict[str, Any]], call: Call, what: str) -> dict[str, Any]:
        wanted = call.path_params["id"]
        for item in items:
            if item.get("id") == wanted:
                return item
        raise ApiError(404, f"Could not find {what} with id {wanted!r}")

    # --------------------------------------------------------------- handlers
    @handles("listProjects")
    def list_projects(self, call: Call) -> Reply:
        return self._page(call, "projects", self.projects)

    @handles("getProject")
    def get_project(self, call: Call) -> Reply:
        return Reply({"project": self._find(self.projects, call, "project")})

    @handles("listFeatures")
    def list_features(self, call: Call) -> Reply:
        items = self._filtered(call, self.features, projectId=lambda f: f["project"])
        return self._page(call, "features", items)

    @handles("getFeature")
    def get_feature(self, call: Call) -> Reply:
        return Reply({"feature": self._find(self.features, call, "feature")})

    @handles("toggleFeature")
    def toggle_feature(self, call: Call) -> Reply:
        feature = self._find(self.features, call, "feature")
        body = call.json()
        changes: dict[str, bool] = body.get("environments", {})
        unknown = sorted(set(changes) - set(feature["environments"]))
        if unknown:
            raise ApiError(400, f"Unknown environment(s): {', '.join(unknown)}", ["environments"])
        for env, enabled in changes.items():
            feature["environments"][env]["enabled"] = bool(enabled)
        if changes:
            feature["dateUpdated"] = now()
        return Reply({"feature": feature})

    @handles("listDataSources")
    def list_data_sources(self, call: Call) -> Reply:
        items = self._filtered(call, self.data_sources, projectId=lambda d: d["projectIds"])
        return self._page(call, "dataSources", items)

    @handles("getDataSource")
    def get_data_source(self, call: Call) -> Reply:
        return Reply({"dataSource": self._find(self.data_sources, call, "data source")})

    @handles("listMetrics")
    def list_metrics(self, call: Call) -> Reply:
        items = self._filtered(
            call,
            self.metrics,
            projectId=lambda m: m["projects"],
            datasourceId=lambda m: m["datasourceId"],
        )
        return self._page(call, "metrics", items)

    @handles("getMetric")
    def get_metric(self, call: Call) -> Reply:
        return Reply({"metric": self._find(self.metrics, call, "metric")})

    @handles("listExperiments")
    def list_experiments(self, call: Call) -> Reply:
        items = self._filtered(
            call,
            self.experiments,
            projectId=lambda e: e["project"],
            datasourceId=lambda e: e["settings"]["datasourceId"],
            experimentId=lambda e: e["settings"]["experimentId"],
        )
        return self._page(call, "experiments", items)

    @handles("getExperiment")
    def get_experiment(self, call: Call) -> Reply:
        return Reply({"experiment": self._find(self.experiments, call, "experiment")})

    @handles("getExperimentResults")
    def get_experiment_results(self, call: Call) -> Reply:
        experiment = self._find(self.experiments, call, "experiment")
        if not experiment["phases"]:
            raise ApiError(
                404, f"No results for experiment {experiment['id']!r}: it has not started"
            )
        phase = call.query_value("phase") or str(len(experiment["phases"]) - 1)
        index = parse_id(phase)
        if index is None or not 0 <= index < len(experiment["phases"]):
            raise ApiError(400, f"Unknown phase {phase!r}", ["phase"])
        dimension = call.query_value("dimension") or ""
        values = ["All"] if not dimension else ["Chrome", "Firefox", "Safari", "Other"]
        current = experiment["phases"][index]
        result = {
            "id": f"snp_{experiment['id'][4:]}_{phase}",
            "dateUpdated": experiment["dateUpdated"],
            "experimentId": experiment["id"],
            "phase": phase,
            "dateStart": current["dateStarted"],
            "dateEnd": current["dateEnded"] or iso(EPOCH + dt.timedelta(days=90)),
            "dimension": {"type": "experiment" if dimension else "", "id": dimension},
            "settings": experiment["settings"],
            "queryIds": [f"qry_{experiment['id'][4:]}_{n}" for n in range(2)],
            "results": [self._results_row(experiment, value) for value in values],
        }
        return Reply({"result": result})

    def _results_row(self, experiment: dict[str, Any], dimension: str) -> dict[str, Any]:
        users = [
            int(4000 + 3000 * unit(experiment["id"], dimension, v["variationId"]))
            for v in experiment["variations"]
        ]
        metrics = []
        for goal in experiment["settings"]["goals"] + experiment["settings"]["guardrails"]:
            variations = []
            base_rate = 0.05 + 0.1 * unit(goal["metricId"], dimension)
            for v, variation in enumerate(experiment["variations"]):
                lift = 0.0 if v == 0 else (unit(experiment["id"], goal["metricId"], v) - 0.35) * 0.3
                rate = base_rate * (1 + lift)
                numerator = round(users[v] * rate)
                analysis = {
                    "engine": experiment["settings"]["statsEngine"],
                    "numerator": numerator,
                    "denominator": users[v],
                    "mean": round(rate, 6),
                    "stddev": round((rate * (1 - rate)) ** 0.5, 6),
                    "percentChange": round(lift, 6),
                    "ciLow": round(lift - 0.04, 6),
                    "ciHigh": round(lift + 0.04, 6),
                    "pValue": 1.0 if v == 0 else round(max(0.001, 0.5 - abs(lift) * 3), 6),
                    "risk": round(max(0.0, -lift) * 0.1, 6),
                    "chanceToBeatControl": 0.5
                    if v == 0
                    else round(min(0.999, max(0.001, 0.5 + lift * 4)), 6),
                }
                variations.append({"variationId": variation["variationId"], "analyses": [analysis]})
            metrics.append({"metricId": goal["metricId"], "variations": variations})
        return {
            "dimension": dimension,
            "totalUsers": sum(users),
            "checks": {"srm": 0.46},
            "metrics": metrics,
        }

    @handles("listVisualChangesets")
    def list_visual_changesets(self, call: Call) -> Reply:
        experiment = self._find(self.experiments, call, "experiment")
        items = [c for c in self.visual_changesets if c["experiment"] == experiment["id"]]
        return Reply({"visualChangesets": items})

    @handles("getVisualChangeset")
    def get_visual_changeset(self, call: Call) -> Reply:
        return Reply(
            {"visualChangeset": self._find(self.visual_changesets, call, "visual changeset")}
        )

    @handles("listDimensions")
    def list_dimensions(self, call: Call) -> Reply:
        items = self._filtered(call, self.dimensions, datasourceId=lambda d: d["datasourceId"])
        return self._page(call, "dimensions", items)

    @handles("getDimension")
    def get_dimension(self, call: Call) -> Reply:
        return Reply({"dimension": self._find(self.dimensions, call, "dimension")})

    @handles("listSegments")
    def list_segments(self, call: Call) -> Reply:
        items = self._filtered(call, self.segments, datasourceId=lambda s: s["datasourceId"])
        return self._page(call, "segments", items)

    @handles("getSegment")
    def get_segment(self, call: Call) -> Reply:
        return Reply({"segment": self._find(self.segments, call, "segment")})

    @handles("listSdkConnections")
    def list_sdk_connections(self, call: Call) -> Reply:
        items = self._filtered(
            call,
            self.sdk_connections,
            projectId=lambda c: c["project"],
            withProxy=lambda c: "true" if c["proxyEnabled"] else "false",
        )
        return self._page(call, "connections", items)

    @handles("getSdkConnection")
    def get_sdk_connection(self, call: Call) -> Reply:
        return Reply({"sdkConnection": self._find(self.sdk_connections, call, "SDK connection")})


def _contains(value: object, wanted: str) -> bool:
    return isinstance(value, list) and wanted in value
