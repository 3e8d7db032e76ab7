"""_response.py and the boundary's mapping, unit by unit: the rare branches the HTTP tests
(test_undocumented_success, test_response_size, test_hostile_responses) do not reach.

Stand-in generated modules are plain ``types.ModuleType`` objects with the two
names the boundary relies on: ``_parse_response`` and ``operation``.
"""

from __future__ import annotations

import types
from typing import Any

import httpx
import pytest
from experiment_clients import (
    APIConnectionError,
    APIResponseValidationError,
    GrowthBookClient,
    InvalidArgumentError,
    NotFoundError,
)
from experiment_clients._errors import expect_model, field_names, status_error
from experiment_clients._response import (
    failed_answer,
    operation_module,
    undocumented_success,
)


class Model:
    pass


def fake_module(name: str, parse: Any, returns: Any = Model) -> types.ModuleType:
    module = types.ModuleType(name)

    def operation() -> Any: ...

    operation.__annotations__["return"] = returns
    module.operation = operation  # type: ignore[attr-defined]
    module._parse_response = parse  # type: ignore[attr-defined]
    return module


def answer(status: int, content: bytes = b"{}") -> httpx.Response:
    return httpx.Response(status, content=content, request=httpx.Request("GET", "http://x.test/"))


def test_an_operation_declared_to_return_nothing_returns_none() -> None:
    module = fake_module("m_none", lambda **_: None, returns=None)
    assert undocumented_success(module, None, answer(201), "op") is None


def test_the_documented_status_is_found_among_the_2xx() -> None:
    """The spec documents 202 only: 200 and 201 give nothing, 202 parses."""
    seen: list[int] = []

    def parse(*, client: Any, response: httpx.Response) -> Any:
        seen.append(response.status_code)
        return Model() if response.status_code == 202 else None

    result = undocumented_success(fake_module("m_202", parse), None, answer(200), "op")
    assert isinstance(result, Model)
    assert seen == [201, 202]  # the real status itself is skipped


def test_a_parse_of_the_wrong_type_is_refused() -> None:
    module = fake_module("m_wrong", lambda **_: "not a model")
    with pytest.raises(APIResponseValidationError, match="does not fit Model") as info:
        undocumented_success(module, None, answer(299), "op")
    assert info.value.status_code == 299


def test_no_documented_2xx_at_all_is_refused() -> None:
    module = fake_module("m_nothing", lambda **_: None)
    with pytest.raises(APIResponseValidationError, match="documents no other 2xx"):
        undocumented_success(module, None, answer(200), "op")


def test_an_unresolvable_annotation_checks_nothing() -> None:
    module = fake_module("m_unresolved", lambda **_: "anything", returns="NoSuchName")
    assert undocumented_success(module, None, answer(201), "op") == "anything"


def test_an_unknown_operation_has_no_module() -> None:
    assert operation_module("growthbook_api_client", "no_such_operation") is None


def test_failed_answer_and_status_error_on_a_body_never_read() -> None:
    unread = httpx.Response(200, stream=httpx.ByteStream(b"{}"))
    error = failed_answer("op", unread, ValueError("bad"))
    assert isinstance(error, APIResponseValidationError)
    assert error.body == b""
    missing = status_error("op", httpx.Response(404, stream=httpx.ByteStream(b"{}")))
    assert isinstance(missing, NotFoundError)
    assert missing.body is None


def test_field_names_of_odd_bodies() -> None:
    assert field_names({"parameters": [], "fields": None}) == []
    assert field_names({"parameters": "", "fields": ["a"]}) == ["a"]
    assert field_names(["not", "a", "dict"]) == []


def test_expect_model_refuses_another_type() -> None:
    with pytest.raises(APIResponseValidationError, match="expected Model, got str"):
        expect_model("x", Model, "op")


def test_failures_before_any_answer_map_to_the_tree() -> None:
    """No response recorded: a bad header value, another httpx failure, a closed client."""
    client = GrowthBookClient("k", "http://127.0.0.1:9/api/v1", rate_limit=None)
    state = client._begin("op", "GET").state()
    bad_header = client._failure(state, UnicodeEncodeError("ascii", "é", 0, 1, "no"))
    assert isinstance(bad_header, InvalidArgumentError)
    other = client._failure(state, httpx.TooManyRedirects("loop"))
    assert isinstance(other, APIConnectionError)
    assert "TooManyRedirects" in str(other)
    with pytest.raises(KeyError):  # a bug of ours surfaces as itself
        client._failure(state, KeyError("bug"))
    client.close()
    closed = client._failure(state, RuntimeError("Cannot send a request"))
    assert isinstance(closed, APIConnectionError)
    assert "closed" in str(closed)
