"""The helpers' link to the generated packages: operations by module, never models by class name.

A vendor's document may name its models differently (``GetFeatureResponse`` or
``GetFeatureResponse200``, ``ToggleFeatureRequest`` or ``ToggleFeatureBody``)
while its operations keep their ids. The helpers therefore find each operation's
module when first used, build bodies from the type its signature names, and
check results against the type its ``operation`` function returns. A rename or a
missing operation then fails the one helper that needs it, with a message saying
what to call instead, and ``import experiment_clients`` never fails for it.
"""

from __future__ import annotations

import functools
import importlib
import types
from typing import Any

from . import _validate
from ._errors import APIResponseValidationError, ConfigurationError


@functools.cache
def operation_module(package: str, tag: str, name: str, helper: str) -> types.ModuleType:
    """The generated module of one operation (``<package>.api.<tag>.<name>``), or a clear error."""
    path = f"{package}.api.{tag}.{name}"
    try:
        return importlib.import_module(path)
    except ModuleNotFoundError as exc:
        if exc.name is None or not path.startswith(exc.name):
            raise
        raise ConfigurationError(
            f"{helper}() needs the operation {path}, which the generated {package} does not "
            f"have (the spec renamed or dropped it); call the operation that replaces it "
            f"with client.call(<module>.operation, ...)"
        ) from None


@functools.cache
def result_type(module: types.ModuleType) -> Any:
    """What a 2xx answer of this operation parses into (its ``operation`` function's return type)."""
    return _validate._hints(module.operation).get("return", Any)


def expect_result(value: Any, module: types.ModuleType) -> Any:
    """``value`` if it is the model the operation promises; else the 2xx body did not match."""
    expected = result_type(module)
    if isinstance(expected, type) and not isinstance(value, expected):
        operation = module.__name__.rsplit(".", 1)[-1]
        raise APIResponseValidationError(
            f"{operation}: expected {expected.__name__}, got {type(value).__name__}",
            operation=operation,
            status_code=200,
            body=b"",
        )
    return value


def field_of(value: Any, name: str, module: types.ModuleType) -> Any:
    """A field of a result the helper unwraps (``.feature``), or a clear error naming the model."""
    try:
        return getattr(value, name)
    except AttributeError:
        operation = module.__name__.rsplit(".", 1)[-1]
        raise APIResponseValidationError(
            f"{operation}: {type(value).__name__} has no field {name!r}; the spec changed the "
            f"answer's shape, call client.call({operation}.operation, ...) for the whole model",
            operation=operation,
            status_code=200,
            body=b"",
        ) from None
