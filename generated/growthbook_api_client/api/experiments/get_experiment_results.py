from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_experiment_results_response import GetExperimentResultsResponse
from ...types import UNSET, Response, Unset, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "GET"
PATH = "/experiments/{id}/results"
HEADER_PARAMETERS: tuple[str, ...] = ()


def _get_kwargs(
    id: str,
    *,
    phase: str | Unset = UNSET,
    dimension: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phase"] = phase

    params["dimension"] = dimension

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/experiments/{id}/results".format(
            id=quote(str(id), safe=""),
        ),
    }

    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetExperimentResultsResponse | None:
    if response.status_code == 200:
        return decode(GetExperimentResultsResponse, response.content)

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
) -> Response[Error | GetExperimentResultsResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def operation(
    id: str,
    *,
    phase: str | Unset = UNSET,
    dimension: str | Unset = UNSET,
) -> GetExperimentResultsResponse:
    """This operation's parameters without ``client``, and what a 2xx answer parses into.

    The typed handle for ``experiment_clients``: ``client.call(<module>.operation, ...)``
    runs ``sync_detailed``/``asyncio_detailed`` with the client's own settings.
    """
    raise TypeError(
        "call it through a client: client.call(<this module>.operation, ...)"
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    phase: str | Unset = UNSET,
    dimension: str | Unset = UNSET,
) -> Response[Error | GetExperimentResultsResponse]:
    """Get results for an experiment

     Returns the latest analysis of an experiment: per dimension value, the
    users counted, the sample-ratio check and each metric's statistics per
    variation. `phase` and `dimension` select which analysis to return.

    Args:
        id (str):
        phase (str | Unset):
        dimension (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetExperimentResultsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        phase=phase,
        dimension=dimension,
    )

    http = client.get_httpx_client()
    kwargs["url"] = join_url(http.base_url, kwargs["url"])
    response = http.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    phase: str | Unset = UNSET,
    dimension: str | Unset = UNSET,
) -> Error | GetExperimentResultsResponse | None:
    """Get results for an experiment

     Returns the latest analysis of an experiment: per dimension value, the
    users counted, the sample-ratio check and each metric's statistics per
    variation. `phase` and `dimension` select which analysis to return.

    Args:
        id (str):
        phase (str | Unset):
        dimension (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetExperimentResultsResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        phase=phase,
        dimension=dimension,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    phase: str | Unset = UNSET,
    dimension: str | Unset = UNSET,
) -> Response[Error | GetExperimentResultsResponse]:
    """Get results for an experiment

     Returns the latest analysis of an experiment: per dimension value, the
    users counted, the sample-ratio check and each metric's statistics per
    variation. `phase` and `dimension` select which analysis to return.

    Args:
        id (str):
        phase (str | Unset):
        dimension (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetExperimentResultsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        phase=phase,
        dimension=dimension,
    )

    http = client.get_async_httpx_client()
    kwargs["url"] = join_url(http.base_url, kwargs["url"])
    response = await http.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    phase: str | Unset = UNSET,
    dimension: str | Unset = UNSET,
) -> Error | GetExperimentResultsResponse | None:
    """Get results for an experiment

     Returns the latest analysis of an experiment: per dimension value, the
    users counted, the sample-ratio check and each metric's statistics per
    variation. `phase` and `dimension` select which analysis to return.

    Args:
        id (str):
        phase (str | Unset):
        dimension (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetExperimentResultsResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            phase=phase,
            dimension=dimension,
        )
    ).parsed
