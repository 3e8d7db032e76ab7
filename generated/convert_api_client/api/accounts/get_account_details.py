from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_account_details_include_item import GetAccountDetailsIncludeItem
from ...models.get_account_details_response import GetAccountDetailsResponse
from ...types import UNSET, Response, Unset, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "GET"
PATH = "/accounts/{account_id}/details"
HEADER_PARAMETERS: tuple[str, ...] = ()


def _get_kwargs(
    account_id: int,
    *,
    include: list[GetAccountDetailsIncludeItem] | Unset = UNSET,
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
        "url": "/accounts/{account_id}/details".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetAccountDetailsResponse | None:
    if response.status_code == 200:
        return decode(GetAccountDetailsResponse, response.content)

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
) -> Response[ErrorResponse | GetAccountDetailsResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def operation(
    account_id: int,
    *,
    include: list[GetAccountDetailsIncludeItem] | Unset = UNSET,
) -> GetAccountDetailsResponse:
    """This operation's parameters without ``client``, and what a 2xx answer parses into.

    The typed handle for ``experiment_clients``: ``client.call(<module>.operation, ...)``
    runs ``sync_detailed``/``asyncio_detailed`` with the client's own settings.
    """
    raise TypeError(
        "call it through a client: client.call(<this module>.operation, ...)"
    )


def sync_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetAccountDetailsIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GetAccountDetailsResponse]:
    """Get details for a specific account

     Retrieves detailed information about a specific account, including its settings, billing status, and
    usage limits. The include parameter can be used to fetch additional related data, like active
    project counts.

    Args:
        account_id (int):
        include (list[GetAccountDetailsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAccountDetailsResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
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
    *,
    client: AuthenticatedClient | Client,
    include: list[GetAccountDetailsIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GetAccountDetailsResponse | None:
    """Get details for a specific account

     Retrieves detailed information about a specific account, including its settings, billing status, and
    usage limits. The include parameter can be used to fetch additional related data, like active
    project counts.

    Args:
        account_id (int):
        include (list[GetAccountDetailsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAccountDetailsResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetAccountDetailsIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GetAccountDetailsResponse]:
    """Get details for a specific account

     Retrieves detailed information about a specific account, including its settings, billing status, and
    usage limits. The include parameter can be used to fetch additional related data, like active
    project counts.

    Args:
        account_id (int):
        include (list[GetAccountDetailsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAccountDetailsResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        include=include,
    )

    http = client.get_async_httpx_client()
    kwargs["url"] = join_url(http.base_url, kwargs["url"])
    response = await http.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetAccountDetailsIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GetAccountDetailsResponse | None:
    """Get details for a specific account

     Retrieves detailed information about a specific account, including its settings, billing status, and
    usage limits. The include parameter can be used to fetch additional related data, like active
    project counts.

    Args:
        account_id (int):
        include (list[GetAccountDetailsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAccountDetailsResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            include=include,
        )
    ).parsed
