"""GrowthBook's seeded data: projects, features, data sources, metrics, experiments,
dimensions, segments, SDK connections and visual changesets, generated from a seed."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from typing import Any

__all__ = ["ENVIRONMENTS", "EPOCH", "GrowthBookState", "iso", "now", "unit"]

ENVIRONMENTS = ("production", "staging", "dev")

EPOCH = dt.datetime(2024, 1, 8, 9, 0, tzinfo=dt.UTC)
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


def iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def now() -> str:
    return iso(dt.datetime.now(dt.UTC))


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


def unit(*parts: object) -> float:
    """A deterministic number in [0, 1) from the given parts."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


class GrowthBookState:
    """Every GrowthBook record, as plain dicts shaped like the spec's schemas."""

    def __init__(self, features: int, seed: int) -> None:
        rng = random.Random(f"growthbook:{seed}")  # noqa: S311 - reproducible demo data
        ids = _Ids(rng)
        names = (
            "Storefront",
            "Mobile App",
            "Marketing Site",
            "Checkout Platform",
            "Internal Tools",
        )
        self.projects = [self._project(ids, i, name) for i, name in enumerate(names)]
        self.data_sources = [self._data_source(ids, i) for i in range(3)]
        self.metrics = [self._metric(ids, rng, i) for i in range(24)]
        self.dimensions = [self._dimension(ids, i) for i in range(6)]
        self.segments = [self._segment(ids, i) for i in range(6)]
        self.experiments = [self._experiment(ids, rng, i) for i in range(42)]
        self.features = [self._feature(rng, i) for i in range(features)]
        self.sdk_connections = [self._sdk_connection(ids, rng, i) for i in range(8)]
        self.visual_changesets = [
            self._visual_changeset(ids, experiment)
            for i, experiment in enumerate(self.experiments)
            if i % 3 == 0
        ]

    def _dates(self, i: int, spread_hours: int = 7) -> tuple[str, str]:
        created = EPOCH + dt.timedelta(hours=i * spread_hours)
        return iso(created), iso(created + dt.timedelta(days=3, minutes=17 * i))

    def _project(self, ids: _Ids, i: int, name: str) -> dict[str, Any]:
        created, updated = self._dates(i, 48)
        return {"id": ids("prj"), "name": name, "dateCreated": created, "dateUpdated": updated}

    def _data_source(self, ids: _Ids, i: int) -> dict[str, Any]:
        kind, tracker = (
            ("bigquery", "segment"),
            ("postgres", "rudderstack"),
            ("mixpanel", "mixpanel"),
        )[i]
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
                "conversionSQL": f"SELECT user_id, timestamp, value FROM events WHERE event = 'metric_{i}'",  # noqa: S608
                "userAggregationSQL": "SUM(value)",
                "denominatorMetricId": "",
                "builder": {
                    "identifierTypeColumns": [
                        {"identifierType": "user_id", "columnName": "user_id"}
                    ],
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
            "query": f"SELECT user_id, {name.lower()} AS value FROM users",  # noqa: S608 - demo text
        }

    def _segment(self, ids: _Ids, i: int) -> dict[str, Any]:
        name = (
            "Paying customers",
            "New visitors",
            "Mobile users",
            "EU visitors",
            "Power users",
            "Churn risk",
        )[i]
        created, updated = self._dates(i, 26)
        return {
            "id": ids("seg"),
            "owner": _OWNERS[i % len(_OWNERS)],
            "datasourceId": self.data_sources[i % len(self.data_sources)]["id"],
            "identifierType": "user_id",
            "name": name,
            "query": f"SELECT user_id, date FROM segments WHERE name = '{name}'",  # noqa: S608 - demo text
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
        started = EPOCH + dt.timedelta(days=i)
        phases = []
        if status != "draft":
            phases.append(
                {
                    "name": "Main",
                    "dateStarted": iso(started),
                    "dateEnded": iso(started + dt.timedelta(days=21))
                    if status == "stopped"
                    else "",
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
        default = {
            "boolean": "false",
            "string": '"control"',
            "number": "0",
            "json": '{"enabled": false}',
        }[value_type]
        on_value = {
            "boolean": "true",
            "string": '"treatment"',
            "number": "10",
            "json": '{"enabled": true}',
        }[value_type]
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
                    else [
                        {
                            "selector": "h1.hero",
                            "action": "set",
                            "attribute": "html",
                            "value": "Free shipping today",
                        }
                    ],
                }
                for v, variation in enumerate(experiment["variations"])
            ],
        }
