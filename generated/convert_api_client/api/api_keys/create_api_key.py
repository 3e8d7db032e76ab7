from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key import ApiKey
from ...models.create_api_key_request import CreateApiKeyRequest
from ...models.error_response import ErrorResponse
from ...types import Response, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "POST"
PATH = "/accounts/{account_id}/api-keys/add"
HEADER_PARAMETERS: tuple[str, ...] = ()


def _get_kwargs(
    account_id: int,
    *,
    body: CreateApiKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/api-keys/add".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKey | ErrorResponse | None:
    if response.status_code == 200:
        return decode(ApiKey, response.content)

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
) -> Response[ApiKey | ErrorResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def operation(
    account_id: int,
    *,
    body: CreateApiKeyRequest,
) -> ApiKey:
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
    body: CreateApiKeyRequest,
) -> Response[ApiKey | ErrorResponse]:
    """Create a new API key for an account

     Generates a new API key and secret for the specified account. The key can be named for easier
    identification and can be restricted to a list of project IDs. If no projects are specified, the key
    grants access to all projects in the account. The API secret is only shown at the time of creation
    and should be stored securely.

    Args:
        account_id (int):
        body (CreateApiKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKey | ErrorResponse]
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
    body: CreateApiKeyRequest,
) -> ApiKey | ErrorResponse | None:
    """Create a new API key for an account

     Generates a new API key and secret for the specified account. The key can be named for easier
    identification and can be restricted to a list of project IDs. If no projects are specified, the key
    grants access to all projects in the account. The API secret is only shown at the time of creation
    and should be stored securely.

    Args:
        account_id (int):
        body (CreateApiKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKey | ErrorResponse
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
    body: CreateApiKeyRequest,
) -> Response[ApiKey | ErrorResponse]:
    """Create a new API key for an account

     Generates a new API key and secret for the specified account. The key can be named for easier
    identification and can be restricted to a list of project IDs. If no projects are specified, the key
    grants access to all projects in the account. The API secret is only shown at the time of creation
    and should be stored securely.

    Args:
        account_id (int):
        body (CreateApiKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKey | ErrorResponse]
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
    body: CreateApiKeyRequest,
) -> ApiKey | ErrorResponse | None:
    """Create a new API key for an account

     Generates a new API key and secret for the specified account. The key can be named for easier
    identification and can be restricted to a list of project IDs. If no projects are specified, the key
    grants access to all projects in the account. The API secret is only shown at the time of creation
    and should be stored securely.

    Args:
        account_id (int):
        body (CreateApiKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKey | ErrorResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
