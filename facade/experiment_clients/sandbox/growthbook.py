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
import hashlib
import json
import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from ._service import ApiError, Call, RateLimiter, Reply, Service, handles
from ._specs import ValidationProblem

if TYPE_CHECKING:
    from ._sandbox import DemoCredentials

__all__ = ["MAX_LIMIT", "GrowthBookService"]

#: Largest page the sandbox returns; a bigger ``limit`` is reduced to this.
MAX_LIMIT = 100
DEFAULT_LIMIT = 10
ENVIRONMENTS = ("production", "staging", "dev")

_EPOCH = dt.datetime(2024, 1, 8, 9, 0, tzinfo=dt.UTC)
_WORDS_A = (
    "checkout", "search", "pricing", "onboarding", "signup", "cart", "homepage", "profile",
    "billing", "recommendations", "navigation", "footer", "banner", "mobile", "email", "trial",
)  # fmt: skip
_WORDS_B = (
    "redesign", "v2", "banner", "button-color", "copy", "layout", "flow", "badge", "modal",
    "cta", "tooltip", "carousel", "discount", "sorting", "filters", "dark-mode",
)  # fmt: skip
_OWNERS = ("ada@example.com", "grace@example.com", "linus@example.com", "margaret@example.com")
_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _now() -> str:
    return _iso(dt.datetime.now(dt.UTC))


class _Ids:
    """GrowthBook-style ids (``prj_19g61mlrr4z4b``) from a seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: set[str] = set()

    def __call__(self, prefix: str) -> str:
        while True:
            candidate = prefix + "_" + "".join(self.rng.choice(_ALPHABET) for _ in range(13))
            if candidate not in self.seen:
                self.seen.add(candidate)
                return candidate


def _unit(*parts: object) -> float:
    """A deterministic number in [0, 1) from the given parts."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


