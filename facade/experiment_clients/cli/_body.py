"""Request bodies from the command line: ``--json`` (text, ``@file`` or ``-`` for stdin) and
``--field key=value`` for top-level fields.

A ``--field`` value is taken as JSON when the body model's field is not a
string (``--field enabled=true``, ``--field ids=[1,2]``) and as text when it is
(``--field name=123`` stays the string ``"123"``); ``key=@path`` reads a file,
as bytes for a binary (``File``) field and as text otherwise. Everything wrong
is a :class:`BodyError` naming the option and the fix, raised before any request.
"""

from __future__ import annotations

import json
import sys
import typing
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any


class BodyError(ValueError):
    """A body option that cannot be used; the message names the option and the fix."""


def _read(source: str, option: str, stdin: IO[str]) -> str:
    if source == "-":
        return stdin.read()
    if source.startswith("@"):
        path = Path(source[1:])
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise BodyError(f"{option}: cannot read {str(path)!r}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise BodyError(f"{option}: {str(path)!r} is not UTF-8 text") from None
    return source


def parse_json(source: str, stdin: IO[str] | None = None) -> Any:
    """The JSON document given to ``--json``: inline text, ``@file`` or ``-`` (stdin)."""
    text = _read(source, "--json", stdin or sys.stdin)
    try:
        return json.loads(text)
    except ValueError as exc:
        where = "stdin" if source == "-" else source[1:] if source.startswith("@") else "the text"
        msg = getattr(exc, "msg", str(exc))
        line, col = getattr(exc, "lineno", 0), getattr(exc, "colno", 0)
        raise BodyError(
            f"--json: {where} is not valid JSON ({msg} at line {line} column {col}); "
            'quote it for the shell, e.g. --json \'{"name": "x"}\''
        ) from None


def _field_annotation(model: type | None, key: str) -> Any:
    """The annotation of the model field a JSON key fills (None when unknown or an open object)."""
    if model is None:
        return None
    from .._validate import json_names, parameter_types

    attribute = {json: attr for attr, json in json_names(model).items()}.get(key)
    if attribute is None:
        return None
    try:
        return parameter_types(model).get(attribute)
    except Exception:  # unresolvable hints: the value is then read as JSON
        return None


def _names(annotation: Any) -> set[str]:
    """Names of the plain types an annotation allows (``str``, ``File``, ...)."""
    options = typing.get_args(annotation) if typing.get_origin(annotation) else (annotation,)
    found = set()
    for option in options:
        if typing.get_origin(option) is None and isinstance(option, type):
            found.add(option.__name__)
        elif typing.get_origin(option) is not None:
            found.add(getattr(typing.get_origin(option), "__name__", ""))
    return found


def field_value(key: str, raw: str, model: type | None) -> Any:
    """The value of one ``--field key=raw``, typed by the body model's field when known."""
    names = _names(_field_annotation(model, key))
    if raw.startswith("@"):
        path = Path(raw[1:])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise BodyError(
                f"--field {key}: cannot read {str(path)!r}: {exc.strerror or exc}"
            ) from None
        if "File" in names:
            return data
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise BodyError(f"--field {key}: {str(path)!r} is not UTF-8 text") from None
    if "str" in names and not names & {"int", "float", "bool", "list", "dict"}:
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw  # a bare word: text, checked against the model like any other value


def build(
    json_source: str | None,
    fields: Sequence[str],
    model: type | None,
    stdin: IO[str] | None = None,
) -> dict[str, Any] | None:
    """The body to send: ``--json`` as the base, each ``--field`` set on top; None if neither."""
    if json_source is None and not fields:
        return None
    body: Any = {} if json_source is None else parse_json(json_source, stdin)
    if not isinstance(body, dict):
        if fields:
            raise BodyError("--field needs --json to be an object, got " + type(body).__name__)
        raise BodyError(
            f"--json: the request body is an object ({{...}}), got a JSON {type(body).__name__}"
        )
    for item in fields:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise BodyError(f"--field {item!r}: write it as key=value, e.g. --field name=Checkout")
        body[key] = field_value(key, raw, model)
    return body
