"""_validate.py: arguments are checked against the generated signature before any request.

Every refusal below must leave the sandbox journal empty, and its message must
name the argument and say what is accepted.
"""

from __future__ import annotations

import asyncio
import importlib
import io
import json
from collections.abc import Callable
from typing import Any

import msgspec
import pytest
from convert_api_client.api.experiences import (
    create_experience,
    get_experience,
    get_experiences_list,
)
from convert_api_client.api.files import upload_file
from convert_api_client.api.goals import create_goal, get_goals_list
from convert_api_client.models import UploadFileRequest
from convert_api_client.models.experience_statuses import ExperienceStatuses
from convert_api_client.types import File
from experiment_clients import ConvertClient, GrowthBookClient, InvalidArgumentError
from experiment_clients._validate import json_names
from experiment_sandbox import Sandbox
from facade_helpers import entries, make_async_convert
from growthbook_api_client.api.features import get_feature, list_features
from openapi_python_client.strings import PythonIdentifier

VALID_BODY = {"name": "Green button", "type": "a/b", "status": "draft", "url": "https://x.example"}


def _refused(sandbox: Sandbox, action: Callable[[], Any], *fragments: str) -> str:
    with pytest.raises(InvalidArgumentError) as info:
        action()
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, (fragment, message)
    assert sandbox.journal == [], "a request was sent"
    return message


@pytest.mark.parametrize(
    ("name", "kwargs", "fragments"),
    [
        ("string for int", {"limit": "10"}, ("list_features(limit)", "integer", "'10'")),
        ("bool for int", {"limit": True}, ("list_features(limit)", "integer")),
        ("float for int", {"offset": 1.5}, ("list_features(offset)", "integer")),
        ("int for str", {"project_id": 7}, ("list_features(project_id)", "string")),
    ],
)
def test_wrong_type_growthbook(
    growthbook: GrowthBookClient,
    sandbox: Sandbox,
    name: str,
    kwargs: dict[str, Any],
    fragments: tuple[str, ...],
) -> None:
    _refused(sandbox, lambda: growthbook.call(list_features, **kwargs), *fragments)


def test_wrong_type_convert(convert: ConvertClient, sandbox: Sandbox) -> None:
    _refused(
        sandbox,
        lambda: convert.call(get_experience, experience_id="x"),
        "get_experience(experience_id)",
        "integer",
        "'x'",
    )
    _refused(
        sandbox,
        lambda: convert.call(get_experience, experience_id=1, include="goals"),
        "get_experience(include)",
        "list",
    )
    _refused(
        sandbox,
        lambda: convert.call(get_experiences_list, body="{}"),
        "get_experiences_list(body)",
    )


def test_unknown_enum_value_in_a_body_field(convert: ConvertClient, sandbox: Sandbox) -> None:
    message = _refused(
        sandbox,
        lambda: convert.call(create_experience, body={**VALID_BODY, "status": "running"}),
        "create_experience(body).status",
        "running",
        "'draft'",
        "'active'",
    )
    assert "use one of" in message


def test_unknown_enum_value_in_a_list_argument(convert: ConvertClient, sandbox: Sandbox) -> None:
    _refused(
        sandbox,
        lambda: convert.call(get_experience, experience_id=1, include=["goals", "nope"]),
        "get_experience(include)[1]",
        "'nope'",
        "'stats'",
        "'variations.changes'",
    )


def test_unknown_enum_value_in_a_helper(convert: ConvertClient, sandbox: Sandbox) -> None:
    _refused(
        sandbox,
        lambda: convert.experiences.list(status=["running"]),
        "status",
        "'running'",
        "'active'",
    )


def test_missing_required_argument(convert: ConvertClient, sandbox: Sandbox) -> None:
    _refused(
        sandbox,
        lambda: convert.call(get_experience),
        "get_experience",
        "missing required argument 'experience_id'",
    )
    _refused(sandbox, lambda: convert.call(create_experience), "'body'")


def test_unknown_keyword_argument(
    convert: ConvertClient, growthbook: GrowthBookClient, sandbox: Sandbox
) -> None:
    _refused(
        sandbox,
        lambda: convert.call(get_experience, experience_id=1, expierence=2),
        "unknown argument 'expierence'",
        "experience_id",
        "include",
    )
    _refused(
        sandbox,
        lambda: growthbook.call(list_features, projectId="prj"),
        "unknown argument 'projectId'",
        "project_id",
    )


