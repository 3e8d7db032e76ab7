from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project import Project
from ...models.project_expand_fields import ProjectExpandFields
from ...models.project_include_fields import ProjectIncludeFields
from ...types import UNSET, Response, Unset, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "GET"
PATH = "/accounts/{account_id}/projects/{project_id}"
HEADER_PARAMETERS: tuple[str, ...] = ()


def _get_kwargs(
    account_id: int,
    project_id: int,
    *,
    include: list[ProjectIncludeFields] | Unset = UNSET,
    expand: list[ProjectExpandFields] | Unset = UNSET,
) -> dict[str, Any]:

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
        "method": "get",
        "url": "/accounts/{account_id}/projects/{project_id}".format(
            account_id=quote(str(account_id), safe=""),
            project_id=quote(str(project_id), safe=""),
        ),
    }

    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Project | None:
    if response.status_code == 200:
        return decode(Project, response.content)

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
) -> Response[ErrorResponse | Project]:
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
    include: list[ProjectIncludeFields] | Unset = UNSET,
    expand: list[ProjectExpandFields] | Unset = UNSET,
) -> Project:
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
    include: list[ProjectIncludeFields] | Unset = UNSET,
    expand: list[ProjectExpandFields] | Unset = UNSET,
) -> Response[ErrorResponse | Project]:
    """Get details for a specific project

     Retrieves comprehensive details for a single project, identified by its project_id. This includes
    its name, type (web or fullstack), global JavaScript, settings (like time zone, jQuery inclusion),
    integrations, and optionally, associated domains and usage statistics. The include parameter can
    fetch related data like domains or stats.usage. The expand parameter can provide full objects for
    linked entities.

    Args:
        account_id (int):
        project_id (int):
        include (list[ProjectIncludeFields] | Unset):
        expand (list[ProjectExpandFields] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Project]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
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
    include: list[ProjectIncludeFields] | Unset = UNSET,
    expand: list[ProjectExpandFields] | Unset = UNSET,
) -> ErrorResponse | Project | None:
    """Get details for a specific project

     Retrieves comprehensive details for a single project, identified by its project_id. This includes
    its name, type (web or fullstack), global JavaScript, settings (like time zone, jQuery inclusion),
    integrations, and optionally, associated domains and usage statistics. The include parameter can
    fetch related data like domains or stats.usage. The expand parameter can provide full objects for
    linked entities.

    Args:
        account_id (int):
        project_id (int):
        include (list[ProjectIncludeFields] | Unset):
        expand (list[ProjectExpandFields] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Project
    """

    return sync_detailed(
        account_id=account_id,
        project_id=project_id,
        client=client,
        include=include,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[ProjectIncludeFields] | Unset = UNSET,
    expand: list[ProjectExpandFields] | Unset = UNSET,
) -> Response[ErrorResponse | Project]:
    """Get details for a specific project

     Retrieves comprehensive details for a single project, identified by its project_id. This includes
    its name, type (web or fullstack), global JavaScript, settings (like time zone, jQuery inclusion),
    integrations, and optionally, associated domains and usage statistics. The include parameter can
    fetch related data like domains or stats.usage. The expand parameter can provide full objects for
    linked entities.

    Args:
        account_id (int):
        project_id (int):
        include (list[ProjectIncludeFields] | Unset):
        expand (list[ProjectExpandFields] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Project]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
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
    include: list[ProjectIncludeFields] | Unset = UNSET,
    expand: list[ProjectExpandFields] | Unset = UNSET,
) -> ErrorResponse | Project | None:
    """Get details for a specific project

     Retrieves comprehensive details for a single project, identified by its project_id. This includes
    its name, type (web or fullstack), global JavaScript, settings (like time zone, jQuery inclusion),
    integrations, and optionally, associated domains and usage statistics. The include parameter can
    fetch related data like domains or stats.usage. The expand parameter can provide full objects for
    linked entities.

    Args:
        account_id (int):
        project_id (int):
        include (list[ProjectIncludeFields] | Unset):
        expand (list[ProjectExpandFields] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Project
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            project_id=project_id,
            client=client,
            include=include,
            expand=expand,
        )
    ).parsed
