"""Command-line options from a generated operation's own signature, with no per-operation code.

Each parameter but ``client`` becomes ``--kebab-name``: lists repeat the
option, enums become a choice (validated, listed in help, completed by the
shell), booleans a ``--name/--no-name`` flag, dates ISO 8601. ``body`` becomes
``--json`` plus ``--field key=value``. Only options the user gives are passed
on, so the generated defaults and the client's own defaults (Convert's account
and project) apply to the rest.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeGuard

import attrs
import click

#: Options every operation command has; a parameter with one of these names is renamed.
RESERVED = frozenset(
    {
        "json", "field", "all", "max-items", "page-size", "output", "base-url", "timeout",
        "max-retries", "deadline", "dedupe-by", "debug", "progress", "no-progress", "help",
    }
)  # fmt: skip
_UNIONS = (typing.Union, types.UnionType)


def kebab(name: str) -> str:
    return name.strip("_").replace("_", "-")


class IsoDateTime(click.ParamType):  # type: ignore[type-arg]
    """An ISO 8601 date-time (``2026-01-31T12:00:00Z``), as the generated models expect."""

    name = "datetime"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, datetime.datetime):
            return value
        try:
            return datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            self.fail(
                f"{value!r} is not an ISO 8601 date-time such as 2026-01-31T12:00:00Z", param, ctx
            )


@attrs.frozen
class Param:
    """One operation parameter as an option."""

    name: str  # the Python name the generated function takes
    option: str  # --kebab-name
    kind: str  # "value", "list", "flag" or "body"
    type: Any  # a click type
    required: bool
    help: str
    default: Any = None  # the generated default, shown in help
    env: str | None = None  # the variable that gives the client a value for it (Convert's ids)
    needed: bool = False  # required by the generated function's signature
    values: Mapping[str, Any] = attrs.field(factory=dict)  # choice text -> enum value


#: The name of ``UNSET``'s type (msgspec's), checked by name so listing commands imports nothing.
_UNSET_TYPE = "UnsetType"


def _strip(annotation: Any) -> list[Any]:
    """The types an annotation allows, without ``UNSET``'s type and ``None``."""
    options = (
        typing.get_args(annotation) if typing.get_origin(annotation) in _UNIONS else (annotation,)
    )
    return [o for o in options if o is not type(None) and getattr(o, "__name__", "") != _UNSET_TYPE]


def is_model(option: object) -> TypeGuard[type]:
    """Whether ``option`` is a generated model class (a ``msgspec.Struct``)."""
    return isinstance(option, type) and hasattr(option, "__struct_fields__")


def model_fields(model: type) -> list[tuple[str, bool]]:
    """A body model's fields as (JSON name, required), in declaration order."""
    import msgspec  # the generated packages' model library, loaded with them

    return [(f.encode_name, f.required) for f in msgspec.structs.fields(model)]


def _scalar(annotation: Any) -> tuple[Any, Mapping[str, Any], str]:
    """(click type, choice text -> value, kind) for one non-list type."""
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        values = {str(m.value): m.value for m in annotation}
        return click.Choice(list(values)), values, "value"
    if annotation is bool:
        return click.BOOL, {}, "flag"
    if annotation is int:
        return click.INT, {}, "value"
    if annotation is float:
        return click.FLOAT, {}, "value"
    if annotation is datetime.datetime:
        return IsoDateTime(), {}, "value"
    return click.STRING, {}, "value"


def _arg_help(function: Callable[..., Any]) -> dict[str, str]:
    """Per-parameter descriptions from the generated docstring's ``Args:`` section."""
    doc = inspect.getdoc(function) or ""
    section = doc.split("Args:", 1)[1].split("Raises:", 1)[0] if "Args:" in doc else ""
    found: dict[str, str] = {}
    name = None
    for line in section.splitlines():
        match = re.match(r"^    (\w+) \(.*?\):\s*(.*)$", line)
        if match:
            name = match.group(1)
            found[name] = match.group(2).strip()
        elif name and line.startswith("        "):
            found[name] = f"{found[name]} {line.strip()}".strip()
    return found


