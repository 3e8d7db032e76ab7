"""Convert Experiences REST API v2 clients: :class:`ConvertClient` and its async twin.

Any operation of ``convert_api_client`` works through ``call``/``paginate``;
``account_id``/``project_id`` default to the client's (``CONVERT_ACCOUNT_ID``,
``CONVERT_PROJECT_ID``) wherever an operation takes them. ``client.experiences``
covers the daily tasks.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx
import msgspec
from convert_api_client import Client

from ._async import AsyncClient
from ._base import ClientCore
from ._bindings import expect_result, field_of, operation_module
from ._checks import whole_number
from ._errors import ConfigurationError, InvalidArgumentError
from ._ratelimit import RateLimit
from ._retry import RetryPolicy
from ._sync import SyncClient
from ._urls import default_base_url, resolve_base_url
from .auth import ConvertHmacAuth, ConvertSecretKeyAuth, CredentialAuth
from .pagination import AsyncPager, PageBodyStrategy, Pager

_PACKAGE = "convert_api_client"
#: The spec's first server, e.g. https://api.convert.com/api/v2.
DEFAULT_BASE_URL = default_base_url(_PACKAGE)

if TYPE_CHECKING:  # for type checkers only: at run time the helpers go by operation, not model name
    from convert_api_client.models import Experience

Rows = list[dict[str, Any]]
# POST operations named get_* only read (lists, reports, lookups) and may be retried, except:
_WRITING_GETS = frozenset({"get_report_token"})


def _op(tag: str, name: str, helper: str) -> Any:
    """The generated module of an operation a helper uses (see :mod:`._bindings`)."""
    return operation_module(_PACKAGE, tag, name, helper)


def _expect(value: Any, op: Any) -> Experience:
    experience: Experience = expect_result(value, op)
    return experience


def _report_data(value: Any, op: Any) -> Any:
    return field_of(expect_result(value, op), "data", op)


def _env_int(value: int | None, env: str, name: str) -> int | None:
    if value is not None:
        return whole_number(value, name, minimum=1)
    raw = os.environ.get(env)
    if not raw:
        return None
    if not (raw.isascii() and raw.isdigit()) or int(raw) <= 0:
        raise ConfigurationError(f"{env} must be a positive integer, got {raw!r}")
    return int(raw)


def _auth(
    application_id: str | None,
    secret_key: str | None,
    key_id: str | None,
    key_secret: str | None,
    expires_in: int,
) -> CredentialAuth:
    """Request signing or secret key, from arguments first, then the environment."""
    signing_args = application_id is not None or secret_key is not None
    key_args = key_id is not None or key_secret is not None
    if signing_args and key_args:
        raise ConfigurationError(
            "pass either application_id/secret_key (request signing) or key_id/key_secret "
            "(secret key), not both"
        )
    if not key_args:
        app = application_id if signing_args else os.environ.get("CONVERT_APPLICATION_ID")
        secret = secret_key if signing_args else os.environ.get("CONVERT_SECRET_KEY")
        if app or secret:
            if not (app and secret):
                missing = (
                    "secret_key (CONVERT_SECRET_KEY)"
                    if app
                    else "application_id (CONVERT_APPLICATION_ID)"
                )
                raise ConfigurationError(f"request signing needs {missing} too")
            return ConvertHmacAuth(app, secret, expires_in)
    kid = key_id if key_args else os.environ.get("CONVERT_API_KEY_ID")
    ksecret = key_secret if key_args else os.environ.get("CONVERT_API_KEY_SECRET")
    if kid or ksecret:
        if not (kid and ksecret):
            missing = (
                "key_secret (CONVERT_API_KEY_SECRET)" if kid else "key_id (CONVERT_API_KEY_ID)"
            )
            raise ConfigurationError(f"secret-key auth needs {missing} too")
        return ConvertSecretKeyAuth(kid, ksecret)
    raise ConfigurationError(
        "no Convert credentials: pass application_id= and secret_key= (or set "
        "CONVERT_APPLICATION_ID and CONVERT_SECRET_KEY) for request signing, or key_id= and "
        "key_secret= (or CONVERT_API_KEY_ID and CONVERT_API_KEY_SECRET) for a secret key"
    )


def report_rows(data: Any) -> list[dict[str, Any]]:
    """Flatten a report's ``data`` into plain rows (one dict per innermost record).

    Nested records inherit their parents' scalar fields, prefixed with the key
    they were found under (``variations.conversions`` and the like are kept
    flat), so the result loads straight into a DataFrame or a CSV writer.
    """
    if data is None or data is msgspec.UNSET:
        return []
    if hasattr(data, "to_dict"):
        data = data.to_dict()

    def walk(node: Any, inherited: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
        if isinstance(node, list):
            rows = [r for item in node for r in walk(item, inherited, prefix)]
            return rows or ([dict(inherited)] if inherited else [])
        if not isinstance(node, Mapping):
            return [{**inherited, prefix.rstrip(".") or "value": node}]
        scalars = dict(inherited)
        nested: list[tuple[str, Any]] = []
        for key, value in node.items():
            if isinstance(value, list) and any(isinstance(v, Mapping) for v in value):
                nested.append((key, value))
            elif isinstance(value, Mapping):
                sub = walk(value, {}, "")
                if len(sub) == 1:
                    scalars.update({f"{prefix}{key}.{k}": v for k, v in sub[0].items()})
                else:
                    nested.append((key, value))
            else:
                scalars[f"{prefix}{key}"] = value
        if not nested:
            return [scalars]
        return [row for key, value in nested for row in walk(value, scalars, f"{key}.")]

    return walk(data, {}, "")


class _Convert(ClientCore[Client]):
    """Configuration shared by both Convert twins."""

    _package = _PACKAGE
    _strategy = PageBodyStrategy(max_page_size=50)

    def __init__(
        self,
        application_id: str | None = None,
        secret_key: str | None = None,
        *,
        key_id: str | None = None,
        key_secret: str | None = None,
        account_id: int | None = None,
        project_id: int | None = None,
        base_url: str | None = None,
        expires_in: int = 60,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimit | None = None,
        transport: Any = None,
        proxy: Any = None,
        event_hooks: Mapping[str, list[Callable[..., Any]]] | None = None,
    ) -> None:
        """Connect to Convert.

        Credentials: ``application_id`` + ``secret_key`` sign each request
        (HMAC, valid ``expires_in`` seconds); ``key_id`` + ``key_secret`` send a
        secret key. Unset, they come from ``CONVERT_APPLICATION_ID`` +
        ``CONVERT_SECRET_KEY`` or ``CONVERT_API_KEY_ID`` + ``CONVERT_API_KEY_SECRET``.
        ``account_id``/``project_id`` (or ``CONVERT_ACCOUNT_ID``/``CONVERT_PROJECT_ID``)
        are used by every operation that takes them and is not given them.
        ``base_url`` (or ``CONVERT_API_BASE_URL``) may be a bare host (the spec's
        ``/api/v2`` is added) or the API root, used as given; the spec's server
        when unset.
        ``rate_limit=RateLimit(n, per_seconds)`` paces requests client-side (off by default).

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
        auth = _auth(application_id, secret_key, key_id, key_secret, expires_in)
        self.account_id = _env_int(account_id, "CONVERT_ACCOUNT_ID", "account_id")
        self.project_id = _env_int(project_id, "CONVERT_PROJECT_ID", "project_id")
        env_url = os.environ.get("CONVERT_API_BASE_URL", "").strip()
        if base_url is not None:
            url = resolve_base_url(self._package, base_url, "base_url")
        elif env_url:
            url = resolve_base_url(self._package, env_url, "CONVERT_API_BASE_URL")
        else:
            url = default_base_url(self._package)
        super().__init__(
            base_url=url,
            auth=auth,
            timeout=timeout,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            max_retries=max_retries,
            retry=retry,
            rate_limit=rate_limit,
        )
        self._init_http(Client(base_url=self.base_url), transport, proxy, event_hooks)

    def _read_only(self, operation: str) -> bool:
        return operation.startswith(("get_", "check_")) and operation not in _WRITING_GETS

    def _defaults(self) -> dict[str, Any]:
        found = {"account_id": self.account_id, "project_id": self.project_id}
        return {k: v for k, v in found.items() if v is not None}


