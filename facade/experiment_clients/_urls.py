"""Base URLs from the spec's ``servers``, and a hint when a 404 means the base URL is wrong.

The path a service's API lives under is a fact of its spec, not of this code:
GrowthBook's documents have put it in the server URL (``.../api/v1``, paths
``/features``) and, later, split between the two (server ``.../api``, paths
``/v1/features``). Both send ``/api/v1/features``; this module derives the
prefix from whichever shape is generated, so a base URL means the same in both.

The rule for a URL a caller gives (``base_url=`` or a host variable), the
same for both:

- host only (``http://localhost:3100``): the spec's server path is added
  (``.../api/v1``, or ``.../api`` in the split shape);
- ending in the API root as documented (server path + the prefix every
  operation path shares, ``/api/v1`` in both shapes): kept, less that shared
  prefix (the operation paths add it back);
- any other path (``https://gw.example/growthbook/api/v1``, or a proxy that
  maps ``https://gw.example/gb`` to the API): used as given, so every mount
  can be expressed. A 404 of a missing route then names the URL it tried.
"""

from __future__ import annotations

import functools
import json

import httpx

from ._errors import ConfigurationError, InvalidArgumentError
from ._operations import find, operations, servers

__all__ = ["api_prefixes", "default_base_url", "not_found_hint", "resolve_base_url"]


@functools.cache
def api_prefixes(package: str) -> tuple[str, str]:
    """(server path, shared operation prefix) of a generated package.

    ``("/api/v1", "")`` for a server ``https://host/api/v1`` with paths ``/features``;
    ``("/api", "/v1")`` for a server ``https://host/api`` with paths ``/v1/features``.
    The shared prefix holds only literal segments that every path continues after.
    """
    server_path = httpx.URL(servers(package)[0]).path.rstrip("/")
    split = [op.path.strip("/").split("/") for op in operations(package)]
    shared: list[str] = []
    for position, segment in enumerate(split[0] if split else []):
        if "{" in segment or any(
            len(parts) <= position + 1 or parts[position] != segment for parts in split
        ):
            break
        shared.append(segment)
    return server_path, "".join(f"/{s}" for s in shared)


def default_base_url(package: str) -> str:
    """The spec's first server URL (variables at their defaults), as the clients' default."""
    first = servers(package)[0]
    if httpx.URL(first).scheme not in ("http", "https"):
        raise ConfigurationError(
            f"the spec of {package} names no absolute server URL (its first is {first!r}); "
            "pass base_url=... (or set the service's host variable)"
        )
    return resolve_base_url(package, first, "the spec's first server")


def resolve_base_url(package: str, url: str, source: str) -> str:
    """The base URL to send to: ``url`` completed or trimmed by the rule in the module docstring.

    ``source`` names where ``url`` came from (``base_url``, ``GROWTHBOOK_API_HOST``) for
    the error when it is not an absolute http(s) URL; a setting from the environment
    raises :class:`ConfigurationError`, an argument :class:`InvalidArgumentError`.
    """
    error = InvalidArgumentError if source == "base_url" else ConfigurationError
    try:
        parsed = httpx.URL(url) if isinstance(url, str) else None
    except httpx.InvalidURL:
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise error(
            f"{source} must be an absolute http(s) URL such as https://host or "
            f"https://host{''.join(api_prefixes(package))}, got {url!r}"
        )
    if parsed.query or parsed.fragment:
        raise error(f"{source} must not carry a query or a fragment, got {url!r}")
    server_path, shared = api_prefixes(package)
    path = parsed.path.rstrip("/")
    if not path:
        path = server_path
    elif shared and path.endswith(server_path + shared):
        path = path[: -len(shared)]
    return str(parsed.copy_with(path=path or "/")).rstrip("/")


def not_found_hint(package: str, operation: str, response: httpx.Response, base_url: str) -> str:
    """For a 404 that says the route itself is missing, a pointer at the base URL; else "".

    The route is missing when the operation has no path parameter (nothing else
    could be "not found"), or when the body is not the service's JSON error object.
    """
    if response.status_code != 404:
        return ""
    try:
        info = find(package, operation)
    except InvalidArgumentError:
        return ""
    try:
        body = json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python recurses
        body = None
    if info.path_parameters and isinstance(body, dict):
        return ""
    server_path, shared = api_prefixes(package)
    return (
        f" [no route {info.method} {response.request.url.path} on this server: is base_url "
        f"{base_url!r} right? The API lives under {server_path + shared!r}; a host-only "
        "base_url gets that path added, any other is used as given]"
    )
