"""The two OpenAPI documents, loaded once per process, and what the sandbox derives from them.

* :func:`spec_path` finds ``<service>.yaml`` in an installed wheel
  (``experiment_sandbox/_specs/``) or in a source checkout (``specs/``).
* :class:`SpecIndex` turns the ``paths`` of a spec into a router (method and
  concrete path to operation id and path parameters) and validates requests
  with openapi-core.

Validation cost: openapi-core resolves the operation from the URL on every
call by trying every path template. The router already knows the operation,
so the request handed to openapi-core carries the matched template
(``path_pattern``) and :class:`_KnownPathFinder` memoises the lookup; the
format checker is built from a fixed dict instead of being deep-copied per
call. What remains is openapi-core's own parameter and body validation.
"""

from __future__ import annotations

import copy
import email.parser
import email.policy
import functools
import logging
import os
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "Operation",
    "SpecIndex",
    "ValidationProblem",
    "load_spec",
    "parse_id",
    "relax_closed_all_of",
    "spec_index",
    "spec_path",
    "validation_document",
]

logger = logging.getLogger("experiment_sandbox")

#: Overrides where the specs are read from (a folder holding ``<service>.yaml``).
SPECS_DIR_ENV = "EXPERIMENT_CLIENTS_SPECS_DIR"

_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
#: What the router reads as an integer id: ASCII digits (``int()`` would also take ``"²"``,
#: ``"1_0"`` or ``" 7"``), few enough to stay clear of ``int``'s digit limit.
_INTEGER = re.compile(r"-?[0-9]{1,18}")


def parse_id(text: str) -> int | None:
    """``text`` as an integer id, or ``None`` when it is not one."""
    return int(text) if _INTEGER.fullmatch(text) else None


def spec_path(service: str) -> Path:
    """Return the path of ``<service>.yaml``: the package's ``_specs`` dir first, then the source tree.

    ``$EXPERIMENT_CLIENTS_SPECS_DIR`` takes precedence when set.
    """
    name = f"{service}.yaml"
    here = Path(__file__).resolve()
    candidates: list[Path] = []
    override = os.environ.get(SPECS_DIR_ENV)
    if override:
        candidates.append(Path(override) / name)
    candidates.append(here.parent / "_specs" / name)  # installed wheel
    candidates.append(here.parents[2] / "specs" / name)  # facade/experiment_sandbox -> repo
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"OpenAPI spec {name!r} not found; looked in: {tried}")


def load_spec(service: str) -> dict[str, Any]:
    """The parsed ``<service>.yaml`` (see :func:`spec_path`), read once per file."""
    return _load_document(str(spec_path(service)))


@functools.cache
def _load_document(spec_file: str) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(spec_file, "rb") as fh:
        document = yaml.load(fh, Loader=loader)  # noqa: S506 - a safe loader
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise ValueError(f"{spec_file} is not an OpenAPI document (no paths)")
    return document


@functools.cache
def _adjusted(spec_file: str) -> tuple[dict[str, Any], tuple[str, ...]]:
    return relax_closed_all_of(_load_document(spec_file))


def validation_document(spec_file: str) -> dict[str, Any]:
    """The document at ``spec_file`` as the sandbox validates and samples it
    (closed ``allOf`` parts relaxed, see :func:`relax_closed_all_of`)."""
    return _adjusted(spec_file)[0]


