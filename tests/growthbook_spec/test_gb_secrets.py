"""The API key never shows: not in reprs, not in logs (DEBUG), not in error text."""

from __future__ import annotations

import logging
import socket
import traceback
from typing import Any

import experiment_clients
import pytest
from experiment_clients import GrowthBookClient
from gb_samples import FEATURE
from growthbook_api_client.api.features import get_feature

API_KEY = "secret_test123"


def _error_text(error: BaseException) -> str:
    """Everything a log line or a traceback of this error could show."""
    parts = [str(error), repr(error), *traceback.format_exception(error)]
    parts += [repr(vars(error))]
    return "\n".join(parts)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_key_not_in_repr_of_the_facade(gb: Any) -> None:
    assert API_KEY not in repr(gb)
    assert API_KEY not in str(gb)
    assert API_KEY not in repr(gb._auth)
    assert "***" in repr(gb._auth)


def test_key_not_in_repr_of_the_generated_client(gb: Any) -> None:
    # The generated Client's attrs repr lists its headers; ours are empty because the key is
    # applied by the facade's httpx.Auth, never stored on the generated client.
    text = repr(gb.raw)
    assert API_KEY not in text
    assert "_headers={}" in text
    assert API_KEY not in repr(gb.raw.get_httpx_client().headers)


def test_key_not_in_debug_logs(server: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore
    with GrowthBookClient(
        api_key=API_KEY, base_url=server.base_url, rate_limit=None, max_retries=1
    ) as client:
        server.reply(200, {"feature": FEATURE})
        client.call(get_feature, "new_checkout_flow")
        server.reply(200, {"feature": FEATURE})
        get_feature.sync_detailed("new_checkout_flow", client=client.raw)
        # A retried 503 (logged by the retry loop) and a final 401.
        server.reply(503, {"message": "busy"}, headers={"Retry-After": "0"})
        server.reply(401, {"message": "Invalid API key"})
        with pytest.raises(experiment_clients.AuthenticationError):
            client.call(get_feature, "new_checkout_flow")

    assert len(server.requests) == 4
    messages = [record.getMessage() for record in caplog.records]
    assert any("get_feature" in message for message in messages)  # the facade did log the calls
    assert any("retrying" in message for message in messages)
    assert not [m for m in messages if API_KEY in m]
    assert API_KEY not in caplog.text


def test_key_not_in_status_error_text(server: Any) -> None:
    with GrowthBookClient(
        api_key=API_KEY, base_url=server.base_url, rate_limit=None, max_retries=0
    ) as client:
        server.reply(
            403,
            {"message": "Forbidden"},
            headers={"WWW-Authenticate": "Bearer", "Set-Cookie": "session=abc"},
        )
        with pytest.raises(experiment_clients.PermissionDeniedError) as caught:
            client.call(get_feature, "new_checkout_flow")
    error = caught.value
    assert API_KEY not in _error_text(error)
    assert "set-cookie" not in {k.lower() for k in error.headers}


def test_key_not_in_connection_error_text() -> None:
    port = _free_port()  # nothing listens there
    with (
        GrowthBookClient(
            api_key=API_KEY,
            base_url=f"http://127.0.0.1:{port}/api/v1",
            rate_limit=None,
            max_retries=0,
        ) as client,
        pytest.raises(experiment_clients.APIConnectionError) as caught,
    ):
        client.call(get_feature, "new_checkout_flow")
    assert API_KEY not in _error_text(caught.value)


def test_key_not_in_configuration_error_text() -> None:
    with pytest.raises(experiment_clients.ConfigurationError) as caught:
        GrowthBookClient(api_key=API_KEY, base_url=None, auth_scheme="digest")
    assert API_KEY not in _error_text(caught.value)
