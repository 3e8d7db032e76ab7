"""Check a call's arguments against the generated endpoint's own signature, before any request.

The generated functions are typed but do not check at run time: a wrong type
fails deep inside serialisation, and an unknown enum value would be sent as
is (our models accept unknown enum values in *responses*, for forward
compatibility). Here every argument is checked against the annotation the
generator wrote, raw strings are turned into the enum member they name, dicts
into the body model they describe, and anything wrong raises
:class:`InvalidArgumentError` naming the argument and the fix.
"""

from __future__ import annotations

import datetime
import difflib
import enum
import functools
import importlib
import inspect
import re
import sys
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import msgspec

from ._checks import is_unset, is_unset_type
from ._errors import InvalidArgumentError
from ._operations import OperationInfo, info_for_module

_UNION_TYPES = (typing.Union, types.UnionType)


def _is_model(annotation: type) -> bool:
    return issubclass(annotation, msgspec.Struct)


@functools.cache
def _model_index(package: str) -> Mapping[str, str]:
    """Class name -> module name for a generated package's models (its models/__init__ table)."""
    table: Mapping[str, str] = getattr(importlib.import_module(f"{package}.models"), "_MODULES", {})
    return table


class _LazyModels(Mapping[str, Any]):
    """Names of a generated package's models, imported on first use.

    An annotation may name a model its module has not imported (endpoint
    modules import only what they use); importing every model up front would
    cost most of a second for Convert.
    """

    def __init__(self, package: str, shadowed_by: Mapping[str, Any]) -> None:
        self._package = package
        self._shadowed_by = shadowed_by  # the annotated code's own module names win

    def __getitem__(self, name: str) -> Any:
        module = _model_index(self._package).get(name)
        if module is None or name in self._shadowed_by:
            raise KeyError(name)
        return getattr(importlib.import_module(f"{self._package}.models.{module}"), name)

    def __iter__(self) -> Iterator[str]:
        return iter(_model_index(self._package))

    def __len__(self) -> int:
        return len(_model_index(self._package))


@functools.cache
def _hints(target: Callable[..., Any] | type) -> Mapping[str, Any]:
    module = sys.modules[target.__module__]
    package = target.__module__.split(".", 1)[0]
    return typing.get_type_hints(target, localns=_LazyModels(package, vars(module)))


@functools.cache
def _signature(target: Callable[..., Any]) -> inspect.Signature:
    return inspect.signature(target)


@functools.cache
def _parameters(
    endpoint: Callable[..., Any],
) -> tuple[Mapping[str, inspect.Parameter], tuple[str, ...], tuple[str, ...]]:
    """An endpoint's parameters but ``client``: all, the positional ones, the required ones."""
    params = {n: p for n, p in _signature(endpoint).parameters.items() if n != "client"}
    positional = tuple(n for n, p in params.items() if p.kind is p.POSITIONAL_OR_KEYWORD)
    required = tuple(n for n, p in params.items() if p.default is inspect.Parameter.empty)
    return params, positional, required


def _describe(annotation: Any) -> str:
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return "one of " + ", ".join(repr(m.value) for m in annotation)
        return annotation.__name__
    return str(annotation).replace("typing.", "")


