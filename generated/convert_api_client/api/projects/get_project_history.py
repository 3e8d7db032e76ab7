from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_project_history_request import GetProjectHistoryRequest
from ...models.get_project_history_response import GetProjectHistoryResponse
from ...types import UNSET, Response, Unset, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "POST"
PATH = "/accounts/{account_id}/projects/{project_id}/change-history"
HEADER_PARAMETERS: tuple[str, ...] = ()


def _get_kwargs(
    account_id: int,
    project_id: int,
    *,
    body: GetProjectHistoryRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/projects/{project_id}/change-history".format(
            account_id=quote(str(account_id), safe=""),
            project_id=quote(str(project_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetProjectHistoryResponse | None:
    if response.status_code == 200:
        return decode(GetProjectHistoryResponse, response.content)

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
) -> Response[ErrorResponse | GetProjectHistoryResponse]:
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
    body: GetProjectHistoryRequest | Unset = UNSET,
) -> GetProjectHistoryResponse:
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
    body: GetProjectHistoryRequest | Unset = UNSET,
) -> Response[ErrorResponse | GetProjectHistoryResponse]:
    """Get change history for a specific project

     Retrieves a historical log of changes made within a specific project. This includes modifications to
    experiences, goals, audiences, locations, and project settings. Provides an audit trail for project-
    level activities, filterable by date, user, and event type. The Knowledge Base states: "Convert logs
    most actions that can be made in a Project; for example: creating an experiment, modifying a
    variation, adding and removing audiences, and more."

    Args:
        account_id (int):
        project_id (int):
        body (GetProjectHistoryRequest | Unset): Filters for retrieving the change history log for
            a specific project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetProjectHistoryResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
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
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: GetProjectHistoryRequest | Unset = UNSET,
) -> ErrorResponse | GetProjectHistoryResponse | None:
    """Get change history for a specific project

     Retrieves a historical log of changes made within a specific project. This includes modifications to
    experiences, goals, audiences, locations, and project settings. Provides an audit trail for project-
    level activities, filterable by date, user, and event type. The Knowledge Base states: "Convert logs
    most actions that can be made in a Project; for example: creating an experiment, modifying a
    variation, adding and removing audiences, and more."

    Args:
        account_id (int):
        project_id (int):
        body (GetProjectHistoryRequest | Unset): Filters for retrieving the change history log for
            a specific project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetProjectHistoryResponse
    """

    return sync_detailed(
        account_id=account_id,
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: GetProjectHistoryRequest | Unset = UNSET,
) -> Response[ErrorResponse | GetProjectHistoryResponse]:
    """Get change history for a specific project

     Retrieves a historical log of changes made within a specific project. This includes modifications to
    experiences, goals, audiences, locations, and project settings. Provides an audit trail for project-
    level activities, filterable by date, user, and event type. The Knowledge Base states: "Convert logs
    most actions that can be made in a Project; for example: creating an experiment, modifying a
    variation, adding and removing audiences, and more."

    Args:
        account_id (int):
        project_id (int):
        body (GetProjectHistoryRequest | Unset): Filters for retrieving the change history log for
            a specific project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetProjectHistoryResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        body=body,
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
    body: GetProjectHistoryRequest | Unset = UNSET,
) -> ErrorResponse | GetProjectHistoryResponse | None:
    """Get change history for a specific project

     Retrieves a historical log of changes made within a specific project. This includes modifications to
    experiences, goals, audiences, locations, and project settings. Provides an audit trail for project-
    level activities, filterable by date, user, and event type. The Knowledge Base states: "Convert logs
    most actions that can be made in a Project; for example: creating an experiment, modifying a
    variation, adding and removing audiences, and more."

    Args:
        account_id (int):
        project_id (int):
        body (GetProjectHistoryRequest | Unset): Filters for retrieving the change history log for
            a specific project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetProjectHistoryResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
