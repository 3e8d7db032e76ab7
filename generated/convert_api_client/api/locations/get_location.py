from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_location_include_item import GetLocationIncludeItem
from ...models.location import Location
from ...types import UNSET, Response, Unset, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "GET"
PATH = "/accounts/{account_id}/projects/{project_id}/locations/{location_id}"
HEADER_PARAMETERS: tuple[str, ...] = ()


def _get_kwargs(
    account_id: int,
    project_id: int,
    location_id: int,
    *,
    include: list[GetLocationIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/projects/{project_id}/locations/{location_id}".format(
            account_id=quote(str(account_id), safe=""),
            project_id=quote(str(project_id), safe=""),
            location_id=quote(str(location_id), safe=""),
        ),
    }

    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Location | None:
    if response.status_code == 200:
        return decode(Location, response.content)

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
) -> Response[ErrorResponse | Location]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def operation(
    account_id: int,
    project_id: int,
    location_id: int,
    *,
    include: list[GetLocationIncludeItem] | Unset = UNSET,
) -> Location:
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
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetLocationIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | Location]:
    """Get details for a specific location

     Retrieves detailed information about a single location, identified by its location_id. This includes
    its name, status, triggering rules (e.g., URL matches, JS conditions), and the type of trigger
    (e.g., upon_run, manual, dom_element). The include parameter can fetch additional data like usage
    statistics.

    Args:
        account_id (int):
        project_id (int):
        location_id (int):
        include (list[GetLocationIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Location]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        location_id=location_id,
        include=include,
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
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetLocationIncludeItem] | Unset = UNSET,
) -> ErrorResponse | Location | None:
    """Get details for a specific location

     Retrieves detailed information about a single location, identified by its location_id. This includes
    its name, status, triggering rules (e.g., URL matches, JS conditions), and the type of trigger
    (e.g., upon_run, manual, dom_element). The include parameter can fetch additional data like usage
    statistics.

    Args:
        account_id (int):
        project_id (int):
        location_id (int):
        include (list[GetLocationIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Location
    """

    return sync_detailed(
        account_id=account_id,
        project_id=project_id,
        location_id=location_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    project_id: int,
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetLocationIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | Location]:
    """Get details for a specific location

     Retrieves detailed information about a single location, identified by its location_id. This includes
    its name, status, triggering rules (e.g., URL matches, JS conditions), and the type of trigger
    (e.g., upon_run, manual, dom_element). The include parameter can fetch additional data like usage
    statistics.

    Args:
        account_id (int):
        project_id (int):
        location_id (int):
        include (list[GetLocationIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Location]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        location_id=location_id,
        include=include,
    )

    http = client.get_async_httpx_client()
    kwargs["url"] = join_url(http.base_url, kwargs["url"])
    response = await http.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    project_id: int,
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetLocationIncludeItem] | Unset = UNSET,
) -> ErrorResponse | Location | None:
    """Get details for a specific location

     Retrieves detailed information about a single location, identified by its location_id. This includes
    its name, status, triggering rules (e.g., URL matches, JS conditions), and the type of trigger
    (e.g., upon_run, manual, dom_element). The include parameter can fetch additional data like usage
    statistics.

    Args:
        account_id (int):
        project_id (int):
        location_id (int):
        include (list[GetLocationIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Location
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            project_id=project_id,
            location_id=location_id,
            client=client,
            include=include,
        )
    ).parsed
