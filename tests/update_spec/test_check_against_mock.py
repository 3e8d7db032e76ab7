"""scripts/check-against-mock: sample arguments from schemas, and a real run against Prism."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from _intake.mock import sample
from intake_helpers import REPO

DOC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id", "kind", "when"],
                "properties": {
                    "id": {"type": "integer", "minimum": 5},
                    "kind": {"enum": [None, "a", "b"]},
                    "when": {"type": "string", "format": "date-time"},
                    "note": {"type": "string"},
                },
            }
        }
    }
}


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        ({"$ref": "#/components/schemas/Item"}, {"id": 5, "kind": "a", "when": "2026-01-02T03:04:05Z"}),
        ({"type": ["string", "null"], "minLength": 3}, "aaa"),
        ({"type": "string", "pattern": "^(http|https)://"}, "https://example.com/"),
        ({"type": "string", "format": "binary"}, b"probe"),
        ({"type": "array", "minItems": 1, "items": {"type": "boolean"}}, [True]),
        ({"anyOf": [{"type": "null"}, {"const": 2}]}, 2),
        ({"allOf": [{"type": "object", "required": ["a"], "properties": {"a": {"example": 1}}},
                    {"type": "object", "required": ["b"], "properties": {"b": {"default": "x"}}}]},
         {"a": 1, "b": "x"}),
    ],
)  # fmt: skip
def test_sample_builds_what_the_schema_accepts(schema: dict[str, Any], value: Any) -> None:
    assert sample(schema, DOC) == value


def test_every_growthbook_operation_passes_against_prism() -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "check-against-mock"), "growthbook"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "| listFeatures | ok | ok (2 pages) |" in proc.stdout
    assert "20/20 operations passed (100%)" in proc.stdout
