"""The GrowthBook half of the sandbox, over real HTTP.

Spec-specific: these name operations and seeded records of the checked-in document;
the generic behaviour is in ``test_generic.py`` and ``test_schemathesis.py``.
"""

from __future__ import annotations

import base64

import httpx
import pytest
from experiment_sandbox import GROWTHBOOK_MAX_LIMIT, Sandbox
from sandbox_helpers import body_of, gb_client, spec_checker

pytestmark = pytest.mark.spec_specific

LISTS = [
    ("/projects", "projects"),
    ("/features", "features"),
    ("/data-sources", "dataSources"),
    ("/metrics", "metrics"),
    ("/experiments", "experiments"),
    ("/dimensions", "dimensions"),
    ("/segments", "segments"),
    ("/sdk-connections", "connections"),
]


def test_bearer_key_is_accepted(sandbox: Sandbox) -> None:
    with gb_client(sandbox) as client:
        response = client.get("/projects")
    assert response.status_code == 200
    spec_checker("growthbook").check("/projects", "GET", response)


def test_basic_auth_with_key_as_user_name_is_accepted(sandbox: Sandbox) -> None:
    token = base64.b64encode(f"{sandbox.credentials.growthbook_api_key}:".encode()).decode()
    response = httpx.get(
        sandbox.growthbook_url + "/projects", headers={"Authorization": f"Basic {token}"}
    )
    assert response.status_code == 200
    via_auth = httpx.get(
        sandbox.growthbook_url + "/projects", auth=(sandbox.credentials.growthbook_api_key, "")
    )
    assert via_auth.status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer secret_wrong"},
        {"Authorization": "Basic " + base64.b64encode(b"secret_wrong:").decode()},
        {"Authorization": "Basic !!notbase64"},
        {"Authorization": "Token something"},
    ],
    ids=["missing", "wrong-bearer", "wrong-basic", "malformed-basic", "other-scheme"],
)
def test_requests_without_a_valid_key_get_401(sandbox: Sandbox, headers: dict[str, str]) -> None:
    response = httpx.get(sandbox.growthbook_url + "/features", headers=headers)
    assert response.status_code == 401
    assert set(body_of(response)) == {"message"}
    spec_checker("growthbook").check("/features", "GET", response)


def test_read_only_key_reads_but_cannot_write(sandbox: Sandbox) -> None:
    with gb_client(sandbox, sandbox.credentials.growthbook_readonly_key) as client:
        assert client.get("/features").status_code == 200
        feature_id = body_of(client.get("/features"))["features"][0]["id"]
        response = client.post(
            f"/features/{feature_id}/toggle", json={"environments": {"production": True}}
        )
    assert response.status_code == 403
    assert "read-only" in body_of(response)["message"]