def _scope(client: _Convert, account_id: int | None, project_id: int | None) -> dict[str, int]:
    account = account_id if account_id is not None else client.account_id
    project = project_id if project_id is not None else client.project_id
    for name, value, env in (
        ("account_id", account, "CONVERT_ACCOUNT_ID"),
        ("project_id", project, "CONVERT_PROJECT_ID"),
    ):
        if value is None:
            raise InvalidArgumentError(
                f"{name}: not given and the client has no default; pass {name}=... "
                f"or create the client with {name}= (or set {env})"
            )
    return {"account_id": account, "project_id": project}  # type: ignore[dict-item]


def _experience_id(experience: int | Experience) -> int:
    """An experience's id from the id itself or an Experience returned by the API."""
    value = (
        getattr(experience, "id", None) if isinstance(experience, msgspec.Struct) else experience
    )
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidArgumentError(
            f"experience_id must be a positive integer or an Experience with an id, got {experience!r}"
        )
    return value


def _status(status: str) -> str:
    if not isinstance(status, str) or not status:
        raise InvalidArgumentError(f"status must be a non-empty string, got {status!r}")
    return status


class _ExperienceRequests:
    """Builds the calls behind the experience helpers; shared by the sync and async twins."""

    def __init__(self, client: _Convert) -> None:
        self._config = client

    def _scope(self, account_id: int | None, project_id: int | None) -> dict[str, Any]:
        return _scope(self._config, account_id, project_id)

    def _get(
        self, experience: int | str, include: Sequence[str] | None, expand: Sequence[str] | None,
        account_id: int | None, project_id: int | None,
    ) -> tuple[Any, dict[str, Any]]:  # fmt: skip
        kwargs: dict[str, Any] = self._scope(account_id, project_id)
        if include:
            kwargs["include"] = list(include)
        if expand:
            kwargs["expand"] = list(expand)
        if (
            isinstance(experience, bool)
            or not isinstance(experience, int | str)
            or experience == ""
        ):
            raise InvalidArgumentError(
                f"experience must be an id (int) or a key (str), got {experience!r}"
            )
        if isinstance(experience, int):
            return _op("experiences", "get_experience", "experiences.get"), {
                **kwargs,
                "experience_id": experience,
            }
        op = _op("experiences", "get_experience_by_key", "experiences.get")
        return op, {**kwargs, "experience_key": experience}

    def _on(
        self, experience: int | Experience, account_id: int | None, project_id: int | None,
        body: dict[str, Any],
    ) -> dict[str, Any]:  # fmt: skip
        """Arguments of an operation on one experience, with a JSON body."""
        scope = self._scope(account_id, project_id)
        return {"experience_id": _experience_id(experience), "body": body, **scope}

    @staticmethod
    def _changes(fields: dict[str, Any]) -> dict[str, Any]:
        if not fields:
            raise InvalidArgumentError("update: give at least one field to change, e.g. name='...'")
        return fields


