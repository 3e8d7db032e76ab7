from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_experience_section_version_expand_item import (
    UpdateExperienceSectionVersionExpandItem,
)
from ...models.update_experience_section_version_include_item import (
    UpdateExperienceSectionVersionIncludeItem,
)
from ...models.update_experience_section_version_request import (
    UpdateExperienceSectionVersionRequest,
)
from ...models.update_experience_section_version_response import (
    UpdateExperienceSectionVersionResponse,
)
from ...types import UNSET, Response, Unset, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "POST"
PATH = "/accounts/{account_id}/projects/{project_id}/experiences/{experience_id}/sections/{section_id}/versions/{version_id}/update"
HEADER_PARAMETERS: tuple[str, ...] = ()


def _get_kwargs(
    account_id: int,
    project_id: int,
    experience_id: int,
    section_id: str,
    version_id: str,
    *,
    body: UpdateExperienceSectionVersionRequest | Unset = UNSET,
    include: list[UpdateExperienceSectionVersionIncludeItem] | Unset = UNSET,
    expand: list[UpdateExperienceSectionVersionExpandItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include[]"] = json_include

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item = expand_item_data.value
            json_expand.append(expand_item)

    params["expand[]"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/projects/{project_id}/experiences/{experience_id}/sections/{section_id}/versions/{version_id}/update".format(
            account_id=quote(str(account_id), safe=""),
            project_id=quote(str(project_id), safe=""),
            experience_id=quote(str(experience_id), safe=""),
            section_id=quote(str(section_id), safe=""),
            version_id=quote(str(version_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if params:
        _kwargs["params"] = params
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateExperienceSectionVersionResponse | None:
    if response.status_code == 200:
        return decode(UpdateExperienceSectionVersionResponse, response.content)

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
) -> Response[ErrorResponse | UpdateExperienceSectionVersionResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def operation(
    account_id: int,
    project_id: int,
    experience_id: int,
    section_id: str,
    version_id: str,
    *,
    body: UpdateExperienceSectionVersionRequest | Unset = UNSET,
    include: list[UpdateExperienceSectionVersionIncludeItem] | Unset = UNSET,
    expand: list[UpdateExperienceSectionVersionExpandItem] | Unset = UNSET,
) -> UpdateExperienceSectionVersionResponse:
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
    experience_id: int,
    section_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateExperienceSectionVersionRequest | Unset = UNSET,
    include: list[UpdateExperienceSectionVersionIncludeItem] | Unset = UNSET,
    expand: list[UpdateExperienceSectionVersionExpandItem] | Unset = UNSET,
) -> Response[ErrorResponse | UpdateExperienceSectionVersionResponse]:
    """Update a version within an MVT section

     Modifies an existing version within a specific section of a multivariate (MVT) experience. This can
    include changing the version's name or updating its associated changes.

    Args:
        account_id (int):
        project_id (int):
        experience_id (int):
        section_id (str):
        version_id (str):
        include (list[UpdateExperienceSectionVersionIncludeItem] | Unset):
        expand (list[UpdateExperienceSectionVersionExpandItem] | Unset):
        body (UpdateExperienceSectionVersionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateExperienceSectionVersionResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        experience_id=experience_id,
        section_id=section_id,
        version_id=version_id,
        body=body,
        include=include,
        expand=expand,
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
    experience_id: int,
    section_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateExperienceSectionVersionRequest | Unset = UNSET,
    include: list[UpdateExperienceSectionVersionIncludeItem] | Unset = UNSET,
    expand: list[UpdateExperienceSectionVersionExpandItem] | Unset = UNSET,
) -> ErrorResponse | UpdateExperienceSectionVersionResponse | None:
    """Update a version within an MVT section

     Modifies an existing version within a specific section of a multivariate (MVT) experience. This can
    include changing the version's name or updating its associated changes.

    Args:
        account_id (int):
        project_id (int):
        experience_id (int):
        section_id (str):
        version_id (str):
        include (list[UpdateExperienceSectionVersionIncludeItem] | Unset):
        expand (list[UpdateExperienceSectionVersionExpandItem] | Unset):
        body (UpdateExperienceSectionVersionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateExperienceSectionVersionResponse
    """

    return sync_detailed(
        account_id=account_id,
        project_id=project_id,
        experience_id=experience_id,
        section_id=section_id,
        version_id=version_id,
        client=client,
        body=body,
        include=include,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    project_id: int,
    experience_id: int,
    section_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateExperienceSectionVersionRequest | Unset = UNSET,
    include: list[UpdateExperienceSectionVersionIncludeItem] | Unset = UNSET,
    expand: list[UpdateExperienceSectionVersionExpandItem] | Unset = UNSET,
) -> Response[ErrorResponse | UpdateExperienceSectionVersionResponse]:
    """Update a version within an MVT section

     Modifies an existing version within a specific section of a multivariate (MVT) experience. This can
    include changing the version's name or updating its associated changes.

    Args:
        account_id (int):
        project_id (int):
        experience_id (int):
        section_id (str):
        version_id (str):
        include (list[UpdateExperienceSectionVersionIncludeItem] | Unset):
        expand (list[UpdateExperienceSectionVersionExpandItem] | Unset):
        body (UpdateExperienceSectionVersionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateExperienceSectionVersionResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        experience_id=experience_id,
        section_id=section_id,
        version_id=version_id,
        body=body,
        include=include,
        expand=expand,
    )

    http = client.get_async_httpx_client()
    kwargs["url"] = join_url(http.base_url, kwargs["url"])
    response = await http.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    project_id: int,
    experience_id: int,
    section_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateExperienceSectionVersionRequest | Unset = UNSET,
    include: list[UpdateExperienceSectionVersionIncludeItem] | Unset = UNSET,
    expand: list[UpdateExperienceSectionVersionExpandItem] | Unset = UNSET,
) -> ErrorResponse | UpdateExperienceSectionVersionResponse | None:
    """Update a version within an MVT section

     Modifies an existing version within a specific section of a multivariate (MVT) experience. This can
    include changing the version's name or updating its associated changes.

    Args:
        account_id (int):
        project_id (int):
        experience_id (int):
        section_id (str):
        version_id (str):
        include (list[UpdateExperienceSectionVersionIncludeItem] | Unset):
        expand (list[UpdateExperienceSectionVersionExpandItem] | Unset):
        body (UpdateExperienceSectionVersionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateExperienceSectionVersionResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            project_id=project_id,
            experience_id=experience_id,
            section_id=section_id,
            version_id=version_id,
            client=client,
            body=body,
            include=include,
            expand=expand,
        )
    ).parsed
