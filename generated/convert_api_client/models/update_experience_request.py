from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..models.experience_statuses import ExperienceStatuses
from ..models.experience_types import ExperienceTypes
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.experience_integration_baidu import ExperienceIntegrationBaidu
    from ..models.experience_integration_clicktale import ExperienceIntegrationClicktale
    from ..models.experience_integration_clicky import ExperienceIntegrationClicky
    from ..models.experience_integration_cnzz import ExperienceIntegrationCnzz
    from ..models.experience_integration_crazyegg import ExperienceIntegrationCrazyegg
    from ..models.experience_integration_econda import ExperienceIntegrationEconda
    from ..models.experience_integration_eulerian import ExperienceIntegrationEulerian
    from ..models.experience_integration_gosquared import ExperienceIntegrationGosquared
    from ..models.experience_integration_heapanalytics import (
        ExperienceIntegrationHeapanalytics,
    )
    from ..models.experience_integration_hotjar import ExperienceIntegrationHotjar
    from ..models.experience_integration_mixpanel import ExperienceIntegrationMixpanel
    from ..models.experience_integration_mouseflow import ExperienceIntegrationMouseflow
    from ..models.experience_integration_piwik import ExperienceIntegrationPiwik
    from ..models.experience_integration_segmentio import ExperienceIntegrationSegmentio
    from ..models.experience_integration_sitecatalyst import (
        ExperienceIntegrationSitecatalyst,
    )
    from ..models.experience_integration_woopra import ExperienceIntegrationWoopra
    from ..models.experience_integration_ysance import ExperienceIntegrationYsance
    from ..models.experience_settings import ExperienceSettings
    from ..models.experience_user_customizations import ExperienceUserCustomizations
    from ..models.experience_variation_update import ExperienceVariationUpdate
    from ..models.multipage_experience_page import MultipageExperiencePage
    from ..models.tag_to_create import TagToCreate
    from ..models.update_experience_request_site_area_type_0 import (
        UpdateExperienceRequestSiteAreaType0,
    )


