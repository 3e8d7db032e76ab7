"""docs/operations.md is generated from the operation index, and committed up to date."""

from __future__ import annotations

import sys

from cli_helpers import ROOT
from experiment_clients import operations

sys.path.insert(0, str(ROOT / "scripts"))
from _docs.operations import TARGET, helpers, render


def test_committed_doc_is_current() -> None:
    assert (ROOT / TARGET).read_text() == render(ROOT), (
        "docs/operations.md is stale: run python scripts/_docs/operations.py"
    )


def test_every_operation_has_its_row() -> None:
    text = render(ROOT)
    for service in ("growthbook", "convert"):
        for info in operations(service):
            row = next(
                line for line in text.splitlines()
                if line.startswith(f"| `experiment-clients {service} {info.kebab}` |")
            )  # fmt: skip
            assert f"`{info.operation_id}`" in row
            assert f"`{info.method} {info.path}`" in row
            assert f"`{info.module}`" in row
    assert "`GrowthBookClient.toggle_feature()`" in text
    assert "`ConvertClient.experiences.set_status()`, `ConvertClient.experiences.update()`" in text


def test_helpers_follow_calls_on_self() -> None:
    source = """
from pkg.api.things import get_thing, list_things

class _Shared:
    def _pick(self):
        return get_thing

class GrowthBookClient(_Shared):
    def thing(self):
        return self._pick()
    def things(self):
        return list_things
    def _private(self):
        return list_things
"""
    assert helpers(source, "pkg") == {
        "get_thing": ["`GrowthBookClient.thing()`"],
        "list_things": ["`GrowthBookClient.things()`"],
    }