def _coerce(value: Any, annotation: Any, where: str) -> Any:
    """Return ``value`` checked (and normalised) for ``annotation``, or raise naming ``where``."""
    origin = typing.get_origin(annotation)
    if annotation is Any or annotation is object:
        return value
    if origin in _UNION_TYPES:
        options = typing.get_args(annotation)
        if is_unset(value) and any(is_unset_type(o) for o in options):
            return value
        if value is None and type(None) in options:
            return None
        errors: list[str] = []
        for option in options:
            if option is type(None) or is_unset_type(option):
                continue
            try:
                return _coerce(value, option, where)
            except InvalidArgumentError as exc:
                errors.append(str(exc))
        expected = " or ".join(_describe(o) for o in options if not is_unset_type(o))
        detail = errors[0] if len(errors) == 1 else f"expected {expected}, got {value!r}"
        raise InvalidArgumentError(detail)
    if origin is list:
        (item_type,) = typing.get_args(annotation) or (Any,)
        if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
            raise InvalidArgumentError(f"{where}: expected a list, got {type(value).__name__}")
        return [_coerce(v, item_type, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin in (dict, Mapping):
        if not isinstance(value, Mapping):
            raise InvalidArgumentError(f"{where}: expected a mapping, got {type(value).__name__}")
        return value
    if origin is typing.Literal:
        if value not in typing.get_args(annotation):
            raise InvalidArgumentError(f"{where}: expected {annotation}, got {value!r}")
        return value
    if not isinstance(annotation, type):
        return value
    if issubclass(annotation, enum.Enum):
        return _coerce_enum(value, annotation, where)
    if _is_model(annotation):
        return _coerce_model(value, annotation, where)
    if annotation is bool:
        if not isinstance(value, bool):
            raise InvalidArgumentError(f"{where}: expected True or False, got {value!r}")
        return value
    if annotation is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidArgumentError(f"{where}: expected an integer, got {value!r}")
        return value
    if annotation is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidArgumentError(f"{where}: expected a number, got {value!r}")
        return value
    if annotation is datetime.datetime and not isinstance(value, datetime.datetime):
        raise InvalidArgumentError(f"{where}: expected a datetime, got {value!r}")
    if annotation is str and not isinstance(value, str):
        raise InvalidArgumentError(f"{where}: expected a string, got {type(value).__name__}")
    if annotation.__name__ == "File" and not isinstance(value, annotation):
        raise InvalidArgumentError(
            f"{where}: expected a File(payload=..., file_name=..., mime_type=...) "
            f"from the generated package's types, got {type(value).__name__}"
        )
    return value


def _coerce_enum(value: Any, cls: type[enum.Enum], where: str) -> enum.Enum:
    raw = value.value if isinstance(value, enum.Enum) else value
    member = cls._value2member_map_.get(raw)
    if member is None:
        allowed = ", ".join(repr(m.value) for m in cls)
        raise InvalidArgumentError(f"{where}: {raw!r} is not allowed; use one of {allowed}")
    return member


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, str], ...]:
    """A model's fields as (Python name, JSON name); msgspec.structs.fields re-reads annotations."""
    names: tuple[str, ...] = getattr(cls, "__struct_fields__", ())
    encoded: tuple[str, ...] = getattr(cls, "__struct_encode_fields__", names)
    return tuple(zip(names, encoded, strict=True))


def _declared(cls: type) -> list[str]:
    """A model's fields by their JSON names (what a caller's dict uses)."""
    return [encoded for _name, encoded in _fields(cls)]


@functools.cache
def json_names(cls: type) -> Mapping[str, str]:
    """Attribute name -> JSON name of a generated model's declared fields.

    Callers pass bodies as dicts with the JSON names (``onlyCount``), so errors
    must speak them.
    """
    return dict(_fields(cls))


@functools.cache
def _required(cls: type) -> tuple[str, ...]:
    """The JSON names of a model's required fields (read once per class: msgspec builds them)."""
    return tuple(f.encode_name for f in msgspec.structs.fields(cls) if f.required)


def _suggest(name: str, choices: Mapping[str, str] | list[str]) -> str:
    """`` did you mean 'x'?`` for the closest of ``choices`` (a name -> shown-name map or a list)."""
    shown = dict(choices) if isinstance(choices, Mapping) else {c: c for c in choices}
    if name in shown and shown[name] != name:  # a Python name given where the JSON one is wanted
        return f"; did you mean {shown[name]!r}?"

    def fold(text: str) -> str:
        return re.sub(r"[^a-z0-9]", "", text.lower())

    folded = {fold(key): value for key, value in shown.items()}
    if fold(name) in folded:  # only_count for onlyCount, ProjectId for project_id
        return f"; did you mean {folded[fold(name)]!r}?"
    close = difflib.get_close_matches(name, list(shown.values()), n=2, cutoff=0.6)
    return f"; did you mean {' or '.join(map(repr, close))}?" if close else ""


def _model_in(annotation: Any) -> type | None:
    """The one model class an annotation holds (``Model``, ``Model | None``, ``list[Model]``...)."""
    if isinstance(annotation, type):
        return annotation if _is_model(annotation) else None
    found = [m for m in map(_model_in, typing.get_args(annotation)) if m is not None]
    return found[0] if len(found) == 1 else None


def _check_keys(value: Mapping[Any, Any], cls: type, where: str) -> None:
    """Refuse unknown and missing fields of a dict body by their JSON names, nested included."""
    names = json_names(cls)
    if not names:  # a model with no declared field is an open object: any key is fine
        return
    attribute_of = {json: attr for attr, json in names.items()}
    for key in value:
        if key not in attribute_of:
            raise InvalidArgumentError(
                f"{where}: unknown field {key!r} for {cls.__name__}"
                f"{_suggest(str(key), names)} (fields: {', '.join(names.values())})"
            )
    missing = [json for json in _required(cls) if json not in value]
    if missing:
        raise InvalidArgumentError(
            f"{where}: missing required field {', '.join(map(repr, missing))} for {cls.__name__}"
        )
    hints = _hints(cls)
    for key, item in value.items():
        inner = _model_in(hints.get(attribute_of[key], Any))
        if inner is None:
            continue
        if isinstance(item, list):
            for index, element in enumerate(item):
                if isinstance(element, Mapping):
                    _check_keys(element, inner, f"{where}.{key}[{index}]")
        elif isinstance(item, Mapping):
            _check_keys(item, inner, f"{where}.{key}")


