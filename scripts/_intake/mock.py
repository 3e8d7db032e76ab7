"""scripts/check-against-mock SERVICE: every operation of specs/SERVICE.yaml through the facade,
against Prism serving that spec on 127.0.0.1.

    scripts/check-against-mock growthbook

Prism (``@stoplight/prism-cli``, pinned in package.json) answers each request with the spec's
examples after validating it (parameters, body, security). Each operation is called with the
facade's generic ``call()``, its arguments built from the spec (required parameters and a request
body of the required fields, from examples, defaults, enums, formats and types); each list
operation (GrowthBook ``limit``/``offset``, Convert ``page``/``results_per_page``) is then paged
with ``paginate()`` for two pages (Prism's static examples say "more" forever). A table of
outcomes is printed; exit 1 below 100%, 2 when Prism cannot start.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import inspect
import io
import json
import socket
import subprocess
import sys
import tempfile
import time
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import httpx
from _contract import openapi
from _regen import ROOT, SERVICES

from . import take
from .walk import Document, operations, resolve

PRISM = ROOT / "node_modules" / ".bin" / "prism"
PAGES = 2


@dataclass
class Outcome:
    operation: str
    call: str
    paging: str = ""

    @property
    def ok(self) -> bool:
        return self.call == "ok" and (self.paging == "" or self.paging.startswith("ok"))


# ----------------------------------------------------------------------------- sample values


def sample(schema: Any, doc: Document, depth: int = 0) -> Any:
    """A small value the schema accepts: example, default, const, first enum value, else by type
    (objects with their required properties only)."""
    if not isinstance(schema, dict) or depth > 12:
        return None
    if isinstance(schema.get("$ref"), str):
        return sample(resolve(doc, schema["$ref"]), doc, depth + 1)
    for key in ("const", "example", "default"):
        if key in schema:
            return schema[key]
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
    if isinstance(schema.get("allOf"), list):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(part, doc, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for word in ("oneOf", "anyOf"):
        branches = [b for b in schema.get(word) or [] if b != {"type": "null"}]
        if branches:
            return sample(branches[0], doc, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        return {
            name: sample(props.get(name, {}), doc, depth + 1)
            for name in schema.get("required") or []
        }
    if kind == "array":
        count = int(schema.get("minItems") or 0)
        return [sample(schema.get("items", {}), doc, depth + 1) for _ in range(count)]
    if kind in ("integer", "number"):
        low = schema.get("minimum", 1)
        return max(int(low), 1) if kind == "integer" else float(low)
    if kind == "boolean":
        return True
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "binary" or schema.get("contentMediaType") == "application/octet-stream":
            return b"probe"
        if "http" in str(schema.get("pattern", "")):
            return "https://example.com/"
        if fmt == "date-time":
            return "2026-01-02T03:04:05Z"
        if fmt == "date":
            return "2026-01-02"
        if fmt == "email":
            return "probe@example.com"
        if fmt in ("uri", "url"):
            return "https://example.com/"
        return "a" * int(schema.get("minLength") or 1)
    return None


def _convert(value: Any, hint: Any) -> Any:
    """A JSON value as the generated function wants it (enum member, attrs model)."""
    options = typing.get_args(hint) or (hint,)
    for option in options:
        if isinstance(option, type) and option.__name__ == "File" and isinstance(value, bytes):
            return option(payload=io.BytesIO(value), file_name="probe.txt")
        if isinstance(option, type) and issubclass(option, Enum):
            return option(value)
        if isinstance(option, type) and hasattr(option, "from_dict") and isinstance(value, dict):
            # A multipart model's binary fields want the generated package's File.
            fields = typing.get_type_hints(option)
            return option.from_dict(
                {
                    key: _convert(item, fields.get(_python_name(key)))
                    if isinstance(item, bytes)
                    else item
                    for key, item in value.items()
                }
            )
    if isinstance(value, list):
        inner = next((typing.get_args(o)[0] for o in options if typing.get_args(o)), None)
        return [_convert(v, inner) for v in value] if inner is not None else value
    return value


def _python_name(name: str) -> str:
    from openapi_python_client.strings import snake_case

    return snake_case(name)


def arguments(doc: Document, path: str, op: dict[str, Any], function: Any) -> dict[str, Any]:
    """Required arguments of ``function`` (a generated ``sync_detailed``), from the spec."""
    item = (doc.get("paths") or {}).get(path) or {}
    params = {}
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = resolve(doc, raw["$ref"]) if "$ref" in raw else raw
        params[_python_name(str(param["name"]))] = param
    hints = typing.get_type_hints(function)
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        # Required arguments, and the request body whenever the spec documents one.
        optional = parameter.default is not inspect.Parameter.empty
        if name == "client" or (optional and not (name == "body" and op.get("requestBody"))):
            continue
        if name == "body":
            content = ((op.get("requestBody") or {}).get("content")) or {}
            media: dict[str, Any] = content.get("application/json") or next(
                iter(content.values()), {}
            )
            value = sample(media.get("schema", {}), doc)
        else:
            spec_param = params.get(name) or params.get(name.rstrip("_")) or {}
            value = sample(spec_param.get("schema", {}), doc)
        kwargs[name] = _convert(value, hints.get(name))
    return kwargs


# ----------------------------------------------------------------------------- Prism


def _write_json(path: Path, doc: Document) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def prism(spec: Path, timeout: float = 90) -> Iterator[str]:
    """Serve ``spec`` with Prism on 127.0.0.1; yield its base URL."""
    if not PRISM.exists():
        raise RuntimeError(
            f"{PRISM} is missing: run `npm ci --ignore-scripts` at the repository root"
        )
    port = _free_port()
    proc = subprocess.Popen(
        [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(
                    f"Prism exited: {(proc.stderr.read() if proc.stderr else '')[-2000:]}"
                )
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
                break
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"Prism did not listen on 127.0.0.1:{port} within {timeout:.0f}s"
                )
            time.sleep(0.3)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


# ----------------------------------------------------------------------------- the check


def _cookie_sessions(doc: Document) -> dict[str, str]:
    """Cookies the spec's cookie security schemes name (Convert's web-app session)."""
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    return {
        str(s["name"]): "mock-session"
        for s in schemes.values()
        if isinstance(s, dict) and s.get("type") == "apiKey" and s.get("in") == "cookie"
    }


class AdvancingOffsets(httpx.BaseTransport):
    """Prism's answers with GrowthBook's paging fields made to advance as a server's would.

    Prism answers every page with the same static values (``offset`` 0, ``hasMore`` true,
    ``nextOffset`` 0), which the facade's pager rightly refuses as a loop. A JSON object
    answer to a request carrying ``limit`` and ``offset`` gets ``offset`` from the request and
    ``nextOffset`` past it, so paginate() really walks pages and sends each page's offset.
    """

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        params = request.url.params
        if "offset" not in params or "limit" not in params:
            return response
        content = response.read()
        try:
            body = json.loads(content)
            offset, limit = int(params["offset"]), int(params["limit"])
        except ValueError:
            return response
        if not isinstance(body, dict) or "nextOffset" not in body:
            return response
        body["offset"] = offset
        body["nextOffset"] = offset + max(limit, 1) if body.get("hasMore") else None
        headers = [(k, v) for k, v in response.headers.items() if k.lower() != "content-length"]
        return httpx.Response(response.status_code, headers=headers, json=body)

    def close(self) -> None:
        self._inner.close()


def _client(service: str, url: str, doc: Document) -> Any:
    from experiment_clients import ConvertClient, GrowthBookClient

    cookies = _cookie_sessions(doc)

    def for_prism(request: Any) -> None:
        # An operation secured by a cookie session (which the facade does not configure) still
        # gets a cookie, so Prism's security check lets the call through; and JSON is asked for,
        # since Prism cannot serialize a vendor media type listed first (`download/json`).
        if cookies and "cookie" not in request.headers:
            request.headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        if "accept" not in request.headers or request.headers["accept"] == "*/*":
            request.headers["Accept"] = "application/json"

    if service == "growthbook":
        return GrowthBookClient(
            api_key="secret_mock_check",
            base_url=url,
            rate_limit=None,
            transport=AdvancingOffsets(httpx.HTTPTransport()),
            event_hooks={"request": [for_prism]},
        )
    return ConvertClient(
        key_id="mock-key",
        key_secret="mock-secret",  # noqa: S106 - Prism checks presence, not value
        base_url=url,
        max_retries=0,
        event_hooks={"request": [for_prism]},
    )


def _module_for(package: str, op_id: str, root: Path) -> Any:
    name = _python_name(op_id)
    found = sorted((root / "generated" / package / "api").rglob(f"{name}.py"))
    if not found:
        raise LookupError(f"no generated module {name}.py for {op_id}")
    relative = found[0].relative_to(root / "generated").with_suffix("")
    return importlib.import_module(".".join(relative.parts))


def _pages(client: Any, module: Any, kwargs: dict[str, Any]) -> str | None:
    """Page a list operation; None when the operation does not page."""
    names = inspect.signature(module.sync_detailed).parameters
    offset_list = "limit" in names and "offset" in names
    body = kwargs.get("body")
    page_body = body is not None and hasattr(body, "page") and hasattr(body, "results_per_page")
    if not (offset_list or page_body):
        return None
    rest = {k: v for k, v in kwargs.items() if k not in ("limit", "offset")}
    pager = client.paginate(module, max_pages=PAGES, **rest)
    pages = sum(1 for _ in pager.iter_pages()) if hasattr(pager, "iter_pages") else None
    if pages is None:
        items = sum(1 for _ in pager)
        return f"ok ({items} items)"
    return f"ok ({pages} pages)"


def served_at_server_path(doc: Document) -> Document:
    """``doc`` with each path under its first server's path (``/api/v1/features``), no servers.

    Prism routes a request by the operation path alone, while the facade sends to the server
    path plus the operation path (the base URL's rule in ``experiment_clients._urls``). Serving
    the full paths lets the facade be given Prism's bare origin, as it would a real host, so the
    check also covers how the facade composes its URLs from the spec.
    """
    base = openapi.server_path(doc)
    paths = take.as_dict(doc.get("paths"))
    served = {key: value for key, value in doc.items() if key != "servers"}
    served["paths"] = {f"{base}{path}": item for path, item in paths.items()}
    return served


def check(service: str, root: Path = ROOT) -> list[Outcome]:
    spec = root / "specs" / f"{service}.yaml"
    doc = take.as_dict(take.read(spec))
    package = SERVICES[service]
    outcomes = []
    with (
        tempfile.TemporaryDirectory(prefix="check-against-mock-") as tmp,
        prism(
            _write_json(Path(tmp) / spec.with_suffix(".json").name, served_at_server_path(doc))
        ) as url,
        _client(service, url, doc) as client,
    ):
        for path, method, op in operations(doc):
            op_id = str(op.get("operationId") or f"{method.upper()} {path}")
            outcome = Outcome(op_id, "")
            try:
                module = _module_for(package, op_id, root)
                kwargs = arguments(doc, path, op, module.sync_detailed)
                client.call(module, **kwargs)
                outcome.call = "ok"
                outcome.paging = _pages(client, module, kwargs) or ""
            except Exception as exc:  # every failure is an outcome in the table
                text = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
                if outcome.call == "ok":
                    outcome.paging = text[:160]
                else:
                    outcome.call = text[:160]
            outcomes.append(outcome)
    return outcomes


def table(service: str, outcomes: list[Outcome]) -> str:
    ok = sum(o.ok for o in outcomes)
    lists = [o for o in outcomes if o.paging]
    lines = [
        f"## check-against-mock: {service} ({len(outcomes)} operations, {len(lists)} lists)",
        "",
        "| operation | call() | paginate() |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {o.operation} | {o.call} | {o.paging or '-'} |" for o in outcomes]
    pct = 100.0 * ok / len(outcomes) if outcomes else 0.0
    lines += ["", f"{ok}/{len(outcomes)} operations passed ({pct:.0f}%)"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/check-against-mock",
        description=(__doc__ or "").splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("service", choices=sorted(SERVICES))
    args = parser.parse_args(argv)
    sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "facade")]
    try:
        outcomes = check(args.service)
    except RuntimeError as exc:
        print(f"check-against-mock: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(table(args.service, outcomes))
    return 0 if outcomes and all(o.ok for o in outcomes) else 1
