"""Hostile and malformed input: the sandbox answers in the service's own shape, never a 500.

Generic where the behaviour is: the 405 and unknown-route checks walk every path of
whatever spec is in place.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from experiment_sandbox import Sandbox
from experiment_sandbox._specs import load_spec
from sandbox_helpers import body_of, cv_client, gb_client, project_path

_METHODS = ("get", "put", "post", "delete", "patch")


@pytest.fixture(scope="module")
def unvalidated() -> Iterator[Sandbox]:
    """A sandbox that does not check requests against the spec (``validate=False``)."""
    with Sandbox(validate=False, growthbook_rate_limit=None, features=20, experiences=10) as sb:
        yield sb


def _assert_service_shape(service: str, response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = body_of(response)
    if service == "growthbook":
        assert set(body) == {"message"}
    else:
        assert set(body) == {"code", "message", "parameters"}
        assert body["code"] == status
    return body


def _convert_list_operations() -> list[str]:
    """Convert operations whose body pages with ``page`` under the account and project."""
    out = []
    for template, item in load_spec("convert")["paths"].items():
        params = set(re.findall(r"\{([^}]+)\}", template))
        op = item.get("post")
        if not op or not params <= {"account_id", "project_id"}:
            continue
        content = op.get("requestBody", {}).get("content", {}).get("application/json", {})
        ref = content.get("schema", {}).get("$ref", "")
        schema = load_spec("convert")["components"]["schemas"].get(ref.rsplit("/", 1)[-1], {})
        if "page" in schema.get("properties", {}):
            out.append(op["operationId"])
    return out


@pytest.mark.spec_specific
@pytest.mark.parametrize("validate", [True, False], ids=["validated", "unvalidated"])
def test_whole_floats_page_every_convert_list(
    sandbox: Sandbox, unvalidated: Sandbox, validate: bool
) -> None:
    """JSON Schema calls 1.0 an integer: ``{"page": 1.0}`` is a valid request (it was a 500)."""
    sb = sandbox if validate else unvalidated
    operations = _convert_list_operations()
    assert "getExperiencesList" in operations
    spec = load_spec("convert")
    by_id = {
        op["operationId"]: template
        for template, item in spec["paths"].items()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    c = sb.credentials
    with cv_client(sb) as client:
        for operation_id in operations:
            path = by_id[operation_id].format(
                account_id=c.convert_account_id, project_id=c.convert_project_id
            )
            response = client.post(path, json={"page": 1.0, "results_per_page": 2.0})
            assert response.status_code == 200, (operation_id, response.text)
            if operation_id in sb.convert.handled_operations():  # others answer a spec sample
                pagination = body_of(response)["extra"]["pagination"]
                assert pagination["current_page"] == 1
                assert pagination["items_per_page"] == 2


@pytest.mark.spec_specific
@pytest.mark.parametrize(
    "expires", [b"\xb2", "²".encode(), b"9" * 5000, b"-5", b"1_700_000_000", b"+1700000000"]
)
def test_malformed_expires_is_a_401(sandbox: Sandbox, expires: bytes) -> None:
    c = sandbox.credentials
    headers = [
        (b"Convert-Application-ID", c.convert_application_id.encode()),
        (b"Expires", expires),
        (b"Authorization", b"Convert-HMAC-SHA256 Signature=00"),
    ]
    response = httpx.post(
        sandbox.convert_url + project_path(sandbox, "/experiences"), json={}, headers=headers
    )
    body = _assert_service_shape("convert", response, 401)
    assert "Expires" in body["message"]


@pytest.mark.spec_specific
@pytest.mark.parametrize("validate", [True, False], ids=["validated", "unvalidated"])
@pytest.mark.parametrize(
    ("content", "wanted"),
    [
        (b"{bad", "JSON"),
        (b"[1, 2]", "object"),
        (b"\xff\xfe{}", ""),
        (b'{"page": 1e999}', ""),
        (b'{"page": NaN}', ""),
        (b"[" * 100_000, ""),
    ],
    ids=["bad-json", "array", "not-utf8", "infinite", "nan", "deep"],
)
def test_unreadable_bodies_are_validation_errors(
    sandbox: Sandbox, unvalidated: Sandbox, validate: bool, content: bytes, wanted: str
) -> None:
    sb = sandbox if validate else unvalidated
    with cv_client(sb) as client:
        response = client.post(
            project_path(sb, "/experiences"),
            content=content,
            headers={"Content-Type": "application/json"},
        )
    body = _assert_service_shape("convert", response, 422)
    assert body["parameters"] in (["body"], ["page"])  # openapi-core names the field it read
    assert wanted.lower() in " ".join(body["message"]).lower()
    feature = sb.growthbook.features[0]["id"]
    with gb_client(sb) as client:
        response = client.post(
            f"/features/{feature}/toggle",
            content=content,
            headers={"Content-Type": "application/json"},
        )
    _assert_service_shape("growthbook", response, 400)


@pytest.mark.spec_specific
@pytest.mark.parametrize("validate", [True, False], ids=["validated", "unvalidated"])
@pytest.mark.parametrize("bad_id", ["abc", "²", "1_0", "9" * 5000, "%20 7"])
def test_non_integer_ids_name_the_parameter(
    sandbox: Sandbox, unvalidated: Sandbox, validate: bool, bad_id: str
) -> None:
    sb = sandbox if validate else unvalidated
    with cv_client(sb) as client:
        response = client.get(project_path(sb, f"/goals/{bad_id}"))
        assert response.status_code in (404, 422), response.text  # 404: read as a goal key
        response = client.post(f"/accounts/{bad_id}/projects/{bad_id}/goals", json={})
    body = _assert_service_shape("convert", response, 422)
    assert body["parameters"] == ["account_id", "project_id"]


@pytest.mark.spec_specific
def test_wrong_field_types_without_validation_are_4xx(unvalidated: Sandbox) -> None:
    """Without validation a handler may meet a field of the wrong type: a 4xx saying so."""
    with cv_client(unvalidated) as client:
        for body in ({"page": "two"}, {"only": 5}, {"search": 7}, {"results_per_page": [1]}):
            response = client.post(project_path(unvalidated, "/experiences"), json=body)
            assert 400 <= response.status_code < 500, (body, response.text)
            _assert_service_shape("convert", response, response.status_code)
    feature = unvalidated.growthbook.features[0]["id"]
    with gb_client(unvalidated) as client:
        response = client.post(f"/features/{feature}/toggle", json={"environments": [1, 2]})
    _assert_service_shape("growthbook", response, 400)


def _paths(service: str) -> Iterator[tuple[str, set[str]]]:
    for template, item in load_spec(service)["paths"].items():
        methods = {m.upper() for m in _METHODS if isinstance(item.get(m), dict)}
        yield re.sub(r"\{[^}]+\}", "1", template), methods


@pytest.mark.parametrize("service", ["growthbook", "convert"])
def test_every_path_answers_405_with_allow_for_other_methods(
    sandbox: Sandbox, service: str
) -> None:
    base = sandbox.growthbook_url if service == "growthbook" else sandbox.convert_url
    with httpx.Client(base_url=base) as client:
        for path, methods in _paths(service):
            # Concrete paths can match more templates than their own (".../1" and ".../add").
            served = set(sandbox.app.services[service].index.allowed_methods(path))
            assert methods <= served
            unserved = [m for m in ("PUT", "PATCH", "DELETE", "POST", "TRACE") if m not in served]
            response = client.request(unserved[0], path)
            _assert_service_shape(service, response, 405)
            allowed = set(response.headers["Allow"].split(", "))
            assert allowed == served | ({"HEAD"} if "GET" in served else set())


@pytest.mark.spec_specific
def test_head_is_get_without_a_body(sandbox: Sandbox) -> None:
    with gb_client(sandbox) as client:
        get = client.get("/features")
        head = client.head("/features")
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["content-length"] == get.headers["content-length"]


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("{growthbook}/no-such-thing", "growthbook"),
        ("{growthbook}/no-such-thing/%0A/x", "growthbook"),
        ("/growthbook/not-a-version/features", "growthbook"),
        ("{convert}/no-such-thing", "convert"),
        ("/convert/not-a-version/accounts", "convert"),
        ("/nowhere", None),
        ("/%0A", None),
    ],
)
def test_unknown_routes_answer_the_service_error_shape(
    sandbox: Sandbox, path: str, service: str | None
) -> None:
    prefixes = {name: s.prefix for name, s in sandbox.app.services.items()}
    response = httpx.post(sandbox.url + path.format(**prefixes))
    if service is None:
        assert response.status_code == 404
        assert prefixes["growthbook"] in body_of(response)["message"]
    else:
        _assert_service_shape(service, response, 404)


@pytest.mark.spec_specific
def test_a_sandbox_bug_is_a_500_in_the_service_shape(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the sandbox's own bugs may give a 500, and then in the service's shape."""

    def broken(call: Any) -> Any:
        raise KeyError("a bug")

    monkeypatch.setattr(sandbox.growthbook, "list_projects", broken)
    with gb_client(sandbox) as client:
        response = client.get("/projects")
    body = _assert_service_shape("growthbook", response, 500)
    assert "sandbox bug" in body["message"]
    assert sandbox.journal[-1].status == 500


