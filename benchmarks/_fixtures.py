"""Realistic response bodies for the fixed-bytes server, valid for our specs.

The bodies are built deterministically (same bytes in every process), shaped
like what the services send: GrowthBook features with three environments,
force/rollout/experiment rules and a JSON definition; Convert experiences with
variations, goals, stats and settings. :func:`check` proves each body parses
into the generated models and serialises back to the same JSON, so no field is
misspelt and nothing falls into ``additional_properties`` unnoticed.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

ENVIRONMENTS = ("production", "staging", "dev")
_WORDS_A = ("checkout", "search", "pricing", "onboarding", "profile", "cart", "banner", "menu")
_WORDS_B = ("redesign", "v2", "fast-path", "reco", "copy", "layout", "cta", "badge")
_OWNERS = ("ana@example.com", "bo@example.com", "chen@example.com", "dee@example.com")
_T0 = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.UTC)

ACCOUNT_ID = 100001
PROJECT_ID = 200001
GROWTHBOOK_PAGE = 100
CONVERT_PAGE = 50


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def growthbook_feature(i: int) -> dict[str, Any]:
    """One GrowthBook feature, as ``GET /features`` lists it."""
    key = f"{_WORDS_A[i % 8]}-{_WORDS_B[(i // 8) % 8]}-{i:04d}"
    value_type = ("boolean", "string", "number", "json")[i % 4]
    default = ("false", '"control"', "0", '{"enabled": false}')[i % 4]
    on_value = ("true", '"treatment"', "10", '{"enabled": true}')[i % 4]
    created = _T0 + dt.timedelta(hours=3 * i)
    updated = created + dt.timedelta(days=2, minutes=i % 60)
    environments: dict[str, Any] = {}
    for e, env in enumerate(ENVIRONMENTS):
        rules: list[dict[str, Any]] = []
        definition_rules: list[dict[str, Any]] = []
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
            definition_rules.append(
                {"force": json.loads(on_value), "condition": {"email": {"$regex": "@example.com$"}}}
            )
        if (i + e) % 4 == 1:
            coverage = round(0.1 + 0.1 * (i % 9), 2)
            rules.append(
                {
                    "description": "Gradual rollout",
                    "condition": "",
                    "id": f"fr_{i}_{e}_rollout",
                    "enabled": True,
                    "type": "rollout",
                    "value": on_value,
                    "coverage": coverage,
                    "hashAttribute": "id",
                }
            )
            definition_rules.append(
                {"force": json.loads(on_value), "coverage": coverage, "hashAttribute": "id"}
            )
        if (i + e) % 5 == 2:
            rules.append(
                {
                    "description": "A/B test",
                    "condition": "",
                    "id": f"fr_{i}_{e}_experiment",
                    "enabled": True,
                    "type": "experiment",
                    "trackingKey": f"exp-{key}",
                    "hashAttribute": "id",
                    "namespace": {},
                    "coverage": 1,
                    "value": [
                        {"value": default, "weight": 0.5, "name": "Control"},
                        {"value": on_value, "weight": 0.5, "name": "Treatment"},
                    ],
                }
            )
            definition_rules.append(
                {
                    "key": f"exp-{key}",
                    "variations": [json.loads(default), json.loads(on_value)],
                    "weights": [0.5, 0.5],
                    "coverage": 1,
                    "hashAttribute": "id",
                }
            )
        environments[env] = {
            "enabled": env != "production" or i % 2 == 0,
            "defaultValue": default,
            "rules": rules,
            "definition": json.dumps(
                {"defaultValue": json.loads(default), "rules": definition_rules}
            ),
        }
    return {
        "id": key,
        "dateCreated": _iso(created),
        "dateUpdated": _iso(updated),
        "archived": i % 17 == 16,
        "description": f"Controls the {key.rsplit('-', 1)[0].replace('-', ' ')} feature.",
        "owner": _OWNERS[i % 4],
        "project": f"prj_{1000 + i % 5}" if i % 10 else "",
        "valueType": value_type,
        "defaultValue": default,
        "tags": [("frontend", "backend", "mobile")[i % 3], *(["beta"] if i % 5 == 0 else [])],
        "environments": environments,
        "revision": {
            "version": 1 + i % 4,
            "comment": "Initial version" if i % 4 == 0 else "Adjusted rules",
            "date": _iso(updated),
            "publishedBy": _OWNERS[(i + 1) % 4],
        },
    }


def growthbook_features_page(
    limit: int = GROWTHBOOK_PAGE, offset: int = 0, total: int = 1000
) -> dict[str, Any]:
    """``GET /features?limit=&offset=``: one page of features with the paging fields."""
    items = [growthbook_feature(i) for i in range(offset, min(offset + limit, total))]
    more = offset + len(items) < total
    return {
        "features": items,
        "limit": limit,
        "offset": offset,
        "count": len(items),
        "total": total,
        "hasMore": more,
        "nextOffset": offset + len(items) if more else None,
    }


_AREAS = ("Homepage", "Checkout", "Product page", "Pricing", "Cart", "Search results")
_IDEAS = ("headline", "hero image", "CTA colour", "trust badges", "layout", "copy", "form")
_TYPES = ("a/b", "a/b", "split_url", "mvt", "deploy", "a/b_fullstack")
_STATUSES = ("active", "paused", "completed", "draft", "active", "archived")


def convert_experience(i: int) -> dict[str, Any]:
    """One Convert experience, as ``GET .../experiences/{id}`` returns it."""
    area, idea = _AREAS[i % len(_AREAS)], _IDEAS[(i * 5) % len(_IDEAS)]
    name = f"{area} {idea} test {i + 1}"
    status = _STATUSES[i % len(_STATUSES)]
    start = 1_704_700_800 + 86_400 * (i % 90) if status != "draft" else None
    end = start + 86_400 * 21 if start is not None and status in ("completed", "archived") else None
    rid = 1_000_000 + i
    count = 2 + (i % 3 == 2)
    variations = [
        {
            "id": rid * 10 + v,
            "name": "Original" if v == 0 else f"Variation {v}",
            "key": f"{rid}-{v}",
            "description": None if v == 0 else f"Changed version {v} of {name}",
            "is_baseline": v == 0,
            "traffic_distribution": round(100 / count, 2),
            "status": "running",
            "changes": []
            if v == 0
            else [
                {
                    "id": rid * 100 + v,
                    "type": "customCode",
                    "data": {"js": "", "css": f".hero {{ order: {v}; }}"},
                }
            ],
        }
        for v in range(count)
    ]
    visitors = 2_000 + (i * 7919) % 40_000 if start is not None else 0
    return {
        "id": rid,
        "name": name,
        "key": f"{area.lower().replace(' ', '_')}_{idea.replace(' ', '_')}_{i}"[:32],
        "description": f"Tests a new {idea} on the {area.lower()}.",
        "type": _TYPES[i % len(_TYPES)],
        "status": status,
        "url": f"https://www.example.com/{area.lower().replace(' ', '-')}",
        "traffic_distribution": 100 if i % 4 else 50,
        "primary_goal": 3_000 + i % 7,
        "start_time": start,
        "end_time": end,
        "objective": f"Raise conversions on the {area.lower()}.",
        "global_js": "",
        "global_css": "",
        "version": 1 + i % 3,
        "project": PROJECT_ID,
        "tags": [4_000 + i % 5, 4_000 + (i + 2) % 5],
        "goals": [3_000 + i % 7, 3_000 + (i + 1) % 7, 3_000 + (i + 3) % 7],
        "audiences": [5_000 + i % 4],
        "locations": [6_000 + i % 3],
        "settings": {"outliers": {"detection_type": "none"}, "min_order_value": 0},
        "alerts": [],
        "collaborators": [],
        "variations": variations,
        "stats": {
            "visitors": visitors,
            "conversions": visitors * (2 + i % 8) // 100,
            "conversion_rate": float(2 + i % 8),
        },
    }


def convert_experiences_page(
    page: int = 1, per_page: int = CONVERT_PAGE, total: int = 1000
) -> dict[str, Any]:
    """``POST .../experiences`` (list): one page of experiences and ``extra.pagination``."""
    first = (page - 1) * per_page
    items = [convert_experience(i) for i in range(first, min(first + per_page, total))]
    return {
        "data": items,
        "extra": {
            "pagination": {
                "current_page": page,
                "items_count": total,
                "items_per_page": per_page,
                "pages_count": -(-total // per_page),
            }
        },
    }


def encode(body: Any) -> bytes:
    """Compact JSON, as both services send it."""
    return json.dumps(body, separators=(",", ":")).encode()


def bodies() -> dict[str, bytes]:
    """The fixed responses of the overhead benchmark, by name."""
    return {
        "growthbook_features": encode(growthbook_features_page()),
        "convert_experience": encode(convert_experience(7)),
        "convert_experiences": encode(convert_experiences_page()),
    }


def _normal(value: Any) -> Any:
    """``value`` with UTC date-times written one way, and ``null`` fields left out.

    The models read an optional field sent as ``null`` and one left out alike (``None``),
    and ``to_dict()`` leaves ``None`` out.
    """
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_normal(v) for v in value]
    if isinstance(value, str) and value.endswith("Z") and value[:4].isdigit():
        return value[:-1] + "+00:00"
    return value


_SCHEMAS = {
    "growthbook_features": ("growthbook", "ListFeaturesResponse"),
    "convert_experience": ("convert", "Experience"),
    "convert_experiences": ("convert", "GetExperiencesListResponse"),
}


def validate(raw: dict[str, bytes]) -> None:
    """Validate each body against its schema in ``specs/`` (OpenAPI 3.1 schemas are JSON Schema)."""
    from pathlib import Path

    import yaml
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    specs = Path(__file__).resolve().parent.parent / "specs"
    loaded: dict[str, Any] = {}
    for name, (service, schema) in _SCHEMAS.items():
        if service not in loaded:
            loaded[service] = yaml.safe_load((specs / f"{service}.yaml").read_text())
        uri = f"urn:spec:{service}"
        registry = Registry().with_resource(
            uri, Resource(contents=loaded[service], specification=DRAFT202012)
        )
        validator = Draft202012Validator(
            {"$ref": f"{uri}#/components/schemas/{schema}"},
            registry=registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        errors = [e.message for e in validator.iter_errors(json.loads(raw[name]))]
        if errors:
            raise AssertionError(
                f"fixture {name} does not match specs/{service}.yaml: {errors[:3]}"
            )


def check() -> dict[str, int]:
    """Validate every body against the spec, and parse it into the generated model and back.

    Raises if a body breaks its schema or does not round-trip; returns each body's size.
    """
    from convert_api_client.models import Experience, GetExperiencesListResponse
    from growthbook_api_client.models import ListFeaturesResponse

    models = {
        "growthbook_features": ListFeaturesResponse,
        "convert_experience": Experience,
        "convert_experiences": GetExperiencesListResponse,
    }
    sizes = {}
    fixed = bodies()
    validate(fixed)
    for name, raw in fixed.items():
        data = json.loads(raw)
        model = models[name].from_dict(data)
        again = json.loads(encode(model.to_dict()))
        if _normal(again) != _normal(data) or models[name].from_dict(again) != model:
            raise AssertionError(f"fixture {name} does not round-trip through {models[name]}")
        sizes[name] = len(raw)
    return sizes