class Experiences(_ExperienceRequests):
    """Experiences of the client's (or a given) project: list, get, create, update, status, reports.

    Field names are the API's JSON names (``type``, ``status``, ``sort_by``...);
    an experience argument is its id or an :class:`Experience` the API returned.
    """

    def __init__(self, client: ConvertClient) -> None:
        super().__init__(client)
        self._client = client

    def list(
        self, *, account_id: int | None = None, project_id: int | None = None,
        page_size: int | None = None, max_items: int | None = None, cursor: str | None = None,
        **filters: Any,
    ) -> Pager[Experience]:  # fmt: skip
        """Every experience matching ``filters`` (fields of GetExperiencesListRequest, e.g.
        ``status=["active"]``, ``sort_by="name"``), across pages."""
        return self._client.paginate(
            _op("experiences", "get_experiences_list", "experiences.list"), page_size=page_size, max_items=max_items, cursor=cursor,
            body=filters, **self._scope(account_id, project_id),
        )  # fmt: skip

    def get(
        self, experience: int | str, *, include: Sequence[str] | None = None,
        expand: Sequence[str] | None = None, account_id: int | None = None,
        project_id: int | None = None,
    ) -> Experience:  # fmt: skip
        """One experience by id (int) or key (str)."""
        endpoint, kwargs = self._get(experience, include, expand, account_id, project_id)
        return _expect(self._client.call(endpoint, **kwargs), endpoint)

    def create(
        self, *, account_id: int | None = None, project_id: int | None = None, **fields: Any
    ) -> Experience:
        """Create an experience from CreateExperienceRequest fields (name, type, status, url, ...)."""
        scope = self._scope(account_id, project_id)
        op = _op("experiences", "create_experience", "experiences.create")
        return _expect(self._client.call(op, body=fields, **scope), op)

    def update(
        self, experience: int | Experience, *, account_id: int | None = None,
        project_id: int | None = None, **fields: Any,
    ) -> Experience:  # fmt: skip
        """Change the given fields of an experience (UpdateExperienceRequest fields)."""
        kwargs = self._on(experience, account_id, project_id, self._changes(fields))
        op = _op("experiences", "update_experience", "experiences.update")
        return _expect(self._client.call(op, **kwargs), op)

    def set_status(
        self, experience: int | Experience, status: str, *, account_id: int | None = None,
        project_id: int | None = None,
    ) -> Experience:  # fmt: skip
        """Move an experience to ``status`` (draft, active, paused, completed, archived, ...)."""
        return self.update(
            experience, account_id=account_id, project_id=project_id, status=_status(status)
        )

    def aggregated_report(
        self, experience: int | Experience, *, account_id: int | None = None,
        project_id: int | None = None, **filters: Any,
    ) -> Rows:  # fmt: skip
        """The experience's aggregated report as plain rows (see :func:`report_rows`)."""
        kwargs = self._on(experience, account_id, project_id, filters)
        op = _op("experiences_reports", "get_experience_aggregated_report", "aggregated_report")
        return report_rows(_report_data(self._client.call(op, **kwargs), op))

    def daily_report(
        self, experience: int | Experience, *, account_id: int | None = None,
        project_id: int | None = None, **filters: Any,
    ) -> Rows:  # fmt: skip
        """The experience's daily report as plain rows (see :func:`report_rows`)."""
        kwargs = self._on(experience, account_id, project_id, filters)
        op = _op("experiences_reports", "get_experience_daily_report", "daily_report")
        return report_rows(_report_data(self._client.call(op, **kwargs), op))


