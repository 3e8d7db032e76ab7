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
from collections.abc import Callable, Generator

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

#: Headers that carry credentials; removed from any request leaving the configured origin.
CREDENTIAL_HEADERS = ("authorization", "convert-application-id", "expires", "cookie")


def _require_text(value: object, name: str, env: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"{name} must be a non-empty string; pass {name}=... or set {env}")
    if value != value.strip() or "\n" in value:
        raise ConfigurationError(f"{name} has surrounding whitespace or a newline; remove it")
    return value


def convert_signature(
    secret_key: str, application_id: str, expires: int, url: str, body: bytes
) -> str:
    """Hex HMAC-SHA256 of ``application_id \\n expires \\n url \\n body``, keyed by the secret.

    This is Convert's request-signing string; ``url`` is the full URL as sent
    and ``body`` the exact bytes sent (empty for none).
    """
    message = f"{application_id}\n{expires}\n{url}\n".encode() + body
    return hmac.new(secret_key.encode(), message, hashlib.sha256).hexdigest()


class CredentialAuth(httpx.Auth):
    """Base of our schemes: each decides what a same-origin redirect needs.

    httpx runs ``auth_flow`` once per call, not for the redirects it follows,
    so the client asks the auth for every redirected request (credentials for
    other origins are removed before, by :func:`strip_foreign_credentials`).
    """

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

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request

    def sign(self, request: httpx.Request) -> None:
        """Sign ``request`` as it stands now (its URL and body bytes), with a fresh ``Expires``."""
        url = str(request.url)
        expires = int(self._clock()) + self.expires_in
        body = request.read()
        signature = convert_signature(self._secret_key, self.application_id, expires, url, body)
        request.headers["Convert-Application-ID"] = self.application_id
        request.headers["Expires"] = str(expires)
        request.headers["Authorization"] = f"Convert-HMAC-SHA256 Signature={signature}"
        request.extensions[SIGNED_URL] = url

    def on_redirect(self, request: httpx.Request) -> bool:
        """The signature covers the URL: a redirected request is signed again for its new URL."""
        return self.resign_if_moved(request)

    def resign_if_moved(self, request: httpx.Request) -> bool:
        """Sign again a request whose URL changed since it was signed (a same-host redirect)."""
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

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.key_id}:{self._key_secret}"
        yield request

    def __repr__(self) -> str:
        return f"ConvertSecretKeyAuth(key_id={self.key_id!r}, key_secret='***')"


class GrowthBookAuth(CredentialAuth):
    """GrowthBook secret key, sent as ``Bearer KEY`` (default) or HTTP Basic with the key as user."""

    def __init__(self, api_key: str, scheme: str = "bearer") -> None:
        self._api_key = _require_text(api_key, "api_key", "GROWTHBOOK_API_KEY")
        if scheme not in ("bearer", "basic"):
            raise ConfigurationError(f"scheme must be 'bearer' or 'basic', got {scheme!r}")
        self.scheme = scheme

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.scheme == "bearer":
            request.headers["Authorization"] = f"Bearer {self._api_key}"
        else:
            token = base64.b64encode(f"{self._api_key}:".encode()).decode()
            request.headers["Authorization"] = f"Basic {token}"
        yield request

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
