"""List, get, create and toggle for both services, in every output format.

JSON runs the console script in a subprocess; the other formats run the same
entry point in this process (what differs between formats is the writer, not
the process), which keeps the suite fast.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
import yaml
from cli_helpers import CLI, InProcess
from convert_api_client.api.experiences import get_experiences_list
from experiment_clients import ConvertClient, GrowthBookClient
from experiment_sandbox import Sandbox
from growthbook_api_client.api.features import list_features

FORMATS = ["json", "jsonl", "table", "csv", "yaml"]


def parse(fmt: str, text: str) -> Any:
    """Records (list of dicts) or one dict from the output, for the formats that parse."""
    if fmt == "json":
        return json.loads(text)
    if fmt == "jsonl":
        lines = [json.loads(line) for line in text.splitlines()]
        return lines[0] if len(lines) == 1 else lines
    if fmt == "yaml":
        return yaml.safe_load(text)
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        return rows[0] if len(rows) == 1 else rows
    raise AssertionError(fmt)


def field(fmt: str, text: str, *path: str) -> str:
    """One field of a single object, read from the output in ``fmt``."""
    if fmt == "table":
        key = ".".join(path)
        for line in text.splitlines():
            cells = line.split()
            if cells[:1] == [key] and len(cells) >= 2:
                return " ".join(cells[1:])
        raise AssertionError(f"{key} not in\n{text}")
    data = parse(fmt, text)
    if fmt == "csv":
        return str(data[".".join(path)])
    for key in path:
        data = data[key]
    return json.dumps(data) if isinstance(data, bool) else str(data)


@pytest.mark.parametrize("fmt", FORMATS)
def test_growthbook_list_get_toggle(cli: CLI, run: InProcess, sandbox: Sandbox, fmt: str) -> None:
    cli = cli if fmt == "json" else run
    listed = cli.ok("growthbook", "list-features", "--limit", "3", "-o", fmt)
    if fmt == "table":
        with GrowthBookClient(
            sandbox.credentials.growthbook_api_key, sandbox.growthbook_url, rate_limit=None
        ) as gb:
            ids = [f.id for f in gb.paginate(list_features, max_items=3)]
        assert all(i in listed for i in ids)
    elif fmt == "csv":
        ids = [row["id"] for row in csv.DictReader(io.StringIO(listed))]
    else:
        ids = [f["id"] for f in parse(fmt, listed)["features"]]
    assert len(ids) == 3
    feature = ids[1]

    got = cli.ok("growthbook", "get-feature", "--id", feature, "-o", fmt)
    assert field(fmt, got, "feature", "id") == feature
    before = field(fmt, got, "feature", "environments", "production", "enabled")
    wanted = "false" if before == "true" else "true"

    body = json.dumps({"environments": {"production": wanted == "true"}, "reason": "cli test"})
    toggled = cli.ok("growthbook", "toggle-feature", "--id", feature, "--json", body, "-o", fmt)
    assert field(fmt, toggled, "feature", "environments", "production", "enabled") == wanted
    if fmt == "json":  # the change is kept (read back once; the other formats read the answer)
        again = cli.ok("growthbook", "get-feature", "--id", feature, "-o", fmt)
        assert field(fmt, again, "feature", "environments", "production", "enabled") == wanted


@pytest.mark.parametrize("fmt", FORMATS)
def test_convert_list_create_get_toggle(
    cli: CLI, run: InProcess, sandbox: Sandbox, fmt: str
) -> None:
    cli = cli if fmt == "json" else run
    listed = cli.ok(
        "convert", "get-experiences-list", "--json", '{"results_per_page": 4}', "-o", fmt
    )
    if fmt == "table":
        creds = sandbox.credentials
        with ConvertClient(
            creds.convert_application_id, creds.convert_secret_key,
            account_id=creds.convert_account_id, project_id=creds.convert_project_id,
            base_url=sandbox.convert_url,
        ) as cv:  # fmt: skip
            ids = [e.id for e in cv.paginate(get_experiences_list, page_size=4, max_pages=1)]
        assert len(ids) == 4
        assert all(str(i) in listed for i in ids)
    elif fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(listed)))) == 4
    else:
        assert len(parse(fmt, listed)["data"]) == 4

    name = f"CLI {fmt} round trip"
    created = cli.ok(
        "convert", "create-experience", "--field", f"name={name}", "--field", "type=a/b",
        "--field", "status=draft", "--field", "url=https://shop.example/cli", "-o", fmt,
    )  # fmt: skip
    experience = field(fmt, created, "id")
    assert field(fmt, created, "name") == name

    got = cli.ok("convert", "get-experience", "--experience-id", experience, "-o", fmt)
    assert field(fmt, got, "name") == name
    assert field(fmt, got, "status") == "draft"

    toggled = cli.ok(
        "convert", "update-experience", "--experience-id", experience,
        "--field", "status=active", "-o", fmt,
    )  # fmt: skip
    assert field(fmt, toggled, "status") == "active"
    if fmt == "json":  # the change is kept (read back once; the other formats read the answer)
        again = cli.ok("convert", "get-experience", "--experience-id", experience, "-o", fmt)
        assert field(fmt, again, "status") == "active"


def test_body_from_a_file_and_from_stdin(cli: CLI, tmp_path: Any) -> None:
    body = {"name": "From a file", "type": "a/b", "status": "draft", "url": "https://x.example"}
    path = tmp_path / "body.json"
    path.write_text(json.dumps(body))
    made = json.loads(cli.ok("convert", "create-experience", "--json", f"@{path}", "-o", "json"))
    assert made["name"] == "From a file"
    piped = cli.ok(
        "convert", "create-experience", "--json", "-", "--field", "name=From stdin", "-o", "json",
        input=json.dumps(body),
    )  # fmt: skip
    assert json.loads(piped)["name"] == "From stdin"


def test_default_output_is_json_when_piped(cli: CLI) -> None:
    assert json.loads(cli.ok("growthbook", "list-projects"))["projects"]
