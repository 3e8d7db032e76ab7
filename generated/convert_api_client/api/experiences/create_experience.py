from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_experience_expand_item import CreateExperienceExpandItem
from ...models.create_experience_include_item import CreateExperienceIncludeItem
from ...models.create_experience_request import CreateExperienceRequest
from ...models.error_response import ErrorResponse
from ...models.experience import Experience
from ...types import UNSET, Response, Unset, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "POST"
PATH = "/accounts/{account_id}/projects/{project_id}/experiences/add"
HEADER_PARAMETERS: tuple[str, ...] = ()


def _get_kwargs(
    account_id: int,
    project_id: int,
    *,
    body: CreateExperienceRequest,
    include: list[CreateExperienceIncludeItem] | Unset = UNSET,
    expand: list[CreateExperienceExpandItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include[]"] = json_include

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item = expand_item_data.value
            json_expand.append(expand_item)

    params["expand[]"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/projects/{project_id}/experiences/add".format(
            account_id=quote(str(account_id), safe=""),
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if params:
        _kwargs["params"] = params
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Experience | None:
    if response.status_code == 200:
        return decode(Experience, response.content)

    if response.status_code == 400:
        return decode(ErrorResponse, response.content)

    if response.status_code == 401:
        return decode(ErrorResponse, response.content)

    if response.status_code == 403:
        return decode(ErrorResponse, response.content)

    if response.status_code == 404:
        return decode(ErrorResponse, response.content)

    if response.status_code == 422:
        return decode(ErrorResponse, response.content)

    if response.status_code == 429:
        return decode(ErrorResponse, response.content)

    if 500 <= response.status_code <= 599:
        return decode(ErrorResponse, response.content)

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Experience]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def operation(
    account_id: int,
    project_id: int,
    *,
    body: CreateExperienceRequest,
    include: list[CreateExperienceIncludeItem] | Unset = UNSET,
    expand: list[CreateExperienceExpandItem] | Unset = UNSET,
) -> Experience:
    """This operation's parameters without ``client``, and what a 2xx answer parses into.

    The typed handle for ``experiment_clients``: ``client.call(<module>.operation, ...)``
    runs ``sync_detailed``/``asyncio_detailed`` with the client's own settings.
    """
    raise TypeError(
        "call it through a client: client.call(<this module>.operation, ...)"
    )


def sync_detailed(
    account_id: int,
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateExperienceRequest,
    include: list[CreateExperienceIncludeItem] | Unset = UNSET,
    expand: list[CreateExperienceExpandItem] | Unset = UNSET,
) -> Response[ErrorResponse | Experience]:
    """Create a new experience

     Creates a new experience (e.g., A/B test, Split URL test, MVT, Deploy, A/A test, Multi-page Funnel)
    within a project. Requires defining the experience name, type, status (usually 'draft'), and the URL
    for the Visual Editor or original page. Variations, audiences, locations, goals, and other settings
    can be specified during creation. The Knowledge Base article "Create a New Experience" outlines the
    UI process.

    Args:
        account_id (int):
        project_id (int):
        include (list[CreateExperienceIncludeItem] | Unset):
        expand (list[CreateExperienceExpandItem] | Unset):
        body (CreateExperienceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Experience]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        body=body,
        include=include,
        expand=expand,
    )

    http = client.get_httpx_client()
    kwargs["url"] = join_url(http.base_url, kwargs["url"])
    response = http.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateExperienceRequest,
    include: list[CreateExperienceIncludeItem] | Unset = UNSET,
    expand: list[CreateExperienceExpandItem] | Unset = UNSET,
) -> ErrorResponse | Experience | None:
    """Create a new experience

     Creates a new experience (e.g., A/B test, Split URL test, MVT, Deploy, A/A test, Multi-page Funnel)
    within a project. Requires defining the experience name, type, status (usually 'draft'), and the URL
    for the Visual Editor or original page. Variations, audiences, locations, goals, and other settings
    can be specified during creation. The Knowledge Base article "Create a New Experience" outlines the
    UI process.

    Args:
        account_id (int):
        project_id (int):
        include (list[CreateExperienceIncludeItem] | Unset):
        expand (list[CreateExperienceExpandItem] | Unset):
        body (CreateExperienceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Experience
    """

    return sync_detailed(
        account_id=account_id,
        project_id=project_id,
        client=client,
        body=body,
        include=include,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateExperienceRequest,
    include: list[CreateExperienceIncludeItem] | Unset = UNSET,
    expand: list[CreateExperienceExpandItem] | Unset = UNSET,
) -> Response[ErrorResponse | Experience]:
    """Create a new experience

     Creates a new experience (e.g., A/B test, Split URL test, MVT, Deploy, A/A test, Multi-page Funnel)
    within a project. Requires defining the experience name, type, status (usually 'draft'), and the URL
    for the Visual Editor or original page. Variations, audiences, locations, goals, and other settings
    can be specified during creation. The Knowledge Base article "Create a New Experience" outlines the
    UI process.

    Args:
        account_id (int):
        project_id (int):
        include (list[CreateExperienceIncludeItem] | Unset):
        expand (list[CreateExperienceExpandItem] | Unset):
        body (CreateExperienceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Experience]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        body=body,
        include=include,
        expand=expand,
    )

    http = client.get_async_httpx_client()
    kwargs["url"] = join_url(http.base_url, kwargs["url"])
    response = await http.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateExperienceRequest,
    include: list[CreateExperienceIncludeItem] | Unset = UNSET,
    expand: list[CreateExperienceExpandItem] | Unset = UNSET,
) -> ErrorResponse | Experience | None:
    """Create a new experience

     Creates a new experience (e.g., A/B test, Split URL test, MVT, Deploy, A/A test, Multi-page Funnel)
    within a project. Requires defining the experience name, type, status (usually 'draft'), and the URL
    for the Visual Editor or original page. Variations, audiences, locations, goals, and other settings
    can be specified during creation. The Knowledge Base article "Create a New Experience" outlines the
    UI process.

    Args:
        account_id (int):
        project_id (int):
        include (list[CreateExperienceIncludeItem] | Unset):
        expand (list[CreateExperienceExpandItem] | Unset):
        body (CreateExperienceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Experience
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            project_id=project_id,
            client=client,
            body=body,
            include=include,
            expand=expand,
        )
    ).parsed
