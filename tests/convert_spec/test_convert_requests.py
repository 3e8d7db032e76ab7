"""Real requests through the generated client to a local server, for operations of every section.

Each case calls an endpoint's `sync_detailed` and asserts what went over HTTP (method, path under
the `/api/v2` base path, decoded query pairs in order, JSON or multipart body, headers) and that the
canned reply parses into the operation's response model. Method and path template come from the
fixture, so a case cannot drift from the reference's operations table.
"""

from __future__ import annotations

import importlib
import io
import json
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import convert_api_client
import pytest
from convert_api_client import models as m
from convert_api_client.types import File, Response
from convert_support import BASE_PATH, BY_ID, OPERATIONS, FakeConvert, Part, package_of, snake


@dataclass(frozen=True)
class Case:
    operation_id: str
    path_params: dict[str, Any] = field(default_factory=dict)
    #: Keyword arguments of sync_detailed besides the path parameters; a factory, because
    #: upload bodies hold a stream that a request consumes.
    kwargs: Callable[[], dict[str, Any]] = dict
    query: list[tuple[str, str]] = field(default_factory=list)
    json: Any = None
    parts: list[Part] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    reply: Any = field(default_factory=lambda: {"code": 200, "message": "ok"})
    model: type = m.SuccessResponse
    #: Further checks of the parsed model; returns True when they hold.
    check: Callable[[Any], bool] | None = None
    authenticated: bool = False
    #: The raw (percent-encoded) path, where it differs from the decoded one.
    raw_path: str | None = None

    @property
    def id(self) -> str:
        return self.operation_id


LIST_EXTRA = {"pagination": {"items_count": 2, "current_page": 1}}


def _list_check(model: str) -> Callable[[Any], bool]:
    def check(parsed: Any) -> bool:
        assert [type(item).__name__ for item in parsed.data] == [model, model]
        assert parsed.extra.pagination.items_count == 2
        assert parsed.extra.pagination.current_page == 1
        return True

    return check


def _experience(**extra: Any) -> dict[str, Any]:
    return {"id": 7, "name": "Hero", "key": "hero", "status": "active", "type": "a/b", **extra}


