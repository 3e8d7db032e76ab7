"""Every operation of both specs answers a 2xx response that validates against its spec schema.

Requests are built from the spec itself: path parameters name seeded records,
bodies are valid samples of the request schema. Spec-specific: the seeded records are
named per operation of the checked-in documents (``test_schemathesis.py`` checks every
operation of any document for documented, schema-valid answers).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from experiment_sandbox import Sandbox
from experiment_sandbox._specs import load_spec
from sandbox_helpers import operation, request_body, spec_checker

pytestmark = pytest.mark.spec_specific


def _operation_ids(service: str) -> list[str]:
    return [
        op["operationId"]
        for item in load_spec(service)["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    ]


def _growthbook_id(sb: Sandbox, operation_id: str) -> str:
    gb = sb.growthbook
    running = next(e for e in gb.experiments if e["status"] == "running")
    return {
        "getProject": gb.projects[0]["id"],
        "getFeature": gb.features[0]["id"],
        "toggleFeature": gb.features[0]["id"],
        "getDataSource": gb.data_sources[0]["id"],
        "getMetric": gb.metrics[0]["id"],
        "getExperiment": running["id"],
        "getExperimentResults": running["id"],
        "listVisualChangesets": gb.visual_changesets[0]["experiment"],
        "getDimension": gb.dimensions[0]["id"],
        "getSegment": gb.segments[0]["id"],
        "getSdkConnection": gb.sdk_connections[0]["id"],
        "getVisualChangeset": gb.visual_changesets[0]["id"],
    }[operation_id]


def _convert_params(sb: Sandbox) -> dict[str, Any]:
    c = sb.credentials
    records = sb.convert.state.records[c.convert_project_id]
    experience = next(iter(records["experiences"].values()))
    params: dict[str, Any] = {
        "account_id": c.convert_account_id,
        "project_id": c.convert_project_id,
    }
    for kind in ("experiences", "goals", "audiences", "locations", "hypotheses", "knowledge_bases",
                 "observations", "domains", "tags", "features"):  # fmt: skip
        record = next(iter(records[kind].values()))
        singular = {
            "experiences": "experience",
            "hypotheses": "hypothesis",
            "knowledge_bases": "knowledge_base",
        }.get(kind, kind[:-1])
        params[f"{singular}_id"] = record["id"]
        if "key" in record:
            params[f"{singular}_key"] = record["key"]
    params.update(
        experience_id=experience["id"],
        experience_key=experience["key"],
        variation_id=experience["variations"][-1]["id"],
        section_id="sec1",
        version_id="ver1",
        change_id=1,
        sdk_key="sdkkey1",
        image_key="image1",
        file_key="file1",
        signal_session_id="session1",
        key_id="key1",
    )
    return params


def _send(
    sb: Sandbox, client: httpx.Client, service: str, operation_id: str
) -> tuple[str, str, httpx.Response]:
    method, template, op = operation(service, operation_id)
    if service == "growthbook":
        path = (
            template.replace("{id}", _growthbook_id(sb, operation_id))
            if "{id}" in template
            else template
        )
    else:
        path = template.format(**_convert_params(sb))
    kwargs: dict[str, Any] = {}
    content = op.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        overrides: dict[str, Any] = {}
        if operation_id == "doAuth":
            overrides = {"username": sb.credentials.convert_username,
                         "data": {"password": sb.credentials.convert_password}}  # fmt: skip
        if operation_id == "toggleFeature":
            overrides = {"environments": {"production": True}}
        kwargs["json"] = request_body(service, operation_id, **overrides)
    elif "multipart/form-data" in content:
        fields = request_body(service, operation_id)
        schema = content["multipart/form-data"]["schema"]
        props = load_spec(service)["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]].get(
            "properties", {}
        )
        files = {k: ("upload.bin", b"\x89PNG sandbox", "application/octet-stream") for k in props
                 if props[k].get("format") == "binary" or props[k].get("contentMediaType")}  # fmt: skip
        kwargs["files"] = files
        kwargs["data"] = {
            k: str(v)
            for k, v in fields.items()
            if k not in files and not isinstance(v, dict | list)
        }
    return template, method, client.request(method, path, **kwargs)


@pytest.mark.parametrize("operation_id", _operation_ids("growthbook"))
def test_growthbook_operation_answers_spec_valid(sandbox: Sandbox, operation_id: str) -> None:
    headers = {"Authorization": f"Bearer {sandbox.credentials.growthbook_api_key}"}
    with httpx.Client(base_url=sandbox.growthbook_url, headers=headers) as client:
        template, method, response = _send(sandbox, client, "growthbook", operation_id)
    assert 200 <= response.status_code < 300, response.text
    spec_checker("growthbook").check(template, method, response)


@pytest.mark.parametrize("operation_id", _operation_ids("convert"))
def test_convert_operation_answers_spec_valid(sandbox: Sandbox, operation_id: str) -> None:
    c = sandbox.credentials
    headers = {"Authorization": f"Bearer {c.convert_api_key_id}:{c.convert_api_key_secret}"}
    with httpx.Client(base_url=sandbox.convert_url, headers=headers) as client:
        template, method, response = _send(sandbox, client, "convert", operation_id)
    assert 200 <= response.status_code < 300, response.text
    spec_checker("convert").check(template, method, response)


def test_every_operation_is_covered() -> None:
    assert len(_operation_ids("growthbook")) == 20
    assert len(_operation_ids("convert")) >= 164