def parameters(
    function: Callable[..., Any], hints: Mapping[str, Any], filled: Mapping[str, str]
) -> list[Param]:
    """The options of a generated function (its ``sync_detailed``); ``filled``: parameters the
    client supplies when absent, with the environment variable that sets them."""
    described = _arg_help(function)
    found: list[Param] = []
    for name, parameter in inspect.signature(function).parameters.items():
        if name == "client":
            continue
        annotation = hints.get(name, str)
        text = re.sub(r"\s*Default: [^.]*\.\s*$", "", described.get(name, ""))
        required = parameter.default is inspect.Parameter.empty
        default = None if required else parameter.default
        if type(default).__name__ == _UNSET_TYPE:
            default = None
        if name == "body":
            found.append(Param(name, "--json", "body", click.STRING, required, text))
            continue
        option = kebab(name)
        option = f"--param-{option}" if option in RESERVED else f"--{option}"
        needed = required
        if name in filled:
            text = f"{text} (default: ${filled[name]})".strip()
            required = False
        allowed = _strip(annotation)
        kind = "value"
        values: Mapping[str, Any] = {}
        if len(allowed) == 1 and typing.get_origin(allowed[0]) is list:
            (item,) = typing.get_args(allowed[0]) or (str,)
            click_type, values, _ = _scalar(_strip(item)[0] if _strip(item) else str)
            kind = "list"
        elif len(allowed) == 1:
            click_type, values, kind = _scalar(allowed[0])
        else:
            click_type = (
                click.STRING
            )  # a union of several types: sent as given, checked by the library
        if isinstance(default, enum.Enum):
            default = default.value
        found.append(
            Param(
                name,
                option,
                kind,
                click_type,
                required,
                text,
                default=default,
                values=values,
                env=filled.get(name),
                needed=needed,
            )
        )
    return found


def body_model(hints: Mapping[str, Any]) -> type | None:
    """The model class of the ``body`` parameter (the first model class of its union)."""
    for option in _strip(hints.get("body")):
        if is_model(option):
            return option
    return None


def click_options(params: list[Param]) -> list[click.Parameter]:
    """The click options for an operation's parameters."""
    made: list[click.Parameter] = []
    for p in params:
        if p.kind == "body":
            made.append(
                click.Option(
                    ["--json", "json_body"],
                    metavar="JSON|@FILE|-",
                    help="the request body: JSON text, @file.json, or - to read stdin"
                    + (" (required)" if p.required else ""),
                )
            )
            made.append(
                click.Option(
                    ["--field", "fields"],
                    metavar="KEY=VALUE",
                    multiple=True,
                    help="set one top-level body field (repeatable); VALUE is JSON unless the "
                    "field is a string; @path reads a file",
                )
            )
            continue
        dest = f"p_{p.name}"
        shown = f"{p.help} " if p.help else ""
        if p.default is not None:
            shown += f"[default: {p.default}]"
        if p.kind == "flag":
            made.append(
                click.Option(
                    [f"{p.option}/--no-{p.option[2:]}", dest],
                    default=None,
                    required=p.required,
                    help=shown.strip() or None,
                )
            )
        else:
            made.append(
                click.Option(
                    [p.option, dest],
                    type=p.type,
                    multiple=p.kind == "list",
                    required=p.required,
                    help=(shown + (" (repeatable)" if p.kind == "list" else "")).strip() or None,
                )
            )
    return made


def arguments(params: list[Param], values: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword arguments for the call from parsed option values: only what the user gave."""
    kwargs: dict[str, Any] = {}
    for p in params:
        if p.kind == "body":
            continue
        value = values.get(f"p_{p.name}")
        if value is None or (p.kind == "list" and not value):
            continue
        if p.values:
            value = [p.values[v] for v in value] if p.kind == "list" else p.values[value]
        elif p.kind == "list":
            value = list(value)
        kwargs[p.name] = value
    return kwargs
