from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_experience_report_settings_response import (
    GetExperienceReportSettingsResponse,
)
from ...types import UNSET, Response, Unset, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "GET"
PATH = "/accounts/{account_id}/projects/{project_id}/experiences/{experience_id}/report_settings"
HEADER_PARAMETERS: tuple[str, ...] = ("report_token",)


def _get_kwargs(
    account_id: int,
    project_id: int,
    experience_id: int,
    *,
    report_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(report_token, Unset):
        headers["report_token"] = report_token

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/projects/{project_id}/experiences/{experience_id}/report_settings".format(
            account_id=quote(str(account_id), safe=""),
            project_id=quote(str(project_id), safe=""),
            experience_id=quote(str(experience_id), safe=""),
        ),
    }

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetExperienceReportSettingsResponse | None:
    if response.status_code == 200:
        return decode(GetExperienceReportSettingsResponse, response.content)

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
) -> Response[ErrorResponse | GetExperienceReportSettingsResponse]:
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
    *,
    report_token: str | Unset = UNSET,
) -> GetExperienceReportSettingsResponse:
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
    *,
    client: AuthenticatedClient | Client,
    report_token: str | Unset = UNSET,
) -> Response[ErrorResponse | GetExperienceReportSettingsResponse]:
    """Get report settings for an experience

     Retrieves the specific reporting settings for an experience. This includes configurations like
    confidence level, statistical methodology (Frequentist/Bayesian), MAB strategy, primary metric, and
    outlier detection rules. These settings govern how experiment results are calculated and displayed.
    The Knowledge Base article "Experiment Report" (Stats Settings section) covers these.

    Args:
        account_id (int):
        project_id (int):
        experience_id (int):
        report_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetExperienceReportSettingsResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        experience_id=experience_id,
        report_token=report_token,
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
    *,
    client: AuthenticatedClient | Client,
    report_token: str | Unset = UNSET,
) -> ErrorResponse | GetExperienceReportSettingsResponse | None:
    """Get report settings for an experience

     Retrieves the specific reporting settings for an experience. This includes configurations like
    confidence level, statistical methodology (Frequentist/Bayesian), MAB strategy, primary metric, and
    outlier detection rules. These settings govern how experiment results are calculated and displayed.
    The Knowledge Base article "Experiment Report" (Stats Settings section) covers these.

    Args:
        account_id (int):
        project_id (int):
        experience_id (int):
        report_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetExperienceReportSettingsResponse
    """

    return sync_detailed(
        account_id=account_id,
        project_id=project_id,
        experience_id=experience_id,
        client=client,
        report_token=report_token,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    project_id: int,
    experience_id: int,
    *,
    client: AuthenticatedClient | Client,
    report_token: str | Unset = UNSET,
) -> Response[ErrorResponse | GetExperienceReportSettingsResponse]:
    """Get report settings for an experience

     Retrieves the specific reporting settings for an experience. This includes configurations like
    confidence level, statistical methodology (Frequentist/Bayesian), MAB strategy, primary metric, and
    outlier detection rules. These settings govern how experiment results are calculated and displayed.
    The Knowledge Base article "Experiment Report" (Stats Settings section) covers these.

    Args:
        account_id (int):
        project_id (int):
        experience_id (int):
        report_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetExperienceReportSettingsResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        experience_id=experience_id,
        report_token=report_token,
    )

    http = client.get_async_httpx_client()
    kwargs["url"] = join_url(http.base_url, kwargs["url"])
    response = await http.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    project_id: int,
    experience_id: int,
    *,
    client: AuthenticatedClient | Client,
    report_token: str | Unset = UNSET,
) -> ErrorResponse | GetExperienceReportSettingsResponse | None:
    """Get report settings for an experience

     Retrieves the specific reporting settings for an experience. This includes configurations like
    confidence level, statistical methodology (Frequentist/Bayesian), MAB strategy, primary metric, and
    outlier detection rules. These settings govern how experiment results are calculated and displayed.
    The Knowledge Base article "Experiment Report" (Stats Settings section) covers these.

    Args:
        account_id (int):
        project_id (int):
        experience_id (int):
        report_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetExperienceReportSettingsResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            project_id=project_id,
            experience_id=experience_id,
            client=client,
            report_token=report_token,
        )
    ).parsed
