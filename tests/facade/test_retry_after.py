"""_retry_after.py: ``Retry-After`` read as RFC 9110 allows (delay-seconds or an HTTP-date), no looser."""

from __future__ import annotations

import calendar

import httpx
import pytest
from experiment_clients import GrowthBookClient, RateLimitError, RetryPolicy
from experiment_clients._retry_after import MAX_DELAY, parse_retry_after, retry_after_seconds
from growthbook_api_client.api.projects import list_projects

#: 2026-12-04 12:00:00 GMT, the "now" of the date rows.
NOW = float(calendar.timegm((2026, 12, 4, 12, 0, 0)))


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        # delay-seconds = 1*DIGIT
        ("0", 0.0),
        ("10", 10.0),
        ("007", 7.0),
        ("120", 120.0),
        # surrounding OWS is stripped by HTTP field parsing before the value is read
        (" 10 ", 10.0),
        ("\t5", 5.0),
        # huge values are capped, never converted at full length
        ("99999999999", MAX_DELAY),
        ("9" * 5000, MAX_DELAY),
        ("0" * 50 + "3", 3.0),
        # not delay-seconds: Python would read several of these as numbers
        ("1_0", None),
        ("1.5", None),
        ("-3", None),
        ("+3", None),
        ("1e3", None),
        ("0x10", None),
        ("١٢", None),  # Arabic-Indic digits: str.isdigit() says yes, RFC 9110 says no
        ("²", None),
        ("10 s", None),
        ("1 0", None),
        ("", None),
        ("soon", None),
        ("inf", None),
        ("nan", None),
        # HTTP-date: IMF-fixdate, and the obsolete RFC 850 and asctime forms
        ("Fri, 04 Dec 2026 12:00:30 GMT", 30.0),
        ("Friday, 04-Dec-26 12:01:00 GMT", 60.0),
        ("Fri Dec  4 12:00:05 2026", 5.0),
        ("Fri, 04 Dec 2026 11:00:00 GMT", 0.0),  # in the past: retry now
        ("Sat, 04 Dec 2027 12:00:00 GMT", 365 * 86400.0),
        ("Fri, 04 Dec 2126 12:00:00 GMT", MAX_DELAY),  # a century ahead: capped
        # dates that are not HTTP-dates
        ("Fri, 04 Dec 2026 12:00:30 +0000", None),  # GMT only
        ("Fri, 04 Dec 2026 12:00:30 UTC", None),
        ("2026-12-04T12:00:30Z", None),
        ("Fri, 4 Dec 2026 12:00:30 GMT", None),  # two-digit day
        ("Fri, 31 Feb 2026 12:00:30 GMT", None),
        ("Fri, 04 Dec 2026 25:00:30 GMT", None),
        ("fri, 04 dec 2026 12:00:30 gmt", None),  # the names are case-sensitive
    ],
)
def test_retry_after_values(value: str, seconds: float | None) -> None:
    assert retry_after_seconds(value, now=lambda: NOW) == seconds


def test_the_header_is_found_in_any_case() -> None:
    assert parse_retry_after({"RETRY-AFTER": "3"}) == 3.0
    assert parse_retry_after({"retry-after": "3"}) == 3.0
    assert parse_retry_after({"Content-Type": "application/json"}) is None


def test_an_invalid_retry_after_falls_back_to_backoff_over_http() -> None:
    """``1_0`` once made the client wait 10 s; now it is ignored like any malformed value."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(429, headers={"Retry-After": "1_0"}, json={"message": "slow"})

    policy = RetryPolicy(max_retries=1, initial_delay=0.01, jitter=0.0)
    with (
        GrowthBookClient(
            "k", "http://growthbook.test/api/v1", rate_limit=None, retry=policy,
            transport=httpx.MockTransport(handler),
        ) as gb,
        pytest.raises(RateLimitError) as info,
    ):  # fmt: skip
        gb.call(list_projects)
    assert info.value.retry_after is None
    assert len(seen) == 2
