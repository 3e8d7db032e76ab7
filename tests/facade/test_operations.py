"""The operation registry (`experiment_clients._operations`): listing and finding operations.

Generic over whatever specs are checked in: every expectation is derived from the
spec files and the generated packages, except the few named spec examples below.
"""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from experiment_clients import InvalidArgumentError, OperationInfo, lookup, operations
from experiment_clients._operations import SERVICES, find, info_for_module, servers

REPO = Path(__file__).resolve().parents[2]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _spec_operations(service: str) -> dict[str, tuple[str, str]]:
    document = yaml.safe_load((REPO / "specs" / f"{service}.yaml").read_text())
    return {
        item[method]["operationId"]: (method.upper(), path)
        for path, item in document["paths"].items()
        for method in HTTP_METHODS
        if method in item
    }


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_the_index_lists_every_operation_of_the_spec(service: str) -> None:
    listed = operations(service)
    spec = _spec_operations(service)
    assert {op.operation_id: (op.method, op.path) for op in listed} == spec
    assert len({op.name for op in listed}) == len(listed)
    assert operations(SERVICES[service]) == listed  # the package name works too


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_each_entry_matches_its_module(service: str) -> None:
    for op in operations(service):
        module = op.load()
        assert module.__name__ == op.module
        assert op.method == module.METHOD
        assert op.path == module.PATH
        assert op.kebab == op.name.replace("_", "-")
        parameters = inspect.signature(module.operation).parameters
        assert set(op.path_parameters) <= parameters.keys()
        assert op.path.count("{") == len(op.path_parameters)
        assert module.sync_detailed.__doc__
        assert op.summary in " ".join(module.sync_detailed.__doc__.split())


def test_summary_description_and_tag_come_from_the_spec() -> None:
    # spec-specific: growthbook.yaml's listFeatures
    op = find("growthbook", "listFeatures")
    assert op == OperationInfo(
        operation_id="listFeatures",
        name="list_features",
        kebab="list-features",
        method="GET",
        path="/features",
        summary="Get all features",
        description=op.description,
        tag="features",
        module="growthbook_api_client.api.features.list_features",
        path_parameters=(),
    )
    assert op.description.startswith("Returns one page of feature flags")


@pytest.mark.parametrize(
    "name", ["getExperiencesList", "get_experiences_list", "get-experiences-list"]
)
def test_lookup_accepts_the_operation_id_the_python_name_and_the_command_name(name: str) -> None:
    module = lookup("convert", name)
    assert module is importlib.import_module(
        "convert_api_client.api.experiences.get_experiences_list"
    )


def test_other_spellings_of_the_same_words_are_found() -> None:
    assert find("growthbook", "ListFeatures").name == "list_features"
    assert find("growthbook", "LIST_FEATURES").name == "list_features"


@pytest.mark.parametrize(
    ("typo", "suggestion"),
    [
        ("listFeature", "'listFeatures'"),
        ("list_featurs", "'list_features'"),
        ("list-featurs", "'list-features'"),
        ("getFeatur", "'getFeature'"),
    ],
)
def test_a_typo_gets_the_closest_names_in_the_callers_style(typo: str, suggestion: str) -> None:
    with pytest.raises(InvalidArgumentError, match="did you mean") as caught:
        lookup("growthbook", typo)
    message = str(caught.value)
    assert repr(typo) in message
    assert suggestion in message
    assert "operations('growthbook_api_client')" in message


def test_a_name_like_nothing_gets_no_suggestion_but_a_pointer_to_the_list() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        lookup("growthbook", "zzzzqqq")
    assert "did you mean" not in str(caught.value)
    assert "lists all" in str(caught.value)


@pytest.mark.parametrize("bad", ["", "nosuchservice", 3])
def test_an_unknown_service_is_refused(bad: object) -> None:
    with pytest.raises(InvalidArgumentError, match="service"):
        operations(bad)  # type: ignore[arg-type]


def test_info_for_module() -> None:
    op = find("convert", "getGoalsList")
    assert info_for_module(op.module) == op
    assert info_for_module("json.decoder") is None


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_servers_come_from_the_spec_with_variables_filled(service: str) -> None:
    document = yaml.safe_load((REPO / "specs" / f"{service}.yaml").read_text())
    found = servers(service)
    assert len(found) == len(document["servers"])
    assert all("{" not in url for url in found)
    assert found[0] == document["servers"][0]["url"]


def test_listing_imports_neither_the_packages_nor_their_operations() -> None:
    """Listing reads two small tables; the packages (their clients, httpx) stay unloaded."""
    code = (
        "import sys, experiment_clients as ec\n"
        "ops = ec.operations('convert') + ec.operations('growthbook')\n"
        "srv = ec._operations.servers('growthbook')\n"
        "loaded = [m for m in sys.modules if m.startswith(('convert_api', 'growthbook_api'))]\n"
        "print(len(ops), len(loaded))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    total = sum(len(_spec_operations(s)) for s in SERVICES)
    assert out == [str(total), "0"]


def test_an_imported_package_s_own_index_is_used() -> None:
    api = importlib.import_module("growthbook_api_client.api")
    assert [op.name for op in operations("growthbook")] == [row[0] for row in api.OPERATIONS]