def _coerce_model(value: Any, cls: type, where: str) -> Any:
    converted = isinstance(value, Mapping)  # then msgspec has checked types and nullability
    if converted:
        _check_keys(value, cls, where)
        try:
            value = cls.from_dict(dict(value))  # type: ignore[attr-defined]
        except msgspec.ValidationError as exc:
            raise _explained(exc, value, cls, where) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise InvalidArgumentError(f"{where}: not a valid {cls.__name__}: {exc}") from None
    elif not isinstance(value, cls):
        raise InvalidArgumentError(
            f"{where}: expected {cls.__name__} or a dict of its fields, got {type(value).__name__}"
        )
    hints = _hints(cls)
    changes = {}
    for name, encoded in _fields(cls):
        current = getattr(value, name)
        if converted and (current is None or is_unset(current)):
            continue  # left out, or null where msgspec found null allowed
        checked = _coerce(current, hints.get(name, Any), f"{where}.{encoded}")
        if checked is not current:
            changes[name] = checked
    if changes:
        value = msgspec.structs.replace(value, **changes)
    return value


_AT = re.compile(r"^(?P<what>.*) - at (?P<key>`key` in )?`\$(?P<path>[^`]*)`$", re.DOTALL)


def _explained(
    exc: msgspec.ValidationError, value: Mapping[str, Any], cls: type, where: str
) -> InvalidArgumentError:
    """msgspec's refusal of a dict body, said as our own checks say it, at the field's path.

    The field msgspec names is checked again by :func:`_coerce` (so a wrong value reads
    ``expected True or False, got 'yes'``, as for an argument); what that check lets
    through keeps msgspec's words, at the path in the caller's JSON names.
    """
    found = _AT.match(str(exc))
    what, path = (found["what"], found["path"]) if found else (str(exc), "")
    key = re.match(r"\.([^.\[]+)", path)
    attribute_of = {json: attr for attr, json in json_names(cls).items()}
    if key is not None and key[1] in value and key[1] in attribute_of:
        hint = _hints(cls).get(attribute_of[key[1]], Any)
        try:
            _coerce(value[key[1]], hint, f"{where}.{key[1]}")
        except InvalidArgumentError as clearer:
            return clearer
    of_a_key = " (one of its keys)" if found and found["key"] else ""
    return InvalidArgumentError(f"{where}{path}{of_a_key}: {what[:1].lower()}{what[1:]}")


class _Plan:
    """What checking one endpoint's arguments needs, worked out once from its signature."""

    __slots__ = (
        "header_parameters",
        "hints",
        "info",
        "params",
        "positional",
        "required",
        "unchanged",
    )

    def __init__(self, endpoint: Callable[..., Any]) -> None:
        self.params, self.positional, self.required = _parameters(endpoint)
        self.hints = _hints(endpoint)
        #: Per parameter, the exact types whose values ``_coerce`` hands back as they are.
        self.unchanged = {name: _unchanged_types(self.hints.get(name, Any)) for name in self.params}
        module = sys.modules[endpoint.__module__]
        self.header_parameters: tuple[str, ...] = getattr(module, "HEADER_PARAMETERS", ())
        self.info = info_for_module(endpoint.__module__)


@functools.cache
def _plan(endpoint: Callable[..., Any]) -> _Plan:
    return _Plan(endpoint)


class _AnyType:
    """Stands for "every type" in :func:`_unchanged_types` (``Any``, ``object``)."""

    def __contains__(self, item: object) -> bool:
        return True


_EVERY_TYPE = _AnyType()
_SCALARS: dict[Any, frozenset[type]] = {
    int: frozenset({int}),  # exact types: a bool is not an int here
    str: frozenset({str}),
    bool: frozenset({bool}),
    float: frozenset({float, int}),
    datetime.datetime: frozenset({datetime.datetime}),
}


@functools.cache
def _unchanged_types(annotation: Any) -> frozenset[type] | _AnyType:
    """The exact types whose values :func:`_coerce` returns unchanged for ``annotation``.

    A value of one of them skips the walk through the annotation (the call's
    common case: ints, strings, left-out ``UNSET``); anything else, including
    every value that is refused or converted, takes :func:`_coerce`, which
    alone words the errors.
    """
    if annotation is Any or annotation is object:
        return _EVERY_TYPE
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return frozenset({annotation})  # a member of the very enum is returned as it is
    if typing.get_origin(annotation) not in _UNION_TYPES:
        return frozenset()
    options = typing.get_args(annotation)
    kept = {o for o in options if o is type(None) or is_unset_type(o)}  # checked first
    others = [o for o in options if o not in kept]
    # Options are tried in order and a converting one (an enum taking a string, a model
    # taking a dict) may change a value a later one would keep: only plain scalars, or
    # a single option, are safe to take as they are.
    if len(others) == 1 or all(o in _SCALARS for o in others):
        for option in others:
            found = _unchanged_types(option)
            if isinstance(found, _AnyType):
                return found
            kept |= found
    return frozenset(kept)


