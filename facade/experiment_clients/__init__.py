"""Typed clients for the Convert Experiences REST API v2 and the GrowthBook REST API v1.

    from experiment_clients import GrowthBookClient, ConvertClient

The clients, errors and auth classes are importable from here; the generated
packages behind them load only when a client is first used, so importing this
package stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InvalidArgumentError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ServerError,
    ValidationError,
)
from ._operations import OperationInfo, lookup, operations
from ._version import __version__

if TYPE_CHECKING:
    from ._ratelimit import RateLimit
    from ._retry import RetryPolicy
    from .auth import ConvertHmacAuth, ConvertSecretKeyAuth, GrowthBookAuth
    from .convert import AsyncConvertClient, ConvertClient
    from .growthbook import AsyncGrowthBookClient, GrowthBookClient
    from .pagination import AsyncPager, Pager

# Loaded on first use; so are httpx and asyncio, which the command line's help and completion
# never need.
_LAZY = {
    "RateLimit": "_ratelimit",
    "RetryPolicy": "_retry",
    "ConvertHmacAuth": "auth",
    "ConvertSecretKeyAuth": "auth",
    "GrowthBookAuth": "auth",
    "ConvertClient": "convert",
    "AsyncConvertClient": "convert",
    "GrowthBookClient": "growthbook",
    "AsyncGrowthBookClient": "growthbook",
    "Pager": "pagination",
    "AsyncPager": "pagination",
}

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncConvertClient",
    "AsyncGrowthBookClient",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConvertClient",
    "ConvertHmacAuth",
    "ConvertSecretKeyAuth",
    "GrowthBookAuth",
    "GrowthBookClient",
    "InvalidArgumentError",
    "NotFoundError",
    "OperationInfo",
    "Pager",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServerError",
    "ValidationError",
    "__version__",
    "lookup",
    "operations",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'experiment_clients' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
