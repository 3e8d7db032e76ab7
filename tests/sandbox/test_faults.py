"""Fault injection and the request journal.

Spec-specific: these name operations and seeded records of the checked-in document;
the generic behaviour is in ``test_generic.py`` and ``test_schemathesis.py``.
"""

from __future__ import annotations

import json

import httpx
import pytest
from experiment_sandbox import Fault, Sandbox
from sandbox_helpers import body_of, cv_client, gb_client, project_path

pytestmark = pytest.mark.spec_specific


def test_latency_delays_only_the_matching_operation() -> None:
    """The sandbox waits through the sleep it is given: a recorder shows each wait, in order."""
    waits: list[tuple[float, str | None]] = []

    with Sandbox(growthbook_rate_limit=None, features=20) as sb:

        async def sleep(seconds: float) -> None:
            waits.append((seconds, sb.journal[-1].path if sb.journal else None))

        sb.app.sleep = sleep
        with gb_client(sb) as client:
            with sb.fault(Fault.latency(0.3), service="growthbook", operation="listFeatures"):
                assert client.get("/projects").status_code == 200
                assert client.get("/features").status_code == 200
                with sb.fault(Fault.latency(0.2), service="growthbook"):
                    assert client.get("/features").status_code == 200  # latencies add up
                    assert client.get("/projects").status_code == 200
            assert client.get("/features").status_code == 200  # removed when the block ended
        # Each wait happened before its own request was recorded (the previous one is last).
        assert waits == [
            (0.3, "/growthbook/api/v1/projects"),
            (0.5, "/growthbook/api/v1/features"),
            (0.2, "/growthbook/api/v1/features"),
        ]
        assert [e.operation for e in sb.journal] == [
            "listProjects",
            "listFeatures",
            "listFeatures",
            "listProjects",
            "listFeatures",
        ]


def test_server_error_burst_then_recovery(sandbox: Sandbox) -> None:
    rule = sandbox.inject(
        Fault.server_error(status=503, times=3), service="convert", operation="getExperiencesList"
    )
    with cv_client(sandbox) as client:
        statuses = [
            client.post(project_path(sandbox, "/experiences"), json={}).status_code
            for _ in range(4)
        ]
        other = client.post(project_path(sandbox, "/goals"), json={})
    assert statuses == [503, 503, 503, 200]
    assert other.status_code == 200
    assert rule.remaining == 0


def test_server_error_uses_the_service_error_shape(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.server_error(), service="growthbook")
    sandbox.inject(Fault.server_error(status=502), service="convert")
    with gb_client(sandbox) as gb, cv_client(sandbox) as cv:
        gb_error = gb.get("/projects")
        cv_error = cv.post(project_path(sandbox, "/goals"), json={})
    assert gb_error.status_code == 500
    assert set(body_of(gb_error)) == {"message"}
    assert cv_error.status_code == 502
    assert body_of(cv_error)["code"] == 502


def test_dropped_connection_sends_no_response(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.drop_connection(times=1), service="growthbook", operation="listProjects")
    with gb_client(sandbox) as client:
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            client.get("/projects")
        assert client.get("/projects").status_code == 200  # next attempt succeeds
    entries = [e for e in sandbox.journal if e.operation == "listProjects"]
    assert [e.status for e in entries] == [None, 200]


def test_truncated_body_closes_mid_body(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.truncated_body(), service="convert", operation="getExperiencesList")
    with cv_client(sandbox) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            client.post(project_path(sandbox, "/experiences"), json={})
        assert client.post(project_path(sandbox, "/experiences"), json={}).status_code == 200


def test_malformed_json_is_a_complete_response(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.malformed_json(times=2), service="growthbook")
    with gb_client(sandbox) as client:
        response = client.get("/features")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/json")
        with pytest.raises(json.JSONDecodeError):
            response.json()
        assert client.get("/projects").status_code == 200
        client.get("/projects").json()  # both uses spent: valid again


