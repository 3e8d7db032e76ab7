"""Canned GrowthBook response bodies, shaped like the service's answers.

Every body carries all the fields its schema requires (and most optional ones);
``test_gb_operations.py`` validates each against specs/growthbook.yaml.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO / "specs" / "growthbook.yaml"
SPEC_URI = "urn:growthbook-spec"

CREATED = "2024-03-04T10:15:30.123Z"
UPDATED = "2024-05-06T08:00:00.000Z"

PROJECT: dict[str, Any] = {
    "id": "prj_19g61mlb2xrnbm",
    "name": "Checkout",
    "dateCreated": CREATED,
    "dateUpdated": UPDATED,
}

FEATURE: dict[str, Any] = {
    "id": "new_checkout_flow",
    "dateCreated": CREATED,
    "dateUpdated": UPDATED,
    "archived": False,
    "description": "Route users to the redesigned checkout",
    "owner": "jane@example.com",
    "project": "prj_19g61mlb2xrnbm",
    "valueType": "boolean",
    "defaultValue": "false",
    "tags": ["checkout", "q2"],
    "environments": {
        "production": {
            "enabled": True,
            "defaultValue": "false",
            "rules": [
                {
                    "description": "Beta testers always get it",
                    "condition": '{"beta": true}',
                    "id": "fr_force1",
                    "enabled": True,
                    "type": "force",
                    "value": "true",
                },
                {
                    "description": "Ten percent rollout",
                    "condition": "",
                    "id": "fr_rollout1",
                    "enabled": True,
                    "type": "rollout",
                    "value": "true",
                    "coverage": 0.1,
                    "hashAttribute": "id",
                },
                {
                    "description": "Checkout redesign test",
                    "condition": '{"country": "US"}',
                    "id": "fr_exp1",
                    "enabled": True,
                    "type": "experiment",
                    "trackingKey": "checkout-redesign",
                    "hashAttribute": "id",
                    "namespace": {"enabled": False, "name": "", "range": [0, 1]},
                    "coverage": 1,
                    "value": [
                        {"value": "false", "weight": 0.5, "name": "Control"},
                        {"value": "true", "weight": 0.5, "name": "Redesign"},
                    ],
                },
            ],
            "definition": '{"defaultValue":false,"rules":[{"force":true,"condition":{"beta":true}}]}',
        },
        "dev": {
            "enabled": False,
            "defaultValue": "true",
            "rules": [],
            "draft": {"enabled": True, "defaultValue": "true", "rules": []},
        },
    },
    "revision": {
        "version": 3,
        "comment": "Enable for beta testers",
        "date": UPDATED,
        "publishedBy": "jane@example.com",
    },
}

DATA_SOURCE: dict[str, Any] = {
    "id": "ds_29h3kdl2p1",
    "dateCreated": CREATED,
    "dateUpdated": UPDATED,
    "type": "bigquery",
    "name": "Warehouse",
    "description": "Production BigQuery events",
    "projectIds": ["prj_19g61mlb2xrnbm"],
    "eventTracker": "segment",
    "identifierTypes": [
        {"id": "user_id", "description": "Logged-in user id"},
        {"id": "anonymous_id", "description": "Cookie id"},
    ],
    "assignmentQueries": [
        {
            "id": "user_id",
            "name": "Logged-in users",
            "description": "Experiment viewed events",
            "identifierType": "user_id",
            "sql": "SELECT user_id, timestamp, experiment_id, variation_id FROM viewed",
            "includesNameColumns": False,
            "dimensionColumns": ["country"],
        }
    ],
    "identifierJoinQueries": [
        {
            "identifierTypes": ["user_id", "anonymous_id"],
            "sql": "SELECT user_id, anonymous_id FROM identifies",
        }
    ],
    "mixpanelSettings": {
        "viewedExperimentEventName": "$experiment_started",
        "experimentIdProperty": "Experiment name",
        "variationIdProperty": "Variant name",
        "extraUserIdProperty": "",
    },
}

METRIC: dict[str, Any] = {
    "id": "met_39dk2mxl",
    "dateCreated": "2024-01-10T09:00:00.000Z",
    "dateUpdated": "2024-02-11T09:30:00.000Z",
    "owner": "jane@example.com",
    "datasourceId": "ds_29h3kdl2p1",
    "name": "Purchases",
    "description": "Users who completed a purchase",
    "type": "binomial",
    "tags": ["revenue"],
    "projects": ["prj_19g61mlb2xrnbm"],
    "archived": False,
    "behavior": {
        "goal": "increase",
        "cap": 0,
        "conversionWindowStart": 0,
        "conversionWindowEnd": 72,
        "riskThresholdSuccess": 0.0025,
        "riskThresholdDanger": 0.0125,
        "minPercentChange": 0.005,
        "maxPercentChange": 0.5,
        "minSampleSize": 150,
    },
    "sql": {
        "identifierTypes": ["user_id"],
        "conversionSQL": "SELECT user_id, timestamp FROM purchases",
        "userAggregationSQL": "SUM(value)",
        "denominatorMetricId": "",
        "builder": {
            "identifierTypeColumns": [{"identifierType": "user_id", "columnName": "user_id"}],
            "tableName": "purchases",
            "valueColumnName": "amount",
            "timestampColumnName": "ts",
            "conditions": [{"column": "status", "operator": "=", "value": "paid"}],
        },
    },
    "mixpanel": {
        "eventName": "Purchase",
        "eventValue": "amount",
        "userAggregation": "sum",
        "conditions": [{"property": "plan", "operator": "=", "value": "pro"}],
    },
}

ANALYSIS_SETTINGS: dict[str, Any] = {
    "datasourceId": "ds_29h3kdl2p1",
    "assignmentQueryId": "user_id",
    "experimentId": "checkout-redesign",
    "segmentId": "",
    "queryFilter": "",
    "inProgressConversions": "include",
    "attributionModel": "firstExposure",
    "statsEngine": "bayesian",
    "goals": [
        {
            "metricId": "met_39dk2mxl",
            "overrides": {
                "conversionWindowStart": 0,
                "conversionWindowEnd": 72,
                "winRiskThreshold": 0.0025,
                "loseRiskThreshold": 0.0125,
            },
        }
    ],
    "guardrails": [{"metricId": "met_errors", "overrides": {}}],
    "activationMetric": {"metricId": "met_viewed_cart", "overrides": {}},
}

EXPERIMENT: dict[str, Any] = {
    "id": "exp_4kd92mz",
    "dateCreated": CREATED,
    "dateUpdated": UPDATED,
    "name": "Checkout redesign",
    "project": "prj_19g61mlb2xrnbm",
    "hypothesis": "A one-page checkout converts better",
    "description": "Compares the current checkout with the one-page redesign",
    "tags": ["checkout"],
    "owner": "jane@example.com",
    "archived": False,
    "status": "running",
    "autoRefresh": True,
    "hashAttribute": "id",
    "variations": [
        {
            "variationId": "var_0",
            "key": "0",
            "name": "Control",
            "description": "Current checkout",
            "screenshots": [],
        },
        {
            "variationId": "var_1",
            "key": "1",
            "name": "One page",
            "description": "Redesigned checkout",
            "screenshots": ["https://cdn.example.com/one-page.png"],
        },
    ],
    "phases": [
        {
            "name": "Main",
            "dateStarted": "2024-04-01T00:00:00.000Z",
            "dateEnded": "",
            "reasonForStopping": "",
            "seed": "checkout-redesign",
            "coverage": 1,
            "trafficSplit": [
                {"variationId": "var_0", "weight": 0.5},
                {"variationId": "var_1", "weight": 0.5},
            ],
            "namespace": {"namespaceId": "checkout", "range": [0, 0.5]},
            "targetingCondition": '{"country": "US"}',
        }
    ],
    "settings": ANALYSIS_SETTINGS,
    "resultSummary": {
        "status": "won",
        "winner": "var_1",
        "conclusions": "Ship the one-page checkout",
        "releasedVariationId": "var_1",
    },
}


def _analysis(mean: float, change: float, chance: float) -> dict[str, Any]:
    return {
        "engine": "bayesian",
        "numerator": round(mean * 10000),
        "denominator": 10000,
        "mean": mean,
        "stddev": 0.3,
        "percentChange": change,
        "ciLow": change - 0.02,
        "ciHigh": change + 0.02,
        "pValue": 0.04,
        "risk": 0.001,
        "chanceToBeatControl": chance,
    }


RESULTS: dict[str, Any] = {
    "id": "snp_8dk3l2",
    "dateUpdated": UPDATED,
    "experimentId": "exp_4kd92mz",
    "phase": "0",
    "dateStart": "2024-04-01T00:00:00.000Z",
    "dateEnd": "2024-05-01T00:00:00.000Z",
    "dimension": {"type": "experiment", "id": ""},
    "settings": ANALYSIS_SETTINGS,
    "queryIds": ["qry_1", "qry_2"],
    "results": [
        {
            "dimension": "All",
            "totalUsers": 20412,
            "checks": {"srm": 0.43},
            "metrics": [
                {
                    "metricId": "met_39dk2mxl",
                    "variations": [
                        {"variationId": "var_0", "analyses": [_analysis(0.1, 0, 0)]},
                        {"variationId": "var_1", "analyses": [_analysis(0.112, 0.12, 0.97)]},
                    ],
                }
            ],
        }
    ],
}

DIMENSION: dict[str, Any] = {
    "id": "dim_5kd9a",
    "dateCreated": "2024-01-05T12:00:00.000Z",
    "dateUpdated": "2024-01-06T12:00:00.000Z",
    "owner": "jane@example.com",
    "datasourceId": "ds_29h3kdl2p1",
    "identifierType": "user_id",
    "name": "Country",
    "query": "SELECT user_id, country AS value FROM users",
}

SEGMENT: dict[str, Any] = {
    "id": "seg_7dk2a",
    "owner": "jane@example.com",
    "datasourceId": "ds_29h3kdl2p1",
    "identifierType": "user_id",
    "name": "Paying customers",
    "query": "SELECT user_id, date FROM subscriptions WHERE plan != 'free'",
    "dateCreated": "2024-01-07T12:00:00.000Z",
    "dateUpdated": "2024-01-08T12:00:00.000Z",
}

SDK_CONNECTION: dict[str, Any] = {
    "id": "sdk_2k3l4m",
    "dateCreated": CREATED,
    "dateUpdated": UPDATED,
    "name": "Web storefront (production)",
    "languages": ["javascript", "react"],
    "environment": "production",
    "project": "prj_19g61mlb2xrnbm",
    "encryptPayload": False,
    "encryptionKey": "",
    "key": "sdk-AbCdEf1234567",
    "proxyEnabled": True,
    "proxyHost": "https://proxy.example.com",
    "proxySigningKey": "signing-key-placeholder",
}

VISUAL_CHANGESET: dict[str, Any] = {
    "id": "vcs_9dk3m",
    "urlPattern": "https://shop.example.com/checkout*",
    "editorUrl": "https://shop.example.com/checkout",
    "experiment": "exp_4kd92mz",
    "visualChanges": [
        {
            "description": "Green buy button",
            "css": ".buy { background: green; }",
            "variation": "var_1",
            "domMutations": [
                {"selector": ".buy", "action": "set", "attribute": "html", "value": "Buy now"}
            ],
        }
    ],
}


def page(limit: int, offset: int, count: int, total: int) -> dict[str, Any]:
    """Pagination fields of a list answer."""
    has_more = offset + count < total
    return {
        "limit": limit,
        "offset": offset,
        "count": count,
        "total": total,
        "hasMore": has_more,
        "nextOffset": offset + count if has_more else None,
    }


def clone(body: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(body)


_spec_cache: dict[str, Any] = {}


def spec() -> dict[str, Any]:
    """specs/growthbook.yaml, parsed once."""
    if "spec" not in _spec_cache:
        _spec_cache["spec"] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return _spec_cache["spec"]


def response_validator(path: str, method: str, status: str = "200") -> Draft202012Validator:
    """A JSON Schema validator for one operation's JSON response, $refs resolved in the spec."""
    document = spec()
    media = document["paths"][path][method]["responses"][status]["content"]["application/json"]
    registry = Registry().with_resource(
        SPEC_URI, Resource.from_contents(document, default_specification=DRAFT202012)
    )
    schema = media["schema"]
    if "$ref" in schema:
        schema = {"$ref": SPEC_URI + schema["$ref"]}
    return Draft202012Validator(schema, registry=registry, format_checker=FormatChecker())