CASES = [
    # Cookie Authentication
    Case(
        "doAuth",
        kwargs=lambda: {
            "body": m.DoAuthRequest(
                request_type="initiatePasswordAuth",
                username="ana@example.com",
                data={"password": "s3cret"},
            )
        },
        json={
            "requestType": "initiatePasswordAuth",
            "username": "ana@example.com",
            "data": {"password": "s3cret"},
        },
        reply={"auth-code": "NEW_PASSWORD_REQUIRED", "message": "set one", "data": {"s": "t"}},
        model=m.DoAuthResponse,
        check=lambda p: (p.auth_code, p.data) == ("NEW_PASSWORD_REQUIRED", {"s": "t"}),
    ),
    Case(
        "getAuthStatus",
        authenticated=True,
        headers={"authorization": "Bearer session-token"},
        check=lambda p: (p.code, p.message) == (200, "ok"),
    ),
    # User
    Case(
        "updateUserProfileData",
        authenticated=True,
        kwargs=lambda: {"body": m.UpdateUserProfileDataRequest(first_name="Ana", email="a@b.co")},
        json={"firstName": "Ana", "email": "a@b.co"},
        reply={"profileData": {"firstName": "Ana"}, "isSudo": False, "mfa_backup_codes": [["x1"]]},
        model=m.User,
        check=lambda p: (p.is_sudo, p.mfa_backup_codes) == (False, [["x1"]]),
    ),
    Case(
        "getAccessRoles",
        reply={"data": [{"name": "owner", "permissions": {"projects": ["edit"]}}]},
        model=m.GetAccessRolesResponse,
        check=lambda p: [role.name for role in p.data] == ["owner"],
    ),
    # Accounts
    Case(
        "getAccountHistory",
        path_params={"account_id": 10},
        kwargs=lambda: {
            "body": m.GetAccountHistoryRequest(
                page=2,
                results_per_page=50,
                sort_direction=m.SortDirectionType0.ASC,
                methods=[m.ChangeHistoryMethods.API],
                projects=[1, 2],
            )
        },
        json={
            "page": 2,
            "results_per_page": 50,
            "sort_direction": "asc",
            "methods": ["api"],
            "projects": [1, 2],
            "sort_by": "timestamp",  # the spec's default, always sent
        },
        reply={"data": [{"event": "update"}, {"event": "create"}], "extra": LIST_EXTRA},
        model=m.GetAccountHistoryResponse,
        check=lambda p: len(p.data) == 2 and p.extra.pagination.items_count == 2,
    ),
    Case(
        "getAccountDetails",
        path_params={"account_id": 10},
        kwargs=lambda: {
            "include": [
                m.GetAccountDetailsIncludeItem.STATS,
                m.GetAccountDetailsIncludeItem.SETTINGS_TRACKING_SCRIPT_AVAILABLE_VERSIONS,
            ]
        },
        query=[
            ("include[]", "stats"),
            ("include[]", "settings.tracking_script.available_versions"),
        ],
        reply={"data": {"id": 10, "name": "Acme", "accountType": "main", "accessRole": "owner"}},
        model=m.GetAccountDetailsResponse,
        check=lambda p: (p.data.id, p.data.access_role) == (10, m.AccessRoleNames.OWNER),
    ),
    # AI content
    Case(
        "generateTextVariants",
        path_params={"account_id": 10},
        kwargs=lambda: {
            "body": m.GenerateTextVariantsRequest(
                parameters={"variants": 3},
                content="Buy now",
            )
        },
        json={"parameters": {"variants": 3}, "content": "Buy now"},
        reply={"data": {"variants": ["Shop now", "Get yours"]}},
        model=m.GenerateTextVariantsResponse,
    ),
    # Collaborators
    Case(
        "getAccountUsersAccessesList",
        path_params={"account_id": 10},
        kwargs=lambda: {"expand": [m.GetAccountUsersAccessesListExpandItem.ACCESSES_PROJECT]},
        query=[("expand[]", "accesses.project")],
        reply={"data": [{"email": "a@b.co", "user_id": None}, {"email": "c@d.co"}]},
        model=m.GetAccountUsersAccessesListResponse,
        check=lambda p: (
            [a.email for a in p.data] == ["a@b.co", "c@d.co"] and p.data[0].user_id is None
        ),
    ),
    Case(
        "updateAccountUserAccesses",
        path_params={"account_id": 10},
        kwargs=lambda: {
            "body": m.UpdateAccountUserAccessesByEmailRequest(email="c@d.co", first_name="Cy")
        },
        json={"email": "c@d.co", "first_name": "Cy"},
        reply={"data": {"email": "c@d.co", "first_name": "Cy"}},
        model=m.UpdateAccountUserAccessesResponse,
    ),
    # API Keys
    Case(
        "createApiKey",
        path_params={"account_id": 10},
        kwargs=lambda: {"body": m.CreateApiKeyRequest(name="ci", projects=[5.0])},
        json={"name": "ci", "auth_type": "requestSigning", "projects": [5.0]},
        reply={"name": "ci", "auth_type": "secretKey", "key_id": "k1", "key_secret": "s1"},
        model=m.ApiKey,
        check=lambda p: (p.key_id, p.key_secret) == ("k1", "s1"),
    ),
    # Projects
    Case(
        "getProjectsList",
        path_params={"account_id": 10},
        kwargs=lambda: {
            "body": m.GetProjectsListRequest(page=1, results_per_page=2, search="shop")
        },
        json={"page": 1, "results_per_page": 2, "search": "shop", "sort_by": "id"},
        reply={"data": [{"id": 1, "name": "A"}, {"id": 2, "name": "B"}], "extra": LIST_EXTRA},
        model=m.GetProjectsListResponse,
        check=_list_check("Project"),
    ),
    Case(
        "getProject",
        path_params={"account_id": 10, "project_id": 20},
        kwargs=lambda: {
            "include": [m.ProjectIncludeFields.DOMAINS, m.ProjectIncludeFields.STATS_USAGE],
            "expand": [m.ProjectExpandFields.DEFAULT_GOALS],
        },
        query=[
            ("include[]", "domains"),
            ("include[]", "stats.usage"),
            ("expand[]", "default_goals"),
        ],
        reply={"id": 20, "name": "Shop", "project_type": "web"},
        model=m.Project,
        check=lambda p: (p.id, p.name) == (20, "Shop"),
    ),
    Case(
        "importProject",
        path_params={"account_id": 10},
        kwargs=lambda: {
            "body": m.ImportProjectRequest(
                file=File(
                    payload=io.BytesIO(b'{"project": {"name": "Shop"}}'),
                    file_name="export.json",
                    mime_type="application/json",
                )
            )
        },
        parts=[Part("file", "export.json", "application/json", b'{"project": {"name": "Shop"}}')],
    ),
    Case(
        "importProjectData",
        path_params={"account_id": 10, "project_id": 20},
        kwargs=lambda: {
            "body": m.ImportProjectDataRequest(
                file=File(payload=io.BytesIO(b'{"goals": []}'), file_name="data.json")
            )
        },
        parts=[Part("file", "data.json", "application/json", b'{"goals": []}')],
        reply={"code": 200, "message": "imported", "imported": {"goals": 0}},
        model=m.ImportProjectDataResponse,
        check=lambda p: p.imported == {"goals": 0},
    ),
    # SDK Keys
    Case(
        "getSdkKeysList",
        path_params={"account_id": 10, "project_id": 20},
        reply={"data": [{"name": "web", "sdk_key": "k", "status": "active"}]},
        model=m.GetSdkKeysListResponse,
        check=lambda p: p.data[0].sdk_key == "k",
    ),
    # Experiences
    Case(
        "getExperiencesList",
        path_params={"account_id": 10, "project_id": 20},
        kwargs=lambda: {
            "body": m.GetExperiencesListRequest(
                page=3,
                results_per_page=2,
                status=[m.ExperienceStatuses.ACTIVE, m.ExperienceStatuses.PAUSED],
                include=[m.ExperienceIncludeFields.STATS],
                expand=[m.ExperienceExpandFields.GOALS],
            )
        },
        json={
            "page": 3,
            "results_per_page": 2,
            "status": ["active", "paused"],
            "include": ["stats"],
            "expand": ["goals"],
            "sort_by": "id",
        },
        reply={"data": [_experience(), _experience(id=8)], "extra": LIST_EXTRA},
        model=m.GetExperiencesListResponse,
        check=_list_check("Experience"),
    ),
    Case(
        "getExperience",
        path_params={"account_id": 10, "project_id": 20, "experience_id": 7},
        kwargs=lambda: {
            "include": [m.GetExperienceIncludeItem.VARIATIONS, m.GetExperienceIncludeItem.STATS],
            "expand": [m.GetExperienceExpandItem.PROJECT],
            "report_token": "tok",
        },
        query=[("include[]", "variations"), ("include[]", "stats"), ("expand[]", "project")],
        headers={"report_token": "tok"},
        reply=_experience(),
        model=m.Experience,
        check=lambda p: (
            (p.id, p.status, p.type_) == (7, m.ExperienceStatuses.ACTIVE, m.ExperienceTypes.AB)
        ),
    ),
    Case(
        "getExperienceByKey",
        path_params={"account_id": 10, "project_id": 20, "experience_key": "hero test"},
        raw_path=f"{BASE_PATH}/accounts/10/projects/20/experiences/hero%20test",
        reply=_experience(key="hero test"),
        model=m.Experience,
        check=lambda p: p.key == "hero test",
    ),
    # Experience Variations
    Case(
        "uploadExperienceVariationScreenshot",
        path_params={"account_id": 10, "project_id": 20, "experience_id": 7, "variation_id": 3},
        kwargs=lambda: {
            "body": m.UploadExperienceVariationScreenshotRequest(
                image=File(
                    payload=io.BytesIO(b"\x89PNG\r\n"), file_name="v.png", mime_type="image/png"
                )
            ),
            "size": m.UploadExperienceVariationScreenshotSize.THUMB,
            "force_download": True,
        },
        query=[("size", "thumb"), ("force_download", "true")],
        parts=[Part("image", "v.png", "image/png", b"\x89PNG\r\n")],
        reply={"data": "https://cdn.example/v.png"},
        model=m.UploadExperienceVariationScreenshotResponse,
        check=lambda p: p.data == "https://cdn.example/v.png",
    ),
    Case(
        "updateExperienceVariation",
        path_params={"account_id": 10, "project_id": 20, "experience_id": 7, "variation_id": 3},
        kwargs=lambda: {
            "body": m.UpdateExperienceVariationRequest(
                name="Green", traffic_distribution=33.3333, description=None
            )
        },
        json={"name": "Green", "traffic_distribution": 33.3333, "description": None},
        reply={"id": 3, "name": "Green", "status": "running", "changes": [11, 12]},
        model=m.Variation,
        check=lambda p: (p.status, p.changes) == (m.ExperienceVariationStatuses.RUNNING, [11, 12]),
    ),
    # Experience Sections
    Case(
        "getSections",
        path_params={"account_id": 10, "project_id": 20, "experience_id": 7},
        kwargs=lambda: {
            "include": [
                m.GetSectionsIncludeItem.VERSIONS,
                m.GetSectionsIncludeItem.VERSIONS_CHANGES,
            ]
        },
        query=[("include[]", "versions"), ("include[]", "versions.changes")],
        reply={"data": [{"id": "s1", "name": "Header", "versions": ["v1"]}]},
        model=m.GetSectionsResponse,
        check=lambda p: (p.data[0].id, p.data[0].versions) == ("s1", ["v1"]),
    ),
    # Section Versions
    Case(
        "addExperienceSectionVersion",
        path_params={"account_id": 10, "project_id": 20, "experience_id": 7, "section_id": "s1"},
        kwargs=lambda: {
            "body": m.AddExperienceSectionVersionRequest(name="B"),
            "include": [m.AddExperienceSectionVersionIncludeItem.CHANGES],
        },
        query=[("include[]", "changes")],
        json={"name": "B"},
        reply={"data": {"id": "v2", "name": "B"}},
        model=m.AddExperienceSectionVersionResponse,
    ),
    # Version Changes
    Case(
        "updateExperienceChange",
        path_params={"account_id": 10, "project_id": 20, "experience_id": 7, "change_id": 11},
        kwargs=lambda: {
            "body": m.UpdateExperienceChangeRequest(
                type_="customCode",
                data={"js": "x()", "css": ""},
            )
        },
        json={"type": "customCode", "data": {"js": "x()", "css": ""}},
        reply={"id": 11, "type": "customCode", "data": {"js": "x()"}},
        model=m.ExperienceChange,
        check=lambda p: (p.id, p.type_) == (11, "customCode"),
    ),
    # Experiences Reports
    Case(
        "getExperienceAggregatedReport",
        path_params={"account_id": 10, "project_id": 20, "experience_id": 7},
        kwargs=lambda: {
            "body": m.GetExperienceAggregatedReportRequest(
                goals=[100, 101],
                metrics=[m.MetricTypes.CONVERSION_RATE],
                start_time=1700000000.0,
                end_time=None,
            ),
            "report_token": "tok",
        },
        json={
            "goals": [100, 101],
            "metrics": ["conversion_rate"],
            "start_time": 1700000000.0,
            "end_time": None,
        },
        headers={"report_token": "tok"},
        reply={"data": {"reportData": [{"variation": 3}]}},
        model=m.GetExperienceAggregatedReportResponse,
        check=lambda p: p.data == {"reportData": [{"variation": 3}]},
    ),
    # Goals
    Case(
        "getGoalsList",
        path_params={"account_id": 10, "project_id": 20},
        kwargs=lambda: {
            "body": m.GetGoalsListRequest(
                page=1, results_per_page=2, goal_type=[m.GoalTypes.REVENUE], tracking=None
            )
        },
        json={
            "page": 1,
            "results_per_page": 2,
            "goal_type": ["revenue"],
            "tracking": None,
            "sort_by": "id",
        },
        reply={"data": [{"id": 1, "type": "revenue"}, {"id": 2}], "extra": LIST_EXTRA},
        model=m.GetGoalsListResponse,
        check=_list_check("Goal"),
    ),
    Case(
        "getGoalByKey",
        path_params={"account_id": 10, "project_id": 20, "goal_key": "purchase"},
        kwargs=lambda: {"include": [m.GetGoalByKeyIncludeItem.STATS]},
        query=[("include[]", "stats")],
        reply={"id": 1, "key": "purchase", "status": "active"},
        model=m.Goal,
        check=lambda p: (p.key, p.status) == ("purchase", m.GoalStatuses.ACTIVE),
    ),
    # Hypotheses
    Case(
        "getHypothesesList",
        path_params={"account_id": 10, "project_id": 20},
        kwargs=lambda: {
            "body": m.GetHypothesesListRequest(
                page=1,
                results_per_page=2,
                score_min=m.GetHypothesesListRequestScoreMinType0.VALUE_2,
                status=[m.HypothesisStatuses.DRAFT],
            )
        },
        json={
            "page": 1,
            "results_per_page": 2,
            "scoreMin": 2,
            "scoreMax": 5,
            "status": ["draft"],
            "sort_by": "id",
        },
        reply={"data": [{"id": 1, "name": "H1"}, {"id": 2, "name": "H2"}], "extra": LIST_EXTRA},
        model=m.GetHypothesesListResponse,
        check=_list_check("Hypothesis"),
    ),
    # Knowledge Bases
    Case(
        "getKnowledgeBasesList",
        path_params={"account_id": 10, "project_id": 20},
        kwargs=lambda: {"body": m.GetKnowledgeBasesListRequest(page=1, results_per_page=2)},
        json={"page": 1, "results_per_page": 2, "sort_by": "name"},
        reply={"data": [{"id": 1}, {"id": 2}], "extra": LIST_EXTRA},
        model=m.GetKnowledgeBasesListResponse,
        check=_list_check("KnowledgeBase"),
    ),
    # Observations
    Case(
        "createObservation",
        path_params={"account_id": 10, "project_id": 20},
        kwargs=lambda: {
            "body": m.CreateObservationRequest(name="Drop-off", tags=[4, {"name": "checkout"}]),
            "expand": [m.CreateObservationExpandItem.TAGS],
        },
        query=[("expand[]", "tags")],
        json={"name": "Drop-off", "tags": [4, {"name": "checkout"}]},
        reply={"id": 9, "name": "Drop-off", "status": "active", "tags": [4]},
        model=m.Observation,
        check=lambda p: (p.id, p.tags) == (9, [4]),
    ),
    # Locations
    Case(
        "getLocationsList",
        path_params={"account_id": 10, "project_id": 20},
        kwargs=lambda: {"body": m.GetLocationsListRequest(page=1, results_per_page=2)},
        json={"page": 1, "results_per_page": 2, "sort_by": "id"},
        reply={"data": [{"id": 1}, {"id": 2}], "extra": LIST_EXTRA},
        model=m.GetLocationsListResponse,
        check=_list_check("Location"),
    ),
    # Audiences
    Case(
        "bulkAudiencesDelete",
        path_params={"account_id": 10, "project_id": 20},
        kwargs=lambda: {"body": m.BulkAudiencesDeleteRequest(id=[1, 2, 3])},
        json={"id": [1, 2, 3]},
        reply={"code": 200, "message": "deleted", "errors": []},
        model=m.BulkSuccessResponse,
    ),
    Case(
        "createAudience",
        path_params={"account_id": 10, "project_id": 20},
        kwargs=lambda: {
            "body": m.CreateAudienceRequest(name="Mobile", type_="transient", rules=None)
        },
        json={"name": "Mobile", "type": "transient", "rules": None},
        reply={"id": 5, "name": "Mobile", "type": "transient", "rules": None},
        model=m.Audience,
        check=lambda p: (p.id, p.rules) == (5, None),
    ),
    # Domains
    Case(
        "getDomainByUrl",
        path_params={"account_id": 10, "project_id": 20},
        kwargs=lambda: {"body": m.GetDomainByUrlRequest(url="https://shop.example")},
        json={"url": "https://shop.example"},
        reply={"id": 3, "url": "https://shop.example", "code_installed": True},
        model=m.Domain,
        check=lambda p: p.code_installed is True,
    ),
    # Cdn Images
    Case(
        "uploadCdnImage",
        path_params={"account_id": 10, "project_id": 20},
        kwargs=lambda: {
            "body": m.UploadCdnImageRequest(
                image_name="banner.png",
                image=File(
                    payload=io.BytesIO(b"GIF89a\x00"), file_name="b.gif", mime_type="image/gif"
                ),
            )
        },
        parts=[
            Part("image_name", None, "text/plain", b"banner.png"),
            Part("image", "b.gif", "image/gif", b"GIF89a\x00"),
        ],
        reply={"cdn_url": "https://cdn.example/banner.png", "key": "img/banner.png"},
        model=m.CdnImage,
        check=lambda p: p.key == "img/banner.png",
    ),
    Case(
        "getCdnImagesList",
        path_params={"account_id": 10, "project_id": 20},
        reply={"data": [{"cdn_url": "https://cdn.example/a.png", "key": "a"}]},
        model=m.GetCdnImagesListResponse,
        check=lambda p: p.data[0].key == "a",
    ),
    # Files
    Case(
        "uploadFile",
        path_params={"account_id": 10, "project_id": 20},
        kwargs=lambda: {
            "body": m.UploadFileRequest(
                file_name="brief.pdf",
                file=File(payload=io.BytesIO(b"%PDF-1.7\n"), file_name="brief.pdf"),
            )
        },
        parts=[
            Part("file_name", None, "text/plain", b"brief.pdf"),
            # No mime type given: httpx guesses it from the file name.
            Part("file", "brief.pdf", "application/pdf", b"%PDF-1.7\n"),
        ],
        reply={"key": "files/brief.pdf", "file_size": 9, "status": "success"},
        model=m.File,
        check=lambda p: (p.key, p.file_size) == ("files/brief.pdf", 9),
    ),
    Case(
        "getFile",
        path_params={"account_id": 10, "project_id": 20, "file_key": "files/brief.pdf"},
        raw_path=f"{BASE_PATH}/accounts/10/projects/20/files/files%2Fbrief.pdf",
        reply={"content": "JVBERi0xLjcK"},
        model=m.GetFileResponse,
    ),
    # Tags
    Case(
        "getTagsList",
        path_params={"account_id": 10, "project_id": 20},
        kwargs=lambda: {"body": m.GetTagsListRequest(page=2, results_per_page=2, except_=[9])},
        json={"page": 2, "results_per_page": 2, "except": [9]},
        reply={"data": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}], "extra": LIST_EXTRA},
        model=m.GetTagsListResponse,
        check=_list_check("Tag"),
    ),
    # Features
    Case(
        "updateFeature",
        path_params={"account_id": 10, "project_id": 20, "feature_id": 6},
        kwargs=lambda: {
            "body": m.UpdateFeatureRequest(id=6, name="Checkout", status=m.FeatureStatuses.ARCHIVED)
        },
        json={"id": 6, "name": "Checkout", "status": "archived"},
        reply={"id": 6, "name": "Checkout", "status": "archived", "key": "checkout"},
        model=m.Feature,
        check=lambda p: p.status == m.FeatureStatuses.ARCHIVED,
    ),
    Case(
        "getFeatureByKey",
        path_params={"account_id": 10, "project_id": 20, "feature_key": "checkout"},
        kwargs=lambda: {"include": [m.GetFeatureByKeyIncludeItem.STATS]},
        query=[("include[]", "stats")],
        reply={"id": 6, "key": "checkout"},
        model=m.Feature,
    ),
    # Visitor Insights
    Case(
        "getSignalSessionsList",
        path_params={"account_id": 10, "project_id": 20},
        kwargs=lambda: {
            "body": m.GetSignalSessionsListRequest(
                page=1, results_per_page=2, utc_offset=-18000, referrer_ur_ls=["https://a.example"]
            )
        },
        json={
            "page": 1,
            "results_per_page": 2,
            "utc_offset": -18000,
            "referrerURLs": ["https://a.example"],
        },
        reply={"data": [{"id": "s1"}, {"id": "s2"}], "extra": LIST_EXTRA},
        model=m.GetSignalSessionsListResponse,
        check=lambda p: [item["id"] for item in p.data] == ["s1", "s2"],
    ),
    Case(
        "deleteSignalSession",
        path_params={"account_id": 10, "project_id": 20, "signal_session_id": "s1"},
    ),
]


