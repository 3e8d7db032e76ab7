"""The simulated Convert Experiences REST API v2 (every operation of ``specs/convert.yaml``).

Stateful: the account, its projects, and in each project experiences (with
variations), goals, audiences, locations, hypotheses, knowledge bases,
observations, tags, features and domains. For each of these: list (``POST``
with filters, ``page``, ``results_per_page`` up to 50, ``sort_by`` /
``sort_direction``, ``onlyCount``, ``include``/``expand``, ``only``/``except``,
``search``; the answer carries ``extra.pagination``), get by id and, for
experiences, goals and features, by key (a path segment of all digits is an
id, anything else a key), add, update, delete, bulk update and bulk delete,
clone, status changes. Reports (aggregated, daily) are computed from the ids,
so they are deterministic and plausible. Every other operation answers a
body built from its spec schema.

Authentication, as the reference documents it:

* request signing: ``Convert-Application-ID``, ``Expires`` (UNIX seconds,
  accepted in ``[now, now + 3600]``) and ``Authorization: Convert-HMAC-SHA256
  Signature=<hex>``, the HMAC-SHA256 (keyed with the secret) of
  ``app_id + "\\n" + Expires + "\\n" + URL + "\\n" + body``, where URL is the
  full URL exactly as received and body the exact body bytes;
* ``Authorization: Bearer KEY_ID:KEY_SECRET``;
* the ``session`` cookie set by ``doAuth`` (the demo user name and password).

Failures answer ``{"code", "message", "parameters"}``: 401 with the reason,
422 naming the parameters (including ``include=x`` sent without ``[]``).
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import math
import re
import secrets
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from ._convert_data import KINDS, PROJECT_KIND, ConvertState, Kind, ids_of, slug, unit
from ._sample import sample_response
from ._service import ApiError, Call, Reply, Service, handles
from ._specs import ValidationProblem

if TYPE_CHECKING:
    from ._sandbox import DemoCredentials

__all__ = ["MAX_EXPIRES_AHEAD", "ConvertService", "sign"]

#: How far in the future ``Expires`` may be, in seconds.
MAX_EXPIRES_AHEAD = 3600
DEFAULT_PER_PAGE = 30
_SIGNATURE_PREFIX = "Convert-HMAC-SHA256 Signature="
_UNIX_SECONDS = re.compile(r"[0-9]{1,12}")
_ENTITY_FIELDS_IGNORED = frozenset({"include", "expand", "id"})
_READ_ONLY_SPECIALS = frozenset(
    {
        "getAccountsList",
        "getAccountDetails",
        "getExperienceAggregatedReport",
        "getExperienceDailyReport",
    }
)


def sign(secret: str, application_id: str, expires: str, url: str, body: bytes) -> str:
    """The request signature: hex HMAC-SHA256 over ``app_id\\nexpires\\nurl\\nbody``."""
    message = f"{application_id}\n{expires}\n{url}\n".encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


class ConvertService(Service):
    """Convert, simulated; see the module docstring."""

    name: ClassVar[str] = "convert"

    def __init__(
        self,
        credentials: DemoCredentials,
        *,
        experiences: int = 120,
        seed: int = 0,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(seed)
        self.credentials = credentials
        self.clock = clock or time.time  # UNIX seconds: Expires, start/end and modified times
        self.experience_count = experiences
        self.sessions: set[str] = set()
        self._verbs: dict[str, tuple[Kind, str]] = {}
        missing = set()
        for kind in (*KINDS.values(), PROJECT_KIND):
            for verb, op_id in kind.ops.items():
                if op_id in self.index.operations:
                    self._verbs[op_id] = (kind, verb)
                else:  # another version of the document
                    missing.add(op_id)
        self.unserved = self.unserved | missing
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.sessions.clear()
            if not self.dirty:
                return
            self.dirty = False
            self.state = ConvertState(
                self.credentials.convert_account_id,
                self.credentials.convert_project_id,
                self.experience_count,
                self.seed,
            )

    # ----------------------------------------------------------------- auth
    def authenticate(self, call: Call) -> str:
        if call.op.public:
            return "public"
        authorization = call.headers.get("authorization", "")
        if authorization.startswith("Convert-HMAC-SHA256"):
            return self._check_signature(call, authorization)
        if authorization.lower().startswith("bearer "):
            key_id, _, key_secret = authorization[7:].strip().partition(":")
            if not key_secret:
                raise ApiError(401, "Malformed secret key: expected 'Bearer KEY_ID:KEY_SECRET'")
            valid = hmac.compare_digest(
                key_id, self.credentials.convert_api_key_id
            ) and hmac.compare_digest(key_secret, self.credentials.convert_api_key_secret)
            if not valid:
                raise ApiError(401, "Invalid API key id or secret")
            return f"key:{key_id}"
        session = _cookie(call.headers.get("cookie", ""), "session")
        if session and session in self.sessions:
            return f"session:{session[:8]}"
        if authorization:
            raise ApiError(401, "Unsupported Authorization scheme")
        raise ApiError(
            401,
            "Missing credentials: sign the request or send 'Authorization: Bearer KEY_ID:KEY_SECRET'",
        )

    def _check_signature(self, call: Call, authorization: str) -> str:
        if not authorization.startswith(_SIGNATURE_PREFIX):
            raise ApiError(
                401,
                "Malformed Authorization header: expected 'Convert-HMAC-SHA256 Signature=<hex>'",
            )
        app_id = call.headers.get("convert-application-id", "")
        expires = call.headers.get("expires", "")
        if not app_id:
            raise ApiError(401, "Missing Convert-Application-ID header")
        if app_id != self.credentials.convert_application_id:
            raise ApiError(401, "Unknown application id")
        if not _UNIX_SECONDS.fullmatch(expires):  # str.isdigit() would take "²"
            raise ApiError(401, "Missing or malformed Expires header: expected a UNIX timestamp")
        now = int(self.clock())
        if int(expires) < now:
            raise ApiError(401, "Request signature has expired")
        if int(expires) > now + MAX_EXPIRES_AHEAD:
            raise ApiError(401, f"Expires is more than {MAX_EXPIRES_AHEAD} seconds in the future")
        expected = sign(self.credentials.convert_secret_key, app_id, expires, call.url, call.body)
        if not hmac.compare_digest(
            expected, authorization[len(_SIGNATURE_PREFIX) :].strip().lower()
        ):
            raise ApiError(401, "Invalid request signature")
        return f"app:{app_id}"

    def admit(self, call: Call) -> None:
        for name in dict(call.query):
            if not name.endswith("[]") and f"{name}[]" in call.op.query_params:
                raise ApiError(422, [f"The '{name}' parameter must be a array."], [name])

    def prepare(self, call: Call) -> None:
        account = call.path_params.get("account_id")
        if account is not None and int(account) != self.state.account_id:
            raise ApiError(403, f"You do not have access to account {account}", ["account_id"])
        project = call.path_params.get("project_id")
        if project is not None and int(project) not in self.state.projects:
            raise ApiError(404, f"Project {project} not found", ["project_id"])

    def error_body(self, error: ApiError) -> dict[str, Any]:
        return {"code": error.status, "message": error.message, "parameters": error.parameters}

    def validation_error(self, problems: list[ValidationProblem]) -> ApiError:
        names = list(dict.fromkeys(n.split(".")[0] for p in problems for n in p.names))
        return ApiError(422, [p.message for p in problems], names)

    def changes_state(self, call: Call) -> bool:
        found = self._verbs.get(call.op.operation_id)
        if found is not None:
            return found[1] not in ("list", "get", "get_by_key")
        return call.op.operation_id not in _READ_ONLY_SPECIALS

    def handler_for(self, operation_id: str) -> Callable[[Call], Reply] | None:
        found = self._verbs.get(operation_id)
        if found is not None:
            kind, verb = found
            generic: Callable[[Kind, Call], Reply] = getattr(self, f"_{verb}")
            return lambda call: generic(kind, call)
        return super().handler_for(operation_id)

    # ------------------------------------------------------------ plumbing
    def _store(self, kind: Kind, call: Call) -> dict[int, dict[str, Any]]:
        if kind is PROJECT_KIND:
            return self.state.projects
        return self.state.records[int(call.path_params["project_id"])][kind.name]

    def _project_id(self, call: Call) -> int:
        return int(call.path_params.get("project_id", self.credentials.convert_project_id))

    def _find(self, kind: Kind, call: Call, by_key: bool = False) -> dict[str, Any]:
        store = self._store(kind, call)
        if by_key:
            key = call.path_params[kind.key_param or ""]
            for record in store.values():
                if record.get("key") == key:
                    return record
            raise ApiError(
                404, f"The {kind.singular} with key {key!r} was not found", [kind.key_param or ""]
            )
        rid = int(call.path_params[kind.id_param])
        if rid not in store:
            raise ApiError(404, f"The {kind.singular} with id {rid} was not found", [kind.id_param])
        return store[rid]

    @staticmethod
    def _fields(call: Call) -> tuple[set[str], set[str]]:
        """The include and expand names, from the query (``include[]``) or the body."""
        body = call.json() if call.body else {}
        include = set(call.query_values("include[]")) | set(
            _as_list(body.get("include") if body else None)
        )
        expand = set(call.query_values("expand[]")) | set(
            _as_list(body.get("expand") if body else None)
        )
        return include | {name.split(".")[0] for name in include}, expand | {
            n.split(".")[0] for n in expand
        }

    def render(
        self,
        kind: Kind,
        record: Mapping[str, Any],
        pid: int,
        include: set[str],
        expand: set[str],
        full: bool = False,
    ) -> dict[str, Any]:
        """The record as the API shows it: optional fields only when included, references expanded on request."""
        if kind is PROJECT_KIND:
            pid = int(record["id"])
        out: dict[str, Any] = {}
        for name, value in record.items():
            if name.startswith("_"):
                continue
            if name in kind.optional and not full and name not in include and name not in expand:
                continue
            out[name] = value
        if "variations" in out:
            with_changes = full or "variations.changes" in include or "variations.changes" in expand
            if not with_changes:
                out["variations"] = [
                    {k: v for k, v in var.items() if k != "changes"} for var in out["variations"]
                ]
        for name, target in kind.expandable.items():
            if not target or name not in out or (name not in expand and name not in include):
                continue
            target_kind = PROJECT_KIND if target == "projects" else KINDS[target]
            store = self.state.projects if target == "projects" else self.state.records[pid][target]
            value = out[name]
            if isinstance(value, list):
                out[name] = [
                    self.render(target_kind, store[i], pid, set(), set())
                    for i in value
                    if i in store
                ]
            elif value in store:
                out[name] = self.render(target_kind, store[value], pid, set(), set())
        return out

    def _render_call(
        self, kind: Kind, record: Mapping[str, Any], call: Call, full: bool = False
    ) -> dict[str, Any]:
        include, expand = self._fields(call)
        return self.render(kind, record, self._project_id(call), include, expand, full)

    # ------------------------------------------------------ generic verbs
    def _list(self, kind: Kind, call: Call) -> Reply:
        body = call.json()
        items = list(self._store(kind, call).values())
        only = body.get("only")
        if only:
            items = [r for r in items if r["id"] in set(only)]
        excluded = set(body.get("except") or ())
        if excluded:
            items = [r for r in items if r["id"] not in excluded]
        search = (body.get("search") or "").lower()
        if search:
            items = [
                r
                for r in items
                if any(
                    search in str(r.get(f) or "").lower()
                    for f in ("name", "description", "key", "url")
                )
            ]
        for body_key, record_field in kind.filters.items():
            wanted = body.get(body_key)
            if wanted is None or wanted == []:
                continue
            wanted_set = set(_as_list(wanted))
            items = [r for r in items if wanted_set & set(_as_list(r.get(record_field)))]
        sort_field = kind.sort_fields.get(body.get("sort_by") or kind.default_sort, "id")
        descending = (body.get("sort_direction") or "desc") == "desc"
        if sort_field == "id":  # records are stored in id order (ids only grow)
            if descending:
                items.reverse()
        else:
            items.sort(
                key=lambda r: (r.get(sort_field) is None, _sortable(r.get(sort_field)), r["id"]),
                reverse=descending,
            )
        per_page = body.get("results_per_page") or DEFAULT_PER_PAGE
        page = body.get("page") or 1
        total = len(items)
        window = [] if body.get("onlyCount") else items[(page - 1) * per_page : page * per_page]
        include, expand = self._fields(call)
        pid = self._project_id(call)
        return Reply(
            {
                "data": [self.render(kind, r, pid, include, expand) for r in window],
                "extra": {
                    "pagination": {
                        "current_page": page,
                        "items_count": total,
                        "items_per_page": per_page,
                        "pages_count": math.ceil(total / per_page),
                    }
                },
            }
        )

    def _get(self, kind: Kind, call: Call) -> Reply:
        return Reply(self._render_call(kind, self._find(kind, call), call))

    def _get_by_key(self, kind: Kind, call: Call) -> Reply:
        return Reply(self._render_call(kind, self._find(kind, call, by_key=True), call))

    def _create(self, kind: Kind, call: Call) -> Reply:
        rid = self.state.next_id()
        if kind is PROJECT_KIND:
            store = self.state.records.setdefault(rid, {k: {} for k in KINDS})
            record = self.state.project(rid, "New project", "web", store)
            self.state.projects[rid] = record
        else:
            record = self.state.blank(kind.name, rid, self._project_id(call))
        if "key" in record:
            record["key"] = f"{slug(str(call.json().get('name', kind.singular)), 20)}_{rid}"[:32]
        self._apply(kind, record, call.json(), call)
        if kind is not PROJECT_KIND:
            self._store(kind, call)[rid] = record
        return Reply(self._render_call(kind, record, call, full=True))

    def _update(self, kind: Kind, call: Call) -> Reply:
        record = self._find(kind, call)
        self._apply(kind, record, call.json(), call)
        return Reply(self._render_call(kind, record, call, full=True))

    def _delete(self, kind: Kind, call: Call) -> Reply:
        record = self._find(kind, call)
        del self._store(kind, call)[record["id"]]
        if kind is PROJECT_KIND:
            self.state.records.pop(record["id"], None)
        if kind.delete_returns_entity:
            return Reply(self._render_call(kind, record, call))
        return Reply({"code": 200, "message": f"The {kind.singular} was deleted"})

    def _bulk_update(self, kind: Kind, call: Call) -> Reply:
        body = call.json()
        store = self._store(kind, call)
        changes = {k: v for k, v in body.items() if k != "id"}
        errors = []
        updated = 0
        for rid in body["id"]:
            if rid in store:
                self._apply(kind, store[rid], changes, call)
                updated += 1
            else:
                errors.append(
                    {"id": rid, "message": f"The {kind.singular} with id {rid} was not found"}
                )
        return Reply({"code": 200, "message": f"{updated} {kind.name} updated", "errors": errors})

    def _bulk_delete(self, kind: Kind, call: Call) -> Reply:
        store = self._store(kind, call)
        errors = []
        deleted = 0
        for rid in call.json()["id"]:
            if store.pop(rid, None) is not None:
                deleted += 1
            else:
                errors.append(
                    {"id": rid, "message": f"The {kind.singular} with id {rid} was not found"}
                )
        return Reply({"code": 200, "message": f"{deleted} {kind.name} deleted", "errors": errors})

    def _clone(self, kind: Kind, call: Call) -> Reply:
        original = self._find(kind, call)
        clone = copy.deepcopy(original)
        rid = clone["id"] = self.state.next_id()
        body = call.json()
        clone["name"] = str(body.get("name") or f"{original['name']} (copy)")[:100]
        if "key" in clone:
            clone["key"] = f"{slug(clone['name'], 20)}_{rid}"[:32]
        if kind.name == "experiences":
            clone.update(status="draft", start_time=None, end_time=None)
            for variation in clone["variations"]:
                variation["id"] = self.state.next_id()
                for change in variation.get("changes", []):
                    change["id"] = self.state.next_id()
            clone["stats"] = ConvertState.stats(clone)
        if "is_system" in clone:
            clone["is_system"] = False
        self._store(kind, call)[rid] = clone
        return Reply(self._render_call(kind, clone, call, full=True))

    def _apply(
        self, kind: Kind, record: dict[str, Any], changes: Mapping[str, Any], call: Call
    ) -> None:
        """Write request fields onto a record: relations become ids, keys stay unique."""
        store = self._store(kind, call)
        if "key" in changes and kind.key_param:
            taken = any(
                r.get("key") == changes["key"] and r["id"] != record["id"] for r in store.values()
            )
            if taken:
                raise ApiError(422, ["The key has already been taken."], ["key"])
        for name, value in changes.items():
            if name in _ENTITY_FIELDS_IGNORED:
                continue
            if name == "variations" and kind.name == "experiences":
                self._set_variations(record, value)
            elif name in kind.expandable and kind.expandable[name] and isinstance(value, list):
                record[name] = ids_of(value)
            elif (
                name == "settings"
                and isinstance(value, dict)
                and isinstance(record.get("settings"), dict)
            ):
                record["settings"] = {**record["settings"], **value}
            else:
                record[name] = value
        if kind.name == "experiences" and "status" in changes:
            now = int(self.clock())
            if changes["status"] == "active" and not record.get("start_time"):
                record["start_time"] = now
            if changes["status"] in ("paused", "completed", "archived") and record.get(
                "start_time"
            ):
                record["end_time"] = now
            record["stats"] = ConvertState.stats(record)
        if "modified_at" in record:
            record["modified_at"] = int(self.clock())

    def _set_variations(self, record: dict[str, Any], given: Any) -> None:
        existing = {v["id"]: v for v in record.get("variations", [])}
        out: list[dict[str, Any]] = []
        for item in _as_list(given):
            if isinstance(item, int) and item in existing:
                out.append(existing[item])
            elif isinstance(item, dict):
                base = existing.get(item.get("id", -1))
                if base is None:
                    vid = self.state.next_id()
                    base = {"id": vid, "name": f"Variation {len(out)}", "key": f"{record['id']}-{len(out)}",
                            "description": None, "is_baseline": not out, "traffic_distribution": 0,
                            "status": "running", "changes": []}  # fmt: skip
                merged = {**base, **{k: v for k, v in item.items() if k not in ("id", "changes")}}
                if "changes" in item:
                    merged["changes"] = [
                        c if isinstance(c, dict) and "id" in c
                        else {"id": self.state.next_id(), "type": "customCode", "data": {}}
                        | (c if isinstance(c, dict) else {})
                        for c in _as_list(item["changes"])
                    ]  # fmt: skip
                out.append(merged)
        record["variations"] = out

    # ------------------------------------------------------- special ops
    @handles("getAccountsList")
    def get_accounts_list(self, call: Call) -> Reply:
        return Reply({"data": [self.state.account]})

    @handles("getAccountDetails")
    def get_account_details(self, call: Call) -> Reply:
        return Reply({"data": self.state.account})

    @handles("doAuth")
    def do_auth(self, call: Call) -> Reply:
        body = call.json()
        data = body.get("data")
        password = data.get("password") if isinstance(data, dict) else body.get("password")
        if (
            body.get("username") != self.credentials.convert_username
            or password != self.credentials.convert_password
        ):
            raise ApiError(401, "Invalid username or password", ["username"])
        token = secrets.token_hex(16)
        self.sessions.add(token)
        return Reply(
            sample_response(self.name, "doAuth")[1],
            headers={"Set-Cookie": f"session={token}; Path=/; HttpOnly; SameSite=Lax"},
        )

    @handles("doLogout")
    def do_logout(self, call: Call) -> Reply:
        self.sessions.discard(_cookie(call.headers.get("cookie", ""), "session") or "")
        return Reply(
            {"code": 200, "message": "Logged out"},
            headers={"Set-Cookie": "session=; Path=/; Max-Age=0"},
        )

    @handles("updateHypothesisStatus")
    def update_hypothesis_status(self, call: Call) -> Reply:
        return self._update(KINDS["hypotheses"], call)

    @handles("convertHypothesis")
    def convert_hypothesis(self, call: Call) -> Reply:
        hypotheses, bases = KINDS["hypotheses"], KINDS["knowledge_bases"]
        hypothesis = self._find(hypotheses, call)
        rid = self.state.next_id()
        record = self.state.blank("knowledge_bases", rid, self._project_id(call))
        for name in (
            "name",
            "summary",
            "objective",
            "url",
            "start_date",
            "end_date",
            "tags",
            "experiences",
        ):
            record[name] = hypothesis.get(name)
        record["description"] = hypothesis.get("description") or ""
        self._store(bases, call)[rid] = record
        return Reply(self._render_call(bases, record, call, full=True))

    @handles("updateExperienceVariation")
    def update_variation(self, call: Call) -> Reply:
        experience = self._find(KINDS["experiences"], call)
        variation = self._variation(experience, call)
        for name, value in call.json().items():
            if name != "id":
                variation[name] = value
        return Reply(variation)

    @handles("deleteExperienceVariation")
    def delete_variation(self, call: Call) -> Reply:
        experience = self._find(KINDS["experiences"], call)
        variation = self._variation(experience, call)
        experience["variations"].remove(variation)
        return Reply({"code": 200, "message": "The variation was deleted"})

    @staticmethod
    def _variation(experience: dict[str, Any], call: Call) -> dict[str, Any]:
        vid = int(call.path_params["variation_id"])
        for variation in experience["variations"]:
            if variation["id"] == vid:
                return variation  # type: ignore[no-any-return]
        raise ApiError(404, f"The variation with id {vid} was not found", ["variation_id"])

    @handles("getExperienceAggregatedReport")
    def aggregated_report(self, call: Call) -> Reply:
        experience = self._find(KINDS["experiences"], call)
        body = call.json()
        goals = body.get("goals") or experience["goals"]
        goal_store = self.state.records[self._project_id(call)]["goals"]
        visitors = ConvertState.stats(experience)["visitors"]
        rows = []
        for goal_id in goals:
            variations = []
            base_rate = 0.02 + 0.08 * unit("goal", experience["id"], goal_id)
            for v, variation in enumerate(experience["variations"]):
                share = variation.get("traffic_distribution") or 100 / len(experience["variations"])
                seen = round(visitors * share / 100)
                lift = 0.0 if v == 0 else (unit("lift", experience["id"], goal_id, v) - 0.4) * 0.3
                conversions = round(seen * base_rate * (1 + lift))
                variations.append(
                    {
                        "variation_id": variation["id"],
                        "variation_name": variation["name"],
                        "is_baseline": v == 0,
                        "visitors": seen,
                        "conversions": conversions,
                        "conversion_rate": round(100 * conversions / seen, 4) if seen else 0,
                        "improvement": round(100 * lift, 2),
                        "confidence": 0 if v == 0 else round(min(99.9, 50 + abs(lift) * 300), 2),
                    }
                )
            goal = goal_store.get(goal_id, {})
            rows.append(
                {"goal_id": goal_id, "goal_name": goal.get("name", ""), "variations": variations}
            )
        return Reply(
            {
                "data": {
                    "experience_id": experience["id"],
                    "start_time": body.get("start_time") or experience.get("start_time"),
                    "end_time": body.get("end_time") or experience.get("end_time"),
                    "utc_offset": body.get("utc_offset", 0),
                    "visitors": visitors,
                    "goals": rows,
                }
            }
        )

    @handles("getExperienceDailyReport")
    def daily_report(self, call: Call) -> Reply:
        experience = self._find(KINDS["experiences"], call)
        body = call.json()
        goal_id = int(body.get("goal") or experience.get("primary_goal") or 0)
        cumulative = body.get("report_type", "cumulative") == "cumulative"
        start: int | None = experience.get("start_time")
        days = []
        totals = {v["id"]: [0, 0] for v in experience["variations"]}
        for day in range(14 if start is not None else 0):
            rows = []
            for v, variation in enumerate(experience["variations"]):
                seen = int(150 + 350 * unit("day", experience["id"], variation["id"], day))
                rate = (0.02 + 0.08 * unit("goal", experience["id"], goal_id)) * (1 + 0.05 * v)
                converted = round(seen * rate)
                totals[variation["id"]][0] += seen
                totals[variation["id"]][1] += converted
                if cumulative:
                    seen, converted = totals[variation["id"]]
                rows.append(
                    {
                        "variation_id": variation["id"],
                        "visitors": seen,
                        "conversions": converted,
                        "conversion_rate": round(100 * converted / seen, 4) if seen else 0,
                    }
                )
            days.append(
                {
                    "date": time.strftime("%Y-%m-%d", time.gmtime((start or 0) + 86_400 * day)),
                    "variations": rows,
                }
            )
        return Reply(
            {
                "data": {
                    "experience_id": experience["id"],
                    "goal_id": goal_id,
                    "report_type": "cumulative" if cumulative else "non_cumulative",
                    "metric": body.get("metric", "conversion_rate"),
                    "days": days,
                }
            }
        )


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple | set) else [value]


def _sortable(value: Any) -> Any:
    if isinstance(value, bool | int | float):
        return (0, value, "")
    return (1, 0, str(value).lower())


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None
