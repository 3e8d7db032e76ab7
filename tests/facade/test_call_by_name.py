"""`client.call("listFeatures")` and `client.paginate("getExperiencesList")`: operations by name.

The name is the operationId, or the same in snake_case or kebab-case; a typo is refused
before any request with the closest names.
"""

from __future__ import annotations

import asyncio

import pytest
from convert_api_client.api.experiences import get_experiences_list
from experiment_clients import ConvertClient, GrowthBookClient, InvalidArgumentError
from experiment_sandbox import Sandbox
from facade_helpers import make_async_convert, make_async_growthbook
from growthbook_api_client.api.features import get_feature, list_features


@pytest.mark.parametrize("name", ["listFeatures", "list_features", "list-features"])
def test_call_by_name_is_the_same_call(
    growthbook: GrowthBookClient, sandbox: Sandbox, name: str
) -> None:
    by_name = growthbook.call(name, limit=3)
    typed = growthbook.call(list_features.operation, limit=3)
    assert by_name == typed
    assert [e.operation for e in sandbox.journal] == ["listFeatures", "listFeatures"]


def test_positional_arguments_work_by_name(growthbook: GrowthBookClient) -> None:
    first = growthbook.call(list_features.operation, limit=1).features[0].id
    assert growthbook.call("getFeature", first) == growthbook.call(get_feature.operation, first)


@pytest.mark.parametrize("name", ["getExperiencesList", "get_experiences_list"])
def test_paginate_by_name_walks_the_same_items(convert: ConvertClient, name: str) -> None:
    by_name = [e.id for e in convert.paginate(name, page_size=2)]
    typed = [e.id for e in convert.paginate(get_experiences_list, page_size=2)]
    assert by_name == typed
    assert len(typed) > 2  # more than one page


@pytest.mark.parametrize(
    ("typo", "suggestion"),
    [("listFeature", "'listFeatures'"), ("list_featurs", "'list_features'")],
)
def test_a_typo_is_refused_unsent_with_did_you_mean(
    growthbook: GrowthBookClient, sandbox: Sandbox, typo: str, suggestion: str
) -> None:
    with pytest.raises(InvalidArgumentError, match="did you mean") as caught:
        growthbook.call(typo)
    assert suggestion in str(caught.value)
    with pytest.raises(InvalidArgumentError, match="did you mean"):
        growthbook.paginate(typo)
    assert sandbox.journal == []


def test_a_name_of_the_other_service_is_not_found(convert: ConvertClient, sandbox: Sandbox) -> None:
    with pytest.raises(InvalidArgumentError, match="convert_api_client has no operation"):
        convert.call("listFeatures")
    assert sandbox.journal == []


def test_arguments_are_checked_by_name_too(growthbook: GrowthBookClient, sandbox: Sandbox) -> None:
    with pytest.raises(InvalidArgumentError, match=r"list_features\(limit\)"):
        growthbook.call("listFeatures", limit="3")
    with pytest.raises(InvalidArgumentError, match=r"get_feature\(id\)"):
        growthbook.call("getFeature", id="..")
    assert sandbox.journal == []


def test_the_async_twins_take_names(sandbox: Sandbox) -> None:
    async def run() -> None:
        async with make_async_convert(sandbox) as cv, make_async_growthbook(sandbox) as gb:
            page = await gb.call("list-features", limit=2)
            assert len(page.features) == 2
            ids = [e.id async for e in cv.paginate("getExperiencesList", page_size=2)]
            assert len(ids) > 2
            with pytest.raises(InvalidArgumentError, match="'getExperiencesList'"):
                await cv.call("getExperienceList")

    asyncio.run(run())
