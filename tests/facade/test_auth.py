"""auth.py: Convert request signing, secret keys, GrowthBook keys, and keeping credentials home.

The signature vectors are golden: the hex values below were computed once with
``hmac``/``hashlib`` from the message written out next to them, and each test
recomputes them here too, never with the facade's ``convert_signature``.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import itertools
import json
import logging
import time
from urllib.parse import parse_qsl

import httpx
import pytest
from convert_api_client.api.experiences import (
    get_experience,
    get_experience_by_key,
    get_experiences_list,
)
from convert_api_client.api.goals import get_goals_list
from experiment_clients import (
    AuthenticationError,
    ConfigurationError,
    ConvertClient,
    ConvertHmacAuth,
    ConvertSecretKeyAuth,
    GrowthBookAuth,
    GrowthBookClient,
    NotFoundError,
    PermissionDeniedError,
)
from experiment_clients.auth import CREDENTIAL_HEADERS, strip_foreign_credentials
from experiment_sandbox import DemoCredentials, Fault, Sandbox
from facade_helpers import (
    entries,
    hmac_hex,
    local_server,
    make_async_convert,
    make_async_growthbook,
    make_convert,
    make_growthbook,
)
from growthbook_api_client.api.features import list_features

APP = "app-10023"
SECRET = "demo-secret-7c41"
NOW = 1_700_000_000.9  # a fixed clock; Expires = int(NOW) + 60
EXPIRES = "1700000060"
API = "https://api.convert.com/api/v2"

# (name, method, url given, params, body, the URL as sent and signed, golden hex signature)
VECTORS = [
    (
        "unicode json body",
        "POST",
        f"{API}/accounts/1/projects/2/experiences/add",
        None,
        '{"name":"café ✓ 🎉","status":"draft"}'.encode(),
        f"{API}/accounts/1/projects/2/experiences/add",
        "bd708b23f7539308ad2a761a3cbaa54e65401171bb1cb0b77d7c5b10839983d2",
    ),
    (
        "include[] array query",
        "GET",
        f"{API}/accounts/1/projects/2/experiences/3",
        [("include[]", "a"), ("include[]", "b")],
        b"",
        f"{API}/accounts/1/projects/2/experiences/3?include%5B%5D=a&include%5B%5D=b",
        "2c2d118e2079e2ef703d682d50f14d0a8207f37e7c27b99654b118a66aa8f915",
    ),
    (
        "percent-encoded unicode query",
        "GET",
        f"{API}/x",
        {"search": "café ✓ a+b&c=d"},
        b"",
        f"{API}/x?search=caf%C3%A9+%E2%9C%93+a%2Bb%26c%3Dd",
        "1d2caf58ba689998a3417624042395aa37c990b2000291ccce32c43b010ca94e",
    ),
    (
        "percent-encoded unicode path",
        "GET",
        f"{API}/accounts/1/projects/2/experiences/caf%C3%A9%20%E2%9C%93",
        None,
        b"",
        f"{API}/accounts/1/projects/2/experiences/caf%C3%A9%20%E2%9C%93",
        "0797095064806e49d10199680676976ab524a05375be85aa6cbc66140aab1538",
    ),
    (
        "empty body GET",
        "GET",
        f"{API}/accounts/1",
        None,
        b"",
        f"{API}/accounts/1",
        "ecdd346c3faa588094301a376ae3745ff9a2fb1a0ccc1c1a8b77b63f31153cca",
    ),
]


def _request(method: str, url: str, params: object, body: bytes) -> httpx.Request:
    return httpx.Request(method, url, params=params, content=body or None)  # type: ignore[arg-type]


def _signature_of(request: httpx.Request) -> str:
    prefix = "Convert-HMAC-SHA256 Signature="
    value = request.headers["Authorization"]
    assert value.startswith(prefix)
    return value[len(prefix) :]


# ------------------------------------------------------------------ golden vectors


@pytest.mark.parametrize(
    ("method", "url", "params", "body", "signed_url", "golden"),
    [v[1:] for v in VECTORS],
    ids=[v[0] for v in VECTORS],
)
def test_golden_vector_by_stepping_the_sync_flow(
    method: str, url: str, params: object, body: bytes, signed_url: str, golden: str
) -> None:
    message = APP.encode() + b"\n" + EXPIRES.encode() + b"\n" + signed_url.encode() + b"\n" + body
    assert hmac.new(SECRET.encode(), message, hashlib.sha256).hexdigest() == golden

    request = _request(method, url, params, body)
    assert str(request.url) == signed_url
    auth = ConvertHmacAuth(APP, SECRET, clock=lambda: NOW)
    flow = auth.sync_auth_flow(request)
    signed = next(flow)
    assert signed is request
    assert signed.headers["Convert-Application-ID"] == APP
    assert signed.headers["Expires"] == EXPIRES
    assert signed.headers["Authorization"] == f"Convert-HMAC-SHA256 Signature={golden}"
    with pytest.raises(StopIteration):  # one request, whatever the answer
        flow.send(httpx.Response(401, request=request))


@pytest.mark.parametrize(
    ("method", "url", "params", "body", "signed_url", "golden"),
    [v[1:] for v in VECTORS],
    ids=[v[0] for v in VECTORS],
)
def test_golden_vector_by_stepping_the_async_flow(
    method: str, url: str, params: object, body: bytes, signed_url: str, golden: str
) -> None:
    async def step() -> httpx.Request:
        flow = ConvertHmacAuth(APP, SECRET, clock=lambda: NOW).async_auth_flow(
            _request(method, url, params, body)
        )
        signed = await flow.__anext__()
        with pytest.raises(StopAsyncIteration):
            await flow.asend(httpx.Response(200))
        return signed

    signed = asyncio.run(step())
    assert signed.headers["Expires"] == EXPIRES
    assert signed.headers["Authorization"] == f"Convert-HMAC-SHA256 Signature={golden}"


def test_a_streamed_body_is_read_and_signed_whole() -> None:
    parts = [b'{"name":', '"café"'.encode(), b"}"]
    request = httpx.Request("POST", f"{API}/accounts/1", content=iter(parts))
    signed = next(ConvertHmacAuth(APP, SECRET, clock=lambda: NOW).sync_auth_flow(request))
    body = b"".join(parts)
    assert signed.content == body
    assert _signature_of(signed) == hmac_hex(SECRET, APP, EXPIRES, f"{API}/accounts/1", body)


def test_expires_is_a_whole_number_of_seconds_from_the_clock() -> None:
    request = httpx.Request("GET", f"{API}/accounts/1")
    for expires_in, expected in ((60, "1700000060"), (300, "1700000300"), (1, "1700000001")):
        auth = ConvertHmacAuth(APP, SECRET, expires_in, clock=lambda: NOW)
        assert next(auth.sync_auth_flow(request)).headers["Expires"] == expected


def test_every_run_of_the_flow_reads_the_clock_afresh() -> None:
    ticks = itertools.count(1_700_000_000, 7)
    auth = ConvertHmacAuth(APP, SECRET, clock=lambda: float(next(ticks)))
    first = next(auth.sync_auth_flow(httpx.Request("GET", f"{API}/accounts/1")))
    second = next(auth.sync_auth_flow(httpx.Request("GET", f"{API}/accounts/1")))
    assert (first.headers["Expires"], second.headers["Expires"]) == ("1700000060", "1700000067")
    assert _signature_of(first) != _signature_of(second)


@pytest.mark.parametrize("expires_in", [0, -5, 1.5, True, "60", None])
def test_expires_in_must_be_a_positive_integer(expires_in: object) -> None:
    with pytest.raises(ConfigurationError, match="expires_in"):
        ConvertHmacAuth(APP, SECRET, expires_in)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("app", "secret", "named"),
    [
        ("", SECRET, "application_id"),
        (APP, "", "secret_key"),
        (APP, f" {SECRET}", "secret_key"),
        (APP, f"{SECRET}\n", "secret_key"),
        (None, SECRET, "application_id"),
    ],
)
def test_hmac_credentials_are_checked_without_echoing_them(
    app: object, secret: object, named: str
) -> None:
    with pytest.raises(ConfigurationError, match=named) as info:
        ConvertHmacAuth(app, secret)  # type: ignore[arg-type]
    assert SECRET not in str(info.value)


def test_secret_key_auth_sends_bearer_id_colon_secret() -> None:
    request = httpx.Request("GET", f"{API}/accounts/1")
    signed = next(ConvertSecretKeyAuth("key-501", "key-secret-93").sync_auth_flow(request))
    assert signed.headers["Authorization"] == "Bearer key-501:key-secret-93"
    assert "Expires" not in signed.headers
    with pytest.raises(ConfigurationError, match="':'") as info:
        ConvertSecretKeyAuth("key:501", "key-secret-93")
    assert "key-secret-93" not in str(info.value)
    with pytest.raises(ConfigurationError, match="key_secret"):
        ConvertSecretKeyAuth("key-501", "")


def test_growthbook_auth_bearer_and_basic() -> None:
    request = httpx.Request("GET", "https://api.growthbook.io/api/v1/features")
    bearer = next(GrowthBookAuth("secret_abc").sync_auth_flow(request))
    assert bearer.headers["Authorization"] == "Bearer secret_abc"
    request = httpx.Request("GET", "https://api.growthbook.io/api/v1/features")
    basic = next(GrowthBookAuth("secret_abc", "basic").sync_auth_flow(request))
    token = base64.b64encode(b"secret_abc:").decode()
    assert basic.headers["Authorization"] == f"Basic {token}"
    with pytest.raises(ConfigurationError, match="scheme"):
        GrowthBookAuth("secret_abc", "digest")
    with pytest.raises(ConfigurationError, match="api_key"):
        GrowthBookAuth("")


# ------------------------------------------------------------------ over real HTTP


def test_the_bytes_signed_are_the_bytes_sent(sandbox: Sandbox, creds: DemoCredentials) -> None:
    """Recompute each signature from what the sandbox received and compare with what was sent."""
    sent: list[httpx.Request] = []
    with make_convert(sandbox, event_hooks={"request": [sent.append]}) as cv:
        created = cv.experiences.create(
            name="café ✓ 🎉 launch", type="a/b", status="draft", url="https://shop.example/ü"
        )
        cv.call(
            get_experience, experience_id=created.id, include=["goals", "stats"], expand=["goals"]
        )
        with pytest.raises(NotFoundError):  # routed and authenticated, then not found
            cv.call(get_experience_by_key, experience_key="café ✓ 🎉")
        cv.call(get_goals_list, body={"search": "naïve \u2013 ✓"})
        cv.call(get_experiences_list, body={})
    received = entries(sandbox)
    assert len(received) == len(sent) == 5
    assert [e.status for e in received] == [200, 200, 404, 200, 200]
    assert json.loads(received[0].body)["name"] == "café ✓ 🎉 launch"
    assert received[1].query == (
        ("include[]", "goals"),
        ("include[]", "stats"),
        ("expand[]", "goals"),
    )
    assert received[2].path.endswith("/experiences/café ✓ 🎉")
    for request, entry in zip(sent, received, strict=True):
        assert entry.body == request.content
        assert entry.path == request.url.path
        assert entry.query == tuple(
            parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)
        )
        assert entry.headers["convert-application-id"] == creds.convert_application_id
        assert entry.headers["expires"] == request.headers["Expires"]
        received_url = f"http://{entry.headers['host']}{request.url.raw_path.decode('ascii')}"
        assert received_url == str(request.url)
        expected = hmac_hex(
            creds.convert_secret_key,
            entry.headers["convert-application-id"],
            entry.headers["expires"],
            received_url,
            entry.body,
        )
        assert _signature_of(request) == expected


def test_every_retry_is_signed_afresh(sandbox: Sandbox, creds: DemoCredentials) -> None:
    ticks = itertools.count(0, 5)
    clocked = ConvertHmacAuth(
        creds.convert_application_id,
        creds.convert_secret_key,
        clock=lambda: time.time() + next(ticks),
    )
    sent: list[httpx.Request] = []
    sandbox.inject(
        Fault.server_error(status=503, times=2), service="convert", operation="getExperiencesList"
    )
    with make_convert(sandbox, event_hooks={"request": [sent.append]}) as cv:
        cv._http.auth = clocked  # the same class, with a clock that moves 5 s per signature
        cv.call(get_experiences_list, body={"search": "ü"})
    attempts = entries(sandbox, "getExperiencesList")
    assert [e.status for e in attempts] == [503, 503, 200]
    expires = [int(e.headers["expires"]) for e in attempts]
    assert expires[0] < expires[1] < expires[2]
    signatures = [_signature_of(r) for r in sent]
    assert len(set(signatures)) == 3
    for request, entry in zip(sent, attempts, strict=True):
        assert _signature_of(request) == hmac_hex(
            creds.convert_secret_key,
            creds.convert_application_id,
            entry.headers["expires"],
            str(request.url),
            entry.body,
        )


def test_expires_sent_is_now_plus_expires_in(sandbox: Sandbox) -> None:
    with make_convert(sandbox, expires_in=120) as cv:
        before = int(time.time())
        cv.call(get_experiences_list, body={})
        after = int(time.time())
    (entry,) = entries(sandbox)
    assert entry.headers["expires"].isdigit()
    assert before + 120 <= int(entry.headers["expires"]) <= after + 120


def test_a_wrong_secret_is_an_authentication_error(sandbox: Sandbox) -> None:
    with (
        make_convert(sandbox, secret_key="not-the-secret") as cv,
        pytest.raises(AuthenticationError) as info,
    ):
        cv.call(get_experiences_list, body={})
    assert info.value.status_code == 401
    assert info.value.operation == "get_experiences_list"
    assert "signature" in info.value.body["message"].lower()


def test_an_expired_signature_is_refused(sandbox: Sandbox, creds: DemoCredentials) -> None:
    past = ConvertHmacAuth(
        creds.convert_application_id, creds.convert_secret_key, clock=lambda: time.time() - 600
    )
    with make_convert(sandbox) as cv:
        cv._http.auth = past
        with pytest.raises(AuthenticationError, match="expired"):
            cv.call(get_experiences_list, body={})
    with pytest.raises(ConfigurationError, match="expires_in"):
        make_convert(sandbox, expires_in=-30)


def test_the_secret_key_is_accepted(convert_key: ConvertClient, sandbox: Sandbox) -> None:
    result = convert_key.call(get_experiences_list, body={})
    assert len(result.data) > 0
    (entry,) = entries(sandbox)
    assert entry.status == 200
    assert "expires" not in entry.headers
    with (
        make_convert(sandbox, auth="key", key_secret="wrong-secret") as wrong,
        pytest.raises(AuthenticationError),
    ):
        wrong.call(get_experiences_list, body={})


@pytest.mark.parametrize("scheme", ["bearer", "basic"])
def test_growthbook_keys_are_accepted(sandbox: Sandbox, scheme: str) -> None:
    with make_growthbook(sandbox, auth_scheme=scheme) as gb:
        assert len(gb.call(list_features).features) == 10
    with (
        make_growthbook(sandbox, auth_scheme=scheme, api_key="secret_wrong") as gb,
        pytest.raises(AuthenticationError) as info,
    ):
        gb.call(list_features)
    assert info.value.status_code == 401


def test_the_read_only_key_may_read_but_not_toggle(
    sandbox: Sandbox, creds: DemoCredentials
) -> None:
    feature_id = sandbox.growthbook.features[0]["id"]
    with make_growthbook(sandbox, api_key=creds.growthbook_readonly_key) as gb:
        assert gb.feature(feature_id).id == feature_id
        with pytest.raises(PermissionDeniedError) as info:
            gb.toggle_feature(feature_id, {"production": False})
    assert info.value.status_code == 403
    assert info.value.operation == "toggle_feature"
    assert sandbox.growthbook.features[0]["environments"]["production"]["enabled"] is True


# ------------------------------------------------------------ credentials stay home

CLIENT_KINDS = ["convert-hmac", "convert-key", "growthbook-bearer", "growthbook-basic"]


def _client(
    sandbox: Sandbox, kind: str, base_url: str | None = None
) -> ConvertClient | GrowthBookClient:
    extra = {} if base_url is None else {"base_url": base_url}
    if kind.startswith("convert"):
        return make_convert(sandbox, auth=kind.split("-")[1], **extra)
    return make_growthbook(sandbox, auth_scheme=kind.split("-")[1], **extra)


def _credential_headers(headers: dict[str, str]) -> set[str]:
    return set(CREDENTIAL_HEADERS) & set(headers)


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_a_request_to_another_host_leaves_without_credentials(
    sandbox: Sandbox, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="experiment_clients")
    with local_server() as other, _client(sandbox, kind) as client:
        client._http.get("/")  # to its own origin: credentials go
        client._http.post(other.url + "/collect", json={"x": 1})
    home = sandbox.journal[0]
    assert "authorization" in home.headers
    (arrived,) = other.received
    assert _credential_headers(arrived.headers) == set()
    assert json.loads(arrived.body) == {"x": 1}
    assert "credentials removed" in caplog.text


@pytest.mark.parametrize("kind", ["convert-hmac", "growthbook-bearer"])
def test_an_async_request_to_another_host_leaves_without_credentials(
    sandbox: Sandbox, kind: str
) -> None:
    async def run(url: str) -> None:
        make = make_async_convert if kind.startswith("convert") else make_async_growthbook
        async with make(sandbox) as client:
            await client._http.get(url)

    with local_server() as other:
        asyncio.run(run(other.url + "/x"))
    (arrived,) = other.received
    assert _credential_headers(arrived.headers) == set()


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_a_redirect_to_another_origin_drops_credentials(sandbox: Sandbox, kind: str) -> None:
    with (
        local_server() as other,
        local_server(redirect_to=other.url + "/landed") as origin,
        _client(sandbox, kind, base_url=origin.url + "/api") as client,
    ):
        response = client._http.get("/start", follow_redirects=True)
    assert response.status_code == 200
    (first,) = origin.received
    assert "authorization" in first.headers  # the client's own origin gets them
    (landed,) = other.received
    assert landed.path == "/landed"
    assert _credential_headers(landed.headers) == set()


def test_strip_foreign_credentials_compares_scheme_host_and_port() -> None:
    origin = httpx.URL("https://api.convert.com/api/v2")
    headers = {
        "Authorization": "Convert-HMAC-SHA256 Signature=ab",
        "Convert-Application-ID": APP,
        "Expires": EXPIRES,
        "Cookie": "session=1",
        "X-Other": "kept",
    }
    home = httpx.Request("GET", "https://api.convert.com/api/v2/accounts", headers=headers)
    assert strip_foreign_credentials(home, origin) is False
    assert home.headers["Authorization"]
    for url in (
        "http://api.convert.com/api/v2/accounts",  # another scheme
        "https://api.convert.com:8443/api/v2/accounts",  # another port
        "https://evil.example/api/v2/accounts",  # another host
        "https://api.convert.com.evil.example/api/v2",
    ):
        request = httpx.Request("GET", url, headers=headers)
        assert strip_foreign_credentials(request, origin) is True, url
        assert _credential_headers(dict(request.headers)) == set()
        assert request.headers["X-Other"] == "kept"
    bare = httpx.Request("GET", "https://evil.example/")
    assert strip_foreign_credentials(bare, origin) is False
