"""Forward compatibility: answers from a newer GrowthBook than our spec still parse (issue 2, item 4).

Unknown fields are ignored (the raw JSON stays in ``Response.content``), unknown enum values keep their raw string, and
statuses the spec (or the stdlib) does not name do not crash the generated
client. How the facade maps such answers to its typed errors is tested in tests/facade.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

import pytest
from gb_samples import FEATURE, clone, response_validator
from growthbook_api_client import models as m
from growthbook_api_client.api.features import get_feature


def test_unknown_fields_are_ignored_and_the_raw_json_stays_reachable(server: Any, gb: Any) -> None:
    feature = clone(FEATURE)
    feature["customFields"] = {"jira": "CHK-12"}
    feature["environments"]["production"]["rules"][0]["savedGroups"] = ["grp_1"]
    feature["revision"]["status"] = "published"
    server.reply(200, {"feature": feature, "warnings": ["deprecated field"]})

    response = get_feature.sync_detailed("new_checkout_flow", client=gb.raw)
    parsed = response.parsed

    assert isinstance(parsed, m.GetFeatureResponse)
    assert parsed.feature.id == FEATURE["id"]
    rule = parsed.feature.environments["production"].rules[0]
    assert isinstance(rule, m.FeatureForceRule)
    # The typed models leave undeclared fields out (they do not become attributes) ...
    assert not hasattr(parsed, "warnings")
    assert not hasattr(parsed.feature, "custom_fields")
    assert "customFields" not in parsed.to_dict()["feature"]
    # ... and the answer's own bytes keep them, for whoever needs a field the spec lacks.
    raw = json.loads(response.content)
    assert raw["warnings"] == ["deprecated field"]
    assert raw["feature"]["customFields"] == {"jira": "CHK-12"}
    assert raw["feature"]["environments"]["production"]["rules"][0]["savedGroups"] == ["grp_1"]


@pytest.mark.parametrize(
    ("status", "parsed_type"),
    [(299, type(None)), (418, type(None)), (599, m.Error)],
    ids=["299-undocumented-2xx", "418-undocumented", "599-documented-as-5XX"],
)
def test_unknown_status_codes_do_not_crash_the_generated_client(
    server: Any, gb: Any, status: int, parsed_type: type
) -> None:
    server.reply(status, {"message": "something new"}, reason="Whatever")

    response = get_feature.sync_detailed("new_checkout_flow", client=gb.raw)

    assert response.status_code == status
    assert int(response.status_code) == status
    assert response.content == b'{"message": "something new"}'
    assert type(response.parsed) is parsed_type
    if isinstance(response.parsed, m.Error):
        assert response.parsed.message == "something new"


def test_status_codes_the_stdlib_does_not_name_stay_plain_ints(server: Any, gb: Any) -> None:
    server.reply(299, {}, reason="Custom")
    response = get_feature.sync_detailed("new_checkout_flow", client=gb.raw)
    assert type(response.status_code) is int

    server.reply(418, {})
    response = get_feature.sync_detailed("new_checkout_flow", client=gb.raw)
    assert response.status_code == HTTPStatus.IM_A_TEAPOT


def test_undocumented_status_with_a_non_json_body(server: Any, gb: Any) -> None:
    server.reply(418, raw=b"<html>I'm a teapot</html>")
    response = get_feature.sync_detailed("new_checkout_flow", client=gb.raw)
    assert response.status_code == 418
    assert response.parsed is None


@pytest.mark.parametrize("kind", ["force", "rollout"])
def test_rule_with_an_empty_string_value_keeps_its_kind(server: Any, gb: Any, kind: str) -> None:
    feature = clone(FEATURE)
    feature["valueType"] = "string"
    rule = {
        "description": "Empty banner text for bots",
        "condition": '{"bot": true}',
        "id": "fr_empty",
        "enabled": True,
        "type": kind,
        "value": "",
    }
    if kind == "rollout":
        rule |= {"coverage": 0.5, "hashAttribute": "id"}
    feature["environments"]["production"]["rules"] = [rule]
    body = {"feature": feature}
    assert not list(response_validator("/features/{id}", "get").iter_errors(body))  # spec-valid
    server.reply(200, body)

    parsed = get_feature.sync_detailed("new_checkout_flow", client=gb.raw).parsed

    assert isinstance(parsed, m.GetFeatureResponse)
    parsed_rule = parsed.feature.environments["production"].rules[0]
    assert not isinstance(parsed_rule, m.FeatureExperimentRule)
    assert parsed_rule.to_dict()["value"] == ""
