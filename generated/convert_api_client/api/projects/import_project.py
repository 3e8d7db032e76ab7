from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.import_project_request import ImportProjectRequest
from ...models.success_response import SuccessResponse
from ...types import Response, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "POST"
PATH = "/accounts/{account_id}/projects/import-project"
HEADER_PARAMETERS: tuple[str, ...] = ()


def _get_kwargs(
    account_id: int,
    *,
    body: ImportProjectRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/projects/import-project".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SuccessResponse | None:
    if response.status_code == 200:
        return decode(SuccessResponse, response.content)

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
) -> Response[ErrorResponse | SuccessResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def operation(
    account_id: int,
    *,
    body: ImportProjectRequest,
) -> SuccessResponse:
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
    body: ImportProjectRequest,
) -> Response[ErrorResponse | SuccessResponse]:
    """Import project data from a JSON file

     Creates a new project or updates an existing one by importing data from a JSON file (previously
    exported from Convert). This allows for restoring backups or replicating project setups. The
    Knowledge Base mentions this for "Save and Migrate Project Settings" and "Template Creation".

    Args:
        account_id (int):
        body (ImportProjectRequest): The JSON file (previously exported from Convert) with the
            project data to be imported.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SuccessResponse]
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
    body: ImportProjectRequest,
) -> ErrorResponse | SuccessResponse | None:
    """Import project data from a JSON file

     Creates a new project or updates an existing one by importing data from a JSON file (previously
    exported from Convert). This allows for restoring backups or replicating project setups. The
    Knowledge Base mentions this for "Save and Migrate Project Settings" and "Template Creation".

    Args:
        account_id (int):
        body (ImportProjectRequest): The JSON file (previously exported from Convert) with the
            project data to be imported.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SuccessResponse
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
    body: ImportProjectRequest,
) -> Response[ErrorResponse | SuccessResponse]:
    """Import project data from a JSON file

     Creates a new project or updates an existing one by importing data from a JSON file (previously
    exported from Convert). This allows for restoring backups or replicating project setups. The
    Knowledge Base mentions this for "Save and Migrate Project Settings" and "Template Creation".

    Args:
        account_id (int):
        body (ImportProjectRequest): The JSON file (previously exported from Convert) with the
            project data to be imported.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SuccessResponse]
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
    body: ImportProjectRequest,
) -> ErrorResponse | SuccessResponse | None:
    """Import project data from a JSON file

     Creates a new project or updates an existing one by importing data from a JSON file (previously
    exported from Convert). This allows for restoring backups or replicating project setups. The
    Knowledge Base mentions this for "Save and Migrate Project Settings" and "Template Creation".

    Args:
        account_id (int):
        body (ImportProjectRequest): The JSON file (previously exported from Convert) with the
            project data to be imported.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
