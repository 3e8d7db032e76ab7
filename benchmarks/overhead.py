"""1. Per-call overhead: the facade against hand-written httpx, on a server that sends fixed bytes.

Every subject talks to the same fixed-bytes server (:mod:`._server`, its own
process) over a keep-alive connection, so the server's share of each call is
identical and cancels out of the ratios. The facade's client-side rate
limiter is off (``rate_limit=None``) here: pacing is measured in section 5.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable
from typing import Any

import httpx

from ._fixtures import ACCOUNT_ID, PROJECT_ID, check
from ._measure import Mode, Row, Sample, Section, Target, interleaved, paired_ratio, table, us
from ._server import fixed_server

GB_KEY = "secret_bench_0123456789"
CV_APP = "bench-app-1"
CV_SECRET = "bench-signing-secret"
EXPERIENCE_ID = 1_000_007
LIST_BODY = {"page": 1, "results_per_page": 50}

# Issue 12: a parsed call costs no more than plain httpx + json.loads on a list page, and at
# most 1.1x on a single object.
PARSED = {
    "GrowthBook list, 100 features": Target(1.0),
    "Convert get experience": Target(1.1),
    "Convert list, 50 experiences": Target(1.0),
}
RAW = Target(1.1)

# What each subject does, for the report.
SUBJECTS = {
    "httpx": "plain `httpx.Client`: hand-built URL and headers (bearer key, or Convert's HMAC "
    "signature computed inline with `hmac.new`), `raise_for_status()`, `json.loads(r.content)`",
    "facade": "the facade's public call (`gb.call(list_features, limit=100)`, "
    "`cv.experiences.get(id)`, `cv.call(get_experiences_list, body=...)`): argument check, "
    "retry loop, auth flow, request/response hooks, error check, typed msgspec models decoded from the bytes",
    "generated": "the generated `sync_detailed` called directly on the facade's configured "
    "client (`client.raw`): auth flow and hooks, parsed models, no facade call machinery",
    "http": "the facade's HTTP layer without parsing: `client.raw.get_httpx_client()` (the "
    "facade's configured `httpx.Client`: auth flow, hooks, headers), `raise_for_status()`, `json.loads(r.content)`",
}


def _scenarios(base: str) -> list[tuple[str, dict[str, Callable[[], Any]], list[Any]]]:
    from convert_api_client.api.experiences import get_experience, get_experiences_list
    from convert_api_client.models import GetExperiencesListRequest
    from experiment_clients import ConvertClient, GrowthBookClient
    from growthbook_api_client.api.features import list_features

    gb_url = base + "/api/v1"
    cv_url = base + "/api/v2"
    plain = httpx.Client()
    gb = GrowthBookClient(GB_KEY, gb_url, rate_limit=None)
    cv = ConvertClient(
        CV_APP,
        CV_SECRET,
        account_id=ACCOUNT_ID,
        project_id=PROJECT_ID,
        base_url=cv_url,
        rate_limit=None,
    )
    gb_http = gb.raw.get_httpx_client()
    cv_http = cv.raw.get_httpx_client()
    features_url = gb_url + "/features"
    experience_url = (
        f"{cv_url}/accounts/{ACCOUNT_ID}/projects/{PROJECT_ID}/experiences/{EXPERIENCE_ID}"
    )
    list_url = f"{cv_url}/accounts/{ACCOUNT_ID}/projects/{PROJECT_ID}/experiences"
    secret = CV_SECRET.encode()

    def signed(url: str, body: bytes) -> dict[str, str]:
        expires = str(int(time.time()) + 60)
        message = f"{CV_APP}\n{expires}\n{url}\n".encode() + body
        signature = hmac.new(secret, message, hashlib.sha256).hexdigest()
        return {
            "Convert-Application-ID": CV_APP,
            "Expires": expires,
            "Authorization": f"Convert-HMAC-SHA256 Signature={signature}",
        }

    def gb_httpx() -> Any:
        r = plain.get(
            features_url,
            params={"limit": 100, "offset": 0},
            headers={"Authorization": f"Bearer {GB_KEY}"},
        )
        r.raise_for_status()
        return json.loads(r.content)

    def gb_http_layer() -> Any:
        r = gb_http.get("/features", params={"limit": 100, "offset": 0})
        r.raise_for_status()
        return json.loads(r.content)

    def cv_get_httpx() -> Any:
        r = plain.get(experience_url, headers=signed(experience_url, b""))
        r.raise_for_status()
        return json.loads(r.content)

    def cv_get_http_layer() -> Any:
        r = cv_http.get(f"/accounts/{ACCOUNT_ID}/projects/{PROJECT_ID}/experiences/{EXPERIENCE_ID}")
        r.raise_for_status()
        return json.loads(r.content)

    def cv_list_httpx() -> Any:
        body = json.dumps(LIST_BODY).encode()
        headers = signed(list_url, body)
        headers["Content-Type"] = "application/json"
        r = plain.post(list_url, content=body, headers=headers)
        r.raise_for_status()
        return json.loads(r.content)

    def cv_list_http_layer() -> Any:
        r = cv_http.post(
            f"/accounts/{ACCOUNT_ID}/projects/{PROJECT_ID}/experiences", json=LIST_BODY
        )
        r.raise_for_status()
        return json.loads(r.content)

    return [
        (
            "GrowthBook list, 100 features",
            {
                "httpx": gb_httpx,
                "httpx (A/A)": gb_httpx,
                "facade": lambda: gb.call(list_features, limit=100),
                "generated": lambda: list_features.sync_detailed(client=gb.raw, limit=100).parsed,
                "http": gb_http_layer,
            },
            [plain, gb, cv],
        ),
        (
            "Convert get experience",
            {
                "httpx": cv_get_httpx,
                "httpx (A/A)": cv_get_httpx,
                "facade": lambda: cv.experiences.get(EXPERIENCE_ID),
                "generated": lambda: (
                    get_experience.sync_detailed(
                        ACCOUNT_ID, PROJECT_ID, EXPERIENCE_ID, client=cv.raw
                    ).parsed
                ),
                "http": cv_get_http_layer,
            },
            [],
        ),
        (
            "Convert list, 50 experiences",
            {
                "httpx": cv_list_httpx,
                "httpx (A/A)": cv_list_httpx,
                "facade": lambda: cv.call(get_experiences_list, body=LIST_BODY),
                "generated": lambda: (
                    get_experiences_list.sync_detailed(
                        ACCOUNT_ID,
                        PROJECT_ID,
                        client=cv.raw,
                        body=GetExperiencesListRequest(page=1, results_per_page=50),
                    ).parsed
                ),
                "http": cv_list_http_layer,
            },
            [],
        ),
    ]


def _check_results(name: str, subjects: dict[str, Callable[[], Any]]) -> None:
    """Every subject must get the full answer (a parsed model or a JSON dict), not an error."""
    for label, fn in subjects.items():
        result = fn()
        if result is None or (isinstance(result, dict) and not result):
            raise AssertionError(f"{name}: {label} returned nothing")


def run(mode: Mode) -> Section:
    section = Section(1, "Per-call overhead")
    sizes = check()
    rounds = mode.pick(25, 5, 1)
    # Batches sized so one batch of one subject lasts roughly 10-40 ms.
    batches = {
        "GrowthBook list, 100 features": mode.pick(4, 2, 1),
        "Convert get experience": mode.pick(60, 20, 1),
        "Convert list, 50 experiences": mode.pick(5, 2, 1),
    }
    detail: list[list[str]] = []
    with fixed_server() as base:
        scenarios = _scenarios(base)
        try:
            for name, subjects, _ in scenarios:
                _check_results(name, subjects)
                samples = interleaved(subjects, rounds=rounds, batch=batches[name])
                _rows(section, name, samples, detail)
        finally:
            for closable in scenarios[0][2]:
                closable.close()
    body = section.body
    body += [
        "Each call goes to a minimal HTTP/1.1 keep-alive server in its own process on 127.0.0.1 "
        "that answers with bytes encoded once at start-up (so the server's share of every call is "
        "the same for all subjects and cancels out of the ratios). The bodies are realistic, valid "
        "against `specs/` (checked with jsonschema each run) and round-trip through the generated "
        "models: GrowthBook `GET /features` with 100 features "
        f"({sizes['growthbook_features']:,} bytes), Convert `GET .../experiences/{{id}}` "
        f"({sizes['convert_experience']:,} bytes) and Convert's list `POST .../experiences` with "
        f"50 experiences ({sizes['convert_experiences']:,} bytes). The facade's client-side rate "
        "limiter is off (`rate_limit=None`); retries stay at their default (2), unused.",
        "",
        "What each subject does:",
        "",
        *[f"- **{k}**: {v}" for k, v in SUBJECTS.items()],
        "- **httpx (A/A)**: the baseline again, timed as if it were a subject: its ratio to the "
        "baseline is the noise floor of this machine.",
        "",
        "Rows of the summary: *parsed* is facade / httpx; *raw path, HTTP layer* is http / httpx "
        "(what the facade adds to a request when no model is built); *raw path, call machinery* "
        "is facade / generated (what `call()` adds around the generated function: argument check, "
        "retry loop, context, error mapping).",
        "",
        f"{rounds} interleaved rounds per scenario (subjects shuffled in each round), "
        f"µs per call is the median over rounds, ratios are the median of per-round ratios; "
        "*spread* is the inter-quartile range over rounds relative to the median.",
        "",
        *table(["scenario", "subject", "µs per call", "spread", "ratio to httpx"], detail),
    ]
    return section


def _rows(section: Section, name: str, samples: dict[str, Sample], detail: list[list[str]]) -> None:
    base = samples["httpx"]
    for label, sample in samples.items():
        ratio = paired_ratio(sample, base) if label != "httpx" else 1.0
        detail.append([name, label, us(sample.median), f"±{sample.iqr / 2:.1%}", f"{ratio:.2f}x"])
    facade, generated, http = samples["facade"], samples["generated"], samples["http"]
    noise = paired_ratio(samples["httpx (A/A)"], base)
    section.rows += [
        Row(
            f"1. per call, parsed: {name}",
            f"facade {us(facade.median)}",
            f"httpx + json.loads {us(base.median)}",
            paired_ratio(facade, base),
            PARSED[name],
        ),
        Row(
            f"1. per call, raw path (HTTP layer): {name}",
            f"facade HTTP layer {us(http.median)}",
            f"httpx + json.loads {us(base.median)}",
            paired_ratio(http, base),
            RAW,
        ),
        Row(
            f"1. per call, raw path (call machinery): {name}",
            f"facade call {us(facade.median)}",
            f"generated sync_detailed {us(generated.median)}",
            paired_ratio(facade, generated),
            RAW,
        ),
        Row(
            f"1. noise (A/A): {name}",
            f"httpx {us(samples['httpx (A/A)'].median)}",
            f"httpx {us(base.median)}",
            noise,
        ),
    ]
