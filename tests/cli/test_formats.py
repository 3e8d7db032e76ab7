"""Output formats and body parsing, without a process: flattening, rows, fields."""

from __future__ import annotations

import io
import json

import pytest
from experiment_clients.cli import _body, _output


def test_flatten_nests_as_dotted_keys_and_lists_as_json() -> None:
    row = _output.flatten({"id": "f", "env": {"prod": {"on": True}}, "tags": ["a", "b"], "x": {}})
    assert row == {"id": "f", "env.prod.on": True, "tags": '["a","b"]', "x": "{}"}


def test_rows_of_a_list_response_are_its_items() -> None:
    rows, records = _output.rows_of({"features": [{"id": 1}, {"id": 2}], "hasMore": False})
    assert records
    assert rows == [{"id": 1}, {"id": 2}]
    rows, records = _output.rows_of({"features": [], "total": 0})
    assert not records
    assert rows == [{"features": "[]", "total": 0}]


def test_csv_listing_has_every_column_of_every_page() -> None:
    out = io.StringIO()
    writer = _output.writer("csv", out)
    writer.items([{"id": 1}])
    writer.items([{"id": 2, "late": True}])
    writer.close()
    assert out.getvalue() == "id,late\n1,\n2,true\n"


def test_empty_listing_in_each_format() -> None:
    for fmt, text in {"json": "[]\n", "yaml": "[]\n", "jsonl": "", "csv": "\n"}.items():
        out = io.StringIO()
        writer = _output.writer(fmt, out)
        writer.close()
        assert out.getvalue() == text, fmt


def test_field_values_follow_the_body_model() -> None:
    from convert_api_client.models.create_experience_request import CreateExperienceRequest

    body = _body.build(
        '{"url": "https://x.example"}',
        ["name=123", "status=draft", "traffic_distribution=50", "description=@/dev/null"],
        CreateExperienceRequest,
    )
    assert body == {
        "url": "https://x.example", "name": "123", "status": "draft",
        "traffic_distribution": 50, "description": "",
    }  # fmt: skip


def test_json_errors_name_the_option_and_where() -> None:
    with pytest.raises(_body.BodyError, match=r"--json: the text is not valid JSON .* line 1"):
        _body.build("{bad", [], None)
    with pytest.raises(_body.BodyError, match=r"--json: the request body is an object"):
        _body.build("[1]", [], None)
    assert _body.build("-", ["a=1"], None, io.StringIO(json.dumps({"b": 2}))) == {"b": 2, "a": 1}
