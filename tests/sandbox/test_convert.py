"""The Convert half of the sandbox, over real HTTP.

Spec-specific: these name operations and seeded records of the checked-in document;
the generic behaviour is in ``test_generic.py`` and ``test_schemathesis.py``.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from experiment_sandbox import Sandbox
from sandbox_helpers import (
    body_of,
    cv_client,
    hmac_client,
    project_path,
    request_body,
    spec_checker,
)

pytestmark = pytest.mark.spec_specific

LIST_TEMPLATE = "/accounts/{account_id}/projects/{project_id}/experiences"


def _experiences(sb: Sandbox, client: httpx.Client, **body: Any) -> httpx.Response:
    return client.post(project_path(sb, "/experiences"), json=body)


# ------------------------------------------------------------------ auth
def test_signed_request_is_accepted(sandbox: Sandbox) -> None:
    with hmac_client(sandbox) as client:
        response = _experiences(sandbox, client, results_per_page=5, search="test")
        with_query = client.get(
            project_path(sandbox, "/experiences/1000001"), params=[("include[]", "stats")]
        )
    assert response.status_code == 200, response.text
    spec_checker("convert").check(LIST_TEMPLATE, "POST", response)
    assert with_query.status_code in (200, 404), with_query.text


def test_signature_covers_the_url_as_sent(sandbox: Sandbox) -> None:
    """The signed URL is the raw one: a query string the server did not get signed fails."""
    c = sandbox.credentials
    with hmac_client(sandbox) as client:
        request = client.build_request(
            "GET", project_path(sandbox, "/goals/by-key-that-is-missing")
        )
        signed = next(client.auth.auth_flow(request))  # type: ignore[union-attr]
    tampered = httpx.Request("GET", str(signed.url) + "?include[]=stats", headers=signed.headers)
    with httpx.Client() as raw:
        response = raw.send(tampered)
    assert response.status_code == 401
    assert body_of(response)["message"] == "Invalid request signature"
    assert c.convert_application_id in signed.headers["Convert-Application-ID"]


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"expires": 1_000_000_000}, "expired"),
        ({"expires_in": 3 * 3600}, "future"),
    ],
)
def test_expires_outside_the_window_is_rejected(
    sandbox: Sandbox, kwargs: dict[str, int], reason: str
) -> None:
    with hmac_client(sandbox, **kwargs) as client:
        response = _experiences(sandbox, client)
    assert response.status_code == 401
    assert reason in body_of(response)["message"]


def test_wrong_secret_and_unknown_application_are_rejected(sandbox: Sandbox) -> None:
    from sandbox_helpers import HmacAuth

    c = sandbox.credentials
    cases = {
        "Invalid request signature": HmacAuth(c.convert_application_id, "not-the-secret"),
        "Unknown application id": HmacAuth("some-other-app", c.convert_secret_key),
    }
    for reason, auth in cases.items():
        response = httpx.post(
            sandbox.convert_url + project_path(sandbox, "/experiences"), json={}, auth=auth
        )
        assert response.status_code == 401
        assert body_of(response) == {"code": 401, "message": reason, "parameters": []}


def test_body_is_part_of_the_signature(sandbox: Sandbox) -> None:
    with hmac_client(sandbox) as client:
        request = client.build_request(
            "POST", project_path(sandbox, "/experiences"), json={"page": 1}
        )
        signed = next(client.auth.auth_flow(request))  # type: ignore[union-attr]
    swapped = httpx.Request(
        "POST", signed.url, headers=signed.headers, content=signed.content.replace(b"1", b"2")
    )
    with httpx.Client() as raw:
        response = raw.send(swapped)
    assert response.status_code == 401


def test_secret_key_bearer_is_accepted_and_checked(sandbox: Sandbox) -> None:
    c = sandbox.credentials
    url = sandbox.convert_url + project_path(sandbox, "/experiences")
    good = httpx.post(
        url,
        json={},
        headers={"Authorization": f"Bearer {c.convert_api_key_id}:{c.convert_api_key_secret}"},
    )
    wrong = httpx.post(
        url, json={}, headers={"Authorization": f"Bearer {c.convert_api_key_id}:nope"}
    )
    malformed = httpx.post(
        url, json={}, headers={"Authorization": f"Bearer {c.convert_api_key_id}"}
    )
    missing = httpx.post(url, json={})
    assert good.status_code == 200
    for response in (wrong, malformed, missing):
        assert response.status_code == 401
        error = body_of(response)
        assert error["code"] == 401
        assert error["message"]
        spec_checker("convert").check(LIST_TEMPLATE, "POST", response)


def test_cookie_session_from_do_auth(sandbox: Sandbox) -> None:
    c = sandbox.credentials
    with httpx.Client(base_url=sandbox.convert_url) as client:
        bad = client.post("/auth", json={"username": c.convert_username, "requestType": "initiatePasswordAuth",
                                          "data": {"password": "wrong"}})  # fmt: skip
        assert bad.status_code == 401
        ok = client.post("/auth", json={"username": c.convert_username, "requestType": "initiatePasswordAuth",
                                         "data": {"password": c.convert_password}})  # fmt: skip
        assert ok.status_code == 200
        assert "session" in client.cookies
        assert client.get("/user").status_code == 200
        assert client.post("/auth/logout", json={}).status_code == 200
        client.cookies.clear()
        assert client.get("/user").status_code == 401


# ------------------------------------------------------- query arrays
def test_include_must_be_sent_as_an_array(sandbox: Sandbox) -> None:
    with cv_client(sandbox) as client:
        path = project_path(sandbox, "/experiences/") + str(
            _first_id(sandbox, client, "experiences")
        )
        wrong = client.get(path, params={"include": "stats"})
        expand = client.get(path, params={"expand": "project"})
        right = client.get(path, params=[("include[]", "stats"), ("include[]", "variations")])
    assert wrong.status_code == 422
    assert body_of(wrong) == {
        "code": 422,
        "message": ["The 'include' parameter must be a array."],
        "parameters": ["include"],
    }
    assert body_of(expand)["parameters"] == ["expand"]
    assert right.status_code == 200
    assert {"stats", "variations"} <= set(body_of(right))


def test_invalid_requests_get_422_naming_the_parameters(sandbox: Sandbox) -> None:
    with cv_client(sandbox) as client:
        response = _experiences(sandbox, client, results_per_page=51, sort_by="colour", page=0)
        bad_path = client.get(project_path(sandbox, "/tags/abc"))
        bad_include = client.get(project_path(sandbox, "/goals/1"), params={"include[]": "nope"})
    assert response.status_code == 422
    error = body_of(response)
    assert error["code"] == 422
    assert set(error["parameters"]) == {"results_per_page", "sort_by", "page"}
    assert isinstance(error["message"], list)
    assert len(error["message"]) == 3
    assert bad_path.status_code == 422
    assert body_of(bad_path)["parameters"] == ["tag_id"]
    assert bad_include.status_code == 422
    assert body_of(bad_include)["parameters"] == ["include[]"]


# ---------------------------------------------------------- pagination
@pytest.mark.parametrize(
    "kind",
    ["experiences", "goals", "audiences", "locations", "hypotheses", "tags", "features", "domains"],
)
@pytest.mark.parametrize("per_page", [7, 50])
def test_pagination_walks_every_item_exactly_once(
    sandbox: Sandbox, kind: str, per_page: int
) -> None:
    seen: list[int] = []
    with cv_client(sandbox) as client:
        total = body_of(client.post(project_path(sandbox, f"/{kind}"), json={"onlyCount": True}))
        expected = total["extra"]["pagination"]["items_count"]
        assert total["data"] == []
        page = 1
        while True:
            response = client.post(
                project_path(sandbox, f"/{kind}"), json={"page": page, "results_per_page": per_page}
            )
            assert response.status_code == 200
            body = body_of(response)
            pagination = body["extra"]["pagination"]
            assert pagination == {
                "current_page": page,
                "items_count": expected,
                "items_per_page": per_page,
                "pages_count": -(-expected // per_page),
            }
            if not body["data"]:
                break
            seen.extend(item["id"] for item in body["data"])
            page += 1
    assert len(seen) == len(set(seen)) == expected > 0
    assert page == pagination["pages_count"] + 1


def test_sorting_filtering_and_only(sandbox: Sandbox) -> None:
    with cv_client(sandbox) as client:
        ascending = body_of(
            _experiences(sandbox, client, sort_by="name", sort_direction="asc", results_per_page=50)
        )
        names = [e["name"].lower() for e in ascending["data"]]
        assert names == sorted(names)
        default = body_of(_experiences(sandbox, client))["data"]
        ids = [e["id"] for e in default]
        assert ids == sorted(ids, reverse=True)
        assert len(ids) == 30
        active = body_of(_experiences(sandbox, client, status=["active"], results_per_page=50))[
            "data"
        ]
        assert active
        assert {e["status"] for e in active} == {"active"}
        only = body_of(_experiences(sandbox, client, only=ids[:3]))["data"]
        assert sorted(e["id"] for e in only) == sorted(ids[:3])
        searched = body_of(_experiences(sandbox, client, search="checkout", results_per_page=50))[
            "data"
        ]
        assert searched
        assert all(
            "checkout" in (e["name"] + e["description"] + e["key"]).lower() for e in searched
        )


def test_include_and_expand_in_list_bodies(sandbox: Sandbox) -> None:
    with cv_client(sandbox) as client:
        plain = body_of(_experiences(sandbox, client, results_per_page=1))["data"][0]
        rich = body_of(
            _experiences(
                sandbox,
                client,
                results_per_page=1,
                include=["variations", "stats"],
                expand=["project", "tags"],
            )
        )["data"][0]
    assert "variations" not in plain
    assert "stats" not in plain
    assert isinstance(plain["project"], int)
    assert all(isinstance(t, int) for t in plain["tags"])
    assert rich["variations"]
    assert "changes" not in rich["variations"][0]
    assert rich["project"]["id"] == sandbox.credentials.convert_project_id
    assert all(isinstance(t, dict) for t in rich["tags"])


# ------------------------------------------------------ state changes
def _first_id(sb: Sandbox, client: httpx.Client, kind: str) -> int:
    return int(
        body_of(client.post(project_path(sb, f"/{kind}"), json={"results_per_page": 1}))["data"][0][
            "id"
        ]
    )


def test_experience_lifecycle(sandbox: Sandbox) -> None:
    checker = spec_checker("convert")
    base = "/accounts/{account_id}/projects/{project_id}/experiences"
    with cv_client(sandbox) as client:
        created = client.post(
            project_path(sandbox, "/experiences/add"),
            json={"name": "Sandbox test", "key": "sandbox_test", "status": "draft", "type": "a/b",
                  "url": "https://www.example.com/", "variations": [{"name": "Original"}, {"name": "Big button"}]},
        )  # fmt: skip
        assert created.status_code == 200, created.text
        checker.check(base + "/add", "POST", created)
        experience = body_of(created)
        eid = experience["id"]
        assert [v["name"] for v in experience["variations"]] == ["Original", "Big button"]

        by_id = client.get(project_path(sandbox, f"/experiences/{eid}"))
        by_key = client.get(project_path(sandbox, "/experiences/sandbox_test"))
        assert body_of(by_id) == body_of(by_key)
        checker.check(base + "/{experience_key}", "GET", by_key)

        duplicate = client.post(project_path(sandbox, "/experiences/add"),
                                json={"name": "Dup", "key": "sandbox_test", "status": "draft", "type": "a/b",
                                      "url": "https://www.example.com/"})  # fmt: skip
        assert duplicate.status_code == 422
        assert body_of(duplicate)["parameters"] == ["key"]

        updated = client.post(
            project_path(sandbox, f"/experiences/{eid}/update"),
            json={"name": "Renamed", "status": "active"},
        )
        assert updated.status_code == 200
        assert body_of(updated)["status"] == "active"
        assert body_of(updated)["start_time"]
        assert (
            body_of(client.get(project_path(sandbox, f"/experiences/{eid}")))["name"] == "Renamed"
        )

        clone = client.post(
            project_path(sandbox, f"/experiences/{eid}/clone"), json={"name": "Renamed again"}
        )
        assert clone.status_code == 200
        clone_body = body_of(clone)
        assert clone_body["id"] != eid
        assert clone_body["status"] == "draft"
        assert clone_body["name"] == "Renamed again"
        assert {v["id"] for v in clone_body["variations"]}.isdisjoint(
            v["id"] for v in experience["variations"]
        )

        bulk = client.post(
            project_path(sandbox, "/experiences/bulk-update"),
            json={"id": [eid, clone_body["id"], 1], "status": "paused"},
        )
        assert body_of(bulk)["errors"] == [
            {"id": 1, "message": "The experience with id 1 was not found"}
        ]
        paused = body_of(_experiences(sandbox, client, only=[eid, clone_body["id"]]))["data"]
        assert {e["status"] for e in paused} == {"paused"}

        deleted = client.delete(project_path(sandbox, f"/experiences/{eid}/delete"))
        assert deleted.status_code == 200
        checker.check(base + "/{experience_id}/delete", "DELETE", deleted)
        assert client.get(project_path(sandbox, f"/experiences/{eid}")).status_code == 404
        bulk_delete = client.post(
            project_path(sandbox, "/experiences/bulk-delete"), json={"id": [clone_body["id"]]}
        )
        assert body_of(bulk_delete)["errors"] == []
        assert (
            client.get(project_path(sandbox, f"/experiences/{clone_body['id']}")).status_code == 404
        )


@pytest.mark.parametrize(
    ("kind", "body"),
    [
        ("goals", {"name": "Signup", "type": "visits_page"}),
        ("audiences", {"name": "Germany", "type": "permanent"}),
        ("locations", {"name": "Blog pages"}),
        ("hypotheses", {"name": "Shorter forms convert better"}),
        ("tags", {"name": "Holiday"}),
        ("features", {"name": "New search", "key": "new_search"}),
        ("domains", {"url": "https://new.example.com"}),
    ],
)
def test_crud_persists_for_every_resource(
    sandbox: Sandbox, kind: str, body: dict[str, Any]
) -> None:
    singular = {"hypotheses": "Hypothesis"}.get(kind, kind[:-1].capitalize())
    full_body = request_body("convert", f"create{singular}", **body)
    with cv_client(sandbox) as client:
        before = body_of(client.post(project_path(sandbox, f"/{kind}"), json={"onlyCount": True}))[
            "extra"
        ]["pagination"]["items_count"]
        created = client.post(project_path(sandbox, f"/{kind}/add"), json=full_body)
        assert created.status_code == 200, created.text
        rid = body_of(created)["id"]
        got = body_of(client.get(project_path(sandbox, f"/{kind}/{rid}")))
        assert all(got[k] == v for k, v in body.items())
        field = "url" if kind == "domains" else "name"
        value = "https://changed.example.com" if kind == "domains" else "Changed"
        assert (
            client.post(
                project_path(sandbox, f"/{kind}/{rid}/update"), json={field: value}
            ).status_code
            == 200
        )
        assert body_of(client.get(project_path(sandbox, f"/{kind}/{rid}")))[field] == value
        after = body_of(client.post(project_path(sandbox, f"/{kind}"), json={"onlyCount": True}))[
            "extra"
        ]["pagination"]["items_count"]
        assert after == before + 1
        assert client.delete(project_path(sandbox, f"/{kind}/{rid}/delete")).status_code == 200
        assert client.get(project_path(sandbox, f"/{kind}/{rid}")).status_code == 404


def test_goal_and_feature_by_key(sandbox: Sandbox) -> None:
    with cv_client(sandbox) as client:
        for kind in ("goals", "features"):
            record = body_of(
                client.post(project_path(sandbox, f"/{kind}"), json={"results_per_page": 1})
            )["data"][0]
            by_key = client.get(project_path(sandbox, f"/{kind}/{record['key']}"))
            assert by_key.status_code == 200
            assert body_of(by_key)["id"] == record["id"]
            missing = client.get(project_path(sandbox, f"/{kind}/no_such_key"))
            assert missing.status_code == 404


def test_status_changes(sandbox: Sandbox) -> None:
    with cv_client(sandbox) as client:
        hid = _first_id(sandbox, client, "hypotheses")
        changed = client.post(
            project_path(sandbox, f"/hypotheses/{hid}/update-status"), json={"status": "proven"}
        )
        assert body_of(changed)["status"] == "proven"
        gid = _first_id(sandbox, client, "goals")
        client.post(
            project_path(sandbox, "/goals/bulk-update"), json={"id": [gid], "status": "archived"}
        )
        assert body_of(client.get(project_path(sandbox, f"/goals/{gid}")))["status"] == "archived"


def test_projects_and_account(sandbox: Sandbox) -> None:
    c = sandbox.credentials
    with cv_client(sandbox) as client:
        projects = body_of(client.post(f"/accounts/{c.convert_account_id}/projects", json={}))
        assert c.convert_project_id in [p["id"] for p in projects["data"]]
        project = client.get(
            f"/accounts/{c.convert_account_id}/projects/{c.convert_project_id}",
            params={"expand[]": "default_goals"},
        )
        assert isinstance(body_of(project)["default_goals"][0], dict)
        assert client.get(f"/accounts/{c.convert_account_id}/projects/999").status_code == 404
        other_account = client.post("/accounts/1/projects", json={})
        assert other_account.status_code == 403
        assert body_of(client.get("/accounts"))["data"][0]["id"] == c.convert_account_id


def test_reports_are_deterministic_and_plausible(sandbox: Sandbox) -> None:
    with cv_client(sandbox) as client:
        active = body_of(_experiences(sandbox, client, status=["active"], results_per_page=1))[
            "data"
        ][0]
        path = project_path(sandbox, f"/experiences/{active['id']}")
        first = client.post(path + "/aggregated_report", json={})
        second = client.post(path + "/aggregated_report", json={})
        daily = client.post(path + "/daily_report", json={"report_type": "cumulative"})
    assert first.status_code == 200
    assert first.content == second.content
    report = body_of(first)["data"]
    assert report["goals"]
    for goal in report["goals"]:
        for variation in goal["variations"]:
            assert 0 <= variation["conversions"] <= variation["visitors"]
    days = body_of(daily)["data"]["days"]
    assert len(days) == 14
    first_variation = [d["variations"][0]["visitors"] for d in days]
    assert first_variation == sorted(first_variation)  # cumulative


def test_signed_post_with_query_and_unicode_body(sandbox: Sandbox) -> None:
    with hmac_client(sandbox) as client:
        response = client.post(
            project_path(sandbox, "/experiences/add"),
            params=[("include[]", "variations"), ("expand[]", "tags")],
            json={
                "name": "Pr\u00fcfung \u2013 \u00fcn\u00efcode",
                "status": "draft",
                "type": "a/b",
                "url": "https://www.example.com/",
            },
        )
    assert response.status_code == 200, response.text
    assert body_of(response)["name"] == "Pr\u00fcfung \u2013 \u00fcn\u00efcode"


def test_expires_is_accepted_from_now_to_an_hour_ahead() -> None:
    now = 1_700_000_000
    with Sandbox(experiences=3, clock=lambda: now + 0.5) as sb:
        for expires, status in ((now - 1, 401), (now, 200), (now + 3600, 200), (now + 3601, 401)):
            with hmac_client(sb, expires=expires) as client:
                assert _experiences(sb, client).status_code == status, expires
