"""_errors.py: every error class pickles, crosses a process boundary, and carries no credential.

The errors come from real calls where a call can produce them (a refused port, a
small server answering each status); the rest are built from their constructors.
"""

from __future__ import annotations

import inspect
import multiprocessing
import pickle
import socket
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import experiment_clients
import httpx
import pytest
from convert_api_client.api.experiences import get_experiences_list
from experiment_clients import (
    APIConnectionError,
    APIError,
    APIStatusError,
    ConvertClient,
    GrowthBookClient,
)
from growthbook_api_client.api.projects import list_projects
from scripted_server import Reply, scripted_server

GB_KEY = "secret_pickle_gb_key_7f3a9c"
CV_APP = "app-pickle-41"
CV_SECRET = "cv-pickle-secret-9d2e"
CV_KEY_SECRET = "cv-key-secret-pickle-5b1"
SECRETS = (GB_KEY, CV_SECRET, CV_KEY_SECRET)


def _all_error_classes() -> list[type[APIError]]:
    found: list[type[APIError]] = []
    pending: list[type[APIError]] = [APIError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return sorted(set(found), key=lambda c: c.__name__)


ERROR_CLASSES = _all_error_classes()


def _signed_request() -> httpx.Request:
    return httpx.Request(
        "GET",
        f"http://user:{GB_KEY}@127.0.0.1:9/api/v1/projects?api_key={CV_KEY_SECRET}&limit=5",
        headers={
            "Authorization": f"Bearer {GB_KEY}",
            "Convert-Application-ID": CV_APP,
            "X-Request-Id": "r-42",
            "Cookie": f"session={CV_SECRET}",
        },
        content=f'{{"secret": "{CV_SECRET}"}}'.encode(),
    )


def build(cls: type[APIError]) -> APIError:
    """An instance of ``cls`` with every attribute its constructor takes set to a telling value."""
    samples: dict[str, Any] = {
        "operation": "list_projects",
        "request": _signed_request(),
        "status_code": 418,
        "body": {"message": "teapot", "parameters": ["name"]},
        "headers": {"X-Request-Id": "r-42", "Set-Cookie": f"s={CV_SECRET}", "Retry-After": "3"},
        "limit": 1024,
    }
    if cls.__init__ is APIError.__init__ or cls.__init__ is Exception.__init__:
        return cls(f"{cls.__name__}: something went wrong")
    params = inspect.signature(cls.__init__).parameters
    kwargs = {name: samples[name] for name in params if name in samples}
    if "body" in kwargs and "APIResponseValidation" in "".join(c.__name__ for c in cls.__mro__):
        kwargs["body"] = b"<html>not json</html>"
    return cls(f"{cls.__name__}: something went wrong", **kwargs)


def _public_state(error: APIError) -> dict[str, Any]:
    state = {k: v for k, v in vars(error).items() if k != "request"}
    state["type"] = type(error)
    state["message"] = str(error)
    state["args"] = error.args
    return state


def _assert_round_trip(error: APIError, copy: APIError) -> None:
    assert type(copy) is type(error)
    assert _public_state(copy) == _public_state(error)
    if isinstance(error, APIStatusError):
        assert isinstance(copy, APIStatusError)
        assert copy.fields == error.fields
    if getattr(error, "request", None) is not None:
        request = copy.request  # type: ignore[attr-defined]
        assert isinstance(request, httpx.Request)
        assert request.method == error.request.method  # type: ignore[attr-defined]
        assert request.url.path == error.request.url.path  # type: ignore[attr-defined]
        assert request.headers["x-request-id"] == "r-42"


def _assert_no_secret(data: bytes) -> None:
    for secret in (*SECRETS, CV_APP):
        assert secret.encode() not in data, secret
    assert b"Signature=" not in data


def test_every_error_class_is_covered() -> None:
    public = {
        getattr(experiment_clients, n)
        for n in experiment_clients.__all__
        if isinstance(getattr(experiment_clients, n), type)
    }
    assert {c for c in public if issubclass(c, APIError)} == set(ERROR_CLASSES)


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda c: c.__name__)
def test_each_error_class_pickles_without_credentials(cls: type[APIError]) -> None:
    error = build(cls)
    data = pickle.dumps(error)
    _assert_no_secret(data)
    copy = pickle.loads(data)
    _assert_round_trip(error, copy)
    assert "set-cookie" not in {k.lower() for k in getattr(copy, "headers", {})}


def _refused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def refused_url() -> str:
    return f"http://127.0.0.1:{_refused_port()}"


def _connection_error(client: Any) -> APIConnectionError:
    if isinstance(client, GrowthBookClient):
        with client, pytest.raises(APIConnectionError) as info:
            client.call(list_projects)
    else:
        with client, pytest.raises(APIConnectionError) as info:
            client.call(get_experiences_list, body={})
    return info.value


def test_a_real_connection_error_pickles_without_its_credentials(refused_url: str) -> None:
    """The request on the error held the key (Bearer) or the HMAC signature; the pickle does not."""
    errors = [
        _connection_error(
            GrowthBookClient(GB_KEY, f"{refused_url}/api/v1", rate_limit=None, max_retries=0)
        ),
        _connection_error(
            ConvertClient(
                application_id=CV_APP,
                secret_key=CV_SECRET,
                base_url=refused_url,
                account_id=1,
                project_id=2,
                max_retries=0,
            )
        ),
        _connection_error(
            ConvertClient(
                key_id="kid",
                key_secret=CV_KEY_SECRET,
                base_url=refused_url,
                account_id=1,
                project_id=2,
                max_retries=0,
            )
        ),
    ]
    for error in errors:
        request = error.request
        assert request is not None
        assert "authorization" in request.headers  # kept in this process, for debugging
        data = pickle.dumps(error)
        _assert_no_secret(data)
        copy = pickle.loads(data)
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert copy.operation == error.operation
        assert copy.request is not None
        assert copy.request.url == request.url
        assert copy.request.headers["authorization"] == "***"


def test_status_errors_from_a_real_server_round_trip() -> None:
    reply = Reply(
        429,
        {
            "Content-Type": "application/json",
            "Retry-After": "7",
            "Set-Cookie": f"s={CV_SECRET}",
            "X-Request-Id": "r-9",
        },
        b'{"message": "slow down"}',
    )
    with (
        scripted_server(lambda _: reply) as server,
        GrowthBookClient(GB_KEY, f"{server.url}/api/v1", rate_limit=None, max_retries=0) as gb,
        pytest.raises(APIStatusError) as info,
    ):
        gb.call(list_projects)
    data = pickle.dumps(info.value)
    _assert_no_secret(data)
    copy = pickle.loads(data)
    _assert_round_trip(info.value, copy)
    assert copy.retry_after == 7.0
    assert copy.body == {"message": "slow down"}


def raise_in_worker(name: str) -> None:
    """Runs in a worker process: raise an instance of the named error class."""
    cls = next(c for c in _all_error_classes() if c.__name__ == name)
    raise build(cls)


def test_errors_raised_in_a_worker_process_reach_the_parent_as_themselves() -> None:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        futures = {cls: pool.submit(raise_in_worker, cls.__name__) for cls in ERROR_CLASSES}
        for cls, future in futures.items():
            error = future.exception(timeout=60)
            assert type(error) is cls, (cls, error)
            assert isinstance(error, APIError)
            _assert_round_trip(build(cls), error)
