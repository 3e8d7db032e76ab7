from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.experience_statuses import ExperienceStatuses
from ..models.experience_types import ExperienceTypes
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="UpdateExperienceRequest")


@_attrs_define
class UpdateExperienceRequest:
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
    site_area: None | Unset | UpdateExperienceRequestSiteAreaType0 = UNSET
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
    environments: list[str] | Unset = UNSET
    environment: str | Unset = UNSET
    multipage_pages: list[MultipageExperiencePage] | Unset = UNSET
    audiences: list[int] | Unset = UNSET
    locations: list[int] | Unset = UNSET
    goals: list[int] | Unset = UNSET
    tags: list[int | TagToCreate] | Unset = UNSET
    customizations: list[ExperienceUserCustomizations] | Unset = UNSET
    variations: list[ExperienceVariationUpdate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        elif isinstance(self.site_area, UpdateExperienceRequestSiteAreaType0):
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

        environments: list[str] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = self.environments

        environment = self.environment

        multipage_pages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multipage_pages, Unset):
            multipage_pages = []
            for multipage_pages_item_data in self.multipage_pages:
                multipage_pages_item = multipage_pages_item_data.to_dict()
                multipage_pages.append(multipage_pages_item)

        audiences: list[int] | Unset = UNSET
        if not isinstance(self.audiences, Unset):
            audiences = self.audiences

        locations: list[int] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = self.locations

        goals: list[int] | Unset = UNSET
        if not isinstance(self.goals, Unset):
            goals = self.goals

        tags: list[dict[str, Any] | int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item: dict[str, Any] | int
                if isinstance(tags_item_data, TagToCreate):
                    tags_item = tags_item_data.to_dict()
                else:
                    tags_item = tags_item_data
                tags.append(tags_item)

        customizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customizations, Unset):
            customizations = []
            for customizations_item_data in self.customizations:
                customizations_item = customizations_item_data.to_dict()
                customizations.append(customizations_item)

        variations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variations, Unset):
            variations = []
            for variations_item_data in self.variations:
                variations_item = variations_item_data.to_dict()
                variations.append(variations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if environments is not UNSET:
            field_dict["environments"] = environments
        if environment is not UNSET:
            field_dict["environment"] = environment
        if multipage_pages is not UNSET:
            field_dict["multipage_pages"] = multipage_pages
        if audiences is not UNSET:
            field_dict["audiences"] = audiences
        if locations is not UNSET:
            field_dict["locations"] = locations
        if goals is not UNSET:
            field_dict["goals"] = goals
        if tags is not UNSET:
            field_dict["tags"] = tags
        if customizations is not UNSET:
            field_dict["customizations"] = customizations
        if variations is not UNSET:
            field_dict["variations"] = variations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        def _parse_site_area(
            data: object,
        ) -> None | Unset | UpdateExperienceRequestSiteAreaType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                site_area_type_0 = UpdateExperienceRequestSiteAreaType0.from_dict(data)

                return site_area_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateExperienceRequestSiteAreaType0, data)

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

        environments = cast(list[str], d.pop("environments", UNSET))

        environment = d.pop("environment", UNSET)

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

        audiences = cast(list[int], d.pop("audiences", UNSET))

        locations = cast(list[int], d.pop("locations", UNSET))

        goals = cast(list[int], d.pop("goals", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: list[int | TagToCreate] | Unset = UNSET
        if _tags is not UNSET:
            if not isinstance(_tags, list):
                raise TypeError(f"tags: expected a list, got {type(_tags).__name__}")
            tags = []
            for tags_item_data in _tags:

                def _parse_tags_item(data: object) -> int | TagToCreate:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tag_expandable_request_type_1 = (
                            TagToCreate.from_dict(data)
                        )

                        return componentsschemas_tag_expandable_request_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(int | TagToCreate, data)

                tags_item = _parse_tags_item(tags_item_data)

                tags.append(tags_item)

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

        _variations = d.pop("variations", UNSET)
        variations: list[ExperienceVariationUpdate] | Unset = UNSET
        if _variations is not UNSET:
            if not isinstance(_variations, list):
                raise TypeError(
                    f"variations: expected a list, got {type(_variations).__name__}"
                )
            variations = []
            for variations_item_data in _variations:
                variations_item = ExperienceVariationUpdate.from_dict(
                    variations_item_data
                )

                variations.append(variations_item)

        update_experience_request = cls(
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
            environments=environments,
            environment=environment,
            multipage_pages=multipage_pages,
            audiences=audiences,
            locations=locations,
            goals=goals,
            tags=tags,
            customizations=customizations,
            variations=variations,
        )

        update_experience_request.additional_properties = d
        return update_experience_request

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
