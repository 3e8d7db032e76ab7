"""_errors.py: every error class, raised from real answers of the sandbox.

httpx.MockTransport only stands in for answers the sandbox cannot give (a status
it never sends, a proxy's HTML page, a Set-Cookie on an error).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from convert_api_client.api.experiences import get_experience, get_experiences_list
from experiment_clients import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncGrowthBookClient,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConvertClient,
    GrowthBookClient,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ValidationError,
)
from experiment_sandbox import Fault, Sandbox
from facade_helpers import entries, make_growthbook, settle, statuses
from growthbook_api_client.api.features import get_feature, list_features
from growthbook_api_client.api.projects import list_projects
from scripted_server import Reply, scripted_server


def _assert_status_error(
    exc: APIStatusError, cls: type[APIStatusError], status: int, operation: str
) -> None:
    assert type(exc) is cls
    assert exc.status_code == status
    assert exc.operation == operation
    assert isinstance(exc.headers, dict)
    assert exc.headers["content-type"].startswith("application/json")
    assert exc.body is not None
    assert str(exc).startswith(f"{operation}: HTTP {status}")


def test_400_bad_request(growthbook: GrowthBookClient) -> None:
    with pytest.raises(BadRequestError) as info:
        growthbook.call(list_features, limit=0)
    _assert_status_error(info.value, BadRequestError, 400, "list_features")
    assert info.value.body == {"message": "limit must be at least 1"}
    assert "limit must be at least 1" in str(info.value)


def test_422_names_the_offending_fields(convert: ConvertClient, sandbox: Sandbox) -> None:
    with pytest.raises(ValidationError) as info:
        convert.experiences.create(
            name="n" * 101, key="k" * 40, type="a/b", status="draft", url="https://shop.example"
        )
    exc = info.value
    _assert_status_error(exc, ValidationError, 422, "create_experience")
    assert isinstance(exc, BadRequestError)
    assert sorted(exc.fields) == ["key", "name"]
    assert "fields:" in str(exc)
    assert "name" in str(exc)
    assert statuses(sandbox, "createExperience") == [422]


def test_401_authentication(sandbox: Sandbox) -> None:
    with (
        make_growthbook(sandbox, api_key="secret_not_a_key") as gb,
        pytest.raises(AuthenticationError) as info,
    ):
        gb.call(list_projects)
    _assert_status_error(info.value, AuthenticationError, 401, "list_projects")
    assert info.value.body == {"message": "Invalid API key"}


def test_403_permission_denied(convert: ConvertClient) -> None:
    with pytest.raises(PermissionDeniedError) as info:
        convert.call(get_experiences_list, account_id=999, body={})
    _assert_status_error(info.value, PermissionDeniedError, 403, "get_experiences_list")
    assert info.value.fields == ["account_id"]


@pytest.mark.parametrize("service", ["convert", "growthbook"])
def test_404_not_found(service: str, convert: ConvertClient, growthbook: GrowthBookClient) -> None:
    if service == "convert":
        with pytest.raises(NotFoundError) as info:
            convert.call(get_experience, experience_id=987654321)
        _assert_status_error(info.value, NotFoundError, 404, "get_experience")
        assert info.value.fields == ["experience_id"]
        assert info.value.body["code"] == 404
    else:
        with pytest.raises(NotFoundError) as info:
            growthbook.feature("no-such-feature")
        _assert_status_error(info.value, NotFoundError, 404, "get_feature")
        assert "no-such-feature" in info.value.body["message"]


def test_429_carries_retry_after(growthbook: GrowthBookClient, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.rate_limited(retry_after=3), service="growthbook")
    with pytest.raises(RateLimitError) as info:
        growthbook.with_options(max_retries=0).call(list_projects)
    _assert_status_error(info.value, RateLimitError, 429, "list_projects")
    assert info.value.retry_after == 3.0
    assert info.value.headers["retry-after"] == "3"
    assert statuses(sandbox, "listProjects") == [429]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_server_error(status: int, convert: ConvertClient, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.server_error(status=status), service="convert")
    with pytest.raises(ServerError) as info:
        convert.with_options(max_retries=0).call(get_experiences_list, body={})
    _assert_status_error(info.value, ServerError, status, "get_experiences_list")
    assert info.value.body["code"] == status


def test_dropped_connection_is_a_connection_error(convert: ConvertClient, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.drop_connection(), service="convert", operation="createExperience")
    with pytest.raises(APIConnectionError) as info:
        convert.experiences.create(name="x", type="a/b", status="draft", url="https://x.example")
    exc = info.value
    assert type(exc) is APIConnectionError
    assert exc.operation == "create_experience"
    assert isinstance(exc.__cause__, httpx.RemoteProtocolError)
    assert statuses(sandbox, "createExperience") == [None]  # one attempt, never retried


def test_timeout_is_an_api_timeout_error(growthbook: GrowthBookClient, sandbox: Sandbox) -> None:
    """The client gives up before the answer: the sandbox journals a request once it has
    answered it, so an empty journal at the raise proves the call did not wait (no clock)."""
    sandbox.inject(Fault.latency(1.0), service="growthbook", operation="listProjects")
    with pytest.raises(APITimeoutError) as info:
        growthbook.with_options(timeout=0.05, max_retries=0).call(list_projects)
    assert entries(sandbox, "listProjects") == []  # not answered yet when the error came
    assert isinstance(info.value, APIConnectionError)
    assert info.value.operation == "list_projects"
    assert isinstance(info.value.__cause__, httpx.TimeoutException)
    settle(sandbox, "listProjects", 1)  # one request, answered late, never retried


@pytest.mark.parametrize("service", ["convert", "growthbook"])
def test_malformed_json_on_a_2xx_is_a_response_validation_error(
    service: str, convert: ConvertClient, growthbook: GrowthBookClient, sandbox: Sandbox
) -> None:
    sandbox.inject(Fault.malformed_json(), service=service)
    if service == "convert":
        with pytest.raises(APIResponseValidationError) as info:
            convert.call(get_experiences_list, body={})
    else:
        with pytest.raises(APIResponseValidationError) as info:
            growthbook.call(list_projects)
    exc = info.value
    assert exc.status_code == 200
    assert exc.operation == ("get_experiences_list" if service == "convert" else "list_projects")
    assert isinstance(exc.body, bytes)
    assert exc.body.endswith(b"<!-- not json")
    assert len(entries(sandbox)) == 1  # a complete answer: not retried


def test_response_validation_error_carries_the_headers(
    growthbook: GrowthBookClient, sandbox: Sandbox
) -> None:
    sandbox.inject(Fault.malformed_json(), service="growthbook")
    with pytest.raises(APIResponseValidationError) as info:
        growthbook.call(list_projects)
    assert info.value.headers["content-type"].startswith("application/json")


def test_a_truncated_body_is_a_connection_error(
    growthbook: GrowthBookClient, sandbox: Sandbox
) -> None:
    """The answer never fully arrived: a transport failure, so APIConnectionError (and retried)."""
    sandbox.inject(Fault.truncated_body(), service="growthbook", operation="listProjects")
    with pytest.raises(APIConnectionError) as info:
        growthbook.with_options(max_retries=0).call(list_projects)
    assert not isinstance(info.value, APITimeoutError)
    assert info.value.operation == "list_projects"
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    sandbox.clear_journal()
    sandbox.inject(Fault.truncated_body(), service="growthbook", operation="listProjects")
    assert len(growthbook.call(list_projects).projects) == 5  # a GET: retried
    assert statuses(sandbox, "listProjects") == [200, 200]


def _mock_growthbook(response: httpx.Response) -> GrowthBookClient:
    return GrowthBookClient(
        "secret_k",
        "http://growthbook.test/api/v1",
        transport=httpx.MockTransport(lambda request: response),
        rate_limit=None,
        max_retries=0,
    )


@pytest.mark.parametrize(
    ("status", "cls"),
    [(409, APIStatusError), (501, ServerError)],  # 418 and 599: over real HTTP below
)
def test_other_statuses_by_table(status: int, cls: type[APIStatusError]) -> None:
    with (
        _mock_growthbook(httpx.Response(status, json={"message": "nope"})) as gb,
        pytest.raises(APIStatusError) as info,
    ):
        gb.call(list_projects)
    assert type(info.value) is cls
    assert info.value.status_code == status
    assert info.value.body == {"message": "nope"}


def test_secret_bearing_response_headers_are_not_kept() -> None:
    response = httpx.Response(
        401,
        headers={"Set-Cookie": "session=abc123", "X-Request-Id": "r-1"},
        json={"message": "no"},
    )
    with _mock_growthbook(response) as gb, pytest.raises(AuthenticationError) as info:
        gb.call(list_projects)
    assert info.value.headers["x-request-id"] == "r-1"
    assert "set-cookie" not in {k.lower() for k in info.value.headers}


def test_except_api_error_catches_every_kind(
    convert: ConvertClient, growthbook: GrowthBookClient, sandbox: Sandbox
) -> None:
    no_retries = growthbook.with_options(max_retries=0)

    def bad_argument() -> None:
        growthbook.call(list_features, limit="10")

    def bad_config() -> None:
        GrowthBookClient(api_key="", base_url=sandbox.growthbook_url)

    def not_found() -> None:
        growthbook.feature("missing")

    def server_error() -> None:
        sandbox.inject(Fault.server_error(), service="growthbook")
        no_retries.call(list_projects)

    def timeout() -> None:
        sandbox.inject(Fault.latency(0.3, times=1), service="growthbook")
        no_retries.with_options(timeout=0.05).call(list_projects)

    def dropped() -> None:
        sandbox.inject(Fault.drop_connection(), service="growthbook")
        no_retries.call(list_projects)

    def malformed() -> None:
        sandbox.inject(Fault.malformed_json(), service="growthbook")
        no_retries.call(list_projects)

    caught = []
    for action in (bad_argument, bad_config, not_found, server_error, timeout, dropped, malformed):
        try:
            action()
        except APIError as exc:
            caught.append(type(exc))
        sandbox.clear_faults()
    settle(sandbox, "listProjects", 4)  # the timed-out request is answered late
    assert caught == [
        InvalidArgumentError,
        ConfigurationError,
        NotFoundError,
        ServerError,
        APITimeoutError,
        APIConnectionError,
        APIResponseValidationError,
    ]


def test_argument_and_configuration_errors_are_value_errors(
    growthbook: GrowthBookClient, sandbox: Sandbox
) -> None:
    with pytest.raises(ValueError, match="limit") as info:
        growthbook.call(list_features, limit="10")
    assert isinstance(info.value, InvalidArgumentError)
    assert isinstance(info.value, TypeError)  # also what a wrong type raises in Python
    with pytest.raises(ValueError, match="GROWTHBOOK_API_KEY") as config:
        GrowthBookClient(api_key="", base_url=sandbox.growthbook_url)
    assert isinstance(config.value, ConfigurationError)
    assert sandbox.journal == []


# -- hostile answers at the boundary (issue 10 item 2), over real HTTP ------------------------


@pytest.fixture(params=["sync", "async"])
def twin(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _answering(reply: Reply) -> Any:
    return scripted_server(lambda _: reply)


def _growthbook_error(reply: Reply) -> tuple[APIError, int]:
    """What ``get_feature`` raises against ``reply`` (no retries), and how many requests it sent."""
    with (
        _answering(reply) as server,
        GrowthBookClient("k", f"{server.url}/api/v1", rate_limit=None, max_retries=0) as gb,
        pytest.raises(APIError) as info,
    ):
        gb.call(get_feature, "new_checkout_flow")
    return info.value, len(server.requests)


def test_facade_call_raises_api_status_error_for_418() -> None:
    error, _ = _growthbook_error(Reply(418, body=b'{"message": "I\'m a teapot"}'))
    assert type(error) is APIStatusError  # no narrower class for 418
    assert error.status_code == 418
    assert error.operation == "get_feature"
    assert error.body == {"message": "I'm a teapot"}
    assert "418" in str(error)
    assert "I'm a teapot" in str(error)


def test_facade_call_raises_server_error_for_599() -> None:
    error, sent = _growthbook_error(Reply(599, body=b'{"message": "network connect timeout"}'))
    assert type(error) is ServerError
    assert error.status_code == 599
    assert error.body == {"message": "network connect timeout"}
    assert sent == 1  # 599 is not a retried status


def test_facade_call_raises_server_error_for_a_non_json_5xx() -> None:
    page = "<html><body>502 Bad Gateway</body></html>"
    error, _ = _growthbook_error(Reply(502, {"Content-Type": "text/html"}, page.encode()))
    assert type(error) is ServerError
    assert error.status_code == 502
    assert error.body == page
    assert page in str(error)


def test_facade_call_reports_a_2xx_body_that_breaks_the_spec(sandbox: Sandbox) -> None:
    feature = dict(sandbox.growthbook.features[0], valueType=5)  # not even a string
    error, _ = _growthbook_error(Reply(body=json.dumps({"feature": feature}).encode()))
    assert type(error) is APIResponseValidationError
    assert error.status_code == 200


@pytest.mark.parametrize(
    ("status", "cls"), [(200, APIResponseValidationError), (404, NotFoundError)]
)
def test_a_body_that_does_not_decode_is_a_typed_error(
    status: int, cls: type[APIError], twin: str
) -> None:
    """``Content-Encoding: gzip`` on bytes that are not gzip: httpx.ResponseNotRead escaped."""
    reply = Reply(
        status, {"Content-Type": "application/json", "Content-Encoding": "gzip"}, b"not gzip"
    )
    with _answering(reply) as server:
        error = _call_error(server.url, twin)
    assert type(error) is cls
    assert error.status_code == status  # type: ignore[attr-defined]
    assert "does not decode as its Content-Encoding 'gzip'" in str(error)
    assert isinstance(error.__cause__, httpx.DecodingError)


def test_an_error_body_nested_deeper_than_python_recurses(twin: str) -> None:
    """100,000 levels of JSON: RecursionError escaped; now the text is kept as the body."""
    deep = b"[" * 100_000 + b"]" * 100_000
    with _answering(Reply(400, {"Content-Type": "application/json"}, deep)) as server:
        error = _call_error(server.url, twin)
    assert type(error) is BadRequestError
    assert isinstance(error.body, str)
    assert len(error.body) == 200_000
    assert len(str(error)) < 1_200  # the message shows the start only


@pytest.mark.parametrize(
    ("parameters", "fields"),
    [
        (5, ["5"]),
        ("name", ["name"]),
        ({"name": "too long", "key": "taken"}, ["name", "key"]),
        ([{"field": "name"}, None, 3], ["{'field': 'name'}", "None", "3"]),
        (None, []),
    ],
)
def test_a_422_with_parameters_of_any_shape(parameters: Any, fields: list[str], twin: str) -> None:
    """``parameters`` as a number made a TypeError; every shape now gives ``fields``."""
    body = json.dumps({"code": 422, "message": ["bad"], "parameters": parameters}).encode()
    with _answering(Reply(422, {"Content-Type": "application/json"}, body)) as server:
        error = _call_error(server.url, twin)
    assert type(error) is ValidationError
    assert error.fields == fields
    assert str(error).startswith("list_projects: HTTP 422 Unprocessable Entity: bad")


def test_a_server_cookie_is_not_kept_for_later_requests() -> None:
    """A malformed Set-Cookie once broke every later request; no cookie is kept at all."""
    reply = Reply(
        200,
        {"Content-Type": "application/json", "Set-Cookie": "session=abc; Path=/"},
        json.dumps({"projects": [], "limit": 10, "offset": 0, "count": 0, "total": 0,
                    "hasMore": False, "nextOffset": None}).encode(),
    )  # fmt: skip
    with (
        _answering(reply) as server,
        GrowthBookClient("k", f"{server.url}/api/v1", rate_limit=None) as gb,
    ):
        gb.call(list_projects)
        gb.call(list_projects)
        assert "cookie" not in server.requests[1].headers


def _call_error(url: str, twin: str) -> APIError:
    """The error ``list_projects`` raises against ``url``, from the sync or the async client."""
    if twin == "sync":
        with (
            GrowthBookClient("k", f"{url}/api/v1", rate_limit=None, max_retries=0) as gb,
            pytest.raises(APIError) as info,
        ):
            gb.call(list_projects)
        return info.value

    async def run() -> APIError:
        async with AsyncGrowthBookClient(
            "k", f"{url}/api/v1", rate_limit=None, max_retries=0
        ) as gb:
            try:
                await gb.call(list_projects)
            except APIError as exc:
                return exc
        raise AssertionError("no error")

    return asyncio.run(run())
