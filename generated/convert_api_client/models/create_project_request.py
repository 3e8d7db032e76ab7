from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_project_request_project_type import CreateProjectRequestProjectType
from ..models.project_statuses import ProjectStatuses
from ..models.projects_list_expand_fields import ProjectsListExpandFields
from ..models.projects_list_include_field import ProjectsListIncludeField
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_project_request_custom_domain_type_0 import (
        CreateProjectRequestCustomDomainType0,
    )
    from ..models.create_project_request_environments import (
        CreateProjectRequestEnvironments,
    )
    from ..models.create_project_request_integrations_settings import (
        CreateProjectRequestIntegrationsSettings,
    )
    from ..models.create_project_request_reporting_settings import (
        CreateProjectRequestReportingSettings,
    )
    from ..models.create_project_request_settings import CreateProjectRequestSettings
    from ..models.domain_to_create import DomainToCreate
    from ..models.simple_audience import SimpleAudience
    from ..models.simple_goal import SimpleGoal
    from ..models.simple_location import SimpleLocation


T = TypeVar("T", bound="CreateProjectRequest")


@_attrs_define
class CreateProjectRequest:
    """Contains all necessary information to define a new project.

    Attributes:
        name (str): A user-defined, friendly name for the project (e.g., "Main Website Optimization", "Q3 Marketing
            Campaigns", "Mobile App Features").
        global_javascript (None | str | Unset): Custom JavaScript code that will be included on all pages where this
            project's tracking script is installed. This script runs before any experience-specific code, making it suitable
            for global helper functions, third-party integrations setup (like analytics), or defining global variables. KB:
            "Project, Experience, Variation Javascript" - "Global Project JavaScript".
        project_type (CreateProjectRequestProjectType | Unset): The type of project, determining its capabilities and
            how it's used:

            * web: For traditional website A/B testing, MVT, Split URL, personalization, and deploys using the client-side
            JavaScript tracking snippet.
            * fullstack: For server-side experiments, feature flagging, and mobile app testing using Convert's Full Stack
            SDKs. KB: "Full Stack Experiments on Convert". Default: CreateProjectRequestProjectType.WEB.
        reporting_settings (CreateProjectRequestReportingSettings | Unset): Project settings used for reporting
        settings (CreateProjectRequestSettings | Unset): General operational settings for the project.
        integrations_settings (CreateProjectRequestIntegrationsSettings | Unset): Project-wide settings for various
            third-party integrations (e.g., Google Analytics, Crazy Egg, Hotjar). Experience-level settings can sometimes
            override these.
        status (ProjectStatuses | Unset): The overall status of a project:

            - active: The project is active, and experiences within it can run and track data.
            - inactive: The project is inactive (archived or paused). No experiences within it will run, and no new data
            will be tracked.
            - suspended: The project (or account) has been suspended, typically due to billing issues or terms of service
            violations. Services are disabled.
        custom_domain (CreateProjectRequestCustomDomainType0 | None | Unset): Configuration for using a custom domain
            (CNAME) to serve the Convert tracking script and receive tracking data. This can improve branding and
            potentially reduce issues with ad blockers or third-party cookie restrictions. Requires DNS setup.
        environments (CreateProjectRequestEnvironments | Unset): A user-defined map of environments for this project
            (e.g., "production", "staging", "development"). Each environment has its own variant of the tracking script.
            Experiences are typically configured to run in a specific environment. The number of allowed environments
            depends on the account's subscription plan. KB: "The Environments Feature".
        default_goals (list[int | SimpleGoal] | Unset): A list of Goal IDs that will be automatically added to any new
            experience created within this project.
        default_audiences (list[int | SimpleAudience] | Unset): A list of Audience IDs that will be automatically added
            to any new experience created within this project.
        default_locations (list[int | SimpleLocation] | Unset): A list of Location IDs that will be automatically added
            to any new experience created within this project.
        domains (list[DomainToCreate] | Unset): The list of websites included in this project.
        include (list[ProjectsListIncludeField] | Unset): Specifies optional related data fields to include for each
            project in the list. Refer to the Optional Fields section.
        expand (list[ProjectsListExpandFields] | Unset): Specifies linked objects to expand for each project in the
            list. Refer to the Expanding Fields section.
    """

    name: str
    global_javascript: None | str | Unset = UNSET
    project_type: CreateProjectRequestProjectType | Unset = (
        CreateProjectRequestProjectType.WEB
    )
    reporting_settings: CreateProjectRequestReportingSettings | Unset = UNSET
    settings: CreateProjectRequestSettings | Unset = UNSET
    integrations_settings: CreateProjectRequestIntegrationsSettings | Unset = UNSET
    status: ProjectStatuses | Unset = UNSET
    custom_domain: CreateProjectRequestCustomDomainType0 | None | Unset = UNSET
    environments: CreateProjectRequestEnvironments | Unset = UNSET
    default_goals: list[int | SimpleGoal] | Unset = UNSET
    default_audiences: list[int | SimpleAudience] | Unset = UNSET
    default_locations: list[int | SimpleLocation] | Unset = UNSET
    domains: list[DomainToCreate] | Unset = UNSET
    include: list[ProjectsListIncludeField] | Unset = UNSET
    expand: list[ProjectsListExpandFields] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        global_javascript: None | str | Unset
        if isinstance(self.global_javascript, Unset):
            global_javascript = UNSET
        else:
            global_javascript = self.global_javascript

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
        elif isinstance(self.custom_domain, CreateProjectRequestCustomDomainType0):
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

        domains: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = []
            for domains_item_data in self.domains:
                domains_item = domains_item_data.to_dict()
                domains.append(domains_item)

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = []
            for include_item_data in self.include:
                include_item = include_item_data.value
                include.append(include_item)

        expand: list[str] | Unset = UNSET
        if not isinstance(self.expand, Unset):
            expand = []
            for expand_item_data in self.expand:
                expand_item = expand_item_data.value
                expand.append(expand_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if global_javascript is not UNSET:
            field_dict["global_javascript"] = global_javascript
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
        if domains is not UNSET:
            field_dict["domains"] = domains
        if include is not UNSET:
            field_dict["include"] = include
        if expand is not UNSET:
            field_dict["expand"] = expand

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_global_javascript(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        global_javascript = _parse_global_javascript(d.pop("global_javascript", UNSET))

        _project_type = d.pop("project_type", UNSET)
        project_type: CreateProjectRequestProjectType | Unset
        if isinstance(_project_type, Unset):
            project_type = UNSET
        else:
            project_type = CreateProjectRequestProjectType(_project_type)

        _reporting_settings = d.pop("reporting_settings", UNSET)
        reporting_settings: CreateProjectRequestReportingSettings | Unset
        if isinstance(_reporting_settings, Unset):
            reporting_settings = UNSET
        else:
            reporting_settings = CreateProjectRequestReportingSettings.from_dict(
                _reporting_settings
            )

        _settings = d.pop("settings", UNSET)
        settings: CreateProjectRequestSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = CreateProjectRequestSettings.from_dict(_settings)

        _integrations_settings = d.pop("integrations_settings", UNSET)
        integrations_settings: CreateProjectRequestIntegrationsSettings | Unset
        if isinstance(_integrations_settings, Unset):
            integrations_settings = UNSET
        else:
            integrations_settings = CreateProjectRequestIntegrationsSettings.from_dict(
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
        ) -> CreateProjectRequestCustomDomainType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_domain_type_0 = CreateProjectRequestCustomDomainType0.from_dict(
                    data
                )

                return custom_domain_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateProjectRequestCustomDomainType0 | None | Unset, data)

        custom_domain = _parse_custom_domain(d.pop("custom_domain", UNSET))

        _environments = d.pop("environments", UNSET)
        environments: CreateProjectRequestEnvironments | Unset
        if isinstance(_environments, Unset):
            environments = UNSET
        else:
            environments = CreateProjectRequestEnvironments.from_dict(_environments)

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

        _domains = d.pop("domains", UNSET)
        domains: list[DomainToCreate] | Unset = UNSET
        if _domains is not UNSET:
            if not isinstance(_domains, list):
                raise TypeError(
                    f"domains: expected a list, got {type(_domains).__name__}"
                )
            domains = []
            for domains_item_data in _domains:
                domains_item = DomainToCreate.from_dict(domains_item_data)

                domains.append(domains_item)

        _include = d.pop("include", UNSET)
        include: list[ProjectsListIncludeField] | Unset = UNSET
        if _include is not UNSET:
            if not isinstance(_include, list):
                raise TypeError(
                    f"include: expected a list, got {type(_include).__name__}"
                )
            include = []
            for include_item_data in _include:
                include_item = ProjectsListIncludeField(include_item_data)

                include.append(include_item)

        _expand = d.pop("expand", UNSET)
        expand: list[ProjectsListExpandFields] | Unset = UNSET
        if _expand is not UNSET:
            if not isinstance(_expand, list):
                raise TypeError(
                    f"expand: expected a list, got {type(_expand).__name__}"
                )
            expand = []
            for expand_item_data in _expand:
                expand_item = ProjectsListExpandFields(expand_item_data)

                expand.append(expand_item)

        create_project_request = cls(
            name=name,
            global_javascript=global_javascript,
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
            domains=domains,
            include=include,
            expand=expand,
        )

        create_project_request.additional_properties = d
        return create_project_request

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
from ..models.create_project_request_custom_domain_type_0 import (
    CreateProjectRequestCustomDomainType0,
)
from ..models.create_project_request_environments import (
    CreateProjectRequestEnvironments,
)
from ..models.create_project_request_integrations_settings import (
    CreateProjectRequestIntegrationsSettings,
)
from ..models.create_project_request_reporting_settings import (
    CreateProjectRequestReportingSettings,
)
from ..models.create_project_request_settings import CreateProjectRequestSettings
from ..models.domain_to_create import DomainToCreate
from ..models.simple_audience import SimpleAudience
from ..models.simple_goal import SimpleGoal
from ..models.simple_location import SimpleLocation
