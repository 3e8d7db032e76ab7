"""_response.py: a 2xx the spec does not document (201, 204, 299 where it says 200).

``call()`` returned ``None`` against its declared type; now the body is read as
the documented 2xx when it fits, else an ``APIResponseValidationError`` carries the
real status. A small server on 127.0.0.1 gives the answers.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import pytest
from convert_api_client.api.experiences import get_experience, get_experiences_list
from convert_api_client.models.experience import Experience
from experiment_clients import (
    APIResponseValidationError,
    AsyncConvertClient,
    AsyncGrowthBookClient,
    ConvertClient,
    GrowthBookClient,
)
from growthbook_api_client.api.projects import get_project
from growthbook_api_client.models.get_project_response import GetProjectResponse
from scripted_server import Reply, scripted_server

JSON = {"Content-Type": "application/json"}
STAMP = "2024-01-01T00:00:00Z"
PROJECT = {"project": {"id": "prj_1", "name": "p", "dateCreated": STAMP, "dateUpdated": STAMP}}

SERVICES: dict[str, tuple[Any, dict[str, Any], bytes, type]] = {
    # service: (operation, arguments, a body that fits the 200 model, the model)
    "growthbook": (
        get_project.operation,
        {"id": "prj_1"},
        json.dumps(PROJECT).encode(),
        GetProjectResponse,
    ),
    "convert": (
        get_experience.operation,
        {"experience_id": 7},
        b'{"id": 7, "name": "e"}',
        Experience,
    ),
}


def _client(service: str, twin: str, url: str) -> Any:
    if service == "growthbook":
        cls: Any = GrowthBookClient if twin == "sync" else AsyncGrowthBookClient
        return cls("k", f"{url}/api/v1", rate_limit=None, max_retries=0)
    cls = ConvertClient if twin == "sync" else AsyncConvertClient
    return cls(
        application_id="a", secret_key="s", base_url=url, account_id=1, project_id=2, max_retries=0
    )


def _call(service: str, twin: str, reply: Reply) -> Any:
    """What one call returns, or the error it raises, against a server giving ``reply``."""
    operation, kwargs, _, _ = SERVICES[service]
    with scripted_server(lambda _: reply) as server:
        if twin == "sync":
            with _client(service, twin, server.url) as client:
                try:
                    return client.call(operation, **kwargs)
                except APIResponseValidationError as exc:
                    return exc

        async def run() -> Any:
            async with _client(service, twin, server.url) as client:
                try:
                    return await client.call(operation, **kwargs)
                except APIResponseValidationError as exc:
                    return exc

        return asyncio.run(run())


TWINS = ["sync", "async"]


@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize("service", list(SERVICES))
@pytest.mark.parametrize("status", [201, 202, 299])
def test_a_body_that_fits_is_parsed_as_the_documented_2xx(
    service: str, twin: str, status: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="experiment_clients")
    _, _, body, model = SERVICES[service]
    result = _call(service, twin, Reply(status, JSON, body))
    assert isinstance(result, model)
    assert f"HTTP {status}, which the spec does not document; parsed as its HTTP 200" in caplog.text


@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize("service", list(SERVICES))
def test_an_empty_204_is_a_validation_error_with_the_real_status(service: str, twin: str) -> None:
    error = _call(service, twin, Reply(204, {}, b""))
    model = SERVICES[service][3].__name__
    assert isinstance(error, APIResponseValidationError)
    assert error.status_code == 204
    assert "HTTP 204, which the spec does not document (it documents 200)" in str(error)
    assert f"an empty body that does not fit {model}" in str(error)


@pytest.mark.parametrize("twin", TWINS)
def test_a_body_that_does_not_fit_is_a_validation_error(twin: str) -> None:
    error = _call("growthbook", twin, Reply(201, JSON, b'{"unexpected": true}'))
    assert isinstance(error, APIResponseValidationError)
    assert error.status_code == 201
    assert "does not fit GetProjectResponse" in str(error)
    assert error.body == b'{"unexpected": true}'


@pytest.mark.parametrize("twin", TWINS)
def test_pages_answered_with_an_undocumented_2xx_are_walked(twin: str) -> None:
    page = {"data": [{"id": n} for n in range(3)], "extra": {"pagination": {"items_count": 3}}}
    with scripted_server(lambda _: Reply(201, JSON, json.dumps(page).encode())) as server:
        if twin == "sync":
            with _client("convert", twin, server.url) as cv:
                ids = [e.id for e in cv.paginate(get_experiences_list, body={}, page_size=5)]
        else:

            async def run() -> list[int]:
                async with _client("convert", twin, server.url) as cv:
                    pager = cv.paginate(get_experiences_list, body={}, page_size=5)
                    return [e.id async for e in pager]

            ids = asyncio.run(run())
    assert ids == [0, 1, 2]