class UpdateExperienceRequest(
    Model,
    rename={
        "type_": "type",
    },
    omit_defaults=False,
):
    """
    Attributes:
        description (str | Unset): An optional, detailed explanation of the experience's purpose, hypothesis, or
            specific changes being tested.
        start_time (int | None | Unset): Unix timestamp (UTC) indicating when the experience was first activated (status
            changed to 'active'). Null or 0 if the experience has never been started.
        end_time (int | None | Unset): Unix timestamp (UTC) indicating when the experience was last stopped (e.g.,
            paused or completed). Null or 0 if the experience is currently active or has never been stopped.
        global_js (str | Unset): Custom JavaScript code that will be executed for all visitors bucketed into this
            experience, before any variation-specific code is applied. Useful for setting up common functionalities or
            variables needed by multiple variations. KB: "Project, Experience, Variation Javascript" - "Global Experience
            JavaScript".
        global_css (str | Unset): Custom CSS rules that will be applied for all visitors bucketed into this experience,
            before any variation-specific CSS. Useful for common styling adjustments needed across all variations.
        name (str | Unset): A user-defined, friendly name for the experience (e.g., "Homepage Headline Test", "Checkout
            Funnel Optimization Q3"). This name is prominent in the Convert UI and reports.
        key (str | Unset): A unique, machine-readable key or identifier for this experience within the project. Often
            auto-generated from the name if not specified, but can be user-defined for easier programmatic reference (e.g.,
            in Full Stack SDKs or API calls). Example: "homepage_headline_test_q3".
        primary_goal (int | Unset): The ID of the main conversion goal this experience is intended to optimize.
            Performance against this primary goal often determines the "winner" of an A/B test and is highlighted in
            reports. KB: "Experiment Report" - "Primary Goal".
        objective (None | str | Unset): A detailed statement outlining the objective of this experience. This often
            includes the hypothesis being tested, the problem it aims to solve, the proposed solution (the variations), and
            the expected impact on key metrics. Connects to the "Hypotheses (Compass)" feature.
        settings (ExperienceSettings | Unset): Experience's settings list
        site_area (None | Unset | UpdateExperienceRequestSiteAreaType0): (Deprecated) The legacy way to define on which
            pages the experience should run, using a set of include/exclude rules based on URL components or page tags.
            Modern experiences should use the locations array instead for more flexible targeting.
        status (ExperienceStatuses | Unset):
        traffic_distribution (float | Unset): The percentage of total eligible website traffic (matching audience and
            location criteria) that will be directed into this entire experience. For example, a value of 50 means 50% of
            eligible visitors will participate, while the other 50% will see the default website content and not be tracked
            for this experience. The traffic within the experience is then further split among its variations based on
            variations[].traffic_distribution. KB: "What is an Traffic Distribution?".
        type_ (ExperienceTypes | Unset): The type of optimization activity:

            - a/b: Standard A/B test comparing an original page/element against one or more variations. Changes made via
            Visual Editor or code. KB: "What is an Experiment?".
            - a/a: Tests the original page against an identical copy of itself to validate tracking setup and ensure no
            inherent bias. KB: "A/A Experiments".
            - mvt: Multivariate test, testing combinations of changes across multiple sections of a page. KB: "Creating a
            Multivariate Experiment".
            - split_url: Redirects traffic between different URLs to test entirely different page versions. KB: "How do
            Split URL Experiments work?".
            - multipage: Tests a consistent set of changes across a sequence of pages (funnel). KB: "Create Multipage
            Experiences".
            - deploy: Rolls out a specific set of changes to a targeted audience without A/B comparison reporting. KB: "What
            about Deployments?".
            - a/b_fullstack: An A/B test conducted using a Full Stack SDK, potentially involving server-side changes. KB:
            "Full Stack Experiments on Convert".
            - feature_rollout: A Full Stack experience for gradually rolling out a new feature, often using feature flags.
        url (str | Unset): The primary URL used to load the page in Convert's Visual Editor when creating or editing
            this experience's variations. For Split URL tests, this is typically the URL of the original (control) page.
        version (float | Unset): An internal version number for the experience, incremented upon certain modifications.
        integrations (list[Any | ExperienceIntegrationBaidu | ExperienceIntegrationClicktale |
            ExperienceIntegrationClicky | ExperienceIntegrationCnzz | ExperienceIntegrationCrazyegg |
            ExperienceIntegrationEconda | ExperienceIntegrationEulerian | ExperienceIntegrationGosquared |
            ExperienceIntegrationHeapanalytics | ExperienceIntegrationHotjar | ExperienceIntegrationMixpanel |
            ExperienceIntegrationMouseflow | ExperienceIntegrationPiwik | ExperienceIntegrationSegmentio |
            ExperienceIntegrationSitecatalyst | ExperienceIntegrationWoopra | ExperienceIntegrationYsance] | Unset): A list
            of configurations for third-party integrations enabled for this experience (e.g., Google Analytics, Hotjar,
            Mixpanel). Each object specifies the provider and any provider-specific settings (like a GA Custom Dimension
            index).
        environments (list[str] | Unset): (Deprecated) List of environment names where this experience will run. Use the
            singular environment field instead.
        environment (str | Unset): The specific environment (e.g., "production", "staging", "development") within the
            project where this experience is intended to run. This must match one of the environments defined at the project
            level. If not set, it typically defaults to the project's default environment (often "production"). KB: "The
            Environments Feature".
        multipage_pages (list[MultipageExperiencePage] | Unset): An array of page objects, each with an id (unique
            within this experience, e.g., 'p1'), name, and url. Changes for each of these pages are then defined within the
            changes array of each variation, referencing the page_id. When updating, this list replaces all existing pages;
            pages not in the list will be removed.
        audiences (list[int] | Unset): A list of Audience IDs to associate with the experience. Visitors must match
            criteria from these audiences (according to settings.matching_options.audiences) to be eligible.
        locations (list[int] | Unset): A list of Location IDs to associate with the experience. The experience will run
            on pages/conditions defined by these locations (according to settings.matching_options.locations).
        goals (list[int] | Unset): A list of Goal IDs to attach to the experience for conversion tracking. The first
            goal in this list is often implicitly considered the primary_goal unless explicitly set otherwise. Not
            applicable for 'deploy' type experiences.
        tags (list[int | TagToCreate] | Unset): The list of tags connected to this experience
        customizations (list[ExperienceUserCustomizations] | Unset): A list of user-defined key-value pairs for
            customizing UI elements or behavior related to this experience within the Convert application itself. These do
            not affect the live experiment seen by visitors.
        variations (list[ExperienceVariationUpdate] | Unset): The list of variations of this experience
    """

    description: str | UnsetType = UNSET
    start_time: int | None | UnsetType = UNSET
    end_time: int | None | UnsetType = UNSET
    global_js: str | UnsetType = UNSET
    global_css: str | UnsetType = UNSET
    name: str | UnsetType = UNSET
    key: str | UnsetType = UNSET
    primary_goal: int | UnsetType = UNSET
    objective: None | str | UnsetType = UNSET
    settings: ExperienceSettings | UnsetType = UNSET
    site_area: None | UpdateExperienceRequestSiteAreaType0 | UnsetType = UNSET
    status: ExperienceStatuses | UnsetType = UNSET
    traffic_distribution: float | UnsetType = UNSET
    type_: ExperienceTypes | UnsetType = UNSET
    url: str | UnsetType = UNSET
    version: float | UnsetType = UNSET
    integrations: (
        list[
            Any
            | ExperienceIntegrationBaidu
            | ExperienceIntegrationClicktale
            | ExperienceIntegrationClicky
            | ExperienceIntegrationCnzz
            | ExperienceIntegrationCrazyegg
            | ExperienceIntegrationEconda
            | ExperienceIntegrationEulerian
            | ExperienceIntegrationGosquared
            | ExperienceIntegrationHeapanalytics
            | ExperienceIntegrationHotjar
            | ExperienceIntegrationMixpanel
            | ExperienceIntegrationMouseflow
            | ExperienceIntegrationPiwik
            | ExperienceIntegrationSegmentio
            | ExperienceIntegrationSitecatalyst
            | ExperienceIntegrationWoopra
            | ExperienceIntegrationYsance
        ]
        | UnsetType
    ) = UNSET
    environments: list[str] | UnsetType = UNSET
    environment: str | UnsetType = UNSET
    multipage_pages: list[MultipageExperiencePage] | UnsetType = UNSET
    audiences: list[int] | UnsetType = UNSET
    locations: list[int] | UnsetType = UNSET
    goals: list[int] | UnsetType = UNSET
    tags: list[int | TagToCreate] | UnsetType = UNSET
    customizations: list[ExperienceUserCustomizations] | UnsetType = UNSET
    variations: list[ExperienceVariationUpdate] | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experience_integration_baidu import ExperienceIntegrationBaidu
