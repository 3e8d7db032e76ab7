from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.experience_statuses import ExperienceStatuses
from ..models.experience_types import ExperienceTypes
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audience import Audience
    from ..models.collapsed_experience_variation_data import (
        CollapsedExperienceVariationData,
    )
    from ..models.experience_alert import ExperienceAlert
    from ..models.experience_collaborator import ExperienceCollaborator
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
    from ..models.experience_screenshots_info_item import ExperienceScreenshotsInfoItem
    from ..models.experience_settings import ExperienceSettings
    from ..models.experience_site_area_type_0 import ExperienceSiteAreaType0
    from ..models.experience_stats import ExperienceStats
    from ..models.experience_user_customizations import ExperienceUserCustomizations
    from ..models.experience_variation_base_extended import (
        ExperienceVariationBaseExtended,
    )
    from ..models.goal import Goal
    from ..models.location import Location
    from ..models.multipage_experience_page import MultipageExperiencePage
    from ..models.project import Project
    from ..models.tag import Tag


T = TypeVar("T", bound="Experience")


@_attrs_define
class Experience:
    """
    Attributes:
        id (int | Unset): Experience's ID which identify an experience in the system
        project (int | Project | Unset):
        alerts (list[ExperienceAlert] | Unset):
        collaborators (list[ExperienceCollaborator] | Unset):
        audiences (list[Audience | int] | Unset): The list of audiences for which this experience is supposed to run
        locations (list[int | Location] | Unset): The list of locations on which this experience is supposed to run
        goals (list[Goal | int] | Unset): The list of goals connected to this experience; experience of type deploy does
            not have goals attached;
        tags (list[int | Tag] | Unset): The list of tags connected to this experience
        multipage_pages (list[MultipageExperiencePage] | Unset): Only for multipage experience type
        customizations (list[ExperienceUserCustomizations] | Unset): A list of user-defined key-value pairs for
            customizing UI elements or behavior related to this experience within the Convert application itself. These do
            not affect the live experiment seen by visitors.
        stats (ExperienceStats | Unset): Experience's condensed statistics(only for experiences that get access to a
            report)
        variations (list[CollapsedExperienceVariationData | ExperienceVariationBaseExtended | int] | Unset): The list of
            variations of this experience.

            Note: This is the final list of variations so any variation not provided, which was previously connected, would
            get deleted.
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
        site_area (ExperienceSiteAreaType0 | None | Unset): (Deprecated) The legacy way to define on which pages the
            experience should run, using a set of include/exclude rules based on URL components or page tags. Modern
            experiences should use the locations array instead for more flexible targeting.
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
        screenshots_info (list[ExperienceScreenshotsInfoItem] | Unset): Information about the generation status and
            timestamps of screenshots for each variation in this experience. Used by the UI.
        environments (list[str] | Unset): (Deprecated) List of environment names where this experience will run. Use the
            singular environment field instead.
        environment (str | Unset): The specific environment (e.g., "production", "staging", "development") within the
            project where this experience is intended to run. This must match one of the environments defined at the project
            level. If not set, it typically defaults to the project's default environment (often "production"). KB: "The
            Environments Feature".
    """

    id: int | Unset = UNSET
    project: int | Project | Unset = UNSET
    alerts: list[ExperienceAlert] | Unset = UNSET
    collaborators: list[ExperienceCollaborator] | Unset = UNSET
    audiences: list[Audience | int] | Unset = UNSET
    locations: list[int | Location] | Unset = UNSET
    goals: list[Goal | int] | Unset = UNSET
    tags: list[int | Tag] | Unset = UNSET
    multipage_pages: list[MultipageExperiencePage] | Unset = UNSET
    customizations: list[ExperienceUserCustomizations] | Unset = UNSET
    stats: ExperienceStats | Unset = UNSET
    variations: (
        list[CollapsedExperienceVariationData | ExperienceVariationBaseExtended | int]
        | Unset
    ) = UNSET
    description: str | Unset = UNSET
    start_time: int | None | Unset = UNSET
    end_time: int | None | Unset = UNSET
    global_js: str | Unset = UNSET
    global_css: str | Unset = UNSET
    name: str | Unset = UNSET
    key: str | Unset = UNSET
    primary_goal: int | Unset = UNSET
    objective: None | str | Unset = UNSET
    settings: ExperienceSettings | Unset = UNSET
    site_area: ExperienceSiteAreaType0 | None | Unset = UNSET
    status: ExperienceStatuses | Unset = UNSET
    traffic_distribution: float | Unset = UNSET
    type_: ExperienceTypes | Unset = UNSET
    url: str | Unset = UNSET
    version: float | Unset = UNSET
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
        | Unset
    ) = UNSET
    screenshots_info: list[ExperienceScreenshotsInfoItem] | Unset = UNSET
    environments: list[str] | Unset = UNSET
    environment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project: dict[str, Any] | int | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, Project):
            project = self.project.to_dict()
        else:
            project = self.project

        alerts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alerts, Unset):
            alerts = []
            for alerts_item_data in self.alerts:
                alerts_item = alerts_item_data.to_dict()
                alerts.append(alerts_item)

        collaborators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collaborators, Unset):
            collaborators = []
            for collaborators_item_data in self.collaborators:
                collaborators_item = collaborators_item_data.to_dict()
                collaborators.append(collaborators_item)

        audiences: list[dict[str, Any] | int] | Unset = UNSET
        if not isinstance(self.audiences, Unset):
            audiences = []
            for audiences_item_data in self.audiences:
                audiences_item: dict[str, Any] | int
                if isinstance(audiences_item_data, Audience):
                    audiences_item = audiences_item_data.to_dict()
                else:
                    audiences_item = audiences_item_data
                audiences.append(audiences_item)

        locations: list[dict[str, Any] | int] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item: dict[str, Any] | int
                if isinstance(locations_item_data, Location):
                    locations_item = locations_item_data.to_dict()
                else:
                    locations_item = locations_item_data
                locations.append(locations_item)

        goals: list[dict[str, Any] | int] | Unset = UNSET
        if not isinstance(self.goals, Unset):
            goals = []
            for goals_item_data in self.goals:
                goals_item: dict[str, Any] | int
                if isinstance(goals_item_data, Goal):
                    goals_item = goals_item_data.to_dict()
                else:
                    goals_item = goals_item_data
                goals.append(goals_item)

        tags: list[dict[str, Any] | int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item: dict[str, Any] | int
                if isinstance(tags_item_data, Tag):
                    tags_item = tags_item_data.to_dict()
                else:
                    tags_item = tags_item_data
                tags.append(tags_item)

        multipage_pages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multipage_pages, Unset):
            multipage_pages = []
            for multipage_pages_item_data in self.multipage_pages:
                multipage_pages_item = multipage_pages_item_data.to_dict()
                multipage_pages.append(multipage_pages_item)

        customizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customizations, Unset):
            customizations = []
            for customizations_item_data in self.customizations:
                customizations_item = customizations_item_data.to_dict()
                customizations.append(customizations_item)

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        variations: list[dict[str, Any] | int] | Unset = UNSET
        if not isinstance(self.variations, Unset):
            variations = []
            for variations_item_data in self.variations:
                variations_item: dict[str, Any] | int
                if isinstance(
                    variations_item_data, CollapsedExperienceVariationData
                ) or isinstance(variations_item_data, ExperienceVariationBaseExtended):
                    variations_item = variations_item_data.to_dict()
                else:
                    variations_item = variations_item_data
                variations.append(variations_item)

        description = self.description

        start_time: int | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: int | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        global_js = self.global_js

        global_css = self.global_css

        name = self.name

        key = self.key

        primary_goal = self.primary_goal

        objective: None | str | Unset
        if isinstance(self.objective, Unset):
            objective = UNSET
        else:
            objective = self.objective

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        site_area: dict[str, Any] | None | Unset
        if isinstance(self.site_area, Unset):
            site_area = UNSET
        elif isinstance(self.site_area, ExperienceSiteAreaType0):
            site_area = self.site_area.to_dict()
        else:
            site_area = self.site_area

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        traffic_distribution = self.traffic_distribution

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url = self.url

        version = self.version

        integrations: list[Any | dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = []
            for integrations_item_data in self.integrations:
                integrations_item: Any | dict[str, Any]
                if (
                    isinstance(integrations_item_data, ExperienceIntegrationBaidu)
                    or isinstance(
                        integrations_item_data, ExperienceIntegrationClicktale
                    )
                    or isinstance(integrations_item_data, ExperienceIntegrationClicky)
                    or isinstance(integrations_item_data, ExperienceIntegrationCnzz)
                    or isinstance(integrations_item_data, ExperienceIntegrationCrazyegg)
                    or isinstance(integrations_item_data, ExperienceIntegrationEconda)
                    or isinstance(integrations_item_data, ExperienceIntegrationEulerian)
                    or isinstance(
                        integrations_item_data, ExperienceIntegrationGosquared
                    )
                    or isinstance(
                        integrations_item_data, ExperienceIntegrationHeapanalytics
                    )
                    or isinstance(integrations_item_data, ExperienceIntegrationHotjar)
                    or isinstance(integrations_item_data, ExperienceIntegrationMixpanel)
                    or isinstance(
                        integrations_item_data, ExperienceIntegrationMouseflow
                    )
                    or isinstance(integrations_item_data, ExperienceIntegrationPiwik)
                    or isinstance(
                        integrations_item_data, ExperienceIntegrationSegmentio
                    )
                    or isinstance(
                        integrations_item_data, ExperienceIntegrationSitecatalyst
                    )
                    or isinstance(integrations_item_data, ExperienceIntegrationWoopra)
                    or isinstance(integrations_item_data, ExperienceIntegrationYsance)
                ):
                    integrations_item = integrations_item_data.to_dict()
                else:
                    integrations_item = integrations_item_data
                integrations.append(integrations_item)

        screenshots_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.screenshots_info, Unset):
            screenshots_info = []
            for screenshots_info_item_data in self.screenshots_info:
                screenshots_info_item = screenshots_info_item_data.to_dict()
                screenshots_info.append(screenshots_info_item)

        environments: list[str] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = self.environments

        environment = self.environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if project is not UNSET:
            field_dict["project"] = project
        if alerts is not UNSET:
            field_dict["alerts"] = alerts
        if collaborators is not UNSET:
            field_dict["collaborators"] = collaborators
        if audiences is not UNSET:
            field_dict["audiences"] = audiences
        if locations is not UNSET:
            field_dict["locations"] = locations
        if goals is not UNSET:
            field_dict["goals"] = goals
        if tags is not UNSET:
            field_dict["tags"] = tags
        if multipage_pages is not UNSET:
            field_dict["multipage_pages"] = multipage_pages
        if customizations is not UNSET:
            field_dict["customizations"] = customizations
        if stats is not UNSET:
            field_dict["stats"] = stats
        if variations is not UNSET:
            field_dict["variations"] = variations
        if description is not UNSET:
            field_dict["description"] = description
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if global_js is not UNSET:
            field_dict["global_js"] = global_js
        if global_css is not UNSET:
            field_dict["global_css"] = global_css
        if name is not UNSET:
            field_dict["name"] = name
        if key is not UNSET:
            field_dict["key"] = key
        if primary_goal is not UNSET:
            field_dict["primary_goal"] = primary_goal
        if objective is not UNSET:
            field_dict["objective"] = objective
        if settings is not UNSET:
            field_dict["settings"] = settings
        if site_area is not UNSET:
            field_dict["site_area"] = site_area
        if status is not UNSET:
            field_dict["status"] = status
        if traffic_distribution is not UNSET:
            field_dict["traffic_distribution"] = traffic_distribution
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if version is not UNSET:
            field_dict["version"] = version
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if screenshots_info is not UNSET:
            field_dict["screenshots_info"] = screenshots_info
        if environments is not UNSET:
            field_dict["environments"] = environments
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_project(data: object) -> int | Project | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_project_expandable_type_1 = Project.from_dict(data)

                return componentsschemas_project_expandable_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | Project | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        _alerts = d.pop("alerts", UNSET)
        alerts: list[ExperienceAlert] | Unset = UNSET
        if _alerts is not UNSET:
            if not isinstance(_alerts, list):
                raise TypeError(
                    f"alerts: expected a list, got {type(_alerts).__name__}"
                )
            alerts = []
            for alerts_item_data in _alerts:
                alerts_item = ExperienceAlert.from_dict(alerts_item_data)

                alerts.append(alerts_item)

        _collaborators = d.pop("collaborators", UNSET)
        collaborators: list[ExperienceCollaborator] | Unset = UNSET
        if _collaborators is not UNSET:
            if not isinstance(_collaborators, list):
                raise TypeError(
                    f"collaborators: expected a list, got {type(_collaborators).__name__}"
                )
            collaborators = []
            for collaborators_item_data in _collaborators:
                collaborators_item = ExperienceCollaborator.from_dict(
                    collaborators_item_data
                )

                collaborators.append(collaborators_item)

        _audiences = d.pop("audiences", UNSET)
        audiences: list[Audience | int] | Unset = UNSET
        if _audiences is not UNSET:
            if not isinstance(_audiences, list):
                raise TypeError(
                    f"audiences: expected a list, got {type(_audiences).__name__}"
                )
            audiences = []
            for audiences_item_data in _audiences:

                def _parse_audiences_item(data: object) -> Audience | int:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_audience_expandable_type_1 = (
                            Audience.from_dict(data)
                        )

                        return componentsschemas_audience_expandable_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(Audience | int, data)

                audiences_item = _parse_audiences_item(audiences_item_data)

                audiences.append(audiences_item)

        _locations = d.pop("locations", UNSET)
        locations: list[int | Location] | Unset = UNSET
        if _locations is not UNSET:
            if not isinstance(_locations, list):
                raise TypeError(
                    f"locations: expected a list, got {type(_locations).__name__}"
                )
            locations = []
            for locations_item_data in _locations:

                def _parse_locations_item(data: object) -> int | Location:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_location_expandable_type_1 = (
                            Location.from_dict(data)
                        )

                        return componentsschemas_location_expandable_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(int | Location, data)

                locations_item = _parse_locations_item(locations_item_data)

                locations.append(locations_item)

        _goals = d.pop("goals", UNSET)
        goals: list[Goal | int] | Unset = UNSET
        if _goals is not UNSET:
            if not isinstance(_goals, list):
                raise TypeError(f"goals: expected a list, got {type(_goals).__name__}")
            goals = []
            for goals_item_data in _goals:

                def _parse_goals_item(data: object) -> Goal | int:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_goal_expandable_type_1 = Goal.from_dict(data)

                        return componentsschemas_goal_expandable_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(Goal | int, data)

                goals_item = _parse_goals_item(goals_item_data)

                goals.append(goals_item)

        _tags = d.pop("tags", UNSET)
        tags: list[int | Tag] | Unset = UNSET
        if _tags is not UNSET:
            if not isinstance(_tags, list):
                raise TypeError(f"tags: expected a list, got {type(_tags).__name__}")
            tags = []
            for tags_item_data in _tags:

                def _parse_tags_item(data: object) -> int | Tag:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tag_expandable_type_1 = Tag.from_dict(data)

                        return componentsschemas_tag_expandable_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(int | Tag, data)

                tags_item = _parse_tags_item(tags_item_data)

                tags.append(tags_item)

        _multipage_pages = d.pop("multipage_pages", UNSET)
        multipage_pages: list[MultipageExperiencePage] | Unset = UNSET
        if _multipage_pages is not UNSET:
            if not isinstance(_multipage_pages, list):
                raise TypeError(
                    f"multipage_pages: expected a list, got {type(_multipage_pages).__name__}"
                )
            multipage_pages = []
            for multipage_pages_item_data in _multipage_pages:
                multipage_pages_item = MultipageExperiencePage.from_dict(
                    multipage_pages_item_data
                )

                multipage_pages.append(multipage_pages_item)

        _customizations = d.pop("customizations", UNSET)
        customizations: list[ExperienceUserCustomizations] | Unset = UNSET
        if _customizations is not UNSET:
            if not isinstance(_customizations, list):
                raise TypeError(
                    f"customizations: expected a list, got {type(_customizations).__name__}"
                )
            customizations = []
            for customizations_item_data in _customizations:
                customizations_item = ExperienceUserCustomizations.from_dict(
                    customizations_item_data
                )

                customizations.append(customizations_item)

        _stats = d.pop("stats", UNSET)
        stats: ExperienceStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = ExperienceStats.from_dict(_stats)

        _variations = d.pop("variations", UNSET)
        variations: (
            list[
                CollapsedExperienceVariationData | ExperienceVariationBaseExtended | int
            ]
            | Unset
        ) = UNSET
        if _variations is not UNSET:
            if not isinstance(_variations, list):
                raise TypeError(
                    f"variations: expected a list, got {type(_variations).__name__}"
                )
            variations = []
            for variations_item_data in _variations:

                def _parse_variations_item(
                    data: object,
                ) -> (
                    CollapsedExperienceVariationData
                    | ExperienceVariationBaseExtended
                    | int
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_experience_variation_type_1 = (
                            CollapsedExperienceVariationData.from_dict(data)
                        )

                        return componentsschemas_experience_variation_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_experience_variation_type_2 = (
                            ExperienceVariationBaseExtended.from_dict(data)
                        )

                        return componentsschemas_experience_variation_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        CollapsedExperienceVariationData
                        | ExperienceVariationBaseExtended
                        | int,
                        data,
                    )

                variations_item = _parse_variations_item(variations_item_data)

                variations.append(variations_item)

        description = d.pop("description", UNSET)

        def _parse_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        global_js = d.pop("global_js", UNSET)

        global_css = d.pop("global_css", UNSET)

        name = d.pop("name", UNSET)

        key = d.pop("key", UNSET)

        primary_goal = d.pop("primary_goal", UNSET)

        def _parse_objective(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        objective = _parse_objective(d.pop("objective", UNSET))

        _settings = d.pop("settings", UNSET)
        settings: ExperienceSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = ExperienceSettings.from_dict(_settings)

        def _parse_site_area(data: object) -> ExperienceSiteAreaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                site_area_type_0 = ExperienceSiteAreaType0.from_dict(data)

                return site_area_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExperienceSiteAreaType0 | None | Unset, data)

        site_area = _parse_site_area(d.pop("site_area", UNSET))

        _status = d.pop("status", UNSET)
        status: ExperienceStatuses | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ExperienceStatuses(_status)

        traffic_distribution = d.pop("traffic_distribution", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ExperienceTypes | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ExperienceTypes(_type_)

        url = d.pop("url", UNSET)

        version = d.pop("version", UNSET)

        _integrations = d.pop("integrations", UNSET)
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
            | Unset
        ) = UNSET
        if _integrations is not UNSET:
            if not isinstance(_integrations, list):
                raise TypeError(
                    f"integrations: expected a list, got {type(_integrations).__name__}"
                )
            integrations = []
            for integrations_item_data in _integrations:

                def _parse_integrations_item(
                    data: object,
                ) -> (
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
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_0 = ExperienceIntegrationBaidu.from_dict(
                            data
                        )

                        return integrations_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_1 = (
                            ExperienceIntegrationClicktale.from_dict(data)
                        )

                        return integrations_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_2 = (
                            ExperienceIntegrationClicky.from_dict(data)
                        )

                        return integrations_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_3 = ExperienceIntegrationCnzz.from_dict(
                            data
                        )

                        return integrations_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_4 = (
                            ExperienceIntegrationCrazyegg.from_dict(data)
                        )

                        return integrations_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_5 = (
                            ExperienceIntegrationEconda.from_dict(data)
                        )

                        return integrations_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_6 = (
                            ExperienceIntegrationEulerian.from_dict(data)
                        )

                        return integrations_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_8 = (
                            ExperienceIntegrationGosquared.from_dict(data)
                        )

                        return integrations_item_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_9 = (
                            ExperienceIntegrationHeapanalytics.from_dict(data)
                        )

                        return integrations_item_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_10 = (
                            ExperienceIntegrationHotjar.from_dict(data)
                        )

                        return integrations_item_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_11 = (
                            ExperienceIntegrationMixpanel.from_dict(data)
                        )

                        return integrations_item_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_12 = (
                            ExperienceIntegrationMouseflow.from_dict(data)
                        )

                        return integrations_item_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_13 = (
                            ExperienceIntegrationPiwik.from_dict(data)
                        )

                        return integrations_item_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_14 = (
                            ExperienceIntegrationSegmentio.from_dict(data)
                        )

                        return integrations_item_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_15 = (
                            ExperienceIntegrationSitecatalyst.from_dict(data)
                        )

                        return integrations_item_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_16 = (
                            ExperienceIntegrationWoopra.from_dict(data)
                        )

                        return integrations_item_type_16
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        integrations_item_type_17 = (
                            ExperienceIntegrationYsance.from_dict(data)
                        )

                        return integrations_item_type_17
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
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
                        | ExperienceIntegrationYsance,
                        data,
                    )

                integrations_item = _parse_integrations_item(integrations_item_data)

                integrations.append(integrations_item)

        _screenshots_info = d.pop("screenshots_info", UNSET)
        screenshots_info: list[ExperienceScreenshotsInfoItem] | Unset = UNSET
        if _screenshots_info is not UNSET:
            if not isinstance(_screenshots_info, list):
                raise TypeError(
                    f"screenshots_info: expected a list, got {type(_screenshots_info).__name__}"
                )
            screenshots_info = []
            for screenshots_info_item_data in _screenshots_info:
                screenshots_info_item = ExperienceScreenshotsInfoItem.from_dict(
                    screenshots_info_item_data
                )

                screenshots_info.append(screenshots_info_item)

        environments = cast(list[str], d.pop("environments", UNSET))

        environment = d.pop("environment", UNSET)

        experience = cls(
            id=id,
            project=project,
            alerts=alerts,
            collaborators=collaborators,
            audiences=audiences,
            locations=locations,
            goals=goals,
            tags=tags,
            multipage_pages=multipage_pages,
            customizations=customizations,
            stats=stats,
            variations=variations,
            description=description,
            start_time=start_time,
            end_time=end_time,
            global_js=global_js,
            global_css=global_css,
            name=name,
            key=key,
            primary_goal=primary_goal,
            objective=objective,
            settings=settings,
            site_area=site_area,
            status=status,
            traffic_distribution=traffic_distribution,
            type_=type_,
            url=url,
            version=version,
            integrations=integrations,
            screenshots_info=screenshots_info,
            environments=environments,
            environment=environment,
        )

        experience.additional_properties = d
        return experience

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
from ..models.audience import Audience
from ..models.collapsed_experience_variation_data import (
    CollapsedExperienceVariationData,
)
from ..models.experience_alert import ExperienceAlert
from ..models.experience_collaborator import ExperienceCollaborator
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
from ..models.experience_screenshots_info_item import ExperienceScreenshotsInfoItem
from ..models.experience_settings import ExperienceSettings
from ..models.experience_site_area_type_0 import ExperienceSiteAreaType0
from ..models.experience_stats import ExperienceStats
from ..models.experience_user_customizations import ExperienceUserCustomizations
from ..models.experience_variation_base_extended import ExperienceVariationBaseExtended
from ..models.goal import Goal
from ..models.location import Location
from ..models.multipage_experience_page import MultipageExperiencePage
from ..models.project import Project
from ..models.tag import Tag
