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

import email.parser
import email.policy
import functools
import os
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Operation", "SpecIndex", "ValidationProblem", "load_spec", "spec_index", "spec_path"]

#: Overrides where the specs are read from (a folder holding ``<service>.yaml``).
SPECS_DIR_ENV = "EXPERIMENT_CLIENTS_SPECS_DIR"

_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


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


@functools.cache
def load_spec(service: str) -> dict[str, Any]:
    """Parse ``<service>.yaml`` once per process (with libyaml when available)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with spec_path(service).open("rb") as fh:
        document = yaml.load(fh, Loader=loader)  # noqa: S506 - a safe loader
    if not isinstance(document, dict):
        raise ValueError(f"{service}.yaml is not an OpenAPI document")
    return document


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

    def __init__(self, service: str) -> None:
        self.service = service
        self.document = load_spec(service)
        server = str(self.document["servers"][0]["url"])
        match = re.match(r"^(https?://[^/]+)(/.*)?$", server)
        if match is None:
            raise ValueError(f"{service}.yaml: first server URL {server!r} is not absolute")
        self._host_url, self._base_path = match.group(1), (match.group(2) or "").rstrip("/")
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
            if all(values[name].isdigit() for name in op.int_params):
                return op, values
            if fallback is None:
                fallback = (op, values)
        # A non-numeric id for an integer parameter: route anyway, validation names the parameter.
        return fallback

    def path_exists(self, path: str) -> bool:
        """Whether any operation (any method) matches ``path``: tells 405 from 404."""
        return any(op.regex.match(path) for ops in self._by_method.values() for op in ops)

    # --------------------------------------------------------------- validation
    def _get_validators(self) -> tuple[Any, Any]:
        with self._lock:
            if self._validators is None:
                self._validators = _build_validators(self.document)
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
    return SpecIndex(service)


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
