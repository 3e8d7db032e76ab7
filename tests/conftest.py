"""Suite-wide: the tests of our own two documents are marked ``spec_specific``.

``tests/growthbook_spec`` and ``tests/convert_spec`` check our specs against the references
(their operations, models and samples), so they assume the checked-in documents; every other
test runs over whatever spec is in place. With a vendor's document taken by scripts/update-spec,
``python -m pytest -m "not spec_specific"`` runs the generic ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest

_SPEC_SPECIFIC = tuple(Path(__file__).parent / name for name in ("growthbook_spec", "convert_spec"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(_SPEC_SPECIFIC[0]) or item.path.is_relative_to(
            _SPEC_SPECIFIC[1]
        ):
            item.add_marker(pytest.mark.spec_specific)
