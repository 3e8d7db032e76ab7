"""_base.py: what both twins share: views and what closing them means, the closed-client path,
resolving operations and planning calls."""

from __future__ import annotations

import asyncio

import pytest
from convert_api_client.api.experiences import get_experiences_list
from experiment_clients import (
    APIConnectionError,
    ConvertClient,
    GrowthBookClient,
    InvalidArgumentError,
)
from experiment_clients._base import method_of
from experiment_sandbox import Sandbox
from facade_helpers import entries, make_async_growthbook, make_convert, make_growthbook
from growthbook_api_client.api.features import list_features, toggle_feature
from growthbook_api_client.api.projects import list_projects


def test_leaving_a_views_with_block_keeps_the_clients_pool_open(sandbox: Sandbox) -> None:
    with make_growthbook(sandbox) as gb:
        with gb.with_options(headers={"X-Job": "nightly"}) as view:
            view.call(list_projects)
        assert len(gb.call(list_projects).projects) == 5  # the parent still works
        with pytest.raises(APIConnectionError, match="this view is closed"):
            view.call(list_projects)  # the view itself is done
        assert len(gb.with_options(timeout=5).call(list_projects).projects) == 5
    assert len(entries(sandbox, "listProjects")) == 3


def test_closing_the_client_closes_its_views(sandbox: Sandbox) -> None:
    gb = make_growthbook(sandbox)
    view = gb.with_options(max_retries=0)
    gb.close()
    for closed in (gb, view):
        with pytest.raises(APIConnectionError, match="this client is closed"):
            closed.call(list_projects)
    assert entries(sandbox) == []  # refused before anything was sent


def test_a_closed_client_refuses_pages_and_helpers_too(sandbox: Sandbox) -> None:
    with make_growthbook(sandbox) as gb:
        pager = gb.features()
    with pytest.raises(APIConnectionError, match="closed; make calls inside its with-block"):
        list(pager)
    with pytest.raises(APIConnectionError, match="closed"):
        gb.feature("anything")
    assert entries(sandbox) == []


def test_a_closed_convert_client_says_so(sandbox: Sandbox) -> None:
    cv = make_convert(sandbox)
    cv.close()
    cv.close()  # closing twice is harmless
    with pytest.raises(
        APIConnectionError, match="get_experiences_list: this client is closed"
    ) as info:
        cv.call(get_experiences_list, body={})
    assert info.value.operation == "get_experiences_list"


def test_async_views_do_not_close_the_pool(sandbox: Sandbox) -> None:
    async def run() -> None:
        async with make_async_growthbook(sandbox) as gb:
            async with gb.with_options(headers={"X-A": "1"}) as view:
                await view.call(list_projects)
            await gb.call(list_projects)
            with pytest.raises(APIConnectionError, match="this view is closed"):
                await view.call(list_projects)
        with pytest.raises(APIConnectionError, match="this client is closed"):
            await gb.call(list_projects)

    asyncio.run(run())
    assert len(entries(sandbox, "listProjects")) == 2


def test_a_view_says_it_is_one(sandbox: Sandbox) -> None:
    with make_growthbook(sandbox) as gb:
        assert repr(gb).endswith("scheme='bearer'))")
        assert repr(gb.with_options(timeout=1)).endswith(", view)")
        assert gb.with_options(timeout=1).with_options(max_retries=0).base_url == gb.base_url


def test_an_endpoint_of_another_package_is_refused(sandbox: Sandbox) -> None:
    with make_growthbook(sandbox) as gb, pytest.raises(InvalidArgumentError, match="endpoint"):
        gb.call(get_experiences_list)


def test_the_method_of_a_generated_operation() -> None:
    assert method_of(list_projects.sync_detailed) == "GET"
    assert method_of(toggle_feature.sync_detailed) == "POST"
    assert method_of(list_features.asyncio_detailed) == "GET"


def test_a_client_may_not_be_given_as_an_argument(sandbox: Sandbox) -> None:
    with make_growthbook(sandbox) as gb, pytest.raises(InvalidArgumentError, match="client"):
        gb.call(list_projects, client=gb.raw)


def test_settings_are_checked_at_construction(sandbox: Sandbox) -> None:
    for kwargs, named in (
        ({"retry": 3}, "retry must be a RetryPolicy"),
        ({"deadline": 0}, "deadline"),
        ({"timeout": float("nan")}, "timeout"),
    ):
        with pytest.raises(InvalidArgumentError, match=named):
            GrowthBookClient("k", sandbox.growthbook_url, **kwargs)
    with pytest.raises(InvalidArgumentError, match="account_id"):
        ConvertClient(key_id="k", key_secret="s", account_id=0)
