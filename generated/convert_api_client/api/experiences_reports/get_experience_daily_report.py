from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_experience_daily_report_request import (
    GetExperienceDailyReportRequest,
)
from ...models.get_experience_daily_report_response import (
    GetExperienceDailyReportResponse,
)
from ...types import UNSET, Response, Unset, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "POST"
PATH = "/accounts/{account_id}/projects/{project_id}/experiences/{experience_id}/daily_report"
HEADER_PARAMETERS: tuple[str, ...] = ("report_token",)


def _get_kwargs(
    account_id: int,
    project_id: int,
    experience_id: int,
    *,
    body: GetExperienceDailyReportRequest | Unset = UNSET,
    report_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(report_token, Unset):
        headers["report_token"] = report_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/projects/{project_id}/experiences/{experience_id}/daily_report".format(
            account_id=quote(str(account_id), safe=""),
            project_id=quote(str(project_id), safe=""),
            experience_id=quote(str(experience_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetExperienceDailyReportResponse | None:
    if response.status_code == 200:
        return decode(GetExperienceDailyReportResponse, response.content)

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
) -> Response[ErrorResponse | GetExperienceDailyReportResponse]:
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
    body: GetExperienceDailyReportRequest | Unset = UNSET,
    report_token: str | Unset = UNSET,
) -> GetExperienceDailyReportResponse:
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
    body: GetExperienceDailyReportRequest | Unset = UNSET,
    report_token: str | Unset = UNSET,
) -> Response[ErrorResponse | GetExperienceDailyReportResponse]:
    """Get daily performance report for an experience

     Retrieves a day-by-day breakdown of performance metrics (visitors, conversions, conversion rate,
    etc.) for a specific experience and goal. This allows trend analysis and observation of how an
    experiment performs over time. Supports filtering by date range and segments, and can show
    cumulative or non-cumulative data. The Knowledge Base article "Experiment Report" (Graphs section)
    visualizes this type of data.

    Args:
        account_id (int):
        project_id (int):
        experience_id (int):
        report_token (str | Unset):
        body (GetExperienceDailyReportRequest | Unset): Parameters to customize the daily
            performance report: the goal, the report type (cumulative or non_cumulative) and the
            metric, plus reporting period and segments filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetExperienceDailyReportResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        experience_id=experience_id,
        body=body,
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
    body: GetExperienceDailyReportRequest | Unset = UNSET,
    report_token: str | Unset = UNSET,
) -> ErrorResponse | GetExperienceDailyReportResponse | None:
    """Get daily performance report for an experience

     Retrieves a day-by-day breakdown of performance metrics (visitors, conversions, conversion rate,
    etc.) for a specific experience and goal. This allows trend analysis and observation of how an
    experiment performs over time. Supports filtering by date range and segments, and can show
    cumulative or non-cumulative data. The Knowledge Base article "Experiment Report" (Graphs section)
    visualizes this type of data.

    Args:
        account_id (int):
        project_id (int):
        experience_id (int):
        report_token (str | Unset):
        body (GetExperienceDailyReportRequest | Unset): Parameters to customize the daily
            performance report: the goal, the report type (cumulative or non_cumulative) and the
            metric, plus reporting period and segments filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetExperienceDailyReportResponse
    """

    return sync_detailed(
        account_id=account_id,
        project_id=project_id,
        experience_id=experience_id,
        client=client,
        body=body,
        report_token=report_token,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    project_id: int,
    experience_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: GetExperienceDailyReportRequest | Unset = UNSET,
    report_token: str | Unset = UNSET,
) -> Response[ErrorResponse | GetExperienceDailyReportResponse]:
    """Get daily performance report for an experience

     Retrieves a day-by-day breakdown of performance metrics (visitors, conversions, conversion rate,
    etc.) for a specific experience and goal. This allows trend analysis and observation of how an
    experiment performs over time. Supports filtering by date range and segments, and can show
    cumulative or non-cumulative data. The Knowledge Base article "Experiment Report" (Graphs section)
    visualizes this type of data.

    Args:
        account_id (int):
        project_id (int):
        experience_id (int):
        report_token (str | Unset):
        body (GetExperienceDailyReportRequest | Unset): Parameters to customize the daily
            performance report: the goal, the report type (cumulative or non_cumulative) and the
            metric, plus reporting period and segments filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetExperienceDailyReportResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        experience_id=experience_id,
        body=body,
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
    body: GetExperienceDailyReportRequest | Unset = UNSET,
    report_token: str | Unset = UNSET,
) -> ErrorResponse | GetExperienceDailyReportResponse | None:
    """Get daily performance report for an experience

     Retrieves a day-by-day breakdown of performance metrics (visitors, conversions, conversion rate,
    etc.) for a specific experience and goal. This allows trend analysis and observation of how an
    experiment performs over time. Supports filtering by date range and segments, and can show
    cumulative or non-cumulative data. The Knowledge Base article "Experiment Report" (Graphs section)
    visualizes this type of data.

    Args:
        account_id (int):
        project_id (int):
        experience_id (int):
        report_token (str | Unset):
        body (GetExperienceDailyReportRequest | Unset): Parameters to customize the daily
            performance report: the goal, the report type (cumulative or non_cumulative) and the
            metric, plus reporting period and segments filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetExperienceDailyReportResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            project_id=project_id,
            experience_id=experience_id,
            client=client,
            body=body,
            report_token=report_token,
        )
    ).parsed
