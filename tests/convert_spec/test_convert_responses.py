"""Each operation's 2xx response schema holds the top-level keys of the reference's response sample."""

from __future__ import annotations

from typing import Any

import pytest
from convert_support import OPERATIONS, Operation

WITH_KEYS = [op for op in OPERATIONS if op.response_keys]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local `$ref`s until a schema (or response) object."""
    seen: set[str] = set()
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        assert ref not in seen, f"circular {ref}"
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def property_names(spec: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    """Properties of a schema, through `$ref`, `allOf`, `anyOf` and `oneOf`."""
    schema = resolve(spec, schema)
    names = set(schema.get("properties", {}))
    for keyword in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(keyword, []):
            names |= property_names(spec, branch)
    return names


def success_schema(spec: dict[str, Any], operation: Operation) -> dict[str, Any]:
    op = spec["paths"][operation.path][operation.method.lower()]
    codes = [code for code in op["responses"] if str(code).startswith("2")]
    assert len(codes) == 1, f"{operation.operation_id}: 2xx responses {codes}"
    response = resolve(spec, op["responses"][codes[0]])
    content = response.get("content", {})
    media = content.get("application/json") or next(iter(content.values()), None)
    assert media is not None, f"{operation.operation_id}: its 2xx response has no content"
    schema: dict[str, Any] = media["schema"]
    return schema


def test_most_operations_have_sample_keys() -> None:
    # The reference shows `{}` for the other seven: the project export download, get/create/update/
    # delete observation, file upload and file content.
    assert len(WITH_KEYS) == 157


@pytest.mark.parametrize("operation", WITH_KEYS, ids=lambda op: op.operation_id)
def test_sample_keys_are_properties_of_the_2xx_schema(
    spec: dict[str, Any], operation: Operation
) -> None:
    names = property_names(spec, success_schema(spec, operation))
    missing = [key for key in operation.response_keys if key not in names]
    assert missing == [], f"{operation.operation_id}: not in its 2xx schema: {missing}"
