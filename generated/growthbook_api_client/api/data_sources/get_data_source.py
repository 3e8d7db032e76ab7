from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_data_source_response import GetDataSourceResponse
from ...types import Response, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "GET"
PATH = "/data-sources/{id}"
HEADER_PARAMETERS: tuple[str, ...] = ()


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data-sources/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetDataSourceResponse | None:
    if response.status_code == 200:
        return decode(GetDataSourceResponse, response.content)

    if response.status_code == 400:
        return decode(Error, response.content)

    if response.status_code == 401:
        return decode(Error, response.content)

    if response.status_code == 402:
        return decode(Error, response.content)

    if response.status_code == 403:
        return decode(Error, response.content)

    if response.status_code == 404:
        return decode(Error, response.content)

    if response.status_code == 429:
        return decode(Error, response.content)

    if 500 <= response.status_code <= 599:
        return decode(Error, response.content)

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | GetDataSourceResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def operation(
    id: str,
) -> GetDataSourceResponse:
    """This operation's parameters without ``client``, and what a 2xx answer parses into.

    The typed handle for ``experiment_clients``: ``client.call(<module>.operation, ...)``
    runs ``sync_detailed``/``asyncio_detailed`` with the client's own settings.
    """
    raise TypeError(
        "call it through a client: client.call(<this module>.operation, ...)"
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | GetDataSourceResponse]:
    """Get a single data source

     Returns the data source with the given id (for example `ds_123abc`).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetDataSourceResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    http = client.get_httpx_client()
    kwargs["url"] = join_url(http.base_url, kwargs["url"])
    response = http.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | GetDataSourceResponse | None:
    """Get a single data source

     Returns the data source with the given id (for example `ds_123abc`).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetDataSourceResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | GetDataSourceResponse]:
    """Get a single data source

     Returns the data source with the given id (for example `ds_123abc`).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetDataSourceResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    http = client.get_async_httpx_client()
    kwargs["url"] = join_url(http.base_url, kwargs["url"])
    response = await http.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | GetDataSourceResponse | None:
    """Get a single data source

     Returns the data source with the given id (for example `ds_123abc`).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetDataSourceResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
