"""GrowthBook REST API v1 clients: :class:`GrowthBookClient` and its async twin.

Any operation of ``growthbook_api_client`` works through ``call``/``paginate``;
the helpers below cover the daily tasks in a few lines each.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx
from growthbook_api_client import Client
from growthbook_api_client.types import UNSET

from ._async import AsyncClient
from ._base import ClientCore
from ._bindings import expect_result, field_of, operation_module
from ._errors import ConfigurationError, InvalidArgumentError
from ._ratelimit import RateLimit
from ._retry import RetryPolicy
from ._sync import SyncClient
from ._urls import default_base_url, resolve_base_url
from .auth import GrowthBookAuth
from .pagination import AsyncPager, OffsetStrategy, Pager

if TYPE_CHECKING:  # for type checkers only: at run time the helpers go by operation, not model name
    from growthbook_api_client.models import ExperimentResults, Feature

CLOUD_HOST = "https://api.growthbook.io"
_PACKAGE = "growthbook_api_client"


def _op(tag: str, name: str, helper: str) -> Any:
    """The generated module of an operation a helper uses (see :mod:`._bindings`)."""
    return operation_module(_PACKAGE, tag, name, helper)


def _base_url(package: str, base_url: str | None) -> str:
    """``base_url``, else ``GROWTHBOOK_API_HOST``, else the spec's server; one rule for all.

    A bare host gets the spec's API path (``/api/v1``); see :mod:`._urls`.
    """
    if base_url is not None:
        return resolve_base_url(package, base_url, "base_url")
    host = os.environ.get("GROWTHBOOK_API_HOST")
    if host:
        return resolve_base_url(package, host.strip(), "GROWTHBOOK_API_HOST")
    return default_base_url(package)


def _text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidArgumentError(f"{name} must be a non-empty string, got {value!r}")
    if value in (".", ".."):  # a dot segment would send the request to another resource
        raise InvalidArgumentError(f"{name} cannot be {value!r}: pass the real id")
    return value


def _toggle_body(environments: Mapping[str, bool], reason: str | None) -> dict[str, Any]:
    """The toggle request as JSON fields; the call turns it into the body model its signature names."""
    if not isinstance(environments, Mapping) or not environments:
        raise InvalidArgumentError(
            "environments must be a non-empty mapping of environment name to True/False, "
            "e.g. {'production': True}"
        )
    for env, enabled in environments.items():
        if not isinstance(env, str) or not env or not isinstance(enabled, bool):
            raise InvalidArgumentError(
                f"environments[{env!r}] must map a name to True or False, got {enabled!r}"
            )
    if reason is not None and not isinstance(reason, str):
        raise InvalidArgumentError(f"reason must be a string, got {type(reason).__name__}")
    body: dict[str, Any] = {"environments": dict(environments)}
    if reason is not None:
        body["reason"] = reason
    return body


def _results_options(phase: str | None, dimension: str | None) -> dict[str, str]:
    return {k: v for k, v in (("phase", phase), ("dimension", dimension)) if v is not None}


class _GrowthBook(ClientCore[Client]):
    """Configuration shared by both GrowthBook twins."""

    _package = _PACKAGE
    _strategy = OffsetStrategy(max_page_size=100)

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        auth_scheme: str = "bearer",
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimit | None = RateLimit(60),  # noqa: B008 - immutable
        transport: Any = None,
        proxy: Any = None,
        event_hooks: Mapping[str, list[Callable[..., Any]]] | None = None,
    ) -> None:
        """Connect to GrowthBook.

        ``api_key`` defaults to ``GROWTHBOOK_API_KEY``; ``base_url`` to
        ``GROWTHBOOK_API_HOST`` (GrowthBook Cloud when unset). Either may be a
        bare host (``http://localhost:3100``: the spec's ``/api/v1`` is added)
        or the API root (``http://localhost:3100/api/v1``), used as given.
        ``rate_limit`` paces requests client-side (GrowthBook allows 60 a minute):
        a request holds its slot until its answer is back, so a server counting
        the same sliding window never answers 429; waits over a second are
        logged at INFO. ``None`` turns pacing off.

        ``timeout`` (seconds or an ``httpx.Timeout``; 30 s, 10 s to connect by
        default) bounds each network step of one attempt: connecting, and each
        read or write, so a server that keeps sending a byte now and then never
        trips it. ``deadline`` (seconds; none by default) bounds a whole call:
        every attempt, the backoff and ``Retry-After`` waits between them and
        any rate-limit wait. Per-step timeouts are capped by what is left of it,
        a response body is cut when it passes, and a wait that would cross it is
        not started: the call raises ``APITimeoutError``. For ``paginate`` each
        page is one call. ``max_retries`` (or a whole ``retry=RetryPolicy(...)``)
        sets the retries; ``with_options(...)`` changes any of these per call.
        ``max_response_bytes`` (100 MB by default) caps each response body, checked
        while it streams in. Close the client (``with`` block) to close its
        connection pool; views from ``with_options`` share the pool and do not close it.
        """
        api_key = api_key if api_key is not None else os.environ.get("GROWTHBOOK_API_KEY")
        if not api_key:
            raise ConfigurationError(
                "no GrowthBook API key: pass api_key=... or set GROWTHBOOK_API_KEY "
                "(and GROWTHBOOK_API_HOST for a self-hosted server)"
            )
        url = _base_url(self._package, base_url)
        super().__init__(
            base_url=url,
            auth=GrowthBookAuth(api_key, auth_scheme),
            timeout=timeout,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            max_retries=max_retries,
            retry=retry,
            rate_limit=rate_limit,
        )
        self._init_http(Client(base_url=self.base_url), transport, proxy, event_hooks)


class GrowthBookClient(_GrowthBook, SyncClient[Client]):
    """GrowthBook REST API v1, blocking. Use as a context manager to close the connection pool."""

    def features(
        self,
        project_id: str | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
    ) -> Pager[Feature]:
        """Every feature (of one project if given), across pages."""
        pager: Pager[Feature] = self.paginate(
            _op("features", "list_features", "features"),
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            project_id=UNSET if project_id is None else project_id,
        )
        return pager

    def feature(self, feature_id: str) -> Feature:
        """One feature by id."""
        op = _op("features", "get_feature", "feature")
        result = expect_result(self.call(op, _text(feature_id, "feature_id")), op)
        feature: Feature = field_of(result, "feature", op)
        return feature

    def toggle_feature(
        self, feature_id: str, environments: Mapping[str, bool], *, reason: str | None = None
    ) -> Feature:
        """Turn a feature on or off per environment, e.g. ``{"production": True}``."""
        body = _toggle_body(environments, reason)
        op = _op("features", "toggle_feature", "toggle_feature")
        result = expect_result(self.call(op, _text(feature_id, "feature_id"), body=body), op)
        feature: Feature = field_of(result, "feature", op)
        return feature

    def experiment_results(
        self, experiment_id: str, *, phase: str | None = None, dimension: str | None = None
    ) -> ExperimentResults:
        """The latest analysis of an experiment."""
        op = _op("experiments", "get_experiment_results", "experiment_results")
        options = _results_options(phase, dimension)
        result = expect_result(self.call(op, _text(experiment_id, "experiment_id"), **options), op)
        results: ExperimentResults = field_of(result, "result", op)
        return results


class AsyncGrowthBookClient(_GrowthBook, AsyncClient[Client]):
    """GrowthBook REST API v1, async. Use ``async with`` to close the connection pool."""

    def features(
        self,
        project_id: str | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
    ) -> AsyncPager[Feature]:
        """Every feature (of one project if given), across pages, prefetching the next page."""
        pager: AsyncPager[Feature] = self.paginate(
            _op("features", "list_features", "features"),
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            project_id=UNSET if project_id is None else project_id,
        )
        return pager

    async def feature(self, feature_id: str) -> Feature:
        """One feature by id."""
        op = _op("features", "get_feature", "feature")
        result = expect_result(await self.call(op, _text(feature_id, "feature_id")), op)
        feature: Feature = field_of(result, "feature", op)
        return feature

    async def toggle_feature(
        self, feature_id: str, environments: Mapping[str, bool], *, reason: str | None = None
    ) -> Feature:
        """Turn a feature on or off per environment, e.g. ``{"production": True}``."""
        body = _toggle_body(environments, reason)
        op = _op("features", "toggle_feature", "toggle_feature")
        result = expect_result(await self.call(op, _text(feature_id, "feature_id"), body=body), op)
        feature: Feature = field_of(result, "feature", op)
        return feature

    async def experiment_results(
        self, experiment_id: str, *, phase: str | None = None, dimension: str | None = None
    ) -> ExperimentResults:
        """The latest analysis of an experiment."""
        op = _op("experiments", "get_experiment_results", "experiment_results")
        options = _results_options(phase, dimension)
        result = expect_result(
            await self.call(op, _text(experiment_id, "experiment_id"), **options), op
        )
        results: ExperimentResults = field_of(result, "result", op)
        return results