def endpoint(operation_id: str) -> Callable[..., Response[Any]]:
    op = BY_ID[operation_id]
    module = importlib.import_module(
        f"convert_api_client.api.{package_of(op.section)}.{snake(operation_id)}"
    )
    sync_detailed: Callable[..., Response[Any]] = module.sync_detailed
    return sync_detailed


def test_cases_cover_every_section() -> None:
    covered = {BY_ID[case.operation_id].section for case in CASES}
    assert covered == {op.section for op in OPERATIONS}
    methods = {BY_ID[case.operation_id].method for case in CASES}
    assert methods == {"GET", "POST", "PUT", "DELETE"}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_request_goes_over_http_as_specified(
    case: Case,
    server: FakeConvert,
    client: convert_api_client.Client,
    authenticated_client: convert_api_client.AuthenticatedClient,
) -> None:
    op = BY_ID[case.operation_id]
    server.respond(case.reply)

    response = endpoint(case.operation_id)(
        client=authenticated_client if case.authenticated else client,
        **case.path_params,
        **case.kwargs(),
    )

    sent = server.last
    assert sent.method == op.method
    assert sent.path == BASE_PATH + op.path.format(**case.path_params)
    if case.raw_path is not None:
        assert sent.raw_path == case.raw_path
    assert sent.query == case.query
    for name, value in case.headers.items():
        assert sent.headers.get(name) == value, name
    if case.parts is not None:
        assert sent.parts() == case.parts
    elif case.json is not None:
        assert sent.headers["content-type"] == "application/json"
        assert sent.json() == case.json
    else:
        assert sent.body == b""

    assert response.status_code == 200
    assert json.loads(response.content) == case.reply
    # A model class, or for an open object the dict[str, ...] alias it is.
    assert type(response.parsed) is (typing.get_origin(case.model) or case.model)
    if case.check is not None:
        assert case.check(response.parsed)
