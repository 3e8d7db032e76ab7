"""``--all`` returns exactly what the library's pager returns, and reports its progress."""

from __future__ import annotations

import json

from cli_helpers import CLI, InProcess
from convert_api_client.api.experiences import get_experiences_list
from experiment_clients import ConvertClient, GrowthBookClient
from experiment_sandbox import Fault, Sandbox
from growthbook_api_client.api.features import list_features


def _jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_growthbook_all_matches_the_library(cli: CLI, run: InProcess, sandbox: Sandbox) -> None:
    with GrowthBookClient(
        sandbox.credentials.growthbook_api_key, sandbox.growthbook_url, rate_limit=None
    ) as gb:
        expected = [f.to_dict() for f in gb.paginate(list_features)]
    assert len(expected) == 230
    assert _jsonl(cli.ok("growthbook", "list-features", "--all", "-o", "jsonl")) == expected
    # The json array streamed an item at a time is the same document json.dumps would write.
    streamed = run.ok("growthbook", "list-features", "--all", "--page-size", "70", "-o", "json")
    assert streamed == json.dumps(expected, indent=2, ensure_ascii=False) + "\n"


def test_convert_all_with_a_filter_and_a_cap_matches_the_library(
    cli: CLI, sandbox: Sandbox
) -> None:
    creds = sandbox.credentials
    with ConvertClient(
        creds.convert_application_id, creds.convert_secret_key,
        account_id=creds.convert_account_id, project_id=creds.convert_project_id,
        base_url=sandbox.convert_url,
    ) as cv:  # fmt: skip
        pager = cv.paginate(
            get_experiences_list, page_size=20, max_items=55,
            body={"sort_by": "id", "sort_direction": "desc"},
        )  # fmt: skip
        expected = [e.to_dict() for e in pager]
    assert len(expected) == 55
    done = cli(
        "convert", "get-experiences-list", "--all", "--page-size", "20", "--max-items", "55",
        "--json", '{"sort_by": "id", "sort_direction": "desc"}', "-o", "jsonl", "--progress",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert _jsonl(done.stdout) == expected
    progress = done.stderr.splitlines()
    assert progress[0].startswith("convert get-experiences-list: page 1, 20 of 55 items")
    assert progress[-1] == "convert get-experiences-list: done, 55 items in 3 pages"


def test_progress_reports_a_rate_limit_wait(run: InProcess, sandbox: Sandbox) -> None:
    with sandbox.fault(
        Fault.rate_limited(retry_after=1, times=1), service="growthbook", operation="listFeatures"
    ):
        done = run(
            "growthbook",
            "list-features",
            "--all",
            "--max-items",
            "150",
            "--progress",
            "-o",
            "jsonl",
        )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 150
    waits = [line for line in done.stderr.splitlines() if "429" in line]
    assert waits, done.stderr
    assert waits[0].startswith("growthbook list-features: retrying list_features after HTTP 429")


def test_all_refuses_paging_options_it_sets(run: InProcess) -> None:
    done = run("growthbook", "list-features", "--all", "--limit", "5")
    assert done.returncode == 2
    assert done.stderr.strip() == "error: --limit: --all sets these; use --page-size"
    for option in ("--max-items", "--dedupe-by"):
        done = run("growthbook", "list-features", option, "5")
        assert done.returncode == 2
        assert done.stderr.strip() == f"error: {option} works with --all only"


def test_all_with_every_format_prints_every_item(run: InProcess) -> None:
    # Three pages (25 + 25 + 10): every format joins them into one listing.
    for fmt in ("csv", "yaml", "table"):
        out = run.ok(
            "growthbook", "list-features", "--all", "--max-items", "60", "--page-size", "25",
            "-o", fmt,
        )  # fmt: skip
        if fmt == "csv":
            assert len(out.splitlines()) == 61  # header + rows (no value spans lines here)
        elif fmt == "yaml":
            import yaml

            assert len(yaml.safe_load(out)) == 60
        else:
            assert out.count("checkout-redesign-0000") == 1
            assert "item 60" in out or out.count("-00") >= 60


def test_all_on_a_list_whose_body_is_required_sends_an_empty_filter(
    run: InProcess, sandbox: Sandbox
) -> None:
    from convert_api_client.api.hypotheses import get_hypotheses_list

    creds = sandbox.credentials
    with ConvertClient(
        key_id=creds.convert_api_key_id, key_secret=creds.convert_api_key_secret,
        account_id=creds.convert_account_id, project_id=creds.convert_project_id,
        base_url=sandbox.convert_url,
    ) as cv:  # fmt: skip
        expected = [h.to_dict() for h in cv.paginate(get_hypotheses_list)]
    assert expected
    assert _jsonl(run.ok("convert", "get-hypotheses-list", "--all", "-o", "jsonl")) == expected


def test_dedupe_by_hands_out_each_id_once_and_names_a_wrong_field(
    run: InProcess, sandbox: Sandbox
) -> None:
    with GrowthBookClient(
        sandbox.credentials.growthbook_api_key, sandbox.growthbook_url, rate_limit=None
    ) as gb:
        expected = [f.to_dict() for f in gb.paginate(list_features, max_items=90)]
    # Over a listing nobody writes to, deduplication hands out exactly the library's items
    # (the library's own tests cover a listing that shifts under the walk).
    args = ("growthbook", "list-features", "--all", "--max-items", "90", "-o", "jsonl")
    assert _jsonl(run.ok(*args, "--dedupe-by", "id")) == expected
    done = run(*args, "--dedupe-by", "idd")
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("error: dedupe_by: "), done.stderr
    assert "'id'" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_deadline_stops_a_call_before_a_wait_that_would_cross_it(
    run: InProcess, sandbox: Sandbox
) -> None:
    with sandbox.fault(
        Fault.rate_limited(retry_after=30, times=1), service="growthbook", operation="listFeatures"
    ):
        done = run("growthbook", "list-features", "--deadline", "2", "-o", "json")
    assert done.returncode == 9, done.stderr
    assert done.stderr.startswith("error: "), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
