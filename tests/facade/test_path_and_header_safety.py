"""Path and header values that would change the request's meaning are refused before sending.

Generic over every operation of both checked-in specs (through the operation index),
plus the concrete harm each rule prevents, shown against the sandbox or a local server.
"""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import quote

import pytest
from convert_api_client.api.experiences import get_experience
from convert_api_client.api.projects import get_project
from convert_api_client.api.sdk_keys import delete_sdk_key
from experiment_clients import (
    APIResponseValidationError,
    ConfigurationError,
    ConvertClient,
    GrowthBookClient,
    InvalidArgumentError,
    NotFoundError,
    operations,
)
from experiment_sandbox import Sandbox
from facade_helpers import (
    convert_kwargs,
    growthbook_kwargs,
    local_server,
    make_async_convert,
)
from growthbook_api_client.api.features import get_feature

NOT_SEGMENTS = ["", ".", ".."]


@pytest.mark.parametrize("service", ["convert", "growthbook"])
def test_every_path_parameter_of_every_operation_refuses_dot_and_empty_segments(
    service: str, convert: ConvertClient, growthbook: GrowthBookClient, sandbox: Sandbox
) -> None:
    client: Any = convert if service == "convert" else growthbook
    checked = 0
    for op in operations(service):
        module = op.load()
        for parameter in op.path_parameters:
            for bad in NOT_SEGMENTS:
                with pytest.raises(InvalidArgumentError) as caught:
                    client.call(module.operation, **{parameter: bad})
                message = str(caught.value)
                assert f"{op.name}({parameter})" in message, message
                assert op.path in message
                checked += 1
    assert checked >= 3  # the spec has path parameters at all
    assert sandbox.journal == []


def test_an_operation_module_and_the_pager_refuse_it_too(
    growthbook: GrowthBookClient, sandbox: Sandbox
) -> None:
    with pytest.raises(InvalidArgumentError, match=r"get_feature\(id\)"):
        growthbook.call(get_feature, id="..")
    with pytest.raises(InvalidArgumentError, match="feature_id"):
        growthbook.toggle_feature("..", {"production": True})
    with pytest.raises(InvalidArgumentError, match="feature_id"):
        growthbook.feature(".")
    assert sandbox.journal == []


def test_the_async_client_refuses_it(sandbox: Sandbox) -> None:
    async def run() -> None:
        async with make_async_convert(sandbox) as cv:
            with pytest.raises(InvalidArgumentError, match=r"delete_sdk_key\(sdk_key\)"):
                await cv.call(delete_sdk_key, sdk_key="..")

    asyncio.run(run())
    assert sandbox.journal == []


def test_deleting_an_sdk_key_named_dot_dot_no_longer_deletes_the_project(
    convert: ConvertClient, sandbox: Sandbox
) -> None:
    with pytest.raises(InvalidArgumentError, match="sdk_key"):
        convert.call(delete_sdk_key, sdk_key="..")
    assert sandbox.journal == []
    project = convert.call(get_project)  # still there
    assert project.id == sandbox.credentials.convert_project_id


@pytest.mark.parametrize("value", ["%2e%2e", "%2E.", ".%2e", "...", "a/..", "..%2f", "../x"])
def test_other_values_reach_the_wire_as_one_escaped_segment(value: str) -> None:
    """What decodes to a dot segment or holds a '/' is sent escaped, inside its own segment."""
    with local_server() as server:
        gb = GrowthBookClient("secret_test", f"{server.url}/api/v1", rate_limit=None)
        with gb, pytest.raises(APIResponseValidationError):
            gb.call(get_feature, id=value)  # the local server answers {}: not a feature
    (received,) = server.received
    assert received.path == "/api/v1/features/" + quote(value, safe="")
    assert ".." not in received.path.split("/")


def test_encoded_dots_against_the_sandbox_are_a_plain_not_found(
    growthbook: GrowthBookClient, sandbox: Sandbox
) -> None:
    with pytest.raises(NotFoundError):
        growthbook.call(get_feature, id="%2e%2e")
    (entry,) = sandbox.journal
    assert entry.operation == "getFeature"


# -- headers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["s3cr3t\r\nX-Injected: 1", "s3cr3t\nx", "s3cr3t\x00x", "s3cr3t\tx"]
)
def test_a_control_character_in_a_header_parameter_is_refused_unsent_and_unechoed(
    convert: ConvertClient, sandbox: Sandbox, value: str
) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        convert.call(get_experience, experience_id=1, report_token=value)
    message = str(caught.value)
    assert "get_experience(report_token)" in message
    assert "control character" in message
    assert "s3cr3t" not in message
    assert sandbox.journal == []  # not sent, so not retried either


@pytest.mark.parametrize("secret", ["abc\x00def", "abc\rdef", "abc\x1bdef", "abc\x7fdef", "abcé"])
def test_credentials_with_control_characters_are_refused_when_the_client_is_built(
    sandbox: Sandbox, secret: str
) -> None:
    cases: list[tuple[type[Any], dict[str, Any]]] = [
        (GrowthBookClient, growthbook_kwargs(sandbox, api_key=secret)),
        (ConvertClient, convert_kwargs(sandbox, secret_key=secret)),
        (ConvertClient, convert_kwargs(sandbox, application_id=secret)),
        (ConvertClient, convert_kwargs(sandbox, auth="key", key_id=secret)),
        (ConvertClient, convert_kwargs(sandbox, auth="key", key_secret=secret)),
    ]
    for cls, kwargs in cases:
        with pytest.raises(ConfigurationError) as caught:
            cls(**kwargs)
        message = str(caught.value)
        assert "abc" not in message
        assert "def" not in message
        assert "control or non-ASCII character" in message
    assert sandbox.journal == []


def test_a_credential_from_the_environment_is_checked_the_same_way(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GROWTHBOOK_API_KEY", "secret_\x1babc")  # env vars cannot hold NUL
    kwargs = growthbook_kwargs(sandbox)
    kwargs.pop("api_key")
    with pytest.raises(ConfigurationError, match="GROWTHBOOK_API_KEY") as caught:
        GrowthBookClient(**kwargs)
    assert "secret_" not in str(caught.value)


@pytest.mark.parametrize(
    ("headers", "fragment"),
    [
        ({"X-Trace": "s3cr3t\r\nX-Injected: 1"}, "control character"),
        ({"X-Trace": b"s3cr3t\nx"}, "control character"),
        ({"X-Trace": "s3cr3t\x00"}, "control character"),
        ({"X Trace": "ok"}, "header name is a token"),
        ({"X-Trace\r\nX-Injected": "ok"}, "header name is a token"),
        ({"": "ok"}, "header name is a token"),
    ],
)
def test_with_options_refuses_headers_that_cannot_be_sent(
    growthbook: GrowthBookClient, sandbox: Sandbox, headers: dict[str, Any], fragment: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=fragment) as caught:
        growthbook.with_options(headers=headers)
    assert "s3cr3t" not in str(caught.value)
    assert sandbox.journal == []


def test_with_options_sends_sane_headers(growthbook: GrowthBookClient, sandbox: Sandbox) -> None:
    view = growthbook.with_options(headers={"X-Trace": "abc-123"})
    with pytest.raises(NotFoundError, match=r"'\.\.x'"):  # '..x' is an ordinary id
        view.call(get_feature.operation, "..x")
    (entry,) = sandbox.journal
    assert entry.headers["x-trace"] == "abc-123"
