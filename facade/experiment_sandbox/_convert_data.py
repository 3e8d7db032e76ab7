"""Convert's stateful resources: what each kind is, how it is seeded, filtered, sorted and rendered.

A :class:`Kind` describes one resource (experiences, goals, ...): its operation
ids by verb, its optional fields (sent only when named in ``include``), its
expandable fields (ids unless named in ``expand``), the list filters it
honours and its sort keys. :class:`ConvertState` holds the records of every
project, seeded deterministically.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["KINDS", "ConvertState", "Kind", "unit"]

_T0 = 1_704_700_800  # 2024-01-08T08:00:00Z


def unit(*parts: object) -> float:
    """A deterministic number in [0, 1) from the given parts."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def slug(text: str, limit: int = 32) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:limit] or "item"


@dataclass(frozen=True)
class Kind:
    """One Convert resource kind (see the module docstring)."""

    name: str  # collection name, e.g. "experiences"
    singular: str  # e.g. "experience"
    ops: Mapping[str, str]  # verb -> operationId
    id_param: str
    key_param: str | None = None
    optional: frozenset[str] = frozenset()
    expandable: Mapping[str, str] = field(default_factory=dict)  # field -> kind name
    filters: Mapping[str, str] = field(default_factory=dict)  # body key -> record field
    sort_fields: Mapping[str, str] = field(default_factory=dict)  # sort_by -> record field
    default_sort: str = "id"
    delete_returns_entity: bool = False


def _ops(singular: str, plural: str, *verbs: str, cap: str | None = None) -> dict[str, str]:
    cap_s = cap or singular[0].upper() + singular[1:]
    cap_p = plural[0].upper() + plural[1:]
    names = {
        "list": f"get{cap_p}List",
        "get": f"get{cap_s}",
        "get_by_key": f"get{cap_s}ByKey",
        "create": f"create{cap_s}",
        "update": f"update{cap_s}",
        "delete": f"delete{cap_s}",
        "bulk_update": f"bulk{cap_p}Update",
        "bulk_delete": f"bulk{cap_p}Delete",
        "clone": f"clone{cap_s}",
    }
    return {verb: names[verb] for verb in verbs}


_ALL = ("list", "get", "create", "update", "delete", "bulk_update", "bulk_delete")

KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind(
            "experiences",
            "experience",
            _ops("experience", "experiences", *_ALL, "get_by_key", "clone"),
            "experience_id",
            "experience_key",
            optional=frozenset({"alerts", "goals", "stats", "variations", "audiences", "locations", "collaborators"}),
            expandable={"project": "projects", "audiences": "audiences", "goals": "goals",
                        "locations": "locations", "tags": "tags", "variations": "", "variations.changes": ""},
            filters={"status": "status", "type": "type", "tags": "tags", "audiences": "audiences",
                     "goals": "goals", "locations": "locations", "features": "_features",
                     "hypotheses": "_hypotheses", "environments": "_environment"},
            sort_fields={"id": "id", "name": "name", "key": "key", "status": "status",
                         "start_time": "start_time", "end_time": "end_time",
                         "primary_goal": "primary_goal", "conversions": "id", "improvement": "id"},
        ),
        Kind(
            "goals",
            "goal",
            _ops("goal", "goals", *_ALL, "get_by_key", "clone"),
            "goal_id",
            "goal_key",
            optional=frozenset({"triggering_rule", "stats"}),
            filters={"status": "status", "goal_type": "type"},
            sort_fields={"id": "id", "name": "name", "type": "type", "key": "key", "status": "status",
                         "times_used": "id", "goal_tracking_status": "status"},
        ),
        Kind(
            "audiences",
            "audience",
            _ops("audience", "audiences", *_ALL, "clone"),
            "audience_id",
            optional=frozenset({"rules", "stats"}),
            filters={"status": "status", "type": "type"},
            sort_fields={"id": "id", "name": "name", "type": "type", "status": "status", "key": "id", "usage": "id"},
        ),
        Kind(
            "locations",
            "location",
            _ops("location", "locations", *_ALL, "clone"),
            "location_id",
            optional=frozenset({"rules", "trigger", "stats"}),
            filters={"status": "status"},
            sort_fields={"id": "id", "name": "name", "status": "status", "key": "id", "usage": "id"},
        ),
        Kind(
            "hypotheses",
            "hypothesis",
            _ops("hypothesis", "hypotheses", *_ALL, cap="Hypothesis"),
            "hypothesis_id",
            expandable={"project": "projects", "tags": "tags"},
            filters={"status": "status", "tags": "tags", "experiences": "experiences"},
            sort_fields={"id": "id", "name": "name", "status": "status", "start_date": "start_date",
                         "score": "prioritization_score"},
            delete_returns_entity=True,
        ),
        Kind(
            "knowledge_bases",
            "knowledge base",
            {"list": "getKnowledgeBasesList", "get": "getKnowledgeBase", "create": "createKnowledgeBase",
             "update": "updateKnowledgeBase", "delete": "deleteKnowledgeBase",
             "bulk_update": "bulkKnowledgeBasesUpdate", "bulk_delete": "bulkKnowledgeBasesDelete"},
            "knowledge_base_id",
            expandable={"project": "projects", "tags": "tags"},
            filters={"status": "status"},
            sort_fields={"name": "name", "status": "status", "updated_at": "updated_at"},
            default_sort="name",
            delete_returns_entity=True,
        ),
        Kind(
            "observations",
            "observation",
            _ops("observation", "observations", *_ALL),
            "observation_id",
            expandable={"project": "projects", "tags": "tags"},
            filters={"status": "status"},
            sort_fields={"name": "name", "status": "status", "created_by": "created_by", "date_added": "created_at"},
            default_sort="name",
            delete_returns_entity=True,
        ),
        Kind(
            "tags",
            "tag",
            _ops("tag", "tags", "list", "get", "create", "update", "delete", "bulk_delete"),
            "tag_id",
        ),
        Kind(
            "features",
            "feature",
            _ops("feature", "features", *_ALL, "get_by_key"),
            "feature_id",
            "feature_key",
            optional=frozenset({"stats"}),
            sort_fields={"id": "id", "name": "name", "key": "key", "status": "status"},
        ),
        Kind(
            "domains",
            "domain",
            _ops("domain", "domains", "list", "get", "create", "update", "delete", "bulk_delete"),
            "domain_id",
        ),
    )
}  # fmt: skip

PROJECT_KIND = Kind(
    "projects",
    "project",
    {"list": "getProjectsList", "get": "getProject", "create": "createProject", "update": "updateProject",
     "delete": "deleteProject", "bulk_update": "bulkUpdateProjects"},
    "project_id",
    optional=frozenset({"global_javascript", "domains", "stats", "default_goals", "default_audiences",
                        "default_locations"}),
    expandable={"default_goals": "goals", "default_audiences": "audiences", "default_locations": "locations"},
    filters={"status": "status", "project_type": "project_type"},
    sort_fields={"id": "id", "project_name": "name", "project_type": "project_type", "status": "status",
                 "active_tests": "id", "used_visitors": "id"},
)  # fmt: skip

_GOAL_TYPES = ("visits_page", "clicks_link", "submits_form", "revenue", "clicks_element", "scroll_percentage",
               "code_trigger", "advanced")  # fmt: skip
_EXPERIENCE_TYPES = ("a/b", "a/b", "split_url", "mvt", "deploy", "multipage", "a/a")
_EXPERIENCE_STATUSES = ("active", "active", "paused", "completed", "draft", "archived", "scheduled")
_AREAS = ("Homepage", "Checkout", "Pricing page", "Product page", "Cart", "Search results", "Signup form",
          "Navigation", "Footer", "Landing page", "Blog", "Account page")  # fmt: skip
_IDEAS = ("headline", "hero image", "CTA colour", "social proof", "free shipping banner", "trust badges",
          "layout", "copy", "urgency timer", "exit intent offer", "price anchoring", "form length")  # fmt: skip


