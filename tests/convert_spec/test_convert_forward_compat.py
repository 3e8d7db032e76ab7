"""A value the spec's enum does not list yet still parses, and keeps its raw value.

The service can add an experience status or type before our spec knows it; a client that crashed
on the whole response for that would be worse than useless. The enum templates in templates/ give
every generated enum a `_missing_` that keeps the raw value as a member of the enum.

This is the one test of that template behaviour (both generated packages share the templates);
scripts/contract_diff's "an added response enum value is not breaking" rests on it.
"""

from __future__ import annotations

import convert_api_client
import pytest
from convert_api_client import models as m
from convert_api_client.api.experiences import get_experience, get_experiences_list
from convert_support import FakeConvert


def test_unknown_enum_values_in_a_response_parse_and_keep_the_raw_string(
    server: FakeConvert, client: convert_api_client.Client
) -> None:
    server.respond(
        {
            "id": 7,
            "status": "hibernating",
            "type": "a/b/n",
            "variations": [{"id": 1, "status": "warming_up"}],
        }
    )

    response = get_experience.sync_detailed(10, 20, 7, client=client)

    experience = response.parsed
    assert isinstance(experience, m.Experience)
    assert isinstance(experience.status, m.ExperienceStatuses)
    assert experience.status == "hibernating"
    assert str(experience.status) == "hibernating"
    assert experience.status.value == "hibernating"
    assert isinstance(experience.type_, m.ExperienceTypes)
    assert experience.type_ == "a/b/n"
    # The unknown value is not added to the listed members.
    assert experience.status not in list(m.ExperienceStatuses)
    # ... and a round trip sends the raw value back unchanged.
    assert experience.to_dict()["status"] == "hibernating"
    assert experience.to_dict()["type"] == "a/b/n"


def test_known_values_are_still_the_listed_members() -> None:
    assert m.ExperienceStatuses("active") is m.ExperienceStatuses.ACTIVE
    assert m.ExperienceStatuses("hibernating") is not m.ExperienceStatuses.ACTIVE


def test_unknown_values_inside_lists_parse(
    server: FakeConvert, client: convert_api_client.Client
) -> None:
    server.respond(
        {
            "data": [{"id": 1, "status": "active"}, {"id": 2, "status": "hibernating"}],
            "extra": {"pagination": {"items_count": 2}},
        }
    )

    response = get_experiences_list.sync_detailed(10, 20, client=client)

    assert isinstance(response.parsed, m.GetExperiencesListResponse)
    assert isinstance(response.parsed.data, list)
    statuses = [e.status for e in response.parsed.data]
    assert statuses == [m.ExperienceStatuses.ACTIVE, "hibernating"]


def test_unknown_integer_enum_value_keeps_the_number() -> None:
    score = m.GetHypothesesListRequestScoreMaxType0(9)
    assert score == 9
    assert score.value == 9
    assert str(score) == "9"


@pytest.mark.parametrize("bad", [3, None, b"active"])
def test_a_value_of_the_wrong_type_is_still_rejected(bad: object) -> None:
    with pytest.raises(ValueError, match="is not a valid ExperienceStatuses"):
        m.ExperienceStatuses(bad)  # type: ignore[arg-type]
