from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role_names import AccessRoleNames
from ..models.project_project_type import ProjectProjectType
from ..models.project_statuses import ProjectStatuses
from ..models.project_type import ProjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain import Domain
    from ..models.project_custom_domain_type_0 import ProjectCustomDomainType0
    from ..models.project_environments import ProjectEnvironments
    from ..models.project_integrations_settings import ProjectIntegrationsSettings
    from ..models.project_reporting_settings import ProjectReportingSettings
    from ..models.project_settings import ProjectSettings
    from ..models.project_stats import ProjectStats
    from ..models.simple_audience import SimpleAudience
    from ..models.simple_goal import SimpleGoal
    from ..models.simple_location import SimpleLocation


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """This object describes a project which holds together a set of Domains, Experiences, Goals, Audiences

    Attributes:
        global_javascript (None | str | Unset): Custom JavaScript code that will be included on all pages where this
            project's tracking script is installed. This script runs before any experience-specific code, making it suitable
            for global helper functions, third-party integrations setup (like analytics), or defining global variables. KB:
            "Project, Experience, Variation Javascript" - "Global Project JavaScript".
        name (str | Unset): A user-defined, friendly name for the project (e.g., "Main Website Optimization", "Q3
            Marketing Campaigns", "Mobile App Features").
        project_type (ProjectProjectType | Unset): The type of project, determining its capabilities and how it's used:

            - web: For traditional website A/B testing, MVT, Split URL, personalization, and deploys using the client-side
            JavaScript tracking snippet.
            - fullstack: For server-side experiments, feature flagging, and mobile app testing using Convert's Full Stack
            SDKs. KB: "Full Stack Experiments on Convert". Default: ProjectProjectType.WEB.
        reporting_settings (ProjectReportingSettings | Unset): Project settings used for reporting
        settings (ProjectSettings | Unset): General operational settings for the project.
        integrations_settings (ProjectIntegrationsSettings | Unset): Project-wide settings for various third-party
            integrations (e.g., Google Analytics, Crazy Egg, Hotjar). Experience-level settings can sometimes override
            these.
        status (ProjectStatuses | Unset): The overall status of a project:

            - active: The project is active, and experiences within it can run and track data.
            - inactive: The project is inactive (archived or paused). No experiences within it will run, and no new data
            will be tracked.
            - suspended: The project (or account) has been suspended, typically due to billing issues or terms of service
            violations. Services are disabled.
        custom_domain (None | ProjectCustomDomainType0 | Unset): Configuration for using a custom domain (CNAME) to
            serve the Convert tracking script and receive tracking data. This can improve branding and potentially reduce
            issues with ad blockers or third-party cookie restrictions. Requires DNS setup.
        environments (ProjectEnvironments | Unset): A user-defined map of environments for this project (e.g.,
            "production", "staging", "development"). Each environment has its own variant of the tracking script.
            Experiences are typically configured to run in a specific environment. The number of allowed environments
            depends on the account's subscription plan. KB: "The Environments Feature".
        default_goals (list[int | SimpleGoal] | Unset): A list of Goal IDs that will be automatically added to any new
            experience created within this project.
        default_audiences (list[int | SimpleAudience] | Unset): A list of Audience IDs that will be automatically added
            to any new experience created within this project.
        default_locations (list[int | SimpleLocation] | Unset): A list of Location IDs that will be automatically added
            to any new experience created within this project.
        id (int | Unset): Unique identifier representing a specific project in an user account. The project Id is part
            of the tracking snippet
        access_role (AccessRoleNames | Unset): The predefined names for user access roles within the Convert system.
            Each role grants a specific set of permissions.

            - owner: Highest level, full control over account, billing, users, and all projects. Typically the account
            creator.
            - account_manager: Broad administrative rights over the account, often including billing and user management,
            but might not be able to delete the account itself.
            - admin: Full control over projects they are assigned to, including creating/editing/deleting experiences,
            goals, audiences, and managing project settings. May also manage project-level collaborators.
            - browse: Read-only access. Can view experiences, reports, and settings but cannot make changes.
            - edit: Can create and modify entities like experiences, goals, audiences within assigned projects, but
            typically cannot activate/publish experiences or manage project settings.
            - publish: Can do everything an 'editor' can, plus activate/pause/complete experiences.
            - review: Can view and comment, but not make direct changes. Suited for stakeholders who need to approve or
            provide feedback. Knowledge Base: "Collaborators - Share With Multiple Users / Accounts" (describes access
            levels).
        owner_email (str | Unset): Used only internally - An email of project owner. This field will exist only if
            project type is shared.
        account_id (int | Unset): The unique ID of the account under which this project is created. Account ID is also
            part of the tracking snippet
        created_at (int | Unset): Unix timestamp when project was created, in UTC time.
        modified_at (int | Unset): Unix timestamp when project was last modified, in UTC time.
        tracking_snippet (str | Unset): The tracking code that needs to be placed on site in order to serve experiences
            from this project.
        type_ (ProjectType | Unset): Used only internally - A value which describes project ownership. Can be own or
            shared.
        stats (ProjectStats | Unset): Various stats for this project. Optional field, controlled using include fields
        domains (list[Domain] | Unset): The list of websites included in this project.
        sdk_key (None | str | Unset): An autogenerated hash key used to retrieve data of fullstack project. Available
            only for fullstack projects type.
    """

    global_javascript: None | str | Unset = UNSET
    name: str | Unset = UNSET
    project_type: ProjectProjectType | Unset = ProjectProjectType.WEB
    reporting_settings: ProjectReportingSettings | Unset = UNSET
    settings: ProjectSettings | Unset = UNSET
    integrations_settings: ProjectIntegrationsSettings | Unset = UNSET
    status: ProjectStatuses | Unset = UNSET
    custom_domain: None | ProjectCustomDomainType0 | Unset = UNSET
    environments: ProjectEnvironments | Unset = UNSET
    default_goals: list[int | SimpleGoal] | Unset = UNSET
    default_audiences: list[int | SimpleAudience] | Unset = UNSET
    default_locations: list[int | SimpleLocation] | Unset = UNSET
    id: int | Unset = UNSET
    access_role: AccessRoleNames | Unset = UNSET
    owner_email: str | Unset = UNSET
    account_id: int | Unset = UNSET
    created_at: int | Unset = UNSET
    modified_at: int | Unset = UNSET
    tracking_snippet: str | Unset = UNSET
    type_: ProjectType | Unset = UNSET
    stats: ProjectStats | Unset = UNSET
    domains: list[Domain] | Unset = UNSET
    sdk_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        global_javascript: None | str | Unset
        if isinstance(self.global_javascript, Unset):
            global_javascript = UNSET
        else:
            global_javascript = self.global_javascript

        name = self.name

        project_type: str | Unset = UNSET
        if not isinstance(self.project_type, Unset):
            project_type = self.project_type.value

        reporting_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reporting_settings, Unset):
            reporting_settings = self.reporting_settings.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        integrations_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integrations_settings, Unset):
            integrations_settings = self.integrations_settings.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        custom_domain: dict[str, Any] | None | Unset
        if isinstance(self.custom_domain, Unset):
            custom_domain = UNSET
        elif isinstance(self.custom_domain, ProjectCustomDomainType0):
            custom_domain = self.custom_domain.to_dict()
        else:
            custom_domain = self.custom_domain

        environments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = self.environments.to_dict()

        default_goals: list[dict[str, Any] | int] | Unset = UNSET
        if not isinstance(self.default_goals, Unset):
            default_goals = []
            for default_goals_item_data in self.default_goals:
                default_goals_item: dict[str, Any] | int
                if isinstance(default_goals_item_data, SimpleGoal):
                    default_goals_item = default_goals_item_data.to_dict()
                else:
                    default_goals_item = default_goals_item_data
                default_goals.append(default_goals_item)

        default_audiences: list[dict[str, Any] | int] | Unset = UNSET
        if not isinstance(self.default_audiences, Unset):
            default_audiences = []
            for default_audiences_item_data in self.default_audiences:
                default_audiences_item: dict[str, Any] | int
                if isinstance(default_audiences_item_data, SimpleAudience):
                    default_audiences_item = default_audiences_item_data.to_dict()
                else:
                    default_audiences_item = default_audiences_item_data
                default_audiences.append(default_audiences_item)

        default_locations: list[dict[str, Any] | int] | Unset = UNSET
        if not isinstance(self.default_locations, Unset):
            default_locations = []
            for default_locations_item_data in self.default_locations:
                default_locations_item: dict[str, Any] | int
                if isinstance(default_locations_item_data, SimpleLocation):
                    default_locations_item = default_locations_item_data.to_dict()
                else:
                    default_locations_item = default_locations_item_data
                default_locations.append(default_locations_item)

        id = self.id

        access_role: str | Unset = UNSET
        if not isinstance(self.access_role, Unset):
            access_role = self.access_role.value

        owner_email = self.owner_email

        account_id = self.account_id

        created_at = self.created_at

        modified_at = self.modified_at

        tracking_snippet = self.tracking_snippet

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        domains: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = []
            for domains_item_data in self.domains:
                domains_item = domains_item_data.to_dict()
                domains.append(domains_item)

        sdk_key: None | str | Unset
        if isinstance(self.sdk_key, Unset):
            sdk_key = UNSET
        else:
            sdk_key = self.sdk_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if global_javascript is not UNSET:
            field_dict["global_javascript"] = global_javascript
        if name is not UNSET:
            field_dict["name"] = name
        if project_type is not UNSET:
            field_dict["project_type"] = project_type
        if reporting_settings is not UNSET:
            field_dict["reporting_settings"] = reporting_settings
        if settings is not UNSET:
            field_dict["settings"] = settings
        if integrations_settings is not UNSET:
            field_dict["integrations_settings"] = integrations_settings
        if status is not UNSET:
            field_dict["status"] = status
        if custom_domain is not UNSET:
            field_dict["custom_domain"] = custom_domain
        if environments is not UNSET:
            field_dict["environments"] = environments
        if default_goals is not UNSET:
            field_dict["default_goals"] = default_goals
        if default_audiences is not UNSET:
            field_dict["default_audiences"] = default_audiences
        if default_locations is not UNSET:
            field_dict["default_locations"] = default_locations
        if id is not UNSET:
            field_dict["id"] = id
        if access_role is not UNSET:
            field_dict["accessRole"] = access_role
        if owner_email is not UNSET:
            field_dict["owner_email"] = owner_email
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if tracking_snippet is not UNSET:
            field_dict["tracking_snippet"] = tracking_snippet
        if type_ is not UNSET:
            field_dict["type"] = type_
        if stats is not UNSET:
            field_dict["stats"] = stats
        if domains is not UNSET:
            field_dict["domains"] = domains
        if sdk_key is not UNSET:
            field_dict["sdk_key"] = sdk_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_global_javascript(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        global_javascript = _parse_global_javascript(d.pop("global_javascript", UNSET))

        name = d.pop("name", UNSET)

        _project_type = d.pop("project_type", UNSET)
        project_type: ProjectProjectType | Unset
        if isinstance(_project_type, Unset):
            project_type = UNSET
        else:
            project_type = ProjectProjectType(_project_type)

        _reporting_settings = d.pop("reporting_settings", UNSET)
        reporting_settings: ProjectReportingSettings | Unset
        if isinstance(_reporting_settings, Unset):
            reporting_settings = UNSET
        else:
            reporting_settings = ProjectReportingSettings.from_dict(_reporting_settings)

        _settings = d.pop("settings", UNSET)
        settings: ProjectSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = ProjectSettings.from_dict(_settings)

        _integrations_settings = d.pop("integrations_settings", UNSET)
        integrations_settings: ProjectIntegrationsSettings | Unset
        if isinstance(_integrations_settings, Unset):
            integrations_settings = UNSET
        else:
            integrations_settings = ProjectIntegrationsSettings.from_dict(
                _integrations_settings
            )

        _status = d.pop("status", UNSET)
        status: ProjectStatuses | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProjectStatuses(_status)

        def _parse_custom_domain(
            data: object,
        ) -> None | ProjectCustomDomainType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_domain_type_0 = ProjectCustomDomainType0.from_dict(data)

                return custom_domain_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectCustomDomainType0 | Unset, data)

        custom_domain = _parse_custom_domain(d.pop("custom_domain", UNSET))

        _environments = d.pop("environments", UNSET)
        environments: ProjectEnvironments | Unset
        if isinstance(_environments, Unset):
            environments = UNSET
        else:
            environments = ProjectEnvironments.from_dict(_environments)

        _default_goals = d.pop("default_goals", UNSET)
        default_goals: list[int | SimpleGoal] | Unset = UNSET
        if _default_goals is not UNSET:
            if not isinstance(_default_goals, list):
                raise TypeError(
                    f"default_goals: expected a list, got {type(_default_goals).__name__}"
                )
            default_goals = []
            for default_goals_item_data in _default_goals:

                def _parse_default_goals_item(data: object) -> int | SimpleGoal:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_simple_goal_expandable_type_1 = (
                            SimpleGoal.from_dict(data)
                        )

                        return componentsschemas_simple_goal_expandable_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(int | SimpleGoal, data)

                default_goals_item = _parse_default_goals_item(default_goals_item_data)

                default_goals.append(default_goals_item)

        _default_audiences = d.pop("default_audiences", UNSET)
        default_audiences: list[int | SimpleAudience] | Unset = UNSET
        if _default_audiences is not UNSET:
            if not isinstance(_default_audiences, list):
                raise TypeError(
                    f"default_audiences: expected a list, got {type(_default_audiences).__name__}"
                )
            default_audiences = []
            for default_audiences_item_data in _default_audiences:

                def _parse_default_audiences_item(data: object) -> int | SimpleAudience:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_simple_audience_expandable_type_1 = (
                            SimpleAudience.from_dict(data)
                        )

                        return componentsschemas_simple_audience_expandable_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(int | SimpleAudience, data)

                default_audiences_item = _parse_default_audiences_item(
                    default_audiences_item_data
                )

                default_audiences.append(default_audiences_item)

        _default_locations = d.pop("default_locations", UNSET)
        default_locations: list[int | SimpleLocation] | Unset = UNSET
        if _default_locations is not UNSET:
            if not isinstance(_default_locations, list):
                raise TypeError(
                    f"default_locations: expected a list, got {type(_default_locations).__name__}"
                )
            default_locations = []
            for default_locations_item_data in _default_locations:

                def _parse_default_locations_item(data: object) -> int | SimpleLocation:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_simple_location_expandable_type_1 = (
                            SimpleLocation.from_dict(data)
                        )

                        return componentsschemas_simple_location_expandable_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(int | SimpleLocation, data)

                default_locations_item = _parse_default_locations_item(
                    default_locations_item_data
                )

                default_locations.append(default_locations_item)

        id = d.pop("id", UNSET)

        _access_role = d.pop("accessRole", UNSET)
        access_role: AccessRoleNames | Unset
        if isinstance(_access_role, Unset):
            access_role = UNSET
        else:
            access_role = AccessRoleNames(_access_role)

        owner_email = d.pop("owner_email", UNSET)

        account_id = d.pop("account_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        modified_at = d.pop("modified_at", UNSET)

        tracking_snippet = d.pop("tracking_snippet", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProjectType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProjectType(_type_)

        _stats = d.pop("stats", UNSET)
        stats: ProjectStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = ProjectStats.from_dict(_stats)

        _domains = d.pop("domains", UNSET)
        domains: list[Domain] | Unset = UNSET
        if _domains is not UNSET:
            if not isinstance(_domains, list):
                raise TypeError(
                    f"domains: expected a list, got {type(_domains).__name__}"
                )
            domains = []
            for domains_item_data in _domains:
                domains_item = Domain.from_dict(domains_item_data)

                domains.append(domains_item)

        def _parse_sdk_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sdk_key = _parse_sdk_key(d.pop("sdk_key", UNSET))

        project = cls(
            global_javascript=global_javascript,
            name=name,
            project_type=project_type,
            reporting_settings=reporting_settings,
            settings=settings,
            integrations_settings=integrations_settings,
            status=status,
            custom_domain=custom_domain,
            environments=environments,
            default_goals=default_goals,
            default_audiences=default_audiences,
            default_locations=default_locations,
            id=id,
            access_role=access_role,
            owner_email=owner_email,
            account_id=account_id,
            created_at=created_at,
            modified_at=modified_at,
            tracking_snippet=tracking_snippet,
            type_=type_,
            stats=stats,
            domains=domains,
            sdk_key=sdk_key,
        )

        project.additional_properties = d
        return project

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve), instead of inside to_dict/from_dict on every call.
from ..models.domain import Domain
from ..models.project_custom_domain_type_0 import ProjectCustomDomainType0
from ..models.project_environments import ProjectEnvironments
from ..models.project_integrations_settings import ProjectIntegrationsSettings
from ..models.project_reporting_settings import ProjectReportingSettings
from ..models.project_settings import ProjectSettings
from ..models.project_stats import ProjectStats
from ..models.simple_audience import SimpleAudience
from ..models.simple_goal import SimpleGoal
from ..models.simple_location import SimpleLocation
