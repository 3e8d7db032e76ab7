"""The generated models as users meet them: rules decoded by their tag, reprs, equality, to_dict.

Spec-specific (GrowthBook's feature rules); the typing promises are checked by
mypy in tests/facade_basics/test_typed_call.py.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec
import pytest
from gb_samples import FEATURE, clone
from growthbook_api_client import models as m
from growthbook_api_client.types import UNSET, decode


def _rule(kind: str, **fields: Any) -> dict[str, Any]:
    base = {"description": "", "condition": "{}", "id": f"fr_{kind}", "enabled": True}
    return {**base, "type": kind, **fields}


def _feature_with(rules: list[dict[str, Any]]) -> bytes:
    feature = clone(FEATURE)
    feature["environments"]["production"]["rules"] = rules
    return json.dumps({"feature": feature}).encode()


def test_rules_are_decoded_by_their_type_tag() -> None:
    body = _feature_with(
        [
            _rule("force", value="true"),
            _rule("rollout", value="true", coverage=0.5, hashAttribute="id"),
            _rule("experiment", trackingKey="k", value=[{"value": "a", "weight": 1.0}]),
        ]
    )
    rules = decode(m.GetFeatureResponse, body).feature.environments["production"].rules
    assert [type(r) for r in rules] == [
        m.FeatureForceRule,
        m.FeatureRolloutRule,
        m.FeatureExperimentRule,
    ]
    assert [r.type_ for r in rules] == ["force", "rollout", "experiment"]
    assert rules[2].value == [m.FeatureExperimentRuleValue(value="a", weight=1.0)]


def test_the_tag_decides_even_when_the_fields_fit_another_kind() -> None:
    # Every field of a force rule is here, but the tag says rollout: it is a rollout rule,
    # and one missing a rollout field is an error, never silently read as a force rule.
    good = _rule("rollout", value="1", coverage=1.0, hashAttribute="id")
    (rule,) = (
        decode(m.GetFeatureResponse, _feature_with([good])).feature.environments["production"].rules
    )
    assert isinstance(rule, m.FeatureRolloutRule)
    with pytest.raises(msgspec.ValidationError, match="coverage"):
        decode(m.GetFeatureResponse, _feature_with([_rule("rollout", value="1")]))


def test_an_unknown_rule_kind_is_reported_with_the_kinds_known() -> None:
    with pytest.raises(msgspec.ValidationError) as caught:
        decode(m.GetFeatureResponse, _feature_with([_rule("safe-rollout", value="1")]))
    message = str(caught.value)
    assert "'safe-rollout'" in message
    assert "rules[0].type" in message
    for kind, model in (("force", "FeatureForceRule"), ("rollout", "FeatureRolloutRule")):
        assert f"{model} (needs type {kind!r})" in message


def test_reprs_show_only_the_fields_that_are_set() -> None:
    revision = m.FeatureRevision(version=3.0, comment="ship it")
    assert repr(revision) == "FeatureRevision(version=3.0, comment='ship it')"
    parsed = decode(m.GetFeatureResponse, json.dumps({"feature": FEATURE}).encode())
    assert "None" not in repr(parsed.feature.revision)
    assert len(repr(m.FeatureEnvironmentDraft())) < 30


def test_equality_and_to_dict_round_trip_with_json_names() -> None:
    parsed = decode(m.GetFeatureResponse, json.dumps({"feature": FEATURE}).encode())
    again = decode(m.GetFeatureResponse, json.dumps({"feature": clone(FEATURE)}).encode())
    assert parsed == again
    as_dict = parsed.to_dict()
    assert "valueType" in as_dict["feature"]
    assert "value_type" not in as_dict["feature"]
    assert m.GetFeatureResponse.from_dict(as_dict) == parsed
    assert parsed != msgspec.structs.replace(parsed, feature=msgspec.structs.replace(
        parsed.feature, archived=not parsed.feature.archived
    ))  # fmt: skip


def test_optional_response_fields_are_none_when_absent() -> None:
    revision = decode(m.FeatureRevision, b"{}")
    assert (revision.version, revision.comment, revision.date, revision.published_by) == (
        None,
        None,
        None,
        None,
    )


def test_request_models_tell_leaving_out_from_sending_null() -> None:
    body = m.ToggleFeatureRequest(environments={"production": True})
    assert body.reason is UNSET
    assert body.to_dict() == {"environments": {"production": True}}
    assert m.ToggleFeatureRequest(environments={}, reason="x").to_dict()["reason"] == "x"
