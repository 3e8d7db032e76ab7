from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.project_statuses import ProjectStatuses
from ..models.projects_list_expand_fields import ProjectsListExpandFields
from ..models.projects_list_include_field import ProjectsListIncludeField
from ..models.update_project_request_project_type import UpdateProjectRequestProjectType
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.domain_to_create import DomainToCreate
    from ..models.simple_audience import SimpleAudience
    from ..models.simple_goal import SimpleGoal
    from ..models.simple_location import SimpleLocation
    from ..models.update_project_request_custom_domain_type_0 import (
        UpdateProjectRequestCustomDomainType0,
    )
    from ..models.update_project_request_environments import (
        UpdateProjectRequestEnvironments,
    )
    from ..models.update_project_request_integrations_settings import (
        UpdateProjectRequestIntegrationsSettings,
    )
    from ..models.update_project_request_reporting_settings import (
        UpdateProjectRequestReportingSettings,
    )
    from ..models.update_project_request_settings import UpdateProjectRequestSettings


class UpdateProjectRequest(
    Model,
    omit_defaults=False,
):
    """Contains the fields of the project to be updated.

    Attributes:
        global_javascript (None | str | Unset): Custom JavaScript code that will be included on all pages where this
            project's tracking script is installed. This script runs before any experience-specific code, making it suitable
            for global helper functions, third-party integrations setup (like analytics), or defining global variables. KB:
            "Project, Experience, Variation Javascript" - "Global Project JavaScript".
        name (str | Unset): A user-defined, friendly name for the project (e.g., "Main Website Optimization", "Q3
            Marketing Campaigns", "Mobile App Features").
        project_type (UpdateProjectRequestProjectType | Unset): The type of project, determining its capabilities and
            how it's used:

            * web: For traditional website A/B testing, MVT, Split URL, personalization, and deploys using the client-side
            JavaScript tracking snippet.
            * fullstack: For server-side experiments, feature flagging, and mobile app testing using Convert's Full Stack
            SDKs. KB: "Full Stack Experiments on Convert". Default: UpdateProjectRequestProjectType.WEB.
        reporting_settings (UpdateProjectRequestReportingSettings | Unset): Project settings used for reporting
        settings (UpdateProjectRequestSettings | Unset): General operational settings for the project.
        integrations_settings (UpdateProjectRequestIntegrationsSettings | Unset): Project-wide settings for various
            third-party integrations (e.g., Google Analytics, Crazy Egg, Hotjar). Experience-level settings can sometimes
            override these.
        status (ProjectStatuses | Unset): The overall status of a project:

            - active: The project is active, and experiences within it can run and track data.
            - inactive: The project is inactive (archived or paused). No experiences within it will run, and no new data
            will be tracked.
            - suspended: The project (or account) has been suspended, typically due to billing issues or terms of service
            violations. Services are disabled.
        custom_domain (None | Unset | UpdateProjectRequestCustomDomainType0): Configuration for using a custom domain
            (CNAME) to serve the Convert tracking script and receive tracking data. This can improve branding and
            potentially reduce issues with ad blockers or third-party cookie restrictions. Requires DNS setup.
        environments (UpdateProjectRequestEnvironments | Unset): A user-defined map of environments for this project
            (e.g., "production", "staging", "development"). Each environment has its own variant of the tracking script.
            Experiences are typically configured to run in a specific environment. The number of allowed environments
            depends on the account's subscription plan. KB: "The Environments Feature".
        default_goals (list[int | SimpleGoal] | Unset): A list of Goal IDs that will be automatically added to any new
            experience created within this project.
        default_audiences (list[int | SimpleAudience] | Unset): A list of Audience IDs that will be automatically added
            to any new experience created within this project.
        default_locations (list[int | SimpleLocation] | Unset): A list of Location IDs that will be automatically added
            to any new experience created within this project.
        domains (list[DomainToCreate | int] | Unset): The list of domains included in this project. If a domain ID is
            provided, that domain will just be updated.

            Otherwise the domain will be created.

            Caution: Any domain not in the provided list would be deleted from the project
        include (list[ProjectsListIncludeField] | Unset): Specifies optional related data fields to include for each
            project in the list. Refer to the Optional Fields section.
        expand (list[ProjectsListExpandFields] | Unset): Specifies linked objects to expand for each project in the
            list. Refer to the Expanding Fields section.
    """

    global_javascript: None | str | UnsetType = UNSET
    name: str | UnsetType = UNSET
    project_type: UpdateProjectRequestProjectType = UpdateProjectRequestProjectType.WEB
    reporting_settings: UpdateProjectRequestReportingSettings | UnsetType = UNSET
    settings: UpdateProjectRequestSettings | UnsetType = UNSET
    integrations_settings: UpdateProjectRequestIntegrationsSettings | UnsetType = UNSET
    status: ProjectStatuses | UnsetType = UNSET
    custom_domain: None | UpdateProjectRequestCustomDomainType0 | UnsetType = UNSET
    environments: UpdateProjectRequestEnvironments | UnsetType = UNSET
    default_goals: list[int | SimpleGoal] | UnsetType = UNSET
    default_audiences: list[int | SimpleAudience] | UnsetType = UNSET
    default_locations: list[int | SimpleLocation] | UnsetType = UNSET
    domains: list[DomainToCreate | int] | UnsetType = UNSET
    include: list[ProjectsListIncludeField] | UnsetType = UNSET
    expand: list[ProjectsListExpandFields] | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.domain_to_create import DomainToCreate
from ..models.simple_audience import SimpleAudience
from ..models.simple_goal import SimpleGoal
from ..models.simple_location import SimpleLocation
from ..models.update_project_request_custom_domain_type_0 import (
    UpdateProjectRequestCustomDomainType0,
)
from ..models.update_project_request_environments import (
    UpdateProjectRequestEnvironments,
)
from ..models.update_project_request_integrations_settings import (
    UpdateProjectRequestIntegrationsSettings,
)
from ..models.update_project_request_reporting_settings import (
    UpdateProjectRequestReportingSettings,
)
from ..models.update_project_request_settings import UpdateProjectRequestSettings
