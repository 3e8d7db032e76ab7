"""The premise behind "a new enum value in a response is not breaking": our models keep it.

scripts/contract_diff overrides Optic here (scripts/_contract/supplement.py); if the templates
ever stop giving enums a ``_missing_`` hook, these tests fail and the override must go.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _contract.spec_level import compare_specs
from contract_helpers import Spec, write_pair
from growthbook_api_client.models.experiment_analysis_settings import ExperimentAnalysisSettings
from growthbook_api_client.models.feature_value_type import FeatureValueType


def test_generated_str_enum_keeps_an_unknown_value() -> None:
    value = FeatureValueType("yaml")  # GrowthBook lists boolean, string, number, json
    assert isinstance(value, FeatureValueType)
    assert value.value == "yaml"
    assert str(value) == "yaml"
    assert FeatureValueType("json") is FeatureValueType.JSON


def test_generated_model_parses_a_response_with_unknown_enum_values() -> None:
    body = {
        "datasourceId": "ds_1",
        "assignmentQueryId": "aq_1",
        "experimentId": "exp_1",
        "segmentId": "",
        "queryFilter": "",
        "inProgressConversions": "extrapolate",  # not in the spec's enum
        "attributionModel": "firstExposure",
        "statsEngine": "quantum",  # not in the spec's enum
        "goals": [],
        "guardrails": [],
    }
    settings = ExperimentAnalysisSettings.from_dict(body)
    assert settings.stats_engine.value == "quantum"
    assert settings.in_progress_conversions.value == "extrapolate"
    assert settings.to_dict()["statsEngine"] == "quantum"


def test_generated_enum_still_rejects_a_non_string() -> None:
    with pytest.raises(ValueError, match="not a valid"):
        FeatureValueType(3)


@pytest.mark.usefixtures("optic_engine")
def test_added_response_enum_value_is_reported_as_not_breaking(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        spec["components"]["schemas"]["Item"]["properties"]["kind"]["enum"].append("xl")

    findings = compare_specs(*write_pair(tmp_path, edit)).findings
    assert findings
    assert not any(f.breaking for f in findings)
    assert any("generated enums keep unknown values" in f.message for f in findings)


@pytest.mark.usefixtures("optic_engine")
def test_removed_request_enum_value_still_breaks(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        spec["components"]["schemas"]["ItemCreate"]["properties"]["kind"]["enum"].remove("huge")

    assert any(f.breaking for f in compare_specs(*write_pair(tmp_path, edit)).findings)
