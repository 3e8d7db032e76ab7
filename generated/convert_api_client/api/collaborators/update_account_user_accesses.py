from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_account_user_accesses_by_email_request import (
    UpdateAccountUserAccessesByEmailRequest,
)
from ...models.update_account_user_accesses_by_user_id_request import (
    UpdateAccountUserAccessesByUserIdRequest,
)
from ...models.update_account_user_accesses_response import (
    UpdateAccountUserAccessesResponse,
)
from ...types import Response, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "PUT"
PATH = "/accounts/{account_id}/users-accesses/update"
HEADER_PARAMETERS: tuple[str, ...] = ()


def _get_kwargs(
    account_id: int,
    *,
    body: UpdateAccountUserAccessesByEmailRequest
    | UpdateAccountUserAccessesByUserIdRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/accounts/{account_id}/users-accesses/update".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    if isinstance(body, UpdateAccountUserAccessesByUserIdRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateAccountUserAccessesResponse | None:
    if response.status_code == 200:
        return decode(UpdateAccountUserAccessesResponse, response.content)

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
) -> Response[ErrorResponse | UpdateAccountUserAccessesResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def operation(
    account_id: int,
    *,
    body: UpdateAccountUserAccessesByEmailRequest
    | UpdateAccountUserAccessesByUserIdRequest,
) -> UpdateAccountUserAccessesResponse:
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
    body: UpdateAccountUserAccessesByEmailRequest
    | UpdateAccountUserAccessesByUserIdRequest,
) -> Response[ErrorResponse | UpdateAccountUserAccessesResponse]:
    """Update a user's access permissions for an account

     Modifies the access rights of an existing collaborator for the specified account. This can involve
    changing their role for specific projects or altering which projects they can access. Identifies the
    user by user_id (for active collaborators) or email (for pending invitations).

    Args:
        account_id (int):
        body (UpdateAccountUserAccessesByEmailRequest | UpdateAccountUserAccessesByUserIdRequest):
            Contains the user identifier (either email for pending invitations or user_id for active
            collaborators) and the updated list of project accesses and their corresponding roles
            (e.g., 'admin', 'editor') for that user within the account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateAccountUserAccessesResponse]
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
    body: UpdateAccountUserAccessesByEmailRequest
    | UpdateAccountUserAccessesByUserIdRequest,
) -> ErrorResponse | UpdateAccountUserAccessesResponse | None:
    """Update a user's access permissions for an account

     Modifies the access rights of an existing collaborator for the specified account. This can involve
    changing their role for specific projects or altering which projects they can access. Identifies the
    user by user_id (for active collaborators) or email (for pending invitations).

    Args:
        account_id (int):
        body (UpdateAccountUserAccessesByEmailRequest | UpdateAccountUserAccessesByUserIdRequest):
            Contains the user identifier (either email for pending invitations or user_id for active
            collaborators) and the updated list of project accesses and their corresponding roles
            (e.g., 'admin', 'editor') for that user within the account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateAccountUserAccessesResponse
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
    body: UpdateAccountUserAccessesByEmailRequest
    | UpdateAccountUserAccessesByUserIdRequest,
) -> Response[ErrorResponse | UpdateAccountUserAccessesResponse]:
    """Update a user's access permissions for an account

     Modifies the access rights of an existing collaborator for the specified account. This can involve
    changing their role for specific projects or altering which projects they can access. Identifies the
    user by user_id (for active collaborators) or email (for pending invitations).

    Args:
        account_id (int):
        body (UpdateAccountUserAccessesByEmailRequest | UpdateAccountUserAccessesByUserIdRequest):
            Contains the user identifier (either email for pending invitations or user_id for active
            collaborators) and the updated list of project accesses and their corresponding roles
            (e.g., 'admin', 'editor') for that user within the account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateAccountUserAccessesResponse]
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
    body: UpdateAccountUserAccessesByEmailRequest
    | UpdateAccountUserAccessesByUserIdRequest,
) -> ErrorResponse | UpdateAccountUserAccessesResponse | None:
    """Update a user's access permissions for an account

     Modifies the access rights of an existing collaborator for the specified account. This can involve
    changing their role for specific projects or altering which projects they can access. Identifies the
    user by user_id (for active collaborators) or email (for pending invitations).

    Args:
        account_id (int):
        body (UpdateAccountUserAccessesByEmailRequest | UpdateAccountUserAccessesByUserIdRequest):
            Contains the user identifier (either email for pending invitations or user_id for active
            collaborators) and the updated list of project accesses and their corresponding roles
            (e.g., 'admin', 'editor') for that user within the account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateAccountUserAccessesResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