@pytest.mark.parametrize("missing", ["name", "type", "status", "url"])
def test_dict_body_missing_a_required_field(
    convert: ConvertClient, sandbox: Sandbox, missing: str
) -> None:
    body = {k: v for k, v in VALID_BODY.items() if k != missing}
    _refused(
        sandbox,
        lambda: convert.call(create_experience, body=body),
        "create_experience(body)",
        f"missing required field '{missing}'",
        "CreateExperienceRequest",
    )


def test_helpers_check_their_fields_too(convert: ConvertClient, sandbox: Sandbox) -> None:
    _refused(
        sandbox,
        lambda: convert.experiences.create(name="x", type="a/b", url="https://x.example"),
        "missing required field 'status'",
    )
    _refused(sandbox, lambda: convert.experiences.get(True), "experience", "id (int) or a key")
    _refused(sandbox, lambda: convert.experiences.update(5), "at least one field")
    _refused(sandbox, lambda: convert.experiences.set_status(5, ""), "status")
    _refused(sandbox, lambda: convert.experiences.update(-3, name="x"), "experience_id")


def test_positional_and_structural_mistakes(
    convert: ConvertClient, growthbook: GrowthBookClient, sandbox: Sandbox
) -> None:
    _refused(sandbox, lambda: growthbook.call(get_feature, "a", "b"), "positional")
    _refused(sandbox, lambda: growthbook.call(get_feature, "a", id="a"), "'id' given twice")
    _refused(sandbox, lambda: growthbook.call(get_feature, id="a", client=None), "client")
    _refused(sandbox, lambda: growthbook.call(print), "growthbook_api_client.api")
    _refused(sandbox, lambda: convert.call(get_feature, id="a"), "convert_api_client.api")


def test_a_raw_string_equal_to_an_enum_value_is_accepted_and_sent(
    convert: ConvertClient, sandbox: Sandbox
) -> None:
    created = convert.call(create_experience, body=VALID_BODY, include=["goals"])
    assert created.status == ExperienceStatuses.DRAFT
    typed = convert.call(
        create_experience, body={**VALID_BODY, "status": ExperienceStatuses.PAUSED}
    )
    assert typed.status == ExperienceStatuses.PAUSED
    first, second = entries(sandbox, "createExperience")
    assert json.loads(first.body)["status"] == "draft"
    assert json.loads(first.body)["type"] == "a/b"
    assert first.query == (("include[]", "goals"),)
    assert json.loads(second.body)["status"] == "paused"


def test_the_async_client_checks_before_sending(sandbox: Sandbox) -> None:
    async def run() -> None:
        async with make_async_convert(sandbox) as cv:
            with pytest.raises(InvalidArgumentError, match="experience_id"):
                await cv.call(get_experience, experience_id="x")
            with pytest.raises(InvalidArgumentError, match=r"body\.page"):
                cv.paginate(get_experiences_list, body={"page": 2})

    asyncio.run(run())
    assert sandbox.journal == []


def test_a_header_parameter_that_cannot_be_sent_is_refused(
    convert: ConvertClient, sandbox: Sandbox
) -> None:
    _refused(
        sandbox,
        lambda: convert.call(get_experience, experience_id=1, report_token="tök én"),
        "report_token",
    )


def test_an_upload_body_with_a_file_is_accepted(convert: ConvertClient, sandbox: Sandbox) -> None:
    payload = "héllo ✓ 🎉\n".encode()
    body = UploadFileRequest(
        file_name="café brief.txt",
        file=File(payload=io.BytesIO(payload), file_name="brief.txt", mime_type="text/plain"),
    )
    convert.call(upload_file, body=body)
    (entry,) = entries(sandbox, "uploadFile")
    assert entry.status == 200  # the multipart bytes were signed as sent
    assert payload in entry.body


# -- field names: errors speak the JSON names a dict body is written with ------------------


def test_a_misspelt_field_is_named_with_the_closest_json_name_not_reported_missing(
    convert: ConvertClient, sandbox: Sandbox
) -> None:
    body = {"nme": "Green button", "type": "a/b", "status": "draft", "url": "https://x.example"}
    message = _refused(
        sandbox,
        lambda: convert.call(create_experience, body=body),
        "create_experience(body)",
        "unknown field 'nme'",
        "did you mean 'name'?",
    )
    assert "missing" not in message