@pytest.mark.spec_specific
def test_content_length_larger_than_the_body_times_out() -> None:
    """A body that never arrives gets a 408 and the connection closes (it used to hang)."""
    with Sandbox(body_timeout=0.2) as sb:
        key = sb.credentials.growthbook_api_key
        feature = sb.growthbook.features[0]["id"]
        request = (
            f"POST /growthbook/api/v1/features/{feature}/toggle HTTP/1.1\r\n"
            f"Host: 127.0.0.1\r\nAuthorization: Bearer {key}\r\n"
            "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{}"
        ).encode()
        with socket.create_connection(("127.0.0.1", sb.port), timeout=30) as sock:
            sock.sendall(request)
            received = b""
            while chunk := sock.recv(65536):  # ends when the server closes the connection
                received += chunk
        assert received.startswith(b"HTTP/1.1 408 ")
        assert b"Content-Length" in received.split(b"\r\n\r\n")[1]  # the message says why
        assert sb.journal[-1].status == 408


@pytest.mark.spec_specific
def test_oversized_bodies_are_refused() -> None:
    with Sandbox(max_body_size=1000) as sb, gb_client(sb) as client:
        feature = sb.growthbook.features[0]["id"]
        response = client.post(f"/features/{feature}/toggle", content=b" " * 5000)
        _assert_service_shape("growthbook", response, 413)
        chunks = iter([b" " * 600, b" " * 600])  # no Content-Length: counted while streaming
        response = client.post(f"/features/{feature}/toggle", content=chunks)
        _assert_service_shape("growthbook", response, 413)
