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
import enum
import functools
import importlib
import inspect
import sys
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from ._errors import InvalidArgumentError

_UNION_TYPES = (typing.Union, types.UnionType)


def _is_unset(value: object) -> bool:
    return type(value).__name__ == "Unset"


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
        if _is_unset(value) and any(getattr(o, "__name__", "") == "Unset" for o in options):
            return value
        if value is None and type(None) in options:
            return None
        errors: list[str] = []
        for option in options:
            if option is type(None) or getattr(option, "__name__", "") == "Unset":
                continue
            try:
                return _coerce(value, option, where)
            except InvalidArgumentError as exc:
                errors.append(str(exc))
        expected = " or ".join(
            _describe(o) for o in options if getattr(o, "__name__", "") != "Unset"
        )
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
    if attrs.has(annotation):
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


def _declared(cls: type) -> list[str]:
    return [f.name for f in attrs.fields(cls) if f.name != "additional_properties"]


def _unknown_fields(model: Any, where: str) -> list[str]:
    """Keys of a dict the caller gave that no model field took (typos, not open objects)."""
    found: list[str] = []
    if attrs.has(type(model)):
        declared = _declared(type(model))
        if declared:  # a model with no declared field is an open object: any key is fine
            extra = getattr(model, "additional_properties", {})
            found += [f"{where}.{key}" for key in extra]
        for name in declared:
            found += _unknown_fields(getattr(model, name), f"{where}.{name}")
    elif isinstance(model, list):
        for index, item in enumerate(model):
            found += _unknown_fields(item, f"{where}[{index}]")
    return found


def _coerce_model(value: Any, cls: type, where: str) -> Any:
    if isinstance(value, Mapping):
        try:
            value = cls.from_dict(dict(value))  # type: ignore[attr-defined]
        except KeyError as exc:
            raise InvalidArgumentError(
                f"{where}: missing required field {exc.args[0]!r} for {cls.__name__}"
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise InvalidArgumentError(f"{where}: not a valid {cls.__name__}: {exc}") from None
        unknown = _unknown_fields(value, where)
        if unknown:
            raise InvalidArgumentError(
                f"{', '.join(unknown)}: not a field of {cls.__name__} (fields: "
                f"{', '.join(_declared(cls))}); to send a field the spec does not know yet, "
                "build the model and set its additional_properties"
            )
    elif not isinstance(value, cls):
        raise InvalidArgumentError(
            f"{where}: expected {cls.__name__} or a dict of its fields, got {type(value).__name__}"
        )
    hints = _hints(cls)
    changes = {}
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue
        current = getattr(value, field.name)
        checked = _coerce(current, hints.get(field.name, Any), f"{where}.{field.name}")
        if checked is not current:
            changes[field.name] = checked
    if changes:
        value = attrs.evolve(value, **changes)
    return value


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
    params, positional, required = _parameters(endpoint)
    unknown = sorted(set(kwargs) - params.keys())
    if unknown:
        raise InvalidArgumentError(
            f"{operation}: unknown argument {', '.join(map(repr, unknown))}; "
            f"it accepts {', '.join(params) or 'no arguments'}"
        )
    if len(args) > len(positional):
        raise InvalidArgumentError(
            f"{operation}: takes {len(positional)} positional argument(s) "
            f"({', '.join(positional)}), got {len(args)}"
        )
    bound: dict[str, Any] = dict(zip(positional, args, strict=False))
    twice = bound.keys() & kwargs.keys()
    if twice:
        raise InvalidArgumentError(
            f"{operation}: {', '.join(map(repr, sorted(twice)))} given twice"
        )
    bound.update(kwargs)
    for name, value in (defaults or {}).items():
        if name in params and name not in bound:
            bound[name] = value
    missing = [n for n in required if n not in bound]
    if missing:
        raise InvalidArgumentError(
            f"{operation}: missing required argument {', '.join(map(repr, missing))}"
        )
    hints = _hints(endpoint)
    checked = {
        name: _coerce(value, hints.get(name, Any), f"{operation}({name})")
        for name, value in bound.items()
    }
    for name in getattr(sys.modules[endpoint.__module__], "HEADER_PARAMETERS", ()):
        value = checked.get(name)
        if isinstance(value, str) and not value.isascii():
            raise InvalidArgumentError(
                f"{operation}({name}): it is sent as an HTTP header, which carries ASCII text only"
            )
    return checked


def parameter_types(target: Callable[..., Any] | type) -> Mapping[str, Any]:
    """The resolved annotations of a generated function or model, by parameter or field name."""
    return _hints(target)
