"""Small argument checks shared by every module, so each rule and its message exist once.

``bool`` is refused wherever a number is expected (``True`` is an ``int`` to
Python, never a count or a duration to a caller).
"""

from __future__ import annotations

import math

import msgspec

from ._errors import APIError, InvalidArgumentError

__all__ = ["is_unset", "is_unset_type", "number", "whole_number"]


def is_unset(value: object) -> bool:
    """Whether ``value`` is ``UNSET``, "left out": the generated packages use msgspec's own."""
    return value is msgspec.UNSET


def is_unset_type(annotation: object) -> bool:
    """Whether ``annotation`` is the type of ``UNSET`` (a union branch meaning "may be left out")."""
    return annotation is msgspec.UnsetType


def whole_number(
    value: object,
    name: str,
    *,
    minimum: int = 0,
    error: type[APIError] = InvalidArgumentError,
    hint: str = "",
) -> int:
    """``value`` if it is an ``int`` (not a bool) of at least ``minimum``, else ``error``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise error(f"{name} must be a whole number >= {minimum}{hint}, got {value!r}")
    return value


def number(
    value: object,
    name: str,
    *,
    positive: bool = False,
    error: type[APIError] = InvalidArgumentError,
    hint: str = "",
) -> float:
    """``value`` as a float if it is a real number >= 0 (> 0 when ``positive``), else ``error``.

    NaN is refused: every comparison with it is false, so it would silently
    disable whatever bound it was meant to set.
    """
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or math.isnan(value)
        or value < 0
        or (positive and value == 0)
    ):
        bound = "> 0" if positive else ">= 0"
        raise error(f"{name} must be a number {bound}{hint}, got {value!r}")
    return float(value)
