"""What users' code sees under ``mypy --strict``: typed calls, pagers, helpers and models.

``client.call(<module>.operation, ...)`` keeps the generated signature, so a spec
change that renames a parameter or a model field shows up as a type error in code
that calls the facade. Response models type required fields as plain types and
the others as ``T | None`` (no ``Unset``); pagers yield the operation's item model;
request models keep "leave it out" (``UNSET``) apart from "send null".

All snippets are checked in one mypy run (a module-scoped fixture), one file each.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api", reason="mypy is installed with the [test] extra")

GOOD = """
from typing import Any

from convert_api_client.api.experiences import get_experience, update_experience
from convert_api_client.api.goals import get_goals_list
from convert_api_client.models import ExperienceStatuses, UpdateExperienceRequest
from convert_api_client.types import UNSET
from experiment_clients import AsyncGrowthBookClient, ConvertClient, GrowthBookClient
from growthbook_api_client.api.features import get_feature, list_features
from growthbook_api_client.models import Feature, FeatureForceRule


def use(gb: GrowthBookClient, cv: ConvertClient) -> None:
    page = gb.call(list_features.operation, limit=5, project_id="prj_1")
    reveal_type(page)
    names: list[str] = [f.id for f in page.features]
    one = gb.call(get_feature.operation, "my_feature")
    reveal_type(one.feature.value_type)
    for feature in gb.paginate(list_features.operation, page_size=50):
        reveal_type(feature)
    for goal in cv.paginate(get_goals_list.operation, max_items=10):
        reveal_type(goal)
    exp = cv.call(get_experience.operation, 1, 2, 3)
    name: str | None = exp.name
    status = exp.status.value if exp.status is not None else "unknown"
    helper = gb.feature("checkout")
    reveal_type(helper)
    rule = helper.environments["production"].rules[0]
    if isinstance(rule, FeatureForceRule):
        forced: str = rule.value
    data: dict[str, Any] = helper.to_dict()
    same: bool = Feature.from_dict(data) == helper
    reveal_type(cv.experiences.list())
    # PATCH-style: end_time=None sends null, a field left out is not sent at all.
    change = UpdateExperienceRequest(name="v2", end_time=None)
    left_out: bool = change.start_time is UNSET
    cv.call(update_experience.operation, 1, 2, 3, body=change)
    cv.experiences.set_status(3, ExperienceStatuses.ACTIVE)


async def use_async(gb: AsyncGrowthBookClient) -> None:
    async for feature in gb.paginate(list_features.operation):
        reveal_type(feature)
    reveal_type(await gb.feature("checkout"))
    by_name = await gb.call("listFeatures", limit=5)  # by name: accepted, untyped
    reveal_type(by_name)
"""

BAD = """
from convert_api_client.api.experiences import get_experience
from experiment_clients import ConvertClient, GrowthBookClient
from growthbook_api_client.api.features import get_feature, list_features

def use(gb: GrowthBookClient, cv: ConvertClient) -> None:
    gb.call(list_features.operation, limit="five")
    gb.call(get_feature.operation)
    gb.call(list_features.operation).featurez
    exp = cv.call(get_experience.operation, 1, 2, 3)
    name: str = exp.name
    for feature in gb.paginate(list_features.operation):
        feature.no_such_field
"""


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """One strict mypy run over every snippet; its output lines, by snippet file name."""
    folder = tmp_path_factory.mktemp("snippets")
    for name, source in (("good.py", GOOD), ("bad.py", BAD)):
        (folder / name).write_text(source)
    out, err, _status = mypy_api.run(
        [
            "--strict",
            "--no-incremental",
            "--follow-imports=silent",
            f"--python-executable={sys.executable}",
            str(folder / "good.py"),
            str(folder / "bad.py"),
        ]
    )
    lines: dict[str, list[str]] = {"good.py": [], "bad.py": []}
    for line in (out + err).splitlines():
        name = Path(line.split(":", 1)[0]).name
        lines.setdefault(name, []).append(line)
    return lines


def _revealed(lines: list[str]) -> dict[int, str]:
    found = {}
    for line in lines:
        match = re.search(r":(\d+): note: Revealed type is \"(.+)\"", line)
        if match:
            found[int(match.group(1))] = match.group(2)
    return found


def _line(source: str, fragment: str) -> int:
    """The line number, as mypy counts, of the one line of ``source`` holding ``fragment``."""
    found = [n for n, line in enumerate(source.splitlines(), 1) if fragment in line]
    assert len(found) == 1, (fragment, found)
    return found[0]


def test_user_code_is_clean_under_strict_mypy(mypy_output: dict[str, list[str]]) -> None:
    errors = [line for line in mypy_output["good.py"] if ": error:" in line]
    assert errors == [], "\n".join(mypy_output["good.py"])


def test_calls_pagers_and_helpers_give_the_operations_models(
    mypy_output: dict[str, list[str]],
) -> None:
    revealed = _revealed(mypy_output["good.py"])
    models = "growthbook_api_client.models"
    expected = {
        "reveal_type(page)": f"{models}.list_features_response.ListFeaturesResponse",
        "reveal_type(one.feature.value_type)": f"{models}.feature_value_type.FeatureValueType",
        "reveal_type(goal)": "convert_api_client.models.goal.Goal",  # cv.paginate(...)
        "reveal_type(helper)": f"{models}.feature.Feature",  # the gb.feature() helper
        "reveal_type(cv.experiences.list())": (
            "experiment_clients.pagination.Pager[convert_api_client.models.experience.Experience]"
        ),
        'reveal_type(await gb.feature("checkout"))': f"{models}.feature.Feature",
        "reveal_type(by_name)": "Any",  # a call by operationId is accepted, untyped
    }
    for fragment, type_name in expected.items():
        assert revealed.get(_line(GOOD, fragment)) == type_name, fragment
    # reveal_type(feature) is on two lines: gb.paginate(list_features.operation), sync and async
    sync_pager, async_pager = (
        n for n, line in enumerate(GOOD.splitlines(), 1) if "reveal_type(feature)" in line
    )
    assert revealed.get(sync_pager) == revealed.get(async_pager) == f"{models}.feature.Feature"
    assert len(revealed) == len(expected) + 2  # every reveal_type above, and no other


def test_wrong_arguments_fields_and_optionals_are_type_errors(
    mypy_output: dict[str, list[str]],
) -> None:
    lines = mypy_output["bad.py"]
    flagged = {int(line.split(":")[1]) for line in lines if ": error:" in line}
    # limit="five" (7), the missing feature id (8), a misspelt model field (9), an optional
    # field used as if always there (11), a field the pager's item model lacks (13).
    assert flagged == {7, 8, 9, 11, 13}, "\n".join(lines)
    text = "\n".join(lines)
    assert '"featurez"' in text
    assert 'Incompatible types in assignment (expression has type "str | None"' in text
    assert '"Feature" has no attribute "no_such_field"' in text