from ..models.experience_integration_clicktale import ExperienceIntegrationClicktale
from ..models.experience_integration_clicky import ExperienceIntegrationClicky
from ..models.experience_integration_cnzz import ExperienceIntegrationCnzz
from ..models.experience_integration_crazyegg import ExperienceIntegrationCrazyegg
from ..models.experience_integration_econda import ExperienceIntegrationEconda
from ..models.experience_integration_eulerian import ExperienceIntegrationEulerian
from ..models.experience_integration_gosquared import ExperienceIntegrationGosquared
from ..models.experience_integration_heapanalytics import (
    ExperienceIntegrationHeapanalytics,
)
from ..models.experience_integration_hotjar import ExperienceIntegrationHotjar
from ..models.experience_integration_mixpanel import ExperienceIntegrationMixpanel
from ..models.experience_integration_mouseflow import ExperienceIntegrationMouseflow
from ..models.experience_integration_piwik import ExperienceIntegrationPiwik
from ..models.experience_integration_segmentio import ExperienceIntegrationSegmentio
from ..models.experience_integration_sitecatalyst import (
    ExperienceIntegrationSitecatalyst,
)
from ..models.experience_integration_woopra import ExperienceIntegrationWoopra
from ..models.experience_integration_ysance import ExperienceIntegrationYsance
from ..models.experience_settings import ExperienceSettings
from ..models.experience_user_customizations import ExperienceUserCustomizations
from ..models.experience_variation_update import ExperienceVariationUpdate
from ..models.multipage_experience_page import MultipageExperiencePage
from ..models.tag_to_create import TagToCreate
from ..models.update_experience_request_site_area_type_0 import (
    UpdateExperienceRequestSiteAreaType0,
)