class ConvertState:
    """The accounts, projects and per-project records of the simulated Convert service."""

    def __init__(self, account_id: int, project_id: int, experiences: int, seed: int) -> None:
        self.account_id = account_id
        self.seed = seed
        self._ids = itertools.count(1_000_001 + 100_000 * (seed % 10))
        self.account: dict[str, Any] = {
            "id": account_id,
            "accountType": "main",
            "name": "Sandbox Demo Account",
            "accessRole": "owner",
            "access_all_projects": True,
            "settings": {"timezone": "UTC"},
            "billing": {"plan": "growth", "status": "active"},
            "stats": {"projects_count": 3},
        }
        self.projects: dict[int, dict[str, Any]] = {}
        self.records: dict[int, dict[str, dict[int, dict[str, Any]]]] = {}
        for offset, (name, kind, count) in enumerate(
            (
                ("Demo Store", "web", experiences),
                ("Marketing Site", "web", 6),
                ("Mobile Backend", "fullstack", 4),
            )
        ):
            self._seed_project(project_id + offset, name, kind, count)

    def next_id(self) -> int:
        return next(self._ids)

    # ----------------------------------------------------------------- seed
    def _seed_project(
        self, project_id: int, name: str, project_type: str, experiences: int
    ) -> None:
        p = project_id
        store: dict[str, dict[int, dict[str, Any]]] = {kind: {} for kind in KINDS}
        self.records[project_id] = store
        for i in range(4):
            self._put(store, "domains", self.domain(self.next_id(), p, i))
        for i in range(12):
            self._put(store, "tags", self.tag(self.next_id(), i))
        for i in range(30):
            self._put(store, "goals", self.goal(self.next_id(), p, i))
        for i in range(12):
            self._put(store, "audiences", self.audience(self.next_id(), p, i))
        for i in range(10):
            self._put(store, "locations", self.location(self.next_id(), p, i))
        for i in range(40):
            self._put(store, "features", self.feature(self.next_id(), p, i))
        for i in range(experiences):
            self._put(store, "experiences", self.experience(self.next_id(), p, i, store))
        for i in range(25):
            self._put(store, "hypotheses", self.hypothesis(self.next_id(), p, i, store))
        for i in range(6):
            self._put(store, "knowledge_bases", self.knowledge_base(self.next_id(), p, i, store))
        for i in range(8):
            self._put(store, "observations", self.observation(self.next_id(), p, i, store))
        self.projects[project_id] = self.project(project_id, name, project_type, store)

    @staticmethod
    def _put(
        store: dict[str, dict[int, dict[str, Any]]], kind: str, record: dict[str, Any]
    ) -> None:
        store[kind][record["id"]] = record

    @staticmethod
    def _pick(store: Mapping[int, Any], i: int, n: int) -> list[int]:
        ids = list(store)
        return [ids[(i * 7 + k * 3) % len(ids)] for k in range(min(n, len(ids)))] if ids else []

    def project(
        self, pid: int, name: str, project_type: str, store: dict[str, dict[int, Any]]
    ) -> dict[str, Any]:
        return {
            "id": pid,
            "name": name,
            "project_type": project_type,
            "status": "active",
            "account_id": self.account_id,
            "created_at": _T0 - 86_400 * 200,
            "modified_at": _T0 - 86_400 * 3,
            "type": "own",
            "accessRole": "owner",
            "owner_email": "owner@example.com",
            "tracking_snippet": f'<script src="//cdn-4.convertexperiments.com/v1/js/{self.account_id}-{pid}.js"></script>',
            "environments": {"production": {"label": "Production", "is_default": True},
                             "staging": {"label": "Staging", "is_default": False}},
            "settings": {"allow_crossdomain_tracking": False, "do_not_track": "OFF", "include_jquery": False},
            "reporting_settings": {"currency_symbol": "$", "stats_engine": "frequentist"},
            "integrations_settings": {},
            "global_javascript": "",
            "sdk_key": f"{self.account_id}/{pid}" if project_type == "fullstack" else None,
            "domains": [copy.deepcopy(d) for d in store["domains"].values()],
            "default_goals": list(store["goals"])[:2],
            "default_audiences": [],
            "default_locations": list(store["locations"])[:1],
            "stats": {
                "experiences_count": len(store["experiences"]),
                "active_experiences_count": sum(e["status"] == "active" for e in store["experiences"].values()),
                "active_goals_count": len(store["goals"]),
            },
        }  # fmt: skip

    def domain(self, rid: int, pid: int, i: int) -> dict[str, Any]:
        host = ("www", "shop", "blog", "help")[i % 4]
        return {
            "id": rid,
            "url": f"https://{host}.example{pid % 1000}.com",
            "code_installed": i % 2 == 0,
        }

    def tag(self, rid: int, i: int) -> dict[str, Any]:
        name = (
            "Q1",
            "Q2",
            "Q3",
            "Q4",
            "Mobile",
            "Desktop",
            "Revenue",
            "UX",
            "SEO",
            "Retention",
            "Pricing",
            "Brand",
        )
        return {
            "id": rid,
            "name": name[i % len(name)],
            "description": f"Experiences about {name[i % len(name)]}",
        }

    def goal(self, rid: int, pid: int, i: int) -> dict[str, Any]:
        goal_type = _GOAL_TYPES[i % len(_GOAL_TYPES)]
        name = f"{_AREAS[i % len(_AREAS)]} {goal_type.replace('_', ' ')}"
        return {
            "id": rid,
            "name": name[:100],
            "key": f"{slug(name, 24)}_{i}",
            "description": f"Counts a conversion when a visitor {goal_type.replace('_', ' ')}.",
            "is_system": i < 2,
            "selected_default": i < 2,
            "status": "archived" if i % 9 == 8 else "active",
            "type": goal_type,
            "triggering_rule": {"OR": [{"AND": [{"OR_WHEN": [
                {"rule_type": "url_contains", "matching": {"match_type": "contains", "negated": False},
                 "value": f"/{slug(_AREAS[i % len(_AREAS)], 20)}"}]}]}]},
            "stats": {"experiences_usage": i % 5, "conversions": int(500 + 4000 * unit(pid, rid))},
        }  # fmt: skip

    def audience(self, rid: int, pid: int, i: int) -> dict[str, Any]:
        names = ("Returning visitors", "New visitors", "Mobile users", "Desktop users", "US visitors",
                 "EU visitors", "Paid traffic", "Organic search", "Newsletter subscribers", "Cart abandoners",
                 "High value customers", "Logged in users")  # fmt: skip
        return {
            "id": rid,
            "name": names[i % len(names)],
            "description": f"Visitors matching: {names[i % len(names)].lower()}",
            "status": "archived" if i % 7 == 6 else "active",
            "type": ("permanent", "transient", "segmentation")[i % 3],
            "preset": i < 2,
            "selected_default": False,
            "rules": {"OR": [{"AND": [{"OR_WHEN": [
                {"rule_type": "visitor_type", "matching": {"match_type": "equals", "negated": False},
                 "value": "returning" if i % 2 == 0 else "new"}]}]}]},
            "stats": {"experiences_usage": i % 4},
        }  # fmt: skip

    def location(self, rid: int, pid: int, i: int) -> dict[str, Any]:
        area = _AREAS[i % len(_AREAS)]
        return {
            "id": rid,
            "name": area,
            "description": f"Pages of the {area.lower()}",
            "status": "archived" if i % 8 == 7 else "active",
            "preset": False,
            "selected_default": i == 0,
            "rules": {"OR": [{"AND": [{"OR_WHEN": [
                {"rule_type": "url", "matching": {"match_type": "contains", "negated": False},
                 "value": f"/{slug(area, 20)}"}]}]}]},
            "trigger": {"type": "upon_run"},
            "stats": {"experiences_usage": i % 3},
        }  # fmt: skip

    def feature(self, rid: int, pid: int, i: int) -> dict[str, Any]:
        name = f"{_AREAS[i % len(_AREAS)]} {_IDEAS[(i // 3) % len(_IDEAS)]}"
        return {
            "id": rid,
            "name": name[:100],
            "key": f"{slug(name, 24)}_{i}",
            "status": "archived" if i % 10 == 9 else "active",
            "description": f"Flags the new {name.lower()}"[:200],
            "variables": [
                {"key": "enabled", "type": "boolean"},
                {"key": "variant_label", "type": "string"},
            ],
            "stats": {"experiences_usage": i % 3},
        }

    def experience(
        self, rid: int, pid: int, i: int, store: dict[str, dict[int, Any]]
    ) -> dict[str, Any]:
        area, idea = _AREAS[i % len(_AREAS)], _IDEAS[(i * 5) % len(_IDEAS)]
        name = f"{area} {idea} test {i + 1}"
        exp_type = _EXPERIENCE_TYPES[i % len(_EXPERIENCE_TYPES)]
        status = _EXPERIENCE_STATUSES[i % len(_EXPERIENCE_STATUSES)]
        start = _T0 + 86_400 * (i % 90) if status not in ("draft", "scheduled") else None
        end = (
            start + 86_400 * 21
            if start is not None and status in ("completed", "archived")
            else None
        )
        goals = self._pick(store["goals"], i, 3)
        record: dict[str, Any] = {
            "id": rid,
            "name": name[:100],
            "key": f"{slug(name, 24)}_{i}"[:32],
            "description": f"Tests a new {idea} on the {area.lower()}.",
            "type": exp_type,
            "status": status,
            "url": f"https://www.example{pid % 1000}.com/{slug(area, 20)}",
            "traffic_distribution": 100 if i % 4 else 50,
            "primary_goal": goals[0] if goals else 0,
            "start_time": start,
            "end_time": end,
            "objective": f"Raise conversions on the {area.lower()}.",
            "global_js": "",
            "global_css": "",
            "version": 1,
            "project": pid,
            "_environment": "production",
            "tags": self._pick(store["tags"], i, 2),
            "goals": goals,
            "audiences": self._pick(store["audiences"], i, 1),
            "locations": self._pick(store["locations"], i, 1),
            "_features": self._pick(store["features"], i, 1)
            if exp_type == "a/b" and i % 6 == 0
            else [],
            "_hypotheses": [],
            "settings": {"outliers": {"detection_type": "none"}, "min_order_value": 0},
            "alerts": [],
            "collaborators": [],
        }
        record["variations"] = self.variations(rid, name, 2 + (i % 3 == 2))
        record["stats"] = self.stats(record)
        return record

    def variations(self, experience_id: int, name: str, count: int) -> list[dict[str, Any]]:
        out = []
        for v in range(count):
            vid = self.next_id()
            out.append(
                {
                    "id": vid,
                    "name": "Original" if v == 0 else f"Variation {v}",
                    "key": f"{experience_id}-{v}",
                    "description": None if v == 0 else f"Changed version {v} of {name}"[:2000],
                    "is_baseline": v == 0,
                    "traffic_distribution": round(100 / count, 2),
                    "status": "running",
                    "changes": []
                    if v == 0
                    else [
                        {
                            "id": self.next_id(),
                            "type": "customCode",
                            "data": {"js": "", "css": f".hero {{ order: {v}; }}"},
                        }
                    ],
                }
            )
        return out

    @staticmethod
    def stats(record: Mapping[str, Any]) -> dict[str, Any]:
        if record.get("start_time") is None:
            return {"visitors": 0, "conversions": 0, "conversion_rate": 0}
        visitors = int(2_000 + 40_000 * unit("visitors", record["id"]))
        rate = 0.02 + 0.08 * unit("rate", record["id"])
        return {
            "visitors": visitors,
            "conversions": round(visitors * rate),
            "conversion_rate": round(rate * 100, 2),
        }

    def hypothesis(
        self, rid: int, pid: int, i: int, store: dict[str, dict[int, Any]]
    ) -> dict[str, Any]:
        area, idea = _AREAS[i % len(_AREAS)], _IDEAS[(i * 3) % len(_IDEAS)]
        statuses = ("draft", "applied", "proven", "disproven", "completed", "archived")
        return {
            "id": rid,
            "name": f"A clearer {idea} on the {area.lower()}"[:100],
            "url": f"https://www.example{pid % 1000}.com/{slug(area, 20)}",
            "project": pid,
            "objective": f"More visitors finish the {area.lower()} flow.",
            "summary": f"If we improve the {idea}, conversions rise.",
            "description": None,
            "status": statuses[i % len(statuses)],
            "start_date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "end_date": None,
            "prioritization_score": str(1 + i % 5),
            "prioritization_score_type": "pie",
            "prioritization_score_attributes": {
                "potential": 1 + i % 5,
                "importance": 1 + (i * 2) % 5,
                "ease": 3,
            },
            "created_at": _T0 + 3_600 * i,
            "created_by": "owner@example.com",
            "files": [],
            "experiences": self._pick(store["experiences"], i, 1) if i % 3 == 0 else [],
            "tags": self._pick(store["tags"], i, 1),
        }

    def knowledge_base(
        self, rid: int, pid: int, i: int, store: dict[str, dict[int, Any]]
    ) -> dict[str, Any]:
        return {
            "id": rid,
            "name": f"Learning {i + 1}: {_IDEAS[i % len(_IDEAS)]} matters",
            "project": pid,
            "status": "archived" if i == 5 else "active",
            "summary": f"The {_IDEAS[i % len(_IDEAS)]} changed conversions measurably.",
            "objective": "Keep what we learned from finished experiments.",
            "description": "Recorded from a proven hypothesis.",
            "url": None,
            "start_date": f"2024-0{1 + i}-01",
            "end_date": f"2024-0{2 + i}-01",
            "prioritization_score_type": "pie",
            "prioritization_score_attributes": None,
            "experiences": self._pick(store["experiences"], i, 1),
            "files": [],
            "created_by": "owner@example.com",
            "updated_at": _T0 + 86_400 * i,
            "tags": [],
        }

    def observation(
        self, rid: int, pid: int, i: int, store: dict[str, dict[int, Any]]
    ) -> dict[str, Any]:
        area = _AREAS[i % len(_AREAS)]
        return {
            "id": rid,
            "name": f"Visitors hesitate on the {area.lower()}"[:100],
            "description": "Seen in session recordings and heatmaps.",
            "project": pid,
            "status": "archived" if i == 7 else "active",
            "url": f"https://www.example{pid % 1000}.com/{slug(area, 20)}",
            "created_by": "owner@example.com",
            "created_at": _T0 + 7_200 * i,
            "files": [],
            "tags": self._pick(store["tags"], i, 1),
        }

    def blank(self, kind: str, rid: int, pid: int) -> dict[str, Any]:
        """A new record of ``kind`` with every field at its default, for ``create``."""
        store = self.records[pid]
        factories: dict[str, Any] = {
            "experiences": lambda: self.experience(rid, pid, 0, store) | {
                "status": "draft", "start_time": None, "end_time": None, "tags": [], "_features": []},
            "goals": lambda: self.goal(rid, pid, 0) | {"is_system": False, "selected_default": False},
            "audiences": lambda: self.audience(rid, pid, 0) | {"preset": False},
            "locations": lambda: self.location(rid, pid, 0) | {"selected_default": False},
            "hypotheses": lambda: self.hypothesis(rid, pid, 1, store) | {"status": "draft", "experiences": []},
            "knowledge_bases": lambda: self.knowledge_base(rid, pid, 0, store) | {"experiences": []},
            "observations": lambda: self.observation(rid, pid, 0, store),
            "tags": lambda: self.tag(rid, 0),
            "features": lambda: self.feature(rid, pid, 0),
            "domains": lambda: self.domain(rid, pid, 0),
        }  # fmt: skip
        record: dict[str, Any] = factories[kind]()
        record["id"] = rid
        return record


def ids_of(values: Iterable[Any]) -> list[int]:
    """Relation values as ids: accepts ids or objects carrying an ``id``."""
    out = []
    for value in values:
        if isinstance(value, dict) and isinstance(value.get("id"), int):
            out.append(value["id"])
        elif isinstance(value, int) and not isinstance(value, bool):
            out.append(value)
    return out