def relax_closed_all_of(document: Mapping[str, Any]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """A copy of ``document`` in which no ``allOf`` part is closed on its own.

    Vendor documents compose list answers as ``allOf: [{pagination fields,
    additionalProperties: false}, {items, additionalProperties: false}]``: each
    part forbids the other's properties, so no object satisfies the whole and
    every answer would be refused. The intent is "no property outside the
    parts", which JSON Schema 2020-12 says with ``unevaluatedProperties: false``
    on the ``allOf`` schema itself: each closed part (inlined when it is a
    reference, so the component stays closed where it is used alone) loses its
    ``additionalProperties: false`` and its parent gets ``unevaluatedProperties:
    false``. OpenAPI 3.0 documents (JSON Schema draft 4 has no
    ``unevaluatedProperties``) only lose the part's keyword: extra properties
    are then accepted there. Returns the copy and a note per place changed.
    """
    out: dict[str, Any] = copy.deepcopy(dict(document))
    closed = not str(out.get("openapi", "3.1")).startswith("3.0")
    notes: list[str] = []

    def open_part(part: Any) -> tuple[Any, bool]:
        target = part
        if isinstance(part, dict) and isinstance(part.get("$ref"), str) and len(part) == 1:
            target = _resolve(out, part)
        if isinstance(target, dict) and target.get("additionalProperties") is False:
            opened = {k: v for k, v in target.items() if k != "additionalProperties"}
            return opened, True
        return part, False

    def walk(node: Any, pointer: str, depth: int) -> None:
        if depth > 64:
            return
        if isinstance(node, dict):
            parts = node.get("allOf")
            if isinstance(parts, list) and parts:
                changed = False
                if node.get("additionalProperties") is False:
                    # Closed on its own properties only, so the parts' are refused too.
                    del node["additionalProperties"]
                    changed = True
                if len(parts) > 1 or changed:
                    for i, part in enumerate(parts):
                        parts[i], opened = open_part(part)
                        changed = changed or opened
                if changed:
                    if closed:
                        node.setdefault("unevaluatedProperties", False)
                    notes.append(
                        f"{pointer}: allOf with additionalProperties: false "
                        + ("closed by unevaluatedProperties: false" if closed else "opened")
                    )
            for key, value in node.items():
                escaped = str(key).replace("~", "~0").replace("/", "~1")
                walk(value, f"{pointer}/{escaped}", depth + 1)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{pointer}/{i}", depth + 1)

    walk(out, "#", 0)
    return out, tuple(notes)


@dataclass(frozen=True)
class Operation:
    """One operation of a spec, as the router sees it."""

    service: str
    operation_id: str
    method: str  # upper case
    template: str  # relative to the server URL, e.g. "/features/{id}"
    regex: re.Pattern[str]
    params: tuple[str, ...]  # path parameter names, in order
    int_params: frozenset[str]  # path parameters the spec types as integer
    literal_segments: int
    query_params: frozenset[str] = frozenset()  # names of the declared query parameters
    public: bool = False  # the operation's security is [] (no credentials needed)


@dataclass(frozen=True)
class ValidationProblem:
    """One thing wrong with a request: where (``query``, ``path``, ``body``...), which names, why."""

    location: str
    names: tuple[str, ...]
    message: str


def _compile(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    names: list[str] = []
    parts: list[str] = []
    for piece in re.split(r"(\{[^}]+\})", template):
        if piece.startswith("{") and piece.endswith("}"):
            names.append(piece[1:-1])
            parts.append(f"(?P<p{len(names) - 1}>[^/]+)")
        else:
            parts.append(re.escape(piece))
    return re.compile("^" + "".join(parts) + "$"), tuple(names)


def _resolve(document: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


@dataclass
class _Request:
    """The request shape openapi-core reads (its ``Request`` and ``SupportsPathPattern`` protocols)."""

    host_url: str
    path: str
    path_pattern: str
    method: str
    body: bytes | None
    content_type: str
    parameters: Any = field(default=None)


class SpecIndex:
    """Router and request validator for one service's spec."""

    def __init__(self, service: str, spec_file: str | None = None) -> None:
        self.service = service
        self.spec_file = spec_file or str(spec_path(service))
        self.document = _load_document(self.spec_file)
        #: What the sandbox changed to validate the document (see :func:`relax_closed_all_of`).
        self.adjustments = _adjusted(self.spec_file)[1]
        for note in self.adjustments:
            logger.info("%s: %s", Path(self.spec_file).name, note)
        servers = self.document.get("servers") or [{"url": "/"}]
        server = str(servers[0].get("url", "/"))
        for name, variable in (servers[0].get("variables") or {}).items():
            server = server.replace("{" + name + "}", str(variable.get("default", "")))
        match = re.match(r"^([a-z][a-z0-9+.-]*://[^/]+)?(/.*)?$", server, re.IGNORECASE)
        if match is None:
            raise ValueError(f"{service}.yaml: cannot read the first server URL {server!r}")
        #: The server URL's path (``/api/v1``): the sandbox serves the paths under it.
        self.base_path = (match.group(2) or "").rstrip("/")
        # openapi-core matches requests against the spec's servers: speak as the first one.
        self._host_url = match.group(1) or "http://localhost"
        self._base_path = self.base_path
        self.operations: dict[str, Operation] = {}
        self._by_method: dict[str, list[Operation]] = {}
        for template, item in self.document["paths"].items():
            path_params = list(item.get("parameters", []))
            for method in _HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict) or "operationId" not in op:
                    continue
                regex, names = _compile(template)
                int_params: set[str] = set()
                query_params: set[str] = set()
                for param in [*path_params, *op.get("parameters", [])]:
                    param = _resolve(self.document, param)
                    schema = _resolve(self.document, param.get("schema", {}))
                    if param.get("in") == "path" and schema.get("type") == "integer":
                        int_params.add(str(param["name"]))
                    if param.get("in") == "query":
                        query_params.add(str(param["name"]))
                operation = Operation(
                    service=service,
                    operation_id=str(op["operationId"]),
                    method=method.upper(),
                    template=template,
                    regex=regex,
                    params=names,
                    int_params=frozenset(int_params),
                    literal_segments=sum(1 for s in template.split("/") if s and "{" not in s),
                    query_params=frozenset(query_params),
                    public=op.get("security") == [],
                )
                self.operations[operation.operation_id] = operation
                self._by_method.setdefault(operation.method, []).append(operation)
        for ops in self._by_method.values():
            # Literal segments beat parameters (".../experiences/add" before ".../{experience_id}");
            # among identical templates, integer-typed parameters are tried first.
            ops.sort(key=lambda o: (-o.literal_segments, -len(o.int_params)))
        self._validators: tuple[Any, Any] | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ routing
    def route(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """Return the operation for ``method path`` (path relative to the base URL) and its path params.

        When two templates are the same but for the parameter's type (Convert's
        get-by-id and get-by-key), a segment of all digits is an id and anything
        else a key.
        """
        fallback: tuple[Operation, dict[str, str]] | None = None
        for op in self._by_method.get(method.upper(), ()):
            match = op.regex.match(path)
            if match is None:
                continue
            values = {name: match.group(f"p{i}") for i, name in enumerate(op.params)}
            if all(_INTEGER.fullmatch(values[name]) for name in op.int_params):
                return op, values
            if fallback is None:
                fallback = (op, values)
        # A non-numeric id for an integer parameter: route anyway, validation names the parameter.
        return fallback

    def allowed_methods(self, path: str) -> list[str]:
        """The methods some operation serves at ``path`` (empty: no such path): 405 or 404."""
        return sorted(
            method
            for method, ops in self._by_method.items()
            if any(op.regex.match(path) for op in ops)
        )

    # --------------------------------------------------------------- validation
    def _get_validators(self) -> tuple[Any, Any]:
        with self._lock:
            if self._validators is None:
                self._validators = _build_validators(validation_document(self.spec_file))
            return self._validators

    def warm(self) -> None:
        """Build the openapi-core validators now rather than on the first request."""
        self._get_validators()

    def validate_request(
        self,
        op: Operation,
        path_params: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        headers: Iterable[tuple[str, str]],
        body: bytes,
        content_type: str,
    ) -> list[ValidationProblem]:
        """Validate parameters and body against the operation; return the problems found."""
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        params_validator, body_validator = self._get_validators()
        pattern = self._base_path + op.template
        request = _Request(
            host_url=self._host_url,
            path=pattern,
            path_pattern=pattern,
            method=op.method.lower(),
            body=body or None,
            content_type=content_type,
            parameters=RequestParameters(
                query=ImmutableMultiDict(list(query)),
                header=Headers(list(headers)),
                path=dict(path_params),
            ),
        )
        problems: list[ValidationProblem] = []
        try:
            for error in params_validator.iter_errors(request):
                problems.append(_parameter_problem(error))
            request_body = self.document["paths"][op.template][op.method.lower()].get("requestBody")
            if request_body is not None and content_type.startswith("multipart/form-data"):
                problems.extend(self._multipart_problems(request_body, body, content_type))
            elif request_body is not None and (body or request_body.get("required", False)):
                # An optional body may be left out entirely; openapi-core would call that missing.
                for error in body_validator.iter_errors(request):
                    problems.extend(_body_problems(error))
        except Exception as exc:  # a request openapi-core cannot even parse is invalid, not a 500
            problems.append(ValidationProblem("body", ("body",), f"unreadable request: {exc}"))
        return problems

    def _multipart_problems(
        self, request_body: Mapping[str, Any], body: bytes, content_type: str
    ) -> list[ValidationProblem]:
        """Uploads: only the required parts are checked.

        openapi-core 0.23 decodes a part whose ``encoding.contentType`` is JSON
        into an object and hands binary parts on as bytes, so a ``type: string,
        format: binary`` part never validates under OAS 3.1; the sandbox checks
        the presence of the required parts instead.
        """
        media = request_body.get("content", {}).get("multipart/form-data", {})
        schema = _resolve(self.document, media.get("schema", {}))
        boundary = content_type.partition("boundary=")[2].strip('"')
        fields = _multipart_loads(body, boundary=boundary)
        return [
            ValidationProblem("body", (name,), f"{name}: required part missing")
            for name in schema.get("required", ())
            if name not in fields
        ]


@functools.cache
def _spec_index_cached(service: str, spec_file: str) -> SpecIndex:
    return SpecIndex(service, spec_file)


def spec_index(service: str) -> SpecIndex:
    """The process-wide :class:`SpecIndex` of ``service`` (rebuilt if the spec file moved)."""
    return _spec_index_cached(service, str(spec_path(service)))


def preload() -> None:
    """Import the validation stack once, in the calling thread.

    The validators are built in worker threads; two threads importing
    openapi-core for the first time at once can deadlock on its module locks.
    """
    import jsonschema  # type: ignore[import-untyped,unused-ignore]  # noqa: F401
    import jsonschema_path  # noqa: F401
    import openapi_core.datatypes
    import openapi_core.templating.paths.finders
    import openapi_core.validation.request  # noqa: F401
    import werkzeug.datastructures  # noqa: F401


def _build_validators(document: dict[str, Any]) -> tuple[Any, Any]:
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped,unused-ignore]
    from jsonschema_path import SchemaPath
    from openapi_core.templating.paths.finders import APICallPathFinder
    from openapi_core.validation.request import (
        V31RequestBodyValidator,
        V31RequestParametersValidator,
    )

    class _KnownPathFinder(APICallPathFinder):
        """openapi-core's path finder, memoised: our requests name their template exactly."""

        _memo: dict[tuple[str, str], Any]

        def find(self, method: str, name: str) -> Any:
            key = (method, name)
            memo = self.__dict__.setdefault("_memo", {})
            hit = memo.get(key)
            if hit is None:
                hit = memo[key] = super().find(method, name)
            return hit

    spec = SchemaPath.from_dict(document)
    formats = {
        name: check
        for name, (check, _raises) in Draft202012Validator.FORMAT_CHECKER.checkers.items()
    }
    options: dict[str, Any] = {"path_finder_cls": _KnownPathFinder, "format_validators": formats}
    return V31RequestParametersValidator(spec, **options), V31RequestBodyValidator(spec, **options)


def _multipart_loads(value: bytes, **parameters: str) -> dict[str, str]:
    """multipart/form-data as a dict of strings (file parts as latin-1 text)."""
    boundary = parameters.get("boundary", "")
    head = f"Content-Type: multipart/form-data; boundary={boundary}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + value)
    fields: dict[str, str] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        raw = payload if isinstance(payload, bytes) else b""
        fields[str(name)] = (
            raw.decode("latin-1") if part.get_filename() else raw.decode("utf-8", "replace")
        )
    return fields


def _parameter_problem(error: Exception) -> ValidationProblem:
    name = str(getattr(error, "name", "") or "")
    location = str(getattr(error, "location", "") or "parameter")
    cause = error.__cause__
    detail = str(cause) if cause is not None else str(error)
    schema_errors = getattr(cause, "schema_errors", None)
    if schema_errors:
        detail = "; ".join(str(getattr(e, "message", e)) for e in schema_errors)
    return ValidationProblem(
        location, (name,) if name else (), f"{name}: {detail}" if name else detail
    )


def _body_problems(error: Exception) -> list[ValidationProblem]:
    cause = error.__cause__
    schema_errors = getattr(cause, "schema_errors", None)
    if not schema_errors:
        text = str(cause) if cause is not None else str(error)
        return [ValidationProblem("body", ("body",), f"request body: {text}")]
    problems = []
    for schema_error in schema_errors:
        path = [str(p) for p in getattr(schema_error, "absolute_path", ())]
        message = str(getattr(schema_error, "message", schema_error))
        if getattr(schema_error, "validator", None) == "required" and isinstance(
            schema_error.instance, dict
        ):
            missing = [n for n in schema_error.validator_value if n not in schema_error.instance]
            names = tuple(".".join([*path, n]) for n in missing)
            problems.append(ValidationProblem("body", names, f"{', '.join(names)}: {message}"))
            continue
        field_name = ".".join(path) if path else "body"
        problems.append(ValidationProblem("body", (field_name,), f"{field_name}: {message}"))
    return problems
