"""Helpers for the sandbox tests: plain httpx over 127.0.0.1 and openapi-core, no facade."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from collections.abc import Generator
from typing import Any

import httpx
from experiment_sandbox import Sandbox
from experiment_sandbox._specs import load_spec, spec_path, validation_document

CREDENTIAL_TIMEOUT = 10.0


def gb_client(sb: Sandbox, key: str | None = None) -> httpx.Client:
    key = sb.credentials.growthbook_api_key if key is None else key
    return httpx.Client(
        base_url=sb.growthbook_url,
        headers={"Authorization": f"Bearer {key}"},
        timeout=CREDENTIAL_TIMEOUT,
    )


def cv_client(sb: Sandbox) -> httpx.Client:
    """A Convert client authenticated with the secret key (``Bearer KEY_ID:KEY_SECRET``)."""
    c = sb.credentials
    return httpx.Client(
        base_url=sb.convert_url,
        headers={"Authorization": f"Bearer {c.convert_api_key_id}:{c.convert_api_key_secret}"},
        timeout=CREDENTIAL_TIMEOUT,
    )


def project_path(sb: Sandbox, rest: str = "") -> str:
    c = sb.credentials
    return f"/accounts/{c.convert_account_id}/projects/{c.convert_project_id}{rest}"


class HmacAuth(httpx.Auth):
    """Convert request signing, written here from the reference (independent of the facade)."""

    requires_request_body = True

    def __init__(
        self, app_id: str, secret: str, expires_in: int = 60, expires: int | None = None
    ) -> None:
        self.app_id, self.secret, self.expires_in, self.expires = (
            app_id,
            secret,
            expires_in,
            expires,
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        expires = str(
            self.expires if self.expires is not None else int(time.time()) + self.expires_in
        )
        message = f"{self.app_id}\n{expires}\n{request.url}\n".encode() + request.content
        signature = hmac.new(self.secret.encode(), message, hashlib.sha256).hexdigest()
        request.headers["Convert-Application-ID"] = self.app_id
        request.headers["Expires"] = expires
        request.headers["Authorization"] = f"Convert-HMAC-SHA256 Signature={signature}"
        yield request


def hmac_client(sb: Sandbox, **kwargs: Any) -> httpx.Client:
    c = sb.credentials
    return httpx.Client(
        base_url=sb.convert_url,
        auth=HmacAuth(c.convert_application_id, c.convert_secret_key, **kwargs),
        timeout=CREDENTIAL_TIMEOUT,
    )


class SpecChecker:
    """Validates a real httpx response against the service's spec with openapi-core."""

    def __init__(self, service: str) -> None:
        from jsonschema_path import SchemaPath
        from openapi_core import Config, OpenAPI

        # As the sandbox validates it: vendor documents' closed allOf parts relaxed.
        document = validation_document(str(spec_path(service)))
        # None skips validating the document itself (openapi_core/app.py checks for it); the
        # annotation of Config does not list it.
        config = Config(spec_validator_cls=None)  # type: ignore[arg-type]
        self.api = OpenAPI(SchemaPath.from_dict(document), config=config)
        match = re.match(r"(https?://[^/]+)(.*)", document["servers"][0]["url"])
        assert match is not None
        self.host, self.base = match.group(1), match.group(2).rstrip("/")

    def check(self, template: str, method: str, response: httpx.Response) -> None:
        from openapi_core.testing import MockRequest, MockResponse

        request = MockRequest(
            self.host, method.lower(), self.base + template, path_pattern=self.base + template
        )
        mock = MockResponse(
            response.content,
            status_code=response.status_code,
            content_type=response.headers.get("content-type", "application/json").split(";")[0],
        )
        self.api.validate_response(request, mock)


_CHECKERS: dict[tuple[str, str], SpecChecker] = {}


def spec_checker(service: str) -> SpecChecker:
    key = (service, str(spec_path(service)))
    if key not in _CHECKERS:
        _CHECKERS[key] = SpecChecker(service)
    return _CHECKERS[key]


def body_of(response: httpx.Response) -> Any:
    return json.loads(response.content)


def operation(service: str, operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """(method, path template, operation object) of ``operation_id`` in the spec."""
    for template, item in load_spec(service)["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return method.upper(), template, op
    raise KeyError(operation_id)


def request_body(service: str, operation_id: str, **overrides: Any) -> Any:
    """A body valid for the operation's request schema (from the spec), with ``overrides`` applied."""
    from experiment_sandbox._sample import sample

    document = load_spec(service)
    _, _, op = operation(service, operation_id)
    content = op["requestBody"]["content"]
    schema = next(iter(content.values()))["schema"]
    body = sample(document, schema)
    if isinstance(body, dict):
        body.update(overrides)
    return body