def test_a_python_attribute_name_suggests_the_json_name_that_works(
    convert: ConvertClient, sandbox: Sandbox
) -> None:
    _refused(
        sandbox,
        lambda: convert.call(get_goals_list, body={"only_count": True}),
        "get_goals_list(body)",
        "unknown field 'only_count'",
        "did you mean 'onlyCount'?",
    )
    message = _refused(
        sandbox,
        lambda: convert.call(create_experience, body={**VALID_BODY, "type_": "a/b"}),
        "unknown field 'type_'",
        "did you mean 'type'?",
    )
    fields = message.split("(fields: ", 1)[1]
    assert "type," in fields
    assert "type_" not in fields
    # and the JSON name is what works
    assert convert.call(get_goals_list, body={"onlyCount": True}) is not None


def test_a_missing_field_and_a_wrong_value_are_named_by_their_json_names(
    convert: ConvertClient, sandbox: Sandbox
) -> None:
    _refused(
        sandbox,
        lambda: convert.call(create_goal, body={"name": "g", "triggering_rule": {}}),
        "create_goal(body)",
        "missing required field 'type'",
    )
    _refused(
        sandbox,
        lambda: convert.call(get_goals_list, body={"onlyCount": "yes"}),
        "get_goals_list(body).onlyCount: expected True or False, got 'yes'",
    )
    _refused(
        sandbox,
        lambda: convert.call(get_goals_list, body={"experiences": [1, "2"]}),
        "get_goals_list(body).experiences[1]: expected an integer, got '2'",
    )
    nested = {
        "name": "g",
        "type": "clicks_link",
        "triggering_rule": {"OR": [{"AND": [{"OR_WHEN": 5}]}]},
    }
    _refused(
        sandbox,
        lambda: convert.call(create_goal, body=nested),
        "create_goal(body).triggering_rule.OR[0].AND[0].OR_WHEN: expected a list, got int",
    )


def test_what_only_msgspec_refuses_is_named_by_its_path_too(
    convert: ConvertClient, sandbox: Sandbox
) -> None:
    """A free-form object's keys are JSON strings: msgspec refuses an int key, we say where."""
    body = {"name": "g", "type": "clicks_link", "triggering_rule": {"OR": []}, "settings": {1: 2}}
    _refused(
        sandbox,
        lambda: convert.call(create_goal, body=body),
        "create_goal(body).settings (one of its keys): expected `str`, got `int`",
    )


def test_nested_fields_are_checked_with_their_path(
    convert: ConvertClient, sandbox: Sandbox
) -> None:
    body = {"name": "g", "type": "clicks_link", "triggering_rule": {"OR": [{"and": []}]}}
    _refused(
        sandbox,
        lambda: convert.call(create_goal, body=body),
        "create_goal(body).triggering_rule.OR[0]",
        "unknown field 'and'",
        "did you mean 'AND'?",
    )


def test_an_unknown_argument_suggests_the_parameter(
    growthbook: GrowthBookClient, sandbox: Sandbox
) -> None:
    _refused(
        sandbox,
        lambda: growthbook.call(list_features, projectId="prj"),
        "did you mean 'project_id'?",
    )
    _refused(sandbox, lambda: growthbook.call(list_features, limt=3), "did you mean 'limit'?")


@pytest.mark.parametrize("package", ["convert_api_client", "growthbook_api_client"])
def test_json_names_are_read_right_for_every_model(package: str) -> None:
    """Generic: each model's JSON names are msgspec's encode names, and map back to the
    attributes by the generator's own naming rule."""
    models = importlib.import_module(f"{package}.models")
    checked = renamed = 0
    for name in models.__all__:
        cls = getattr(models, name)
        if not (isinstance(cls, type) and issubclass(cls, msgspec.Struct)):
            continue  # enums, and open objects (dict aliases)
        names = json_names(cls)
        assert names == {f.name: f.encode_name for f in msgspec.structs.fields(cls)}, cls
        for attribute, json_name in names.items():
            assert PythonIdentifier(json_name, "field_") == attribute, (cls, json_name)
            checked += 1
            renamed += attribute != json_name
    assert checked > 0
    assert renamed > 0  # camelCase names exist, so a json_names that echoed attributes fails
