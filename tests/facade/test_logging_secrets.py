"""Secrets never appear in logs (every logger at DEBUG), reprs or exception texts.

Each auth kind is exercised through success, paging, retries, every failure
kind and a request to a foreign host, with everything captured.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import traceback
from collections.abc import Callable
from typing import Any

import pytest
from convert_api_client.api.experiences import get_experience, get_experiences_list
from experiment_clients import (
    APIError,
    AsyncConvertClient,
    ConfigurationError,
    ConvertClient,
    ConvertHmacAuth,
    ConvertSecretKeyAuth,
    GrowthBookAuth,
    GrowthBookClient,
    InvalidArgumentError,
)
from experiment_sandbox import DemoCredentials, Fault, Sandbox
from facade_helpers import (
    local_server,
    make_async_convert,
    make_async_growthbook,
    make_convert,
    make_growthbook,
    settle,
)
from growthbook_api_client.api.features import list_features

WRONG = "wrong-secret-zz9-do-not-log"
AUTH_KINDS = ["convert-hmac", "convert-key", "growthbook-bearer", "growthbook-basic"]


def _secrets(creds: DemoCredentials) -> list[str]:
    values = [
        creds.convert_secret_key,
        creds.convert_api_key_secret,
        creds.growthbook_api_key,
        creds.growthbook_readonly_key,
        WRONG,
    ]
    values += [base64.b64encode(f"{v}:".encode()).decode() for v in values]  # Basic tokens
    return values


def _assert_clean(text: str, creds: DemoCredentials, where: str) -> None:
    for secret in _secrets(creds):
        assert secret not in text, f"a secret appears in {where}"


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    for name in ("experiment_clients", "httpx", "httpcore", "asyncio", "uvicorn", "tenacity"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def _client(sandbox: Sandbox, kind: str, **kwargs: Any) -> Any:
    service, scheme = kind.split("-")
    if service == "convert":
        return make_convert(sandbox, auth=scheme, **kwargs)
    return make_growthbook(sandbox, auth_scheme=scheme, **kwargs)


def _wrong(kind: str) -> dict[str, str]:
    return {
        "convert-hmac": {"secret_key": WRONG},
        "convert-key": {"key_secret": WRONG},
        "growthbook-bearer": {"api_key": WRONG},
        "growthbook-basic": {"api_key": WRONG},
    }[kind]


def _read(client: Any, kind: str) -> Any:
    if kind.startswith("convert"):
        return client.call(get_experiences_list, body={})
    return client.call(list_features)


def _exercise(sandbox: Sandbox, kind: str, client: Any, other_url: str) -> list[BaseException]:
    """Run a client through everything that logs or raises; return the exceptions raised."""
    convert = kind.startswith("convert")
    service = "convert" if convert else "growthbook"
    operation = "getExperiencesList" if convert else "listFeatures"
    once = client.with_options(max_retries=0)
    raised: list[BaseException] = []

    def attempt(action: Callable[[], Any]) -> None:
        try:
            action()
        except APIError as exc:
            raised.append(exc)

    _read(client, kind)
    list(client.paginate(get_experiences_list if convert else list_features, max_pages=2))
    sandbox.inject(Fault.server_error(status=503, times=1), service=service, operation=operation)
    _read(client, kind)  # retried, and the retry logged
    sandbox.inject(Fault.server_error(status=503, times=3), service=service, operation=operation)
    attempt(lambda: _read(client, kind))  # retries exhausted
    for fault in (
        Fault.rate_limited(retry_after=120),
        Fault.drop_connection(),
        Fault.malformed_json(),
    ):
        sandbox.inject(fault, service=service, operation=operation)
        attempt(lambda: _read(once, kind))
    sent = len([e for e in sandbox.journal if e.operation == operation])
    sandbox.inject(Fault.latency(0.2, times=1), service=service, operation=operation)
    attempt(lambda: _read(once.with_options(timeout=0.05), kind))
    settle(sandbox, operation, sent + 1)
    if convert:
        attempt(lambda: client.call(get_experience, experience_id=999_999_999))
        attempt(lambda: client.call(get_experience, experience_id="x"))
    else:
        attempt(lambda: client.feature("missing"))
        attempt(lambda: client.call(list_features, limit="x"))
        attempt(lambda: client.toggle_feature("missing", {"production": True}))
    client._http.get(other_url)  # credentials stripped, a warning logged
    return raised


@pytest.mark.parametrize("kind", AUTH_KINDS)
def test_no_secret_in_logs_reprs_or_errors(
    sandbox: Sandbox, creds: DemoCredentials, kind: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    with local_server() as other, _client(sandbox, kind) as client:
        raised = _exercise(sandbox, kind, client, other.url + "/elsewhere")
        with _client(sandbox, kind, **_wrong(kind)) as wrong:
            try:
                _read(wrong, kind)
            except APIError as exc:
                raised.append(exc)
            reprs = [repr(wrong), str(wrong), repr(wrong._auth)]
        view = client.with_options(headers={"X-Trace": "1"}, timeout=3, max_retries=1)
        reprs += [
            repr(client), str(client), repr(view), repr(client._auth), str(client._auth),
            repr(client._http.auth), repr(client.raw), repr(client.paginate(
                get_experiences_list if kind.startswith("convert") else list_features
            )),
        ]  # fmt: skip
    kinds = {type(e).__name__ for e in raised}
    assert {"AuthenticationError", "ServerError", "RateLimitError", "APIConnectionError",
            "APIResponseValidationError", "APITimeoutError", "NotFoundError",
            "InvalidArgumentError"} <= kinds  # fmt: skip
    for error in raised:
        text = "".join(traceback.format_exception(error))
        _assert_clean(text, creds, f"{type(error).__name__} text")
        _assert_clean(repr(error), creds, f"{type(error).__name__} repr")
        _assert_clean(repr(vars(error)), creds, f"{type(error).__name__} attributes")
        for attribute in ("body", "headers"):
            _assert_clean(
                str(getattr(error, attribute, "")), creds, f"{type(error).__name__}.{attribute}"
            )
    for text in reprs:
        _assert_clean(text, creds, "a repr")
    messages = [r.getMessage() for r in debug_logs.records]
    assert any("HTTP Request" in m for m in messages)  # httpx logged at DEBUG/INFO
    assert any(m.startswith("retrying") for m in messages)
    assert any("credentials removed" in m for m in messages)
    assert any("send_request_headers" in m for m in messages)  # httpcore at DEBUG
    _assert_clean(debug_logs.text, creds, "the logs")
    _assert_clean("\n".join(messages), creds, "the log messages")


@pytest.mark.parametrize("service", ["convert", "growthbook"])
def test_no_secret_in_async_logs_reprs_or_errors(
    sandbox: Sandbox, creds: DemoCredentials, service: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    raised: list[BaseException] = []
    reprs: list[str] = []

    async def run() -> None:
        make = make_async_convert if service == "convert" else make_async_growthbook
        async with make(sandbox) as client:
            reprs.extend([repr(client), repr(client.with_options(timeout=2)), repr(client._auth)])
            sandbox.inject(Fault.server_error(status=503, times=1), service=service)
            if isinstance(client, AsyncConvertClient):
                await client.call(get_experiences_list, body={})
                [e async for e in client.experiences.list(max_items=60)]
                try:
                    await client.call(get_experience, experience_id=999_999_999)
                except APIError as exc:
                    raised.append(exc)
            else:
                await client.call(list_features)
                [f async for f in client.features(max_items=150)]
                try:
                    await client.feature("missing")
                except APIError as exc:
                    raised.append(exc)

    asyncio.run(run())
    assert raised
    for exc in raised:
        _assert_clean("".join(traceback.format_exception(exc)), creds, "an async error")
    for text in reprs:
        _assert_clean(text, creds, "an async repr")
    assert any(r.getMessage().startswith("retrying") for r in debug_logs.records)
    _assert_clean(debug_logs.text, creds, "the async logs")


def test_key_not_in_repr_of_the_generated_client(
    growthbook: GrowthBookClient, creds: DemoCredentials
) -> None:
    # The generated Client's repr lists its headers; ours are empty because the key is
    # applied by the facade's httpx.Auth, never stored on the generated client.
    text = repr(growthbook.raw)
    _assert_clean(text, creds, "the generated client's repr")
    assert "_headers={}" in text
    _assert_clean(repr(growthbook.raw.get_httpx_client().headers), creds, "the httpx headers")


def test_auth_reprs_hide_the_secret() -> None:
    hmac_auth = ConvertHmacAuth("app-1", "hmac-secret-1", 30)
    key_auth = ConvertSecretKeyAuth("key-1", "key-secret-1")
    gb_auth = GrowthBookAuth("secret_gb_1", "basic")
    assert (
        repr(hmac_auth)
        == "ConvertHmacAuth(application_id='app-1', secret_key='***', expires_in=30)"
    )
    assert repr(key_auth) == "ConvertSecretKeyAuth(key_id='key-1', key_secret='***')"
    assert repr(gb_auth) == "GrowthBookAuth(api_key='***', scheme='basic')"
    for auth, secret in (
        (hmac_auth, "hmac-secret-1"),
        (key_auth, "key-secret-1"),
        (gb_auth, "secret_gb_1"),
    ):
        assert secret not in str(auth)
        assert secret not in repr(auth)


@pytest.mark.parametrize(
    "make",
    [
        lambda: ConvertClient(application_id="app", secret_key=f" {WRONG}"),
        lambda: ConvertClient(key_id=f"id:{WRONG}", key_secret=WRONG),
        lambda: ConvertClient(application_id="app", secret_key=WRONG, key_id="k", key_secret=WRONG),
        lambda: GrowthBookClient(api_key=f"{WRONG}\n"),
        lambda: GrowthBookClient(api_key=WRONG, auth_scheme="digest"),
    ],
)
def test_configuration_errors_do_not_echo_secrets(
    make: Callable[[], object], monkeypatch: pytest.MonkeyPatch, creds: DemoCredentials
) -> None:
    for name in (
        "CONVERT_APPLICATION_ID",
        "CONVERT_SECRET_KEY",
        "CONVERT_API_KEY_ID",
        "CONVERT_API_KEY_SECRET",
    ):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigurationError) as info:
        make()
    _assert_clean("".join(traceback.format_exception(info.value)), creds, "a configuration error")


def test_a_refused_header_value_is_not_echoed(
    growthbook: GrowthBookClient, creds: DemoCredentials
) -> None:
    try:
        growthbook.with_options(headers={"Authorization": f"Bearer {WRONG}".encode()})
    except InvalidArgumentError as exc:
        _assert_clean(str(exc), creds, "an argument error")
