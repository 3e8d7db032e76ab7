from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_sub_account_request import CreateSubAccountRequest
from ...models.create_sub_account_response import CreateSubAccountResponse
from ...models.error_response import ErrorResponse
from ...types import Response, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "POST"
PATH = "/accounts/{account_id}/sub-accounts/add"
HEADER_PARAMETERS: tuple[str, ...] = ()


def _get_kwargs(
    account_id: int,
    *,
    body: CreateSubAccountRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/sub-accounts/add".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateSubAccountResponse | ErrorResponse | None:
    if response.status_code == 200:
        return decode(CreateSubAccountResponse, response.content)

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
) -> Response[CreateSubAccountResponse | ErrorResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def operation(
    account_id: int,
    *,
    body: CreateSubAccountRequest,
) -> CreateSubAccountResponse:
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
    body: CreateSubAccountRequest,
) -> Response[CreateSubAccountResponse | ErrorResponse]:
    """Create a new sub-account

     Creates a new sub-account under the specified parent main account. Sub-accounts inherit certain
    properties and limits from the parent but can have their own users and projects. This is typically
    used by agencies or larger organizations to manage client accounts or departmental usage separately.

    Args:
        account_id (int):
        body (CreateSubAccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSubAccountResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
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
    body: CreateSubAccountRequest,
) -> CreateSubAccountResponse | ErrorResponse | None:
    """Create a new sub-account

     Creates a new sub-account under the specified parent main account. Sub-accounts inherit certain
    properties and limits from the parent but can have their own users and projects. This is typically
    used by agencies or larger organizations to manage client accounts or departmental usage separately.

    Args:
        account_id (int):
        body (CreateSubAccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSubAccountResponse | ErrorResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubAccountRequest,
) -> Response[CreateSubAccountResponse | ErrorResponse]:
    """Create a new sub-account

     Creates a new sub-account under the specified parent main account. Sub-accounts inherit certain
    properties and limits from the parent but can have their own users and projects. This is typically
    used by agencies or larger organizations to manage client accounts or departmental usage separately.

    Args:
        account_id (int):
        body (CreateSubAccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSubAccountResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    http = client.get_async_httpx_client()
    kwargs["url"] = join_url(http.base_url, kwargs["url"])
    response = await http.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubAccountRequest,
) -> CreateSubAccountResponse | ErrorResponse | None:
    """Create a new sub-account

     Creates a new sub-account under the specified parent main account. Sub-accounts inherit certain
    properties and limits from the parent but can have their own users and projects. This is typically
    used by agencies or larger organizations to manage client accounts or departmental usage separately.

    Args:
        account_id (int):
        body (CreateSubAccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSubAccountResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
