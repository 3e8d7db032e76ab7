"""Forward compatibility: answers from a newer GrowthBook than our spec still parse (issue 2, item 4).

Unknown fields are ignored (the raw JSON stays in ``Response.content``), unknown enum values keep their raw string, and
statuses the spec (or the stdlib) does not name do not crash the generated
client; the facade maps them to its typed errors.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

import experiment_clients
import pytest
from experiment_clients import GrowthBookClient
from gb_samples import FEATURE, clone, response_validator
from growthbook_api_client import models as m
from growthbook_api_client.api.features import get_feature


@pytest.fixture
def facade(server: Any) -> Any:
    """A facade client with no pacing and no retries, so status mapping shows directly."""
    client = GrowthBookClient(
        api_key="secret_test123", base_url=server.base_url, rate_limit=None, max_retries=0
    )
    yield client
    client.close()


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


# -- the facade's view of the same answers -------------------------------------------------------


def test_facade_call_raises_api_status_error_for_418(server: Any, facade: Any) -> None:
    server.reply(418, {"message": "I'm a teapot"})
    with pytest.raises(experiment_clients.APIStatusError) as caught:
        facade.call(get_feature, "new_checkout_flow")
    error = caught.value
    assert type(error) is experiment_clients.APIStatusError  # no narrower class for 418
    assert error.status_code == 418
    assert error.operation == "get_feature"
    assert error.body == {"message": "I'm a teapot"}
    assert "418" in str(error)
    assert "I'm a teapot" in str(error)


def test_facade_call_raises_server_error_for_599(server: Any, facade: Any) -> None:
    server.reply(599, {"message": "network connect timeout"})
    with pytest.raises(experiment_clients.ServerError) as caught:
        facade.call(get_feature, "new_checkout_flow")
    assert caught.value.status_code == 599
    assert caught.value.body == {"message": "network connect timeout"}
    assert len(server.requests) == 1  # 599 is not a retried status


def test_facade_call_raises_server_error_for_a_non_json_5xx(server: Any, facade: Any) -> None:
    server.reply(502, raw=b"<html>Bad gateway</html>")
    with pytest.raises(experiment_clients.ServerError) as caught:
        facade.call(get_feature, "new_checkout_flow")
    assert caught.value.status_code == 502
    assert caught.value.body == "<html>Bad gateway</html>"


def test_facade_call_reads_an_undocumented_2xx_as_the_documented_one(
    server: Any, facade: Any
) -> None:
    """Never ``None`` against the declared type (issue 10 item 6; more in test_undocumented_success)."""
    server.reply(299, {"feature": FEATURE}, reason="Custom")
    assert facade.call(get_feature, "new_checkout_flow").feature.id == FEATURE["id"]


def test_facade_call_keeps_unknown_enum_values(server: Any, facade: Any) -> None:
    feature = clone(FEATURE)
    feature["valueType"] = "yaml"
    server.reply(200, {"feature": feature})
    assert facade.feature("new_checkout_flow").value_type == "yaml"


def test_facade_call_reports_a_2xx_body_that_breaks_the_spec(server: Any, facade: Any) -> None:
    feature = clone(FEATURE)
    feature["valueType"] = 5  # not even a string
    server.reply(200, {"feature": feature})
    with pytest.raises(experiment_clients.APIResponseValidationError) as caught:
        facade.call(get_feature, "new_checkout_flow")
    assert caught.value.status_code == 200


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
