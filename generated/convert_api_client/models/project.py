from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.access_role_names import AccessRoleNames
from ..models.project_project_type import ProjectProjectType
from ..models.project_statuses import ProjectStatuses
from ..models.project_type import ProjectType
from ..types import Model

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


class Project(
    Model,
    rename={
        "access_role": "accessRole",
        "type_": "type",
    },
):
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

    global_javascript: None | str = None
    name: str | None = None
    project_type: ProjectProjectType | None = None
    reporting_settings: ProjectReportingSettings | None = None
    settings: ProjectSettings | None = None
    integrations_settings: ProjectIntegrationsSettings | None = None
    status: ProjectStatuses | None = None
    custom_domain: None | ProjectCustomDomainType0 = None
    environments: ProjectEnvironments | None = None
    default_goals: list[int | SimpleGoal] | None = None
    default_audiences: list[int | SimpleAudience] | None = None
    default_locations: list[int | SimpleLocation] | None = None
    id: int | None = None
    access_role: AccessRoleNames | None = None
    owner_email: str | None = None
    account_id: int | None = None
    created_at: int | None = None
    modified_at: int | None = None
    tracking_snippet: str | None = None
    type_: ProjectType | None = None
    stats: ProjectStats | None = None
    domains: list[Domain] | None = None
    sdk_key: None | str = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
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
