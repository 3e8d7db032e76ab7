"""_checks.py: the small checks every module shares, each rule and message in one place."""

from __future__ import annotations

import pytest
from experiment_clients import ConfigurationError, InvalidArgumentError
from experiment_clients._checks import is_unset, number, whole_number
from growthbook_api_client.types import UNSET


@pytest.mark.parametrize(("value", "minimum"), [(0, 0), (5, 1), (10**20, 1)])
def test_whole_numbers_pass(value: int, minimum: int) -> None:
    assert whole_number(value, "n", minimum=minimum) == value


@pytest.mark.parametrize("value", [-1, 0, True, False, 1.0, "1", None])
def test_whole_numbers_refused(value: object) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^page_size must be a whole number >= 1, got"):
        whole_number(value, "page_size", minimum=1)


def test_the_error_class_and_hint_are_the_callers() -> None:
    with pytest.raises(
        ConfigurationError, match="expires_in must be a whole number >= 1 of seconds"
    ):
        whole_number(0, "expires_in", minimum=1, error=ConfigurationError, hint=" of seconds")


@pytest.mark.parametrize(
    ("value", "positive"), [(0, False), (0.5, True), (3, True), (float("inf"), True)]
)
def test_numbers_pass(value: float, positive: bool) -> None:
    assert number(value, "x", positive=positive) == float(value)


@pytest.mark.parametrize(
    ("value", "positive"),
    [
        (-1, False),
        (0, True),
        (0.0, True),
        (float("nan"), False),
        (True, False),
        ("1", False),
        (None, True),
    ],
)
def test_numbers_refused(value: object, positive: bool) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^timeout must be a number"):
        number(value, "timeout", positive=positive)


def test_unset_is_recognised_by_its_class() -> None:
    assert is_unset(UNSET)
    assert not is_unset(None)
    assert not is_unset("")
