from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_features_response import ListFeaturesResponse
from ...types import UNSET, Response, Unset, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "GET"
PATH = "/features"
HEADER_PARAMETERS: tuple[str, ...] = ()


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    project_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["projectId"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/features",
    }

    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListFeaturesResponse | None:
    if response.status_code == 200:
        return decode(ListFeaturesResponse, response.content)

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
) -> Response[Error | ListFeaturesResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def operation(
    *,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    project_id: str | Unset = UNSET,
) -> ListFeaturesResponse:
    """This operation's parameters without ``client``, and what a 2xx answer parses into.

    The typed handle for ``experiment_clients``: ``client.call(<module>.operation, ...)``
    runs ``sync_detailed``/``asyncio_detailed`` with the client's own settings.
    """
    raise TypeError(
        "call it through a client: client.call(<this module>.operation, ...)"
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    project_id: str | Unset = UNSET,
) -> Response[Error | ListFeaturesResponse]:
    """Get all features

     Returns one page of feature flags, optionally only those of one project.

    Args:
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListFeaturesResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        project_id=project_id,
    )

    http = client.get_httpx_client()
    kwargs["url"] = join_url(http.base_url, kwargs["url"])
    response = http.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    project_id: str | Unset = UNSET,
) -> Error | ListFeaturesResponse | None:
    """Get all features

     Returns one page of feature flags, optionally only those of one project.

    Args:
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListFeaturesResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        project_id=project_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    project_id: str | Unset = UNSET,
) -> Response[Error | ListFeaturesResponse]:
    """Get all features

     Returns one page of feature flags, optionally only those of one project.

    Args:
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListFeaturesResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        project_id=project_id,
    )

    http = client.get_async_httpx_client()
    kwargs["url"] = join_url(http.base_url, kwargs["url"])
    response = await http.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    project_id: str | Unset = UNSET,
) -> Error | ListFeaturesResponse | None:
    """Get all features

     Returns one page of feature flags, optionally only those of one project.

    Args:
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListFeaturesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            project_id=project_id,
        )
    ).parsed