def test_rate_limited_fault(sandbox: Sandbox) -> None:
    with (
        sandbox.fault(Fault.rate_limited(retry_after=7, times=2), service="convert"),
        cv_client(sandbox) as client,
    ):
        first = client.post(project_path(sandbox, "/tags"), json={})
        second = client.post(project_path(sandbox, "/tags"), json={})
        third = client.post(project_path(sandbox, "/tags"), json={})
    assert [r.status_code for r in (first, second, third)] == [429, 429, 200]
    assert first.headers["Retry-After"] == "7"
    assert body_of(first)["code"] == 429


def test_faults_stay_until_cleared_when_unlimited(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.server_error(times=None), service="growthbook")
    with gb_client(sandbox) as client:
        assert [client.get("/projects").status_code for _ in range(3)] == [500, 500, 500]
        sandbox.clear_faults()
        assert client.get("/projects").status_code == 200


def test_inject_rejects_unknown_targets(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError, match="unknown service"):
        sandbox.inject(Fault.drop_connection(), service="optimizely")
    with pytest.raises(ValueError, match="unknown operation"):
        sandbox.inject(
            Fault.drop_connection(), service="growthbook", operation="getExperiencesList"
        )
    with pytest.raises(ValueError, match="5xx"):
        Fault.server_error(status=404)
    with pytest.raises(ValueError, match="seconds"):
        Fault.latency(-1)


def test_journal_records_requests_without_secrets(sandbox: Sandbox) -> None:
    c = sandbox.credentials
    with cv_client(sandbox) as client:
        client.post(
            project_path(sandbox, "/experiences"), params=[("include[]", "stats")], json={"page": 2}
        )
    with gb_client(sandbox) as client:
        client.get("/features", params={"limit": 5})
    convert, growthbook = sandbox.journal
    assert convert.service == "convert"
    assert convert.operation == "getExperiencesList"
    assert convert.method == "POST"
    assert (
        convert.path
        == f"/convert/api/v2/accounts/{c.convert_account_id}/projects/{c.convert_project_id}/experiences"
    )
    assert convert.query == (("include[]", "stats"),)
    assert json.loads(convert.body) == {"page": 2}
    assert convert.status == 200
    assert convert.headers["authorization"] == "[redacted]"
    assert c.convert_api_key_secret not in repr(convert)
    assert growthbook.operation == "listFeatures"
    assert growthbook.query == (("limit", "5"),)
    assert c.growthbook_api_key not in repr(growthbook)
    sandbox.clear_journal()
    assert sandbox.journal == []


def test_journal_is_a_bounded_ring_with_truncated_bodies() -> None:
    with Sandbox(growthbook_rate_limit=None, journal_size=3, journal_body_limit=16) as sb:
        bodies = [b'{"page":%d,"search":"%s"}' % (page, b"x" * 40) for page in range(1, 6)]
        with cv_client(sb) as client:
            for body in bodies:
                headers = {"Content-Type": "application/json"}
                client.post(project_path(sb, "/goals"), content=body, headers=headers)
        entries = sb.journal
        assert sb.journal_dropped == 2
        # The newest three, oldest first, each cut to 16 bytes and saying so.
        assert [e.body for e in entries] == [body[:16] for body in bodies[2:]]
        assert [e.body_size for e in entries] == [len(body) for body in bodies[2:]]
        assert all(e.body_truncated for e in entries)
        with gb_client(sb) as client:
            client.get("/projects")
        small = sb.journal[-1]
        assert (small.body, small.body_size, small.body_truncated) == (b"", 0, False)
        sb.clear_journal()
        assert (sb.journal, sb.journal_dropped) == ([], 0)


def test_journal_bounds_are_checked() -> None:
    with pytest.raises(ValueError, match="journal_size"):
        Sandbox(journal_size=0)
    with pytest.raises(ValueError, match="journal_body_limit"):
        Sandbox(journal_body_limit=-1)
    with pytest.raises(ValueError, match="body_timeout"):
        Sandbox(body_timeout=0)
