from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_experience_variation_screenshot_response import (
    GetExperienceVariationScreenshotResponse,
)
from ...models.get_experience_variation_screenshot_size import (
    GetExperienceVariationScreenshotSize,
)
from ...types import UNSET, Response, Unset, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "GET"
PATH = "/accounts/{account_id}/projects/{project_id}/experiences/{experience_id}/variations/{variation_id}/screenshot"
HEADER_PARAMETERS: tuple[str, ...] = ()


def _get_kwargs(
    account_id: int,
    project_id: int,
    experience_id: int,
    variation_id: int,
    *,
    size: GetExperienceVariationScreenshotSize | Unset = UNSET,
    force_download: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_size: str | Unset = UNSET
    if not isinstance(size, Unset):
        json_size = size.value

    params["size"] = json_size

    params["force_download"] = force_download

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/projects/{project_id}/experiences/{experience_id}/variations/{variation_id}/screenshot".format(
            account_id=quote(str(account_id), safe=""),
            project_id=quote(str(project_id), safe=""),
            experience_id=quote(str(experience_id), safe=""),
            variation_id=quote(str(variation_id), safe=""),
        ),
    }

    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetExperienceVariationScreenshotResponse | None:
    if response.status_code == 200:
        return decode(GetExperienceVariationScreenshotResponse, response.content)

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
) -> Response[ErrorResponse | GetExperienceVariationScreenshotResponse]:
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
    variation_id: int,
    *,
    size: GetExperienceVariationScreenshotSize | Unset = UNSET,
    force_download: bool | Unset = UNSET,
) -> GetExperienceVariationScreenshotResponse:
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
    variation_id: int,
    *,
    client: AuthenticatedClient | Client,
    size: GetExperienceVariationScreenshotSize | Unset = UNSET,
    force_download: bool | Unset = UNSET,
) -> Response[ErrorResponse | GetExperienceVariationScreenshotResponse]:
    """Get screenshot for an experience variation

     Retrieves the screenshot image for a specific variation, base64 encoded. Screenshots help visualize
    the changes applied by a variation and are shown in the Convert UI. Can request a full-size image or
    a thumbnail. The Knowledge Base article "Whitelist IPs for Screenshot Previews" is related.

    Args:
        account_id (int):
        project_id (int):
        experience_id (int):
        variation_id (int):
        size (GetExperienceVariationScreenshotSize | Unset):
        force_download (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetExperienceVariationScreenshotResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        experience_id=experience_id,
        variation_id=variation_id,
        size=size,
        force_download=force_download,
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
    variation_id: int,
    *,
    client: AuthenticatedClient | Client,
    size: GetExperienceVariationScreenshotSize | Unset = UNSET,
    force_download: bool | Unset = UNSET,
) -> ErrorResponse | GetExperienceVariationScreenshotResponse | None:
    """Get screenshot for an experience variation

     Retrieves the screenshot image for a specific variation, base64 encoded. Screenshots help visualize
    the changes applied by a variation and are shown in the Convert UI. Can request a full-size image or
    a thumbnail. The Knowledge Base article "Whitelist IPs for Screenshot Previews" is related.

    Args:
        account_id (int):
        project_id (int):
        experience_id (int):
        variation_id (int):
        size (GetExperienceVariationScreenshotSize | Unset):
        force_download (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetExperienceVariationScreenshotResponse
    """

    return sync_detailed(
        account_id=account_id,
        project_id=project_id,
        experience_id=experience_id,
        variation_id=variation_id,
        client=client,
        size=size,
        force_download=force_download,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    project_id: int,
    experience_id: int,
    variation_id: int,
    *,
    client: AuthenticatedClient | Client,
    size: GetExperienceVariationScreenshotSize | Unset = UNSET,
    force_download: bool | Unset = UNSET,
) -> Response[ErrorResponse | GetExperienceVariationScreenshotResponse]:
    """Get screenshot for an experience variation

     Retrieves the screenshot image for a specific variation, base64 encoded. Screenshots help visualize
    the changes applied by a variation and are shown in the Convert UI. Can request a full-size image or
    a thumbnail. The Knowledge Base article "Whitelist IPs for Screenshot Previews" is related.

    Args:
        account_id (int):
        project_id (int):
        experience_id (int):
        variation_id (int):
        size (GetExperienceVariationScreenshotSize | Unset):
        force_download (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetExperienceVariationScreenshotResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        experience_id=experience_id,
        variation_id=variation_id,
        size=size,
        force_download=force_download,
    )

    http = client.get_async_httpx_client()
    kwargs["url"] = join_url(http.base_url, kwargs["url"])
    response = await http.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    project_id: int,
    experience_id: int,
    variation_id: int,
    *,
    client: AuthenticatedClient | Client,
    size: GetExperienceVariationScreenshotSize | Unset = UNSET,
    force_download: bool | Unset = UNSET,
) -> ErrorResponse | GetExperienceVariationScreenshotResponse | None:
    """Get screenshot for an experience variation

     Retrieves the screenshot image for a specific variation, base64 encoded. Screenshots help visualize
    the changes applied by a variation and are shown in the Convert UI. Can request a full-size image or
    a thumbnail. The Knowledge Base article "Whitelist IPs for Screenshot Previews" is related.

    Args:
        account_id (int):
        project_id (int):
        experience_id (int):
        variation_id (int):
        size (GetExperienceVariationScreenshotSize | Unset):
        force_download (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetExperienceVariationScreenshotResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            project_id=project_id,
            experience_id=experience_id,
            variation_id=variation_id,
            client=client,
            size=size,
            force_download=force_download,
        )
    ).parsed
