"""What the sandbox does for any document in place, read from the document itself: auth
on every operation, errors in the documented shape, and paging of every list it serves
with state. Nothing here names an operation of the checked-in specs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest
from experiment_sandbox import Sandbox
from experiment_sandbox._specs import load_spec
from sandbox_helpers import spec_checker

SERVICES = ("growthbook", "convert")
_METHODS = ("get", "put", "post", "delete", "patch")


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _properties(document: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    """Every property a schema names, through ``$ref`` and ``allOf``."""
    schema = _resolve(document, schema) or {}
    out = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        out.update(_properties(document, part))
    return out


def _operations(service: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for template, item in load_spec(service)["paths"].items():
        for method in _METHODS:
            if isinstance(item.get(method), dict):
                yield method.upper(), template, item[method]


def _op_params(service: str, template: str) -> list[str]:
    return re.findall(r"\{([^}]+)\}", template)


def _fill(sb: Sandbox, service: str, template: str) -> str:
    """A concrete path: the demo account and project where named, ``1`` elsewhere."""
    c = sb.credentials
    known = {"account_id": c.convert_account_id, "project_id": c.convert_project_id}
    return re.sub(
        r"\{([^}]+)\}",
        lambda m: str(known.get(m.group(1), 1) if service == "convert" else "1"),
        template,
    )


def _base(sb: Sandbox, service: str) -> str:
    return sb.growthbook_url if service == "growthbook" else sb.convert_url


def _all_operations() -> list[Any]:
    return [
        pytest.param(service, method, template, id=f"{service}:{op['operationId']}")
        for service in SERVICES
        for method, template, op in _operations(service)
        if op.get("security") != []
    ]


@pytest.mark.parametrize(("service", "method", "template"), _all_operations())
def test_every_operation_refuses_missing_and_wrong_credentials(
    sandbox: Sandbox, service: str, method: str, template: str
) -> None:
    path = _fill(sandbox, service, template)
    wrong = {"Authorization": "Bearer not-a-key:not-a-secret"}
    with httpx.Client(base_url=_base(sandbox, service)) as client:
        for headers in ({}, wrong):
            response = client.request(method, path, headers=headers)
            assert response.status_code == 401, response.text
            spec_checker(service).check(template, method, response)


def _growthbook_lists() -> list[Any]:
    document = load_spec("growthbook")
    out = []
    for method, template, op in _operations("growthbook"):
        names = {_resolve(document, p).get("name") for p in op.get("parameters", [])}
        if method == "GET" and {"limit", "offset"} <= names and not _op_params("", template):
            out.append(pytest.param(template, op["operationId"], id=op["operationId"]))
    return out


def _convert_lists() -> list[Any]:
    document = load_spec("convert")
    out = []
    for method, template, op in _operations("convert"):
        content = op.get("requestBody", {}).get("content", {}).get("application/json", {})
        fields = _properties(document, content.get("schema", {}))
        if (
            method == "POST"
            and {"page", "results_per_page"} <= set(fields)
            and set(_op_params("", template)) <= {"account_id", "project_id"}
        ):
            out.append(pytest.param(template, op["operationId"], id=op["operationId"]))
    return out


def _page_items(body: dict[str, Any]) -> list[Any]:
    arrays = [v for k, v in body.items() if isinstance(v, list)]
    assert len(arrays) == 1, f"one list per page, got {sorted(body)}"
    return arrays[0]


@pytest.mark.parametrize(("template", "operation_id"), _growthbook_lists())
def test_growthbook_lists_page_by_limit_and_offset(
    sandbox: Sandbox, template: str, operation_id: str
) -> None:
    if operation_id not in sandbox.growthbook.handled_operations():
        pytest.skip(f"{operation_id} answers a spec sample: no state to page through")
    headers = {"Authorization": f"Bearer {sandbox.credentials.growthbook_api_key}"}
    seen: list[Any] = []
    offset: int | None = 0
    with httpx.Client(base_url=sandbox.growthbook_url, headers=headers) as client:
        while offset is not None:
            response = client.get(template, params={"limit": 3, "offset": offset})
            assert response.status_code == 200, response.text
            spec_checker("growthbook").check(template, "GET", response)
            body = response.json()
            items = _page_items(body)
            assert body["count"] == len(items) <= 3
            assert body["hasMore"] == (body["nextOffset"] is not None)
            seen.extend(item.get("id", item) for item in items)
            offset = body["nextOffset"]
            assert offset is None or offset == body["offset"] + len(items)
            assert len(seen) <= body["total"]
    assert len(seen) == body["total"]
    assert len({repr(i) for i in seen}) == len(seen), "an item came twice"


@pytest.mark.parametrize(("template", "operation_id"), _convert_lists())
def test_convert_lists_page_by_page_and_results_per_page(
    sandbox: Sandbox, template: str, operation_id: str
) -> None:
    if operation_id not in sandbox.convert.handled_operations():
        pytest.skip(f"{operation_id} answers a spec sample: no state to page through")
    c = sandbox.credentials
    headers = {"Authorization": f"Bearer {c.convert_api_key_id}:{c.convert_api_key_secret}"}
    path = _fill(sandbox, "convert", template)
    seen: list[Any] = []
    page, pages = 1, 1
    with httpx.Client(base_url=sandbox.convert_url, headers=headers) as client:
        while page <= pages:
            response = client.post(path, json={"page": page, "results_per_page": 4})
            assert response.status_code == 200, response.text
            spec_checker("convert").check(template, "POST", response)
            body = response.json()
            pagination = body["extra"]["pagination"]
            assert pagination["current_page"] == page
            assert len(body["data"]) <= 4
            pages = pagination["pages_count"]
            seen.extend(item["id"] for item in body["data"])
            page += 1
    assert len(seen) == pagination["items_count"]
    assert len(set(seen)) == len(seen), "an item came twice"


@pytest.mark.parametrize("service", SERVICES)
def test_every_template_serves_its_methods(sandbox: Sandbox, service: str) -> None:
    """The router finds each operation at its own template (no shadowing by another)."""
    index = sandbox.app.services[service].index
    for method, template, op in _operations(service):
        path = _fill(sandbox, service, template)
        found = index.route(method, path)
        assert found is not None, (method, path)
        if "{" not in template or found[0].template == template:
            continue
        # Another template took the concrete path: it must be one just as literal.
        assert found[0].literal_segments >= index.operations[op["operationId"]].literal_segments
