from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.create_project_request_project_type import CreateProjectRequestProjectType
from ..models.project_statuses import ProjectStatuses
from ..models.projects_list_expand_fields import ProjectsListExpandFields
from ..models.projects_list_include_field import ProjectsListIncludeField
from ..types import UNSET, Model, UnsetType

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


class CreateProjectRequest(
    Model,
    omit_defaults=False,
):
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
    global_javascript: None | str | UnsetType = UNSET
    project_type: CreateProjectRequestProjectType = CreateProjectRequestProjectType.WEB
    reporting_settings: CreateProjectRequestReportingSettings | UnsetType = UNSET
    settings: CreateProjectRequestSettings | UnsetType = UNSET
    integrations_settings: CreateProjectRequestIntegrationsSettings | UnsetType = UNSET
    status: ProjectStatuses | UnsetType = UNSET
    custom_domain: CreateProjectRequestCustomDomainType0 | None | UnsetType = UNSET
    environments: CreateProjectRequestEnvironments | UnsetType = UNSET
    default_goals: list[int | SimpleGoal] | UnsetType = UNSET
    default_audiences: list[int | SimpleAudience] | UnsetType = UNSET
    default_locations: list[int | SimpleLocation] | UnsetType = UNSET
    domains: list[DomainToCreate] | UnsetType = UNSET
    include: list[ProjectsListIncludeField] | UnsetType = UNSET
    expand: list[ProjectsListExpandFields] | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
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
