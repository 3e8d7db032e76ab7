"""Suite-wide: bytecode is cached, and the tests of our own two documents are marked
``spec_specific``.

``tests/growthbook_spec`` and ``tests/convert_spec`` check our specs against the references
(their operations, models and samples), so they assume the checked-in documents; every other
test runs over whatever spec is in place. With a vendor's document taken by scripts/update-spec,
``python -m pytest -m "not spec_specific"`` runs the generic ones.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# Some shells export PYTHONDONTWRITEBYTECODE=1. The suite then compiled every module from source in
# every process it starts: two workers and about a hundred child interpreters, each importing up
# to 785 generated modules (about a third of the suite's CPU time). This run and its children
# write bytecode as usual, into __pycache__ folders that git ignores.
if sys.dont_write_bytecode or os.environ.get("PYTHONDONTWRITEBYTECODE"):
    sys.dont_write_bytecode = False
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

_SPEC_SPECIFIC = tuple(Path(__file__).parent / name for name in ("growthbook_spec", "convert_spec"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(_SPEC_SPECIFIC[0]) or item.path.is_relative_to(
            _SPEC_SPECIFIC[1]
        ):
            item.add_marker(pytest.mark.spec_specific)
