"""Python level: griffe's verdict on two versions of a package, one per kind of break.

Small hand-written packages shaped like the generated ones (an endpoint module with sync/asyncio
functions, an attrs model), so these run in milliseconds; test_contract_end_to_end.py covers the
generated packages themselves.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from _contract.model import Finding
from _contract.python_level import compare_packages

ENDPOINT = """
from ..types import UNSET, Unset


def sync(*, client: object, limit: int | Unset = UNSET, offset: int | Unset = UNSET) -> list[str]:
    return []


async def asyncio(*, client: object, limit: int | Unset = UNSET, offset: int | Unset = UNSET) -> list[str]:
    return []
"""

MODEL = """
from attrs import define as _attrs_define

from ..types import UNSET, Unset


@_attrs_define
class Item:
    id: str
    name: str
    count: int | Unset = UNSET
"""


def _package(root: Path, files: dict[str, str]) -> Path:
    base = {
        "pkg/__init__.py": "",
        "pkg/types.py": "UNSET = object()\nclass Unset: ...\n",
        "pkg/api/__init__.py": "",
        "pkg/api/items/__init__.py": "",
        "pkg/api/items/list_items.py": ENDPOINT,
        "pkg/models/__init__.py": 'from .item import Item\n\n__all__ = ("Item",)\n',
        "pkg/models/item.py": MODEL,
    }
    base.update(files)
    for name, text in base.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return root


def _compare(tmp_path: Path, files: dict[str, str]) -> list[Finding]:
    old = _package(tmp_path / "old", {})
    new = _package(tmp_path / "new", files)
    return compare_packages("pkg", old, new)


def test_identical_packages_have_no_finding(tmp_path: Path) -> None:
    assert _compare(tmp_path, {}) == []


def test_removed_function(tmp_path: Path) -> None:
    (finding,) = _compare(tmp_path, {"pkg/api/items/list_items.py": ENDPOINT.split("async def")[0]})
    assert finding.breaking
    assert (finding.group, finding.subject) == ("pkg.api.items.list_items", "`asyncio`")
    assert finding.message == "function removed"


def test_removed_module(tmp_path: Path) -> None:
    new = _package(tmp_path / "new", {})
    (new / "pkg/api/items/list_items.py").unlink()
    (finding,) = compare_packages("pkg", _package(tmp_path / "old", {}), new)
    assert finding.breaking
    assert finding.message == "module removed"
    assert "list_items" in finding.subject


def test_removed_parameter_is_one_finding_for_every_function(tmp_path: Path) -> None:
    (finding,) = _compare(
        tmp_path,
        {"pkg/api/items/list_items.py": ENDPOINT.replace(", offset: int | Unset = UNSET", "")},
    )
    assert finding.breaking
    assert finding.subject == "parameter `offset`"
    assert finding.message == "parameter was removed"
    assert finding.affects == ("sync()", "asyncio()")


def test_parameter_that_became_required(tmp_path: Path) -> None:
    (finding,) = _compare(
        tmp_path,
        {
            "pkg/api/items/list_items.py": ENDPOINT.replace(
                "limit: int | Unset = UNSET", "limit: int"
            )
        },
    )
    assert finding.breaking
    assert finding.subject == "parameter `limit`"
    assert finding.message == "parameter is now required"


def test_removed_model(tmp_path: Path) -> None:
    findings = _compare(
        tmp_path,
        {"pkg/models/__init__.py": "__all__ = ()\n", "pkg/models/item.py": "X = 1\n"},
    )
    assert any(
        f.breaking and f.subject == "`Item`" and f.message == "class removed" for f in findings
    )


def test_removed_model_field(tmp_path: Path) -> None:
    findings = _compare(
        tmp_path, {"pkg/models/item.py": MODEL.replace("    count: int | Unset = UNSET\n", "")}
    )
    (finding,) = findings
    assert finding.breaking
    assert (finding.group, finding.subject) == ("pkg.models.item", "`Item.count`")
    assert finding.message == "field or class attribute removed"


@pytest.mark.parametrize(
    ("files", "subject"),
    [
        ({"pkg/models/item.py": MODEL + "    extra: str | Unset = UNSET\n"}, "`Item.extra`"),
        ({"pkg/api/items/get_item.py": "def sync() -> None: ...\n"}, "`get_item`"),
    ],
)
def test_additions_are_reported_as_not_breaking(
    tmp_path: Path, files: dict[str, str], subject: str
) -> None:
    (finding,) = _compare(tmp_path, files)
    assert not finding.breaking
    assert finding.subject == subject
