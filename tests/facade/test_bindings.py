"""The helpers' link to the generated packages (experiment_clients._bindings).

A renamed or dropped operation fails only the helper that needs it, with a message naming the
helper, the missing module and what to call instead; a broken dependency inside an operation
module is not mistaken for a missing operation; an answer of the wrong model, or without the
field a helper unwraps, is an APIResponseValidationError naming the operation.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from experiment_clients import APIResponseValidationError, ConfigurationError
from experiment_clients._bindings import expect_result, field_of, operation_module
from growthbook_api_client.api.features import get_feature
from growthbook_api_client.models import GetFeatureResponse


def test_an_operation_is_found_by_tag_and_name() -> None:
    assert operation_module("growthbook_api_client", "features", "get_feature", "feature") is (
        get_feature
    )


@pytest.mark.parametrize(
    ("package", "tag", "name"),
    [
        ("growthbook_api_client", "features", "get_feature_v2"),  # the spec renamed it
        ("growthbook_api_client", "gadgets", "list_gadgets"),  # its whole tag is gone
        ("experiment_clients_no_such_package", "features", "get_feature"),  # not generated
    ],
)
def test_a_missing_operation_names_the_helper_the_module_and_the_way_out(
    package: str, tag: str, name: str
) -> None:
    with pytest.raises(ConfigurationError) as info:
        operation_module(package, tag, name, "toggle_feature")
    text = str(info.value)
    assert text.startswith("toggle_feature() needs the operation ")
    assert f"{package}.api.{tag}.{name}" in text
    assert "client.call(<module>.operation, ...)" in text


def test_a_dependency_missing_inside_an_operation_module_is_not_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The operation exists but imports something that is not installed: that is the error to
    # see, not "the spec dropped the operation".
    package = tmp_path / "bindings_probe_client"
    (package / "api" / "things").mkdir(parents=True)
    for init in (package, package / "api", package / "api" / "things"):
        (init / "__init__.py").write_text("")
    (package / "api" / "things" / "get_thing.py").write_text(
        "import bindings_probe_dependency_not_installed\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        with pytest.raises(ModuleNotFoundError) as info:
            operation_module("bindings_probe_client", "things", "get_thing", "thing")
        assert info.value.name == "bindings_probe_dependency_not_installed"
        assert not isinstance(info.value, ConfigurationError)
    finally:
        for name in [m for m in sys.modules if m.startswith("bindings_probe_client")]:
            del sys.modules[name]


def test_the_promised_model_passes_through_unchanged() -> None:
    answer = GetFeatureResponse.from_dict(
        {
            "feature": {
                "id": "checkout",
                "dateCreated": "2024-01-01T00:00:00Z",
                "dateUpdated": "2024-01-01T00:00:00Z",
                "archived": False,
                "description": "",
                "owner": "",
                "project": "",
                "valueType": "boolean",
                "defaultValue": "false",
                "tags": [],
                "environments": {},
                "revision": {"version": 1, "comment": "", "date": "2024-01-01T00:00:00Z"},
            }
        }
    )
    assert expect_result(answer, get_feature) is answer
    assert field_of(answer, "feature", get_feature) is answer.feature


def test_an_answer_of_another_model_is_a_validation_error_naming_the_operation() -> None:
    with pytest.raises(APIResponseValidationError) as info:
        expect_result({"feature": {}}, get_feature)
    error = info.value
    assert str(error).startswith("get_feature: expected GetFeatureResponse, got dict")
    assert error.operation == "get_feature"
    assert error.status_code == 200


def test_an_answer_without_the_unwrapped_field_names_the_model_and_the_field() -> None:
    class Renamed:  # what a document that renamed `feature` to `item` would parse into
        item = object()

    with pytest.raises(APIResponseValidationError) as info:
        field_of(Renamed(), "feature", get_feature)
    text = str(info.value)
    assert "get_feature: Renamed has no field 'feature'" in text
    assert "client.call(get_feature.operation, ...)" in text
    assert info.value.operation == "get_feature"