@pytest.mark.parametrize(("path", "key"), LISTS)
@pytest.mark.parametrize("limit", [7, GROWTHBOOK_MAX_LIMIT])
def test_pagination_walks_every_item_exactly_once(
    sandbox: Sandbox, path: str, key: str, limit: int
) -> None:
    seen: list[str] = []
    offset: int | None = 0
    pages = 0
    with gb_client(sandbox) as client:
        while offset is not None:
            response = client.get(path, params={"limit": limit, "offset": offset})
            assert response.status_code == 200
            page = body_of(response)
            assert page["limit"] == limit
            assert page["offset"] == offset
            assert page["count"] == len(page[key]) <= limit
            assert page["hasMore"] == (page["nextOffset"] is not None)
            if page["hasMore"]:
                assert page["nextOffset"] == offset + page["count"]
            seen.extend(item["id"] for item in page[key])
            offset = page["nextOffset"]
            pages += 1
    assert len(seen) == len(set(seen)) == page["total"]
    assert pages == max(1, -(-page["total"] // limit))


def test_features_are_numerous_enough_for_pagination_to_matter(sandbox: Sandbox) -> None:
    with gb_client(sandbox) as client:
        first = body_of(client.get("/features"))
    assert first["total"] >= 250
    assert first["limit"] == 10
    assert first["count"] == 10
    assert first["nextOffset"] == 10


def test_limit_is_capped_and_bad_values_are_rejected(sandbox: Sandbox) -> None:
    with gb_client(sandbox) as client:
        capped = body_of(client.get("/features", params={"limit": 1000}))
        assert capped["limit"] == GROWTHBOOK_MAX_LIMIT
        assert capped["count"] == GROWTHBOOK_MAX_LIMIT
        past_end = body_of(client.get("/features", params={"offset": 100_000}))
        assert past_end["count"] == 0
        assert past_end["hasMore"] is False
        assert past_end["nextOffset"] is None
        for params in ({"limit": 0}, {"offset": -1}, {"limit": "ten"}):
            response = client.get("/features", params=params)
            assert response.status_code == 400, params
            assert set(body_of(response)) == {"message"}


def test_filters_narrow_lists(sandbox: Sandbox) -> None:
    with gb_client(sandbox) as client:
        project = body_of(client.get("/projects"))["projects"][0]["id"]
        features = body_of(client.get("/features", params={"projectId": project, "limit": 100}))
        assert features["total"] > 0
        assert all(f["project"] == project for f in features["features"])
        experiment = body_of(client.get("/experiments"))["experiments"][0]
        key = experiment["settings"]["experimentId"]
        found = body_of(client.get("/experiments", params={"experimentId": key}))
        assert [e["id"] for e in found["experiments"]] == [experiment["id"]]


def test_unknown_ids_get_404(sandbox: Sandbox) -> None:
    with gb_client(sandbox) as client:
        for path in (
            "/features/nope",
            "/projects/prj_nope",
            "/experiments/exp_nope/results",
            "/nope",
        ):
            response = client.get(path)
            assert response.status_code == 404, path
            assert "message" in body_of(response)


def test_toggle_changes_state_that_later_reads_see(sandbox: Sandbox) -> None:
    with gb_client(sandbox) as client:
        feature = body_of(client.get("/features"))["features"][1]
        before = feature["environments"]["production"]["enabled"]
        response = client.post(
            f"/features/{feature['id']}/toggle",
            json={"environments": {"production": not before, "staging": True}, "reason": "test"},
        )
        assert response.status_code == 200
        spec_checker("growthbook").check("/features/{id}/toggle", "POST", response)
        after = body_of(client.get(f"/features/{feature['id']}"))["feature"]
    assert after["environments"]["production"]["enabled"] is (not before)
    assert after["environments"]["staging"]["enabled"] is True
    sandbox.reset()
    with gb_client(sandbox) as client:
        reseeded = body_of(client.get(f"/features/{feature['id']}"))["feature"]
    assert reseeded["environments"]["production"]["enabled"] is before


def test_toggle_rejects_invalid_bodies(sandbox: Sandbox) -> None:
    with gb_client(sandbox) as client:
        feature_id = body_of(client.get("/features"))["features"][0]["id"]
        missing = client.post(f"/features/{feature_id}/toggle", json={"reason": "no environments"})
        wrong_type = client.post(
            f"/features/{feature_id}/toggle", json={"environments": {"production": "yes"}}
        )
        unknown_env = client.post(
            f"/features/{feature_id}/toggle", json={"environments": {"moon": True}}
        )
    for response in (missing, wrong_type, unknown_env):
        assert response.status_code == 400
        assert set(body_of(response)) == {"message"}
    assert "environments" in body_of(missing)["message"]


def test_rate_limit_answers_429_with_retry_after_per_key() -> None:
    with Sandbox(growthbook_rate_limit=5, rate_window=60.0) as sb, gb_client(sb) as client:
        statuses = [client.get("/projects").status_code for _ in range(5)]
        limited = client.get("/projects")
        with gb_client(sb, sb.credentials.growthbook_readonly_key) as other:
            assert other.get("/projects").status_code == 200  # another key has its own window
    assert statuses == [200] * 5
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) >= 1
    assert set(body_of(limited)) == {"message"}


def test_rate_limit_window_slides() -> None:
    """An injected clock moves time on: no sleeping, no race with a busy machine."""
    now = [1000.0]
    with (
        Sandbox(growthbook_rate_limit=2, rate_window=10, clock=lambda: now[0]) as sb,
        gb_client(sb) as client,
    ):
        assert client.get("/projects").status_code == 200
        now[0] += 4
        assert client.get("/projects").status_code == 200
        limited = client.get("/projects")
        assert limited.status_code == 429
        assert limited.headers["Retry-After"] == "6"  # until the first request leaves the window
        now[0] += 6
        assert client.get("/projects").status_code == 200  # the first one has left
        assert client.get("/projects").status_code == 429  # the second is still in


def test_experiment_results_are_deterministic(sandbox: Sandbox) -> None:
    with gb_client(sandbox) as client:
        experiments = body_of(client.get("/experiments", params={"limit": 100}))["experiments"]
        running = next(e for e in experiments if e["status"] == "running")
        first = client.get(f"/experiments/{running['id']}/results")
        second = client.get(f"/experiments/{running['id']}/results")
        by_dimension = client.get(
            f"/experiments/{running['id']}/results", params={"dimension": "browser"}
        )
        draft = next(e for e in experiments if e["status"] == "draft")
        no_results = client.get(f"/experiments/{draft['id']}/results")
    assert first.status_code == 200
    spec_checker("growthbook").check("/experiments/{id}/results", "GET", first)
    assert first.content == second.content
    result = body_of(first)["result"]
    assert result["experimentId"] == running["id"]
    assert result["results"][0]["totalUsers"] > 0
    assert len(body_of(by_dimension)["result"]["results"]) == 4
    assert no_results.status_code == 404


def test_same_seed_same_data_other_seed_other_data() -> None:
    with Sandbox(seed=3) as a, Sandbox(seed=3) as b, Sandbox(seed=4) as c:
        bodies = []
        for sb in (a, b, c):
            with gb_client(sb) as client:
                bodies.append(body_of(client.get("/projects"))["projects"])
    assert bodies[0] == bodies[1]
    assert bodies[0] != bodies[2]


def test_visual_changesets_belong_to_their_experiment(sandbox: Sandbox) -> None:
    with gb_client(sandbox) as client:
        experiment = body_of(client.get("/experiments"))["experiments"][0]
        listed = client.get(f"/experiments/{experiment['id']}/visual-changesets")
        assert listed.status_code == 200
        changesets = body_of(listed)["visualChangesets"]
        assert changesets
        assert all(c["experiment"] == experiment["id"] for c in changesets)
        single = body_of(client.get(f"/visual-changesets/{changesets[0]['id']}"))
    assert single["visualChangeset"] == changesets[0]
