"""A small, deterministic value that satisfies a JSON schema of our specs.

Used for the operations the sandbox does not simulate with state: their 2xx
body is built from the response schema, so it validates against the spec. It
handles what our specs use: ``$ref``, ``allOf``/``anyOf``/``oneOf`` (a branch is
kept only if the whole schema accepts the result), ``enum``/``const``, type
lists, ``format``, length and range bounds, ``pattern`` for the few shapes the
specs hold.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Mapping
from typing import Any

from ._specs import spec_path, validation_document

__all__ = ["sample", "sample_response"]

_MAX_DEPTH = 8
_FORMATS = {
    "date-time": "2024-03-01T09:30:00Z",
    "date": "2024-03-01",
    "time": "09:30:00",
    "email": "demo@example.com",
    "uri": "https://www.example.com/",
    "url": "https://www.example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "ipv4": "127.0.0.1",
    "hostname": "www.example.com",
}
_PATTERN_CANDIDATES = (
    "https://www.example.com",
    "example",
    "example_key",
    "EX1",
    "1",
    "#ffffff",
    "00000000-0000-4000-8000-000000000000",
)


def _resolve(document: Mapping[str, Any], schema: Mapping[str, Any]) -> Mapping[str, Any]:
    seen = 0
    while "$ref" in schema:
        target: Any = document
        for part in str(schema["$ref"]).lstrip("#/").split("/"):
            target = target[part]
        schema = target
        seen += 1
        if seen > 50:
            raise ValueError("reference cycle")
    return schema


_REGISTRIES: dict[int, Any] = {}


def _registry(document: Mapping[str, Any]) -> Any:
    """A ``referencing`` registry holding the spec document as ``urn:spec`` (one per document)."""
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    key = id(document)  # the documents are the process-wide ones of load_spec
    if key not in _REGISTRIES:
        resource = Resource.from_contents(dict(document), default_specification=DRAFT202012)
        _REGISTRIES[key] = Registry().with_resource("urn:spec", resource)
    return _REGISTRIES[key]


def _rebase(schema: Any) -> Any:
    """Point local ``#/...`` references at the registered spec document."""
    if isinstance(schema, dict):
        return {
            k: (
                "urn:spec" + v
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _rebase(v)
            )
            for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [_rebase(v) for v in schema]
    return schema


def _accepts(document: Mapping[str, Any], schema: Mapping[str, Any], value: Any) -> bool:
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped,unused-ignore]

    validator = Draft202012Validator(_rebase(dict(schema)), registry=_registry(document))
    return bool(validator.is_valid(value))


def sample(document: Mapping[str, Any], schema: Mapping[str, Any], depth: int = 0) -> Any:
    """Return a value valid for ``schema`` (a node of ``document``)."""
    schema = _resolve(document, schema)
    if "const" in schema:
        return copy.deepcopy(schema["const"])
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None] or list(schema["enum"])
        return copy.deepcopy(values[0])
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(document, part, depth)
            if isinstance(value, dict):
                merged.update(value)
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        if "properties" in rest or rest.get("type") == "object":
            extra = sample(document, rest, depth)
            if isinstance(extra, dict):
                merged.update(extra)
        return merged
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            branches = list(schema[keyword])
            # Prefer object branches: they carry more information than a bare id.
            branches.sort(key=lambda b: _resolve(document, b).get("type") != "object")
            for branch in branches:
                value = sample(document, branch, depth)
                if keyword == "anyOf" or _accepts(document, schema, value):
                    return value
            raise ValueError(f"no branch of {keyword} yields a valid value")
    kind = schema.get("type")
    if isinstance(kind, list):
        non_null = [k for k in kind if k != "null"]
        kind = non_null[0] if non_null else "null"
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    if kind == "object":
        return _sample_object(document, schema, depth)
    if kind == "array":
        count = int(schema.get("minItems", 1 if depth < 4 else 0))
        count = min(count, int(schema.get("maxItems", count)))
        items = schema.get("items", {})
        return [sample(document, items, depth + 1) for _ in range(count)]
    if kind == "string":
        return _sample_string(schema)
    if kind in ("integer", "number"):
        return _sample_number(schema, integer=kind == "integer")
    if kind == "boolean":
        return True
    return None


def _sample_object(document: Mapping[str, Any], schema: Mapping[str, Any], depth: int) -> Any:
    properties: Mapping[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", ()))
    out: dict[str, Any] = {}
    for name, sub in properties.items():
        if depth >= _MAX_DEPTH and name not in required:
            continue
        out[name] = sample(document, sub, depth + 1)
    return out


def _sample_string(schema: Mapping[str, Any]) -> str:
    text = _FORMATS.get(str(schema.get("format", "")), "example")
    pattern = schema.get("pattern")
    if pattern:
        for candidate in (text, *_PATTERN_CANDIDATES):
            if re.search(str(pattern), candidate):
                text = candidate
                break
    min_length = int(schema.get("minLength", 0))
    max_length = int(schema.get("maxLength", max(len(text), min_length)))
    if len(text) < min_length:
        text = text + "x" * (min_length - len(text))
    return text[:max_length]


def _sample_number(schema: Mapping[str, Any], integer: bool) -> int | float:
    value: float = 1
    if "minimum" in schema:
        value = max(value, float(schema["minimum"]))
    if "exclusiveMinimum" in schema:
        value = max(value, float(schema["exclusiveMinimum"]) + 1)
    if "maximum" in schema:
        value = min(value, float(schema["maximum"]))
    if "exclusiveMaximum" in schema:
        value = min(value, float(schema["exclusiveMaximum"]) - 1)
    return int(value) if integer or float(value).is_integer() else value


@functools.cache
def _sample_response_cached(spec_file: str, operation_id: str) -> tuple[int, Any]:
    document = validation_document(spec_file)
    for item in document["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or op.get("operationId") != operation_id:
                continue
            for status, response in op.get("responses", {}).items():
                if not str(status).startswith("2"):
                    continue
                response = _resolve(document, response)
                content = response.get("content", {})
                media: Mapping[str, Any] = content.get("application/json") or next(
                    iter(content.values()), {}
                )
                schema = media.get("schema")
                code = int(status) if str(status).isdigit() else 200  # "2XX"
                return code, (sample(document, schema) if schema is not None else None)
    raise KeyError(f"{spec_file}: no 2xx response for {operation_id}")


def sample_response(service: str, operation_id: str) -> tuple[int, Any]:
    """The 2xx status of ``operation_id`` and a fresh copy of a spec-valid body for it."""
    status, body = _sample_response_cached(str(spec_path(service)), operation_id)
    return status, copy.deepcopy(body)