def check_arguments(
    endpoint: Callable[..., Any],
    operation: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    defaults: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Bind ``args``/``kwargs`` to ``endpoint`` (minus ``client``) and check every value.

    ``defaults`` fill parameters the caller left out (the client's account and
    project). Returns the keyword arguments to call it with.
    """
    plan = _plan(endpoint)
    params, positional = plan.params, plan.positional
    if not kwargs.keys() <= params.keys():
        unknown = sorted(set(kwargs) - params.keys())
        hint = _suggest(unknown[0], list(params)) if len(unknown) == 1 else ""
        raise InvalidArgumentError(
            f"{operation}: unknown argument {', '.join(map(repr, unknown))}{hint} "
            f"(it accepts {', '.join(params) or 'no arguments'})"
        )
    if len(args) > len(positional):
        raise InvalidArgumentError(
            f"{operation}: takes {len(positional)} positional argument(s) "
            f"({', '.join(positional)}), got {len(args)}"
        )
    bound: dict[str, Any] = dict(zip(positional, args, strict=False)) if args else {}
    twice = bound.keys() & kwargs.keys()
    if twice:
        raise InvalidArgumentError(
            f"{operation}: {', '.join(map(repr, sorted(twice)))} given twice"
        )
    bound.update(kwargs)
    for name, value in (defaults or {}).items():
        if name in params and name not in bound:
            bound[name] = value
    _check_path(plan.info, operation, bound)
    missing = [n for n in plan.required if n not in bound]
    if missing:
        raise InvalidArgumentError(
            f"{operation}: missing required argument {', '.join(map(repr, missing))}"
        )
    unchanged, hints = plan.unchanged, plan.hints
    checked = {
        name: (
            value
            if type(value) in unchanged[name]
            else _coerce(value, hints.get(name, Any), f"{operation}({name})")
        )
        for name, value in bound.items()
    }
    for name in plan.header_parameters:
        value = checked.get(name)
        problem = None if value is None or is_unset(value) else header_value_problem(str(value))
        if problem:
            raise InvalidArgumentError(
                f"{operation}({name}): it is sent as an HTTP header; {problem}"
            )
    return checked


#: Path segment values that make the URL point at another resource once httpx (or any
#: client or server following RFC 3986) resolves dot segments, or that drop the segment.
_NOT_A_SEGMENT = ("", ".", "..")


def _check_path(info: OperationInfo | None, operation: str, arguments: Mapping[str, Any]) -> None:
    """Refuse a path parameter that would leave its path segment (``.``, ``..``, empty).

    The generated code percent-encodes every path value (``/`` and ``%`` included),
    so only these three values can change which resource the URL names: httpx
    removes dot segments, so ``delete_sdk_key(sdk_key="..")`` would delete the
    project instead.
    """
    if info is None:
        return
    for name in info.path_parameters:
        value = arguments.get(name)
        if value is None or type(value) is int or is_unset(value):
            continue  # (an int is never empty nor a dot segment)
        text = str(value.value if isinstance(value, enum.Enum) else value)
        if text in _NOT_A_SEGMENT:
            what = "empty" if not text else f"the dot segment {text!r}"
            raise InvalidArgumentError(
                f"{operation}({name}): it is a path segment of {info.method} {info.path} and "
                f"cannot be {what}: the request would reach another resource; pass the real "
                f"{name}"
            )


def header_value_problem(value: str | bytes) -> str | None:
    """Why ``value`` cannot be an HTTP header value, or None. Never quotes the value.

    Control characters (CR and LF above all: a header injection) are refused before
    sending, so they never surface later as a connection error that is retried.
    """
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    if isinstance(value, str) and not text.isascii():
        return "header values carry ASCII text only"
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        return "it holds a control character (CR, LF, NUL, tab, ...), which is not sent in a header"
    return None


def header_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be an HTTP header name (RFC 9110 token), or None."""
    if not name or not re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", name):
        return "a header name is a token: letters, digits and !#$%&'*+-.^_`|~, no spaces"
    return None


def parameter_types(target: Callable[..., Any] | type) -> Mapping[str, Any]:
    """The resolved annotations of a generated function or model, by parameter or field name."""
    return _hints(target)
