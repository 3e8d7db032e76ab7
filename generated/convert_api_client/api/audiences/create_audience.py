from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audience import Audience
from ...models.create_audience_request import CreateAudienceRequest
from ...models.error_response import ErrorResponse
from ...types import Response, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "POST"
PATH = "/accounts/{account_id}/projects/{project_id}/audiences/add"
HEADER_PARAMETERS: tuple[str, ...] = ()


def _get_kwargs(
    account_id: int,
    project_id: int,
    *,
    body: CreateAudienceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/projects/{project_id}/audiences/add".format(
            account_id=quote(str(account_id), safe=""),
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Audience | ErrorResponse | None:
    if response.status_code == 200:
        return decode(Audience, response.content)

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
) -> Response[Audience | ErrorResponse]:
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
    body: CreateAudienceRequest,
) -> Audience:
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
    body: CreateAudienceRequest,
) -> Response[Audience | ErrorResponse]:
    """Create a new audience

     Defines a new audience within a project. Requires a name, type (permanent, transient, segmentation),
    and a set of rules defining the audience criteria. Rules can be based on visitor data (browser,
    device, geo-location, language, visit count, cookie values), traffic sources (UTM parameters,
    referrer), page tags, or JavaScript conditions. The Knowledge Base article "Define an Advanced
    Audience" lists many available conditions.

    Args:
        account_id (int):
        project_id (int):
        body (CreateAudienceRequest): The audience to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Audience | ErrorResponse]
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
    body: CreateAudienceRequest,
) -> Audience | ErrorResponse | None:
    """Create a new audience

     Defines a new audience within a project. Requires a name, type (permanent, transient, segmentation),
    and a set of rules defining the audience criteria. Rules can be based on visitor data (browser,
    device, geo-location, language, visit count, cookie values), traffic sources (UTM parameters,
    referrer), page tags, or JavaScript conditions. The Knowledge Base article "Define an Advanced
    Audience" lists many available conditions.

    Args:
        account_id (int):
        project_id (int):
        body (CreateAudienceRequest): The audience to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Audience | ErrorResponse
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
    body: CreateAudienceRequest,
) -> Response[Audience | ErrorResponse]:
    """Create a new audience

     Defines a new audience within a project. Requires a name, type (permanent, transient, segmentation),
    and a set of rules defining the audience criteria. Rules can be based on visitor data (browser,
    device, geo-location, language, visit count, cookie values), traffic sources (UTM parameters,
    referrer), page tags, or JavaScript conditions. The Knowledge Base article "Define an Advanced
    Audience" lists many available conditions.

    Args:
        account_id (int):
        project_id (int):
        body (CreateAudienceRequest): The audience to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Audience | ErrorResponse]
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
    body: CreateAudienceRequest,
) -> Audience | ErrorResponse | None:
    """Create a new audience

     Defines a new audience within a project. Requires a name, type (permanent, transient, segmentation),
    and a set of rules defining the audience criteria. Rules can be based on visitor data (browser,
    device, geo-location, language, visit count, cookie values), traffic sources (UTM parameters,
    referrer), page tags, or JavaScript conditions. The Knowledge Base article "Define an Advanced
    Audience" lists many available conditions.

    Args:
        account_id (int):
        project_id (int):
        body (CreateAudienceRequest): The audience to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Audience | ErrorResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
