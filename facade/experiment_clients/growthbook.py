"""GrowthBook REST API v1 clients: :class:`GrowthBookClient` and its async twin.

Any operation of ``growthbook_api_client`` works through ``call``/``paginate``;
the helpers below cover the daily tasks in a few lines each.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

import httpx
from growthbook_api_client import Client
from growthbook_api_client.api.experiments import get_experiment_results
from growthbook_api_client.api.features import get_feature, list_features, toggle_feature
from growthbook_api_client.models import (
    ExperimentResults,
    Feature,
    GetExperimentResultsResponse,
    GetFeatureResponse,
    ToggleFeatureRequest,
    ToggleFeatureRequestEnvironments,
    ToggleFeatureResponse,
)
from growthbook_api_client.types import UNSET

from ._async import AsyncClient
from ._base import ClientCore
from ._errors import ConfigurationError, InvalidArgumentError
from ._errors import expect_model as _expect
from ._ratelimit import RateLimit
from ._retry import RetryPolicy
from ._sync import SyncClient
from .auth import GrowthBookAuth
from .pagination import AsyncPager, OffsetStrategy, Pager

CLOUD_HOST = "https://api.growthbook.io"


def _base_url(base_url: str | None) -> str:
    if base_url:
        return base_url
    host = (os.environ.get("GROWTHBOOK_API_HOST") or CLOUD_HOST).rstrip("/")
    url = httpx.URL(host)
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"GROWTHBOOK_API_HOST must be an http(s) URL such as {CLOUD_HOST} or "
            f"http://localhost:3100, got {host!r}"
        )
    return host if host.endswith("/api/v1") else f"{host}/api/v1"


def _text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidArgumentError(f"{name} must be a non-empty string, got {value!r}")
    return value


def _toggle_body(environments: Mapping[str, bool], reason: str | None) -> ToggleFeatureRequest:
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
    return ToggleFeatureRequest(
        environments=ToggleFeatureRequestEnvironments.from_dict(dict(environments)),
        reason=UNSET if reason is None else reason,
    )


class _GrowthBook(ClientCore[Client]):
    """Configuration shared by both GrowthBook twins."""

    _package = "growthbook_api_client"
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
        ``GROWTHBOOK_API_HOST`` + ``/api/v1`` (GrowthBook Cloud when unset).
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
        url = _base_url(base_url)
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
        return self.paginate(
            list_features,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            project_id=UNSET if project_id is None else project_id,
        )

    def feature(self, feature_id: str) -> Feature:
        """One feature by id."""
        result = self.call(get_feature, _text(feature_id, "feature_id"))
        return _expect(result, GetFeatureResponse, "get_feature").feature

    def toggle_feature(
        self, feature_id: str, environments: Mapping[str, bool], *, reason: str | None = None
    ) -> Feature:
        """Turn a feature on or off per environment, e.g. ``{"production": True}``."""
        body = _toggle_body(environments, reason)
        fid = _text(feature_id, "feature_id")
        result = self._send(
            "toggle_feature",
            lambda: toggle_feature.sync_detailed(fid, client=self._raw, body=body),
            toggle_feature.METHOD,
        )
        return _expect(result, ToggleFeatureResponse, "toggle_feature").feature

    def experiment_results(
        self, experiment_id: str, *, phase: str | None = None, dimension: str | None = None
    ) -> ExperimentResults:
        """The latest analysis of an experiment."""
        options = {k: v for k, v in (("phase", phase), ("dimension", dimension)) if v is not None}
        result = self.call(get_experiment_results, _text(experiment_id, "experiment_id"), **options)
        return _expect(result, GetExperimentResultsResponse, "get_experiment_results").result


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
        return self.paginate(
            list_features,
            page_size=page_size,
            max_items=max_items,
            cursor=cursor,
            project_id=UNSET if project_id is None else project_id,
        )

    async def feature(self, feature_id: str) -> Feature:
        """One feature by id."""
        result = await self.call(get_feature, _text(feature_id, "feature_id"))
        return _expect(result, GetFeatureResponse, "get_feature").feature

    async def toggle_feature(
        self, feature_id: str, environments: Mapping[str, bool], *, reason: str | None = None
    ) -> Feature:
        """Turn a feature on or off per environment, e.g. ``{"production": True}``."""
        body = _toggle_body(environments, reason)
        fid = _text(feature_id, "feature_id")
        result = await self._send(
            "toggle_feature",
            lambda: toggle_feature.asyncio_detailed(fid, client=self._raw, body=body),
            toggle_feature.METHOD,
        )
        return _expect(result, ToggleFeatureResponse, "toggle_feature").feature

    async def experiment_results(
        self, experiment_id: str, *, phase: str | None = None, dimension: str | None = None
    ) -> ExperimentResults:
        """The latest analysis of an experiment."""
        options = {k: v for k, v in (("phase", phase), ("dimension", dimension)) if v is not None}
        result = await self.call(
            get_experiment_results, _text(experiment_id, "experiment_id"), **options
        )
        return _expect(result, GetExperimentResultsResponse, "get_experiment_results").result
