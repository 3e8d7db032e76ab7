"""The premise behind "a new enum value in a response is not breaking": our models keep it.

scripts/contract_diff overrides Optic here (scripts/_contract/supplement.py). The premise itself
(generated enums keep an unknown value) is tested once, in
tests/convert_spec/test_convert_forward_compat.py: if it ever fails, this override must go.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _contract.spec_level import compare_specs
from contract_helpers import Spec, write_pair


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