class AsyncExperiences(_ExperienceRequests):
    """The async twin of :class:`Experiences`."""

    def __init__(self, client: AsyncConvertClient) -> None:
        super().__init__(client)
        self._client = client

    def list(
        self, *, account_id: int | None = None, project_id: int | None = None,
        page_size: int | None = None, max_items: int | None = None, cursor: str | None = None,
        **filters: Any,
    ) -> AsyncPager[Experience]:  # fmt: skip
        """Every experience matching ``filters``, across pages, prefetching the next page."""
        return self._client.paginate(
            _op("experiences", "get_experiences_list", "experiences.list"), page_size=page_size, max_items=max_items, cursor=cursor,
            body=filters, **self._scope(account_id, project_id),
        )  # fmt: skip

    async def get(
        self, experience: int | str, *, include: Sequence[str] | None = None,
        expand: Sequence[str] | None = None, account_id: int | None = None,
        project_id: int | None = None,
    ) -> Experience:  # fmt: skip
        """One experience by id (int) or key (str)."""
        endpoint, kwargs = self._get(experience, include, expand, account_id, project_id)
        return _expect(await self._client.call(endpoint, **kwargs), endpoint)

    async def create(
        self, *, account_id: int | None = None, project_id: int | None = None, **fields: Any
    ) -> Experience:
        """Create an experience from CreateExperienceRequest fields."""
        scope = self._scope(account_id, project_id)
        op = _op("experiences", "create_experience", "experiences.create")
        return _expect(await self._client.call(op, body=fields, **scope), op)

    async def update(
        self, experience: int | Experience, *, account_id: int | None = None,
        project_id: int | None = None, **fields: Any,
    ) -> Experience:  # fmt: skip
        """Change the given fields of an experience."""
        kwargs = self._on(experience, account_id, project_id, self._changes(fields))
        op = _op("experiences", "update_experience", "experiences.update")
        return _expect(await self._client.call(op, **kwargs), op)

    async def set_status(
        self, experience: int | Experience, status: str, *, account_id: int | None = None,
        project_id: int | None = None,
    ) -> Experience:  # fmt: skip
        """Move an experience to ``status``."""
        return await self.update(
            experience, account_id=account_id, project_id=project_id, status=_status(status)
        )

    async def aggregated_report(
        self, experience: int | Experience, *, account_id: int | None = None,
        project_id: int | None = None, **filters: Any,
    ) -> Rows:  # fmt: skip
        """The experience's aggregated report as plain rows."""
        kwargs = self._on(experience, account_id, project_id, filters)
        op = _op("experiences_reports", "get_experience_aggregated_report", "aggregated_report")
        return report_rows(_report_data(await self._client.call(op, **kwargs), op))

    async def daily_report(
        self, experience: int | Experience, *, account_id: int | None = None,
        project_id: int | None = None, **filters: Any,
    ) -> Rows:  # fmt: skip
        """The experience's daily report as plain rows."""
        kwargs = self._on(experience, account_id, project_id, filters)
        op = _op("experiences_reports", "get_experience_daily_report", "daily_report")
        return report_rows(_report_data(await self._client.call(op, **kwargs), op))


class ConvertClient(_Convert, SyncClient[Client]):
    """Convert Experiences REST API v2, blocking. Use as a context manager to close the pool."""

    @property
    def experiences(self) -> Experiences:
        return Experiences(self)


class AsyncConvertClient(_Convert, AsyncClient[Client]):
    """Convert Experiences REST API v2, async. Use ``async with`` to close the pool."""

    @property
    def experiences(self) -> AsyncExperiences:
        return AsyncExperiences(self)
