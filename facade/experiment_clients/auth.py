"""Authentication for both services, each scheme one ``httpx.Auth``.

The auth flow is the one place a request gets its credentials, so a retried
request is signed afresh, and a request built by hand on the client's
``httpx.Client`` is signed like any other. Secrets live in private attributes
and never reach ``repr``, logs or exception text. Credentials only go to the
client's own origin: :func:`strip_foreign_credentials` runs on every request
(redirects included) and removes them for any other host.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from binascii import hexlify
from collections.abc import AsyncGenerator, Callable, Generator

import httpx

from ._checks import whole_number
from ._errors import ConfigurationError

__all__ = [
    "CREDENTIAL_HEADERS",
    "ConvertHmacAuth",
    "ConvertSecretKeyAuth",
    "CredentialAuth",
    "GrowthBookAuth",
    "convert_signature",
    "strip_foreign_credentials",
]

#: Request extension recording the URL a signature covers (httpx copies it onto redirects).
SIGNED_URL = "experiment_clients.signed_url"

# The ``httpx.URL`` signed: while the request still holds that very object it has not moved.
_SIGNED_URL_OBJECT = "experiment_clients.signed_url_object"

#: Headers that carry credentials; removed from any request leaving the configured origin.
CREDENTIAL_HEADERS = ("authorization", "convert-application-id", "expires", "cookie")


def _require_text(value: object, name: str, env: str) -> str:
    # The messages never quote the value: it is a credential.
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"{name} must be a non-empty string; pass {name}=... or set {env}")
    if value != value.strip() or "\n" in value:
        raise ConfigurationError(f"{name} has surrounding whitespace or a newline; remove it")
    if not value.isascii() or not value.isprintable():
        raise ConfigurationError(
            f"{name} holds a control or non-ASCII character (NUL, CR, tab, ...), which no "
            f"credential contains; check the value passed or in {env}"
        )
    return value


def _signed_prefix(application_id: str, expires: int, url: str) -> bytes:
    """What Convert signs before the body bytes."""
    return f"{application_id}\n{expires}\n{url}\n".encode()


def convert_signature(
    secret_key: str, application_id: str, expires: int, url: str, body: bytes
) -> str:
    """Hex HMAC-SHA256 of ``application_id \\n expires \\n url \\n body``, keyed by the secret.

    This is Convert's request-signing string; ``url`` is the full URL as sent
    and ``body`` the exact bytes sent (empty for none).
    """
    message = _signed_prefix(application_id, expires, url) + body
    return hmac.new(secret_key.encode(), message, hashlib.sha256).hexdigest()


#: The headers a Convert signature sets, as httpx keeps them: (name, lowercased name).
_APPLICATION = (b"Convert-Application-ID", b"convert-application-id")
_EXPIRES = (b"Expires", b"expires")
_AUTHORIZATION = (b"Authorization", b"authorization")
_SIGNATURE_HEADERS = frozenset({_APPLICATION[1], _EXPIRES[1], _AUTHORIZATION[1]})


def _set_signature_headers(headers: httpx.Headers, items: list[tuple[bytes, bytes, bytes]]) -> None:
    """Set the three signature headers (name, lowercased name, value), replacing earlier ones.

    Each ``headers[name] = value`` encodes both and scans every header: three of
    them cost as much as the HMAC itself. This edits httpx's list of
    ``(name, lowercased name, value)`` (``Headers._list``, an internal, the same in
    every httpx this package allows) in one pass; it falls back to the public writes
    if that list is ever gone.
    """
    raw = getattr(headers, "_list", None)
    if not isinstance(raw, list):  # pragma: no cover - another httpx layout
        for name, _, value in items:
            headers[name.decode()] = value.decode()
        return
    raw[:] = [header for header in raw if header[1] not in _SIGNATURE_HEADERS]
    raw += items


class CredentialAuth(httpx.Auth):
    """Base of our schemes: each decides what a same-origin redirect needs.

    httpx runs ``auth_flow`` once per call, not for the redirects it follows,
    so the client asks the auth for every redirected request (credentials for
    other origins are removed before, by :func:`strip_foreign_credentials`).
    """

    def apply(self, request: httpx.Request) -> None:
        """Put the credentials on ``request``."""
        raise NotImplementedError

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.apply(request)
        yield request

    # httpx's own sync/async flows wrap ``auth_flow`` in a second generator that waits for
    # the response; ours send once and never look at the response: one step, no wrapper.
    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        return self.auth_flow(request)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self.requires_request_body:
            await request.aread()  # a streamed body, read before ``apply`` signs its bytes
        self.apply(request)
        yield request

    def on_redirect(self, request: httpx.Request) -> bool:
        """Make ``request`` (a redirect to our own origin) carry valid credentials; True if changed.

        Header credentials stay valid on another path of the same origin, so
        by default nothing is needed.
        """
        return False


class ConvertHmacAuth(CredentialAuth):
    """Convert request signing: ``Convert-Application-ID``, ``Expires`` and an HMAC ``Authorization``.

    ``expires_in`` is how many seconds the signature stays valid; keep it short,
    and raise it only if requests take long to reach the service. ``clock``
    returns the current UNIX time (injectable for tests).
    """

    requires_request_body = True  # the body bytes are part of the signature

    def __init__(
        self,
        application_id: str,
        secret_key: str,
        expires_in: int = 60,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.application_id = _require_text(
            application_id, "application_id", "CONVERT_APPLICATION_ID"
        )
        self._secret_key = _require_text(secret_key, "secret_key", "CONVERT_SECRET_KEY")
        self.expires_in = whole_number(
            expires_in, "expires_in", minimum=1, error=ConfigurationError, hint=" of seconds"
        )
        self._clock = clock
        # The key schedule, done once: each request copies it (a fresh HMAC re-derives it).
        self._keyed = hmac.new(self._secret_key.encode(), digestmod=hashlib.sha256)
        self._application_header = (*_APPLICATION, self.application_id.encode())

    def sign(self, request: httpx.Request) -> None:
        """Sign ``request`` as it stands now (its URL and body bytes), with a fresh ``Expires``."""
        url = str(request.url)
        expires = int(self._clock()) + self.expires_in
        mac = self._keyed.copy()
        mac.update(_signed_prefix(self.application_id, expires, url))
        mac.update(request.read())  # the body, not copied onto the prefix
        _set_signature_headers(
            request.headers,
            [
                self._application_header,
                (*_EXPIRES, b"%d" % expires),
                (*_AUTHORIZATION, b"Convert-HMAC-SHA256 Signature=" + hexlify(mac.digest())),
            ],
        )
        request.extensions[SIGNED_URL] = url
        request.extensions[_SIGNED_URL_OBJECT] = request.url

    apply = sign

    def on_redirect(self, request: httpx.Request) -> bool:
        """The signature covers the URL: a redirected request is signed again for its new URL."""
        return self.resign_if_moved(request)

    def resign_if_moved(self, request: httpx.Request) -> bool:
        """Sign again a request whose URL changed since it was signed (a same-host redirect)."""
        if request.extensions.get(_SIGNED_URL_OBJECT) is request.url:
            return False  # the very URL object signed: not moved (saves formatting it again)
        signed = request.extensions.get(SIGNED_URL)
        if signed is None or signed == str(request.url) or "authorization" not in request.headers:
            return False
        self.sign(request)
        return True

    def __repr__(self) -> str:
        return (
            f"ConvertHmacAuth(application_id={self.application_id!r}, secret_key='***', "
            f"expires_in={self.expires_in})"
        )


class ConvertSecretKeyAuth(CredentialAuth):
    """Convert secret key: ``Authorization: Bearer KEY_ID:KEY_SECRET``."""

    def __init__(self, key_id: str, key_secret: str) -> None:
        self.key_id = _require_text(key_id, "key_id", "CONVERT_API_KEY_ID")
        if ":" in key_id:
            raise ConfigurationError("key_id must not contain ':'; pass the id and secret apart")
        self._key_secret = _require_text(key_secret, "key_secret", "CONVERT_API_KEY_SECRET")

    def apply(self, request: httpx.Request) -> None:
        request.headers["Authorization"] = f"Bearer {self.key_id}:{self._key_secret}"

    def __repr__(self) -> str:
        return f"ConvertSecretKeyAuth(key_id={self.key_id!r}, key_secret='***')"


class GrowthBookAuth(CredentialAuth):
    """GrowthBook secret key, sent as ``Bearer KEY`` (default) or HTTP Basic with the key as user."""

    def __init__(self, api_key: str, scheme: str = "bearer") -> None:
        self._api_key = _require_text(api_key, "api_key", "GROWTHBOOK_API_KEY")
        if scheme not in ("bearer", "basic"):
            raise ConfigurationError(f"scheme must be 'bearer' or 'basic', got {scheme!r}")
        self.scheme = scheme

    def apply(self, request: httpx.Request) -> None:
        if self.scheme == "bearer":
            request.headers["Authorization"] = f"Bearer {self._api_key}"
        else:
            token = base64.b64encode(f"{self._api_key}:".encode()).decode()
            request.headers["Authorization"] = f"Basic {token}"

    def __repr__(self) -> str:
        return f"GrowthBookAuth(api_key='***', scheme={self.scheme!r})"


def strip_foreign_credentials(request: httpx.Request, origin: httpx.URL) -> bool:
    """Remove credential headers when ``request`` is not for ``origin``; True if any were removed."""
    url = request.url
    if (url.scheme, url.host, url.port) == (origin.scheme, origin.host, origin.port):
        return False
    found = [h for h in CREDENTIAL_HEADERS if h in request.headers]
    for header in found:
        del request.headers[header]
    return bool(found)
