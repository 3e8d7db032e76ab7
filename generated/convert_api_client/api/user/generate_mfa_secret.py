from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.generate_mfa_secret_response import GenerateMfaSecretResponse
from ...types import Response, decode, join_url, status_of

#: HTTP method and path template of this operation, and its header parameters' Python names.
METHOD = "POST"
PATH = "/user/mfa-secret"
HEADER_PARAMETERS: tuple[str, ...] = ()


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/mfa-secret",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GenerateMfaSecretResponse | None:
    if response.status_code == 200:
        return decode(GenerateMfaSecretResponse, response.content)

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
) -> Response[ErrorResponse | GenerateMfaSecretResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def operation() -> GenerateMfaSecretResponse:
    """This operation's parameters without ``client``, and what a 2xx answer parses into.

    The typed handle for ``experiment_clients``: ``client.call(<module>.operation, ...)``
    runs ``sync_detailed``/``asyncio_detailed`` with the client's own settings.
    """
    raise TypeError(
        "call it through a client: client.call(<this module>.operation, ...)"
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GenerateMfaSecretResponse]:
    """Generate MFA secret for authenticator app

     Generates a new Multi-Factor Authentication (MFA) secret for the authenticated user (cookie-based).
    This secret is used to set up an authenticator app (like Google Authenticator) for generating time-
    based one-time passwords (TOTPs).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenerateMfaSecretResponse]
    """

    kwargs = _get_kwargs()

    http = client.get_httpx_client()
    kwargs["url"] = join_url(http.base_url, kwargs["url"])
    response = http.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | GenerateMfaSecretResponse | None:
    """Generate MFA secret for authenticator app

     Generates a new Multi-Factor Authentication (MFA) secret for the authenticated user (cookie-based).
    This secret is used to set up an authenticator app (like Google Authenticator) for generating time-
    based one-time passwords (TOTPs).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenerateMfaSecretResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GenerateMfaSecretResponse]:
    """Generate MFA secret for authenticator app

     Generates a new Multi-Factor Authentication (MFA) secret for the authenticated user (cookie-based).
    This secret is used to set up an authenticator app (like Google Authenticator) for generating time-
    based one-time passwords (TOTPs).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenerateMfaSecretResponse]
    """

    kwargs = _get_kwargs()

    http = client.get_async_httpx_client()
    kwargs["url"] = join_url(http.base_url, kwargs["url"])
    response = await http.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | GenerateMfaSecretResponse | None:
    """Generate MFA secret for authenticator app

     Generates a new Multi-Factor Authentication (MFA) secret for the authenticated user (cookie-based).
    This secret is used to set up an authenticator app (like Google Authenticator) for generating time-
    based one-time passwords (TOTPs).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenerateMfaSecretResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