class GrowthBookService(Service):
    """GrowthBook, simulated; see the module docstring."""

    name: ClassVar[str] = "growthbook"
    prefix: ClassVar[str] = "/growthbook/api/v1"

    def __init__(
        self,
        credentials: DemoCredentials,
        *,
        features: int = 260,
        seed: int = 0,
        rate_limit: int | None = 60,
        rate_window: float = 60.0,
    ) -> None:
        super().__init__(seed)
        self.credentials = credentials
        self.feature_count = features
        self.limiter = RateLimiter(rate_limit, rate_window)
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
        return ApiError(400, "; ".join(p.message for p in problems), [n for p in problems for n in p.names])

    # ----------------------------------------------------------------- seed
    def reset(self) -> None:
        with self.lock:
            self.limiter.reset()
            rng = random.Random(f"growthbook:{self.seed}")
            ids = _Ids(rng)
            self.projects = [self._project(ids, i, name) for i, name in enumerate(
                ("Storefront", "Mobile App", "Marketing Site", "Checkout Platform", "Internal Tools")
            )]  # fmt: skip
            self.data_sources = [self._data_source(ids, i) for i in range(3)]
            self.metrics = [self._metric(ids, rng, i) for i in range(24)]
            self.dimensions = [self._dimension(ids, i) for i in range(6)]
            self.segments = [self._segment(ids, i) for i in range(6)]
            self.experiments = [self._experiment(ids, rng, i) for i in range(42)]
            self.features = [self._feature(rng, i) for i in range(self.feature_count)]
            self.sdk_connections = [self._sdk_connection(ids, rng, i) for i in range(8)]
            self.visual_changesets = [
                self._visual_changeset(ids, experiment)
                for i, experiment in enumerate(self.experiments)
                if i % 3 == 0
            ]

    def _dates(self, i: int, spread_hours: int = 7) -> tuple[str, str]:
        created = _EPOCH + dt.timedelta(hours=i * spread_hours)
        return _iso(created), _iso(created + dt.timedelta(days=3, minutes=17 * i))

    def _project(self, ids: _Ids, i: int, name: str) -> dict[str, Any]:
        created, updated = self._dates(i, 48)
        return {"id": ids("prj"), "name": name, "dateCreated": created, "dateUpdated": updated}

    def _data_source(self, ids: _Ids, i: int) -> dict[str, Any]:
        kind, tracker = (("bigquery", "segment"), ("postgres", "rudderstack"), ("mixpanel", "mixpanel"))[i]
        created, updated = self._dates(i, 30)
        source: dict[str, Any] = {
            "id": ids("ds"),
            "dateCreated": created,
            "dateUpdated": updated,
            "type": kind,
            "name": ("Warehouse (BigQuery)", "Product DB (Postgres)", "Mixpanel")[i],
            "description": f"Events tracked with {tracker}, read from {kind}.",
            "projectIds": [p["id"] for p in self.projects[i : i + 2]],
            "eventTracker": tracker,
            "identifierTypes": [
                {"id": "user_id", "description": "Logged-in user id"},
                {"id": "anonymous_id", "description": "Anonymous visitor cookie"},
            ],
            "assignmentQueries": [
                {
                    "id": "user_id",
                    "name": "Logged-in users",
                    "description": "Experiment exposures of logged-in users",
                    "identifierType": "user_id",
                    "sql": "SELECT user_id, timestamp, experiment_id, variation_id FROM experiment_viewed",
                    "includesNameColumns": False,
                    "dimensionColumns": ["browser", "country"],
                }
            ],
            "identifierJoinQueries": [
                {
                    "identifierTypes": ["user_id", "anonymous_id"],
                    "sql": "SELECT user_id, anonymous_id FROM identifies",
                }
            ],
        }
        if kind == "mixpanel":
            source["mixpanelSettings"] = {
                "viewedExperimentEventName": "$experiment_started",
                "experimentIdProperty": "Experiment name",
                "variationIdProperty": "Variant name",
                "extraUserIdProperty": "",
            }
        return source

    def _metric(self, ids: _Ids, rng: random.Random, i: int) -> dict[str, Any]:
        source = self.data_sources[i % len(self.data_sources)]
        kind = ("binomial", "count", "revenue", "duration")[i % 4]
        name = (
            f"{('Purchase', 'Signup', 'Add to cart', 'Page views', 'Revenue', 'Session length')[i % 6]}"
            f" ({('web', 'ios', 'android', 'all')[i % 4]})"
        )
        created, updated = self._dates(i, 11)
        metric: dict[str, Any] = {
            "id": ids("met"),
            "dateCreated": created,
            "dateUpdated": updated,
            "owner": _OWNERS[i % len(_OWNERS)],
            "datasourceId": source["id"],
            "name": name,
            "description": f"{name}, counted per user.",
            "type": kind,
            "tags": ["core"] if i % 3 == 0 else [],
            "projects": [self.projects[i % len(self.projects)]["id"]],
            "archived": i % 11 == 10,
            "behavior": {
                "goal": "decrease" if kind == "duration" else "increase",
                "cap": 0,
                "conversionWindowStart": 0,
                "conversionWindowEnd": 72,
                "riskThresholdSuccess": 0.0025,
                "riskThresholdDanger": 0.0125,
                "minPercentChange": 0.005,
                "maxPercentChange": 0.5,
                "minSampleSize": 150,
            },
        }
        if source["type"] == "mixpanel":
            metric["mixpanel"] = {
                "eventName": "Purchase",
                "eventValue": "amount" if kind == "revenue" else "",
                "userAggregation": "sum",
                "conditions": [{"property": "platform", "operator": "=", "value": "web"}],
            }
        else:
            metric["sql"] = {
                "identifierTypes": ["user_id"],
                "conversionSQL": f"SELECT user_id, timestamp, value FROM events WHERE event = 'metric_{i}'",
                "userAggregationSQL": "SUM(value)",
                "denominatorMetricId": "",
                "builder": {
                    "identifierTypeColumns": [{"identifierType": "user_id", "columnName": "user_id"}],
                    "tableName": "events",
                    "valueColumnName": "value",
                    "timestampColumnName": "timestamp",
                    "conditions": [{"column": "event", "operator": "=", "value": f"metric_{i}"}],
                },
            }
        return metric

    def _dimension(self, ids: _Ids, i: int) -> dict[str, Any]:
        name = ("Browser", "Country", "Device", "Plan", "Referrer", "Language")[i]
        created, updated = self._dates(i, 20)
        return {
            "id": ids("dim"),
            "dateCreated": created,
            "dateUpdated": updated,
            "owner": _OWNERS[i % len(_OWNERS)],
            "datasourceId": self.data_sources[i % len(self.data_sources)]["id"],
            "identifierType": "user_id",
            "name": name,
            "query": f"SELECT user_id, {name.lower()} AS value FROM users",
        }

    def _segment(self, ids: _Ids, i: int) -> dict[str, Any]:
        name = ("Paying customers", "New visitors", "Mobile users", "EU visitors", "Power users", "Churn risk")[i]
        created, updated = self._dates(i, 26)
        return {
            "id": ids("seg"),
            "owner": _OWNERS[i % len(_OWNERS)],
            "datasourceId": self.data_sources[i % len(self.data_sources)]["id"],
            "identifierType": "user_id",
            "name": name,
            "query": f"SELECT user_id, date FROM segments WHERE name = '{name}'",
            "dateCreated": created,
            "dateUpdated": updated,
        }

    def _experiment(self, ids: _Ids, rng: random.Random, i: int) -> dict[str, Any]:
        status = ("running", "stopped", "draft")[i % 3]
        project = self.projects[i % len(self.projects)]
        source = self.data_sources[i % len(self.data_sources)]
        tracking_key = f"{_WORDS_A[i % len(_WORDS_A)]}-{_WORDS_B[(i * 7) % len(_WORDS_B)]}-{i:02d}"
        created, updated = self._dates(i, 13)
        n_variations = 2 + (i % 3 == 1)
        variations = [
            {
                "variationId": f"var_{tracking_key}_{v}",
                "key": str(v),
                "name": "Control" if v == 0 else f"Variation {v}",
                "description": "Current experience" if v == 0 else f"Treatment {v}",
                "screenshots": [],
            }
            for v in range(n_variations)
        ]
        metric_ids = [m["id"] for m in self.metrics if m["datasourceId"] == source["id"]][:3]
        started = _EPOCH + dt.timedelta(days=i)
        phases = []
        if status != "draft":
            phases.append(
                {
                    "name": "Main",
                    "dateStarted": _iso(started),
                    "dateEnded": _iso(started + dt.timedelta(days=21)) if status == "stopped" else "",
                    "reasonForStopping": "Reached significance" if status == "stopped" else "",
                    "seed": tracking_key,
                    "coverage": 1,
                    "trafficSplit": [
                        {"variationId": v["variationId"], "weight": round(1 / n_variations, 4)}
                        for v in variations
                    ],
                    "namespace": {"namespaceId": "", "range": [0, 1]},
                    "targetingCondition": '{"country": "US"}' if i % 4 == 0 else "",
                }
            )
        experiment: dict[str, Any] = {
            "id": ids("exp"),
            "dateCreated": created,
            "dateUpdated": updated,
            "name": tracking_key.replace("-", " ").capitalize(),
            "project": project["id"],
            "hypothesis": f"Changing the {_WORDS_A[i % len(_WORDS_A)]} page raises conversions.",
            "description": f"Experiment {i} on {project['name']}.",
            "tags": ["q1"] if i % 2 == 0 else ["growth", "ux"],
            "owner": _OWNERS[i % len(_OWNERS)],
            "archived": i % 13 == 12,
            "status": status,
            "autoRefresh": status == "running",
            "hashAttribute": "id",
            "variations": variations,
            "phases": phases,
            "settings": {
                "datasourceId": source["id"],
                "assignmentQueryId": "user_id",
                "experimentId": tracking_key,
                "segmentId": "",
                "queryFilter": "",
                "inProgressConversions": "include",
                "attributionModel": "firstExposure",
                "statsEngine": "bayesian" if i % 2 == 0 else "frequentist",
                "goals": [{"metricId": m, "overrides": {}} for m in metric_ids[:2]],
                "guardrails": [{"metricId": m, "overrides": {}} for m in metric_ids[2:]],
            },
        }
        if status == "stopped":
            winner = variations[1]["variationId"]
            experiment["resultSummary"] = {
                "status": "won",
                "winner": winner,
                "conclusions": "Variation 1 raised purchases.",
                "releasedVariationId": winner,
            }
        return experiment

    def _feature(self, rng: random.Random, i: int) -> dict[str, Any]:
        key = f"{_WORDS_A[i % len(_WORDS_A)]}-{_WORDS_B[(i // len(_WORDS_A)) % len(_WORDS_B)]}-{i:04d}"
        value_type = ("boolean", "string", "number", "json")[i % 4]
        default = {"boolean": "false", "string": '"control"', "number": "0", "json": '{"enabled": false}'}[
            value_type
        ]
        on_value = {"boolean": "true", "string": '"treatment"', "number": "10", "json": '{"enabled": true}'}[
            value_type
        ]
        created, updated = self._dates(i, 3)
        environments: dict[str, Any] = {}
        for e, env in enumerate(ENVIRONMENTS):
            rules: list[dict[str, Any]] = []
            if (i + e) % 3 == 0:
                rules.append(
                    {
                        "description": "Internal users",
                        "condition": '{"email": {"$regex": "@example.com$"}}',
                        "id": f"fr_{i}_{e}_force",
                        "enabled": True,
                        "type": "force",
                        "value": on_value,
                    }
                )
            if (i + e) % 4 == 1:
                rules.append(
                    {
                        "description": "Gradual rollout",
                        "condition": "",
                        "id": f"fr_{i}_{e}_rollout",
                        "enabled": True,
                        "type": "rollout",
                        "value": on_value,
                        "coverage": round(0.1 + 0.1 * (i % 9), 2),
                        "hashAttribute": "id",
                    }
                )
            if (i + e) % 5 == 2:
                experiment = self.experiments[i % len(self.experiments)]
                rules.append(
                    {
                        "description": "A/B test",
                        "condition": "",
                        "id": f"fr_{i}_{e}_experiment",
                        "enabled": True,
                        "type": "experiment",
                        "trackingKey": experiment["settings"]["experimentId"],
                        "hashAttribute": "id",
                        "namespace": {},
                        "coverage": 1,
                        "value": [
                            {"value": default, "weight": 0.5, "name": "Control"},
                            {"value": on_value, "weight": 0.5, "name": "Treatment"},
                        ],
                    }
                )
            environments[env] = {
                "enabled": env != "production" or i % 2 == 0,
                "defaultValue": default,
                "rules": rules,
                "definition": self._definition(default, rules),
            }
        return {
            "id": key,
            "dateCreated": created,
            "dateUpdated": updated,
            "archived": i % 17 == 16,
            "description": f"Controls the {key.rsplit('-', 1)[0].replace('-', ' ')} feature.",
            "owner": _OWNERS[i % len(_OWNERS)],
            "project": self.projects[i % len(self.projects)]["id"] if i % 10 else "",
            "valueType": value_type,
            "defaultValue": default,
            "tags": [("frontend", "backend", "mobile")[i % 3]] + (["beta"] if i % 5 == 0 else []),
            "environments": environments,
            "revision": {
                "version": 1 + i % 4,
                "comment": "Initial version" if i % 4 == 0 else "Adjusted rules",
                "date": updated,
                "publishedBy": _OWNERS[(i + 1) % len(_OWNERS)],
            },
        }

    @staticmethod
    def _definition(default: str, rules: list[dict[str, Any]]) -> str:
        def parse(text: str) -> Any:
            return json.loads(text)

        out_rules: list[dict[str, Any]] = []
        for rule in rules:
            if rule["type"] == "experiment":
                out_rules.append(
                    {
                        "key": rule["trackingKey"],
                        "variations": [v["value"] for v in rule["value"]],
                        "weights": [v["weight"] for v in rule["value"]],
                        "coverage": rule["coverage"],
                        "hashAttribute": rule["hashAttribute"],
                    }
                )
            else:
                entry: dict[str, Any] = {"force": rule["value"]}
                if rule.get("condition"):
                    entry["condition"] = parse(rule["condition"])
                if "coverage" in rule:
                    entry["coverage"] = rule["coverage"]
                    entry["hashAttribute"] = rule["hashAttribute"]
                out_rules.append(entry)
        return json.dumps({"defaultValue": parse(default), "rules": out_rules})

    def _sdk_connection(self, ids: _Ids, rng: random.Random, i: int) -> dict[str, Any]:
        created, updated = self._dates(i, 40)
        proxy = i % 3 == 0
        return {
            "id": ids("sdk"),
            "dateCreated": created,
            "dateUpdated": updated,
            "name": f"{('Web', 'iOS', 'Android', 'Node API')[i % 4]} ({ENVIRONMENTS[i % 3]})",
            "languages": [("javascript", "swift", "kotlin", "nodejs")[i % 4]],
            "environment": ENVIRONMENTS[i % 3],
            "project": self.projects[i % len(self.projects)]["id"],
            "encryptPayload": i % 2 == 1,
            "encryptionKey": f"enc_{rng.getrandbits(64):016x}" if i % 2 == 1 else "",
            "key": f"sdk-{rng.getrandbits(64):016x}",
            "proxyEnabled": proxy,
            "proxyHost": "https://proxy.example.com" if proxy else "",
            "proxySigningKey": f"psk_{rng.getrandbits(64):016x}" if proxy else "",
        }

    def _visual_changeset(self, ids: _Ids, experiment: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": ids("vcs"),
            "urlPattern": "https://shop.example.com/*",
            "editorUrl": "https://shop.example.com/",
            "experiment": experiment["id"],
            "visualChanges": [
                {
                    "description": variation["name"],
                    "css": "" if v == 0 else ".cta { background: #2a7; }",
                    "variation": variation["variationId"],
                    "domMutations": []
                    if v == 0
                    else [{"selector": "h1.hero", "action": "set", "attribute": "html", "value": "Free shipping today"}],
                }
                for v, variation in enumerate(experiment["variations"])
            ],
        }

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
                out = [item for item in out if wanted == field(item) or _contains(field(item), wanted)]
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
            feature["dateUpdated"] = _now()
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
            call, self.metrics, projectId=lambda m: m["projects"], datasourceId=lambda m: m["datasourceId"]
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
            raise ApiError(404, f"No results for experiment {experiment['id']!r}: it has not started")
        phase = call.query_value("phase") or str(len(experiment["phases"]) - 1)
        if not phase.isdigit() or int(phase) >= len(experiment["phases"]):
            raise ApiError(400, f"Unknown phase {phase!r}", ["phase"])
        dimension = call.query_value("dimension") or ""
        values = ["All"] if not dimension else ["Chrome", "Firefox", "Safari", "Other"]
        current = experiment["phases"][int(phase)]
        result = {
            "id": f"snp_{experiment['id'][4:]}_{phase}",
            "dateUpdated": experiment["dateUpdated"],
            "experimentId": experiment["id"],
            "phase": phase,
            "dateStart": current["dateStarted"],
            "dateEnd": current["dateEnded"] or _iso(_EPOCH + dt.timedelta(days=90)),
            "dimension": {"type": "experiment" if dimension else "", "id": dimension},
            "settings": experiment["settings"],
            "queryIds": [f"qry_{experiment['id'][4:]}_{n}" for n in range(2)],
            "results": [self._results_row(experiment, value) for value in values],
        }
        return Reply({"result": result})

    def _results_row(self, experiment: dict[str, Any], dimension: str) -> dict[str, Any]:
        users = [int(4000 + 3000 * _unit(experiment["id"], dimension, v["variationId"])) for v in experiment["variations"]]
        metrics = []
        for goal in experiment["settings"]["goals"] + experiment["settings"]["guardrails"]:
            variations = []
            base_rate = 0.05 + 0.1 * _unit(goal["metricId"], dimension)
            for v, variation in enumerate(experiment["variations"]):
                lift = 0.0 if v == 0 else (_unit(experiment["id"], goal["metricId"], v) - 0.35) * 0.3
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
                    "chanceToBeatControl": 0.5 if v == 0 else round(min(0.999, max(0.001, 0.5 + lift * 4)), 6),
                }
                variations.append({"variationId": variation["variationId"], "analyses": [analysis]})
            metrics.append({"metricId": goal["metricId"], "variations": variations})
        return {"dimension": dimension, "totalUsers": sum(users), "checks": {"srm": 0.46}, "metrics": metrics}

    @handles("listVisualChangesets")
    def list_visual_changesets(self, call: Call) -> Reply:
        experiment = self._find(self.experiments, call, "experiment")
        items = [c for c in self.visual_changesets if c["experiment"] == experiment["id"]]
        return Reply({"visualChangesets": items})

    @handles("getVisualChangeset")
    def get_visual_changeset(self, call: Call) -> Reply:
        return Reply({"visualChangeset": self._find(self.visual_changesets, call, "visual changeset")})

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
