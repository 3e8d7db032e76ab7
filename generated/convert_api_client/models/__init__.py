"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accept_invitation_request import AcceptInvitationRequest
    from .access_role import AccessRole
    from .access_role_names import AccessRoleNames
    from .account import Account
    from .account_access import AccountAccess
    from .account_access_accesses_item import AccountAccessAccessesItem
    from .account_addons_types import AccountAddonsTypes
    from .account_billing import AccountBilling
    from .account_settings import AccountSettings
    from .account_stats_type_0 import AccountStatsType0
    from .account_user_accesses_expand_fields import AccountUserAccessesExpandFields
    from .add_account_user_accesses_request import AddAccountUserAccessesRequest
    from .add_account_user_accesses_request_accesses_item import (
        AddAccountUserAccessesRequestAccessesItem,
    )
    from .add_account_user_accesses_response import AddAccountUserAccessesResponse
    from .add_experience_section_version_expand_item import (
        AddExperienceSectionVersionExpandItem,
    )
    from .add_experience_section_version_include_item import (
        AddExperienceSectionVersionIncludeItem,
    )
    from .add_experience_section_version_request import (
        AddExperienceSectionVersionRequest,
    )
    from .add_experience_section_version_response import (
        AddExperienceSectionVersionResponse,
    )
    from .api_key import ApiKey
    from .api_key_auth_types import ApiKeyAuthTypes
    from .audience import Audience
    from .audience_include_fields import AudienceIncludeFields
    from .audience_rules_type_0 import AudienceRulesType0
    from .audience_stats import AudienceStats
    from .audience_statuses import AudienceStatuses
    from .base_simple_experience import BaseSimpleExperience
    from .billing_plan_limits_and_capabilities import BillingPlanLimitsAndCapabilities
    from .billing_plan_setup_users_response import BillingPlanSetupUsersResponse
    from .billing_plan_setup_users_response_data_item import (
        BillingPlanSetupUsersResponseDataItem,
    )
    from .bulk_audiences_delete_request import BulkAudiencesDeleteRequest
    from .bulk_audiences_update_request import BulkAudiencesUpdateRequest
    from .bulk_domains_delete_request import BulkDomainsDeleteRequest
    from .bulk_experience_statuses import BulkExperienceStatuses
    from .bulk_experiences_delete_request import BulkExperiencesDeleteRequest
    from .bulk_experiences_update_request import BulkExperiencesUpdateRequest
    from .bulk_features_delete_request import BulkFeaturesDeleteRequest
    from .bulk_features_update_request import BulkFeaturesUpdateRequest
    from .bulk_goals_delete_request import BulkGoalsDeleteRequest
    from .bulk_goals_update_request import BulkGoalsUpdateRequest
    from .bulk_hypotheses_delete_request import BulkHypothesesDeleteRequest
    from .bulk_hypotheses_update_request import BulkHypothesesUpdateRequest
    from .bulk_knowledge_bases_delete_request import BulkKnowledgeBasesDeleteRequest
    from .bulk_knowledge_bases_update_request import BulkKnowledgeBasesUpdateRequest
    from .bulk_locations_delete_request import BulkLocationsDeleteRequest
    from .bulk_locations_update_request import BulkLocationsUpdateRequest
    from .bulk_observations_delete_request import BulkObservationsDeleteRequest
    from .bulk_observations_update_request import BulkObservationsUpdateRequest
    from .bulk_success_response import BulkSuccessResponse
    from .bulk_success_response_errors_item import BulkSuccessResponseErrorsItem
    from .bulk_tags_delete_request import BulkTagsDeleteRequest
    from .bulk_update_projects_request import BulkUpdateProjectsRequest
    from .bulk_update_projects_request_settings import BulkUpdateProjectsRequestSettings
    from .cdn_image import CdnImage
    from .change_history_expand_fields import ChangeHistoryExpandFields
    from .change_history_methods import ChangeHistoryMethods
    from .change_history_object_types import ChangeHistoryObjectTypes
    from .change_history_objects import ChangeHistoryObjects
    from .check_code_domain_request import CheckCodeDomainRequest
    from .check_partner_request import CheckPartnerRequest
    from .check_partner_response import CheckPartnerResponse
    from .clone_audience_include_item import CloneAudienceIncludeItem
    from .clone_experience_expand_item import CloneExperienceExpandItem
    from .clone_experience_include_item import CloneExperienceIncludeItem
    from .clone_experience_request import CloneExperienceRequest
    from .clone_goal_include_item import CloneGoalIncludeItem
    from .clone_location_include_item import CloneLocationIncludeItem
    from .collapsed_experience_variation_data import CollapsedExperienceVariationData
    from .confirm_email_request import ConfirmEmailRequest
    from .confirm_password_reset_request import ConfirmPasswordResetRequest
    from .confirm_password_reset_response import ConfirmPasswordResetResponse
    from .confirm_password_reset_response_data import ConfirmPasswordResetResponseData
    from .convert_experience_variation_request import ConvertExperienceVariationRequest
    from .convert_experience_variation_request_experience_type import (
        ConvertExperienceVariationRequestExperienceType,
    )
    from .create_api_key_request import CreateApiKeyRequest
    from .create_api_key_request_auth_type import CreateApiKeyRequestAuthType
    from .create_audience_request import CreateAudienceRequest
    from .create_domain_request import CreateDomainRequest
    from .create_experience_expand_item import CreateExperienceExpandItem
    from .create_experience_include_item import CreateExperienceIncludeItem
    from .create_experience_request import CreateExperienceRequest
    from .create_experience_request_site_area_type_0 import (
        CreateExperienceRequestSiteAreaType0,
    )
    from .create_feature_request import CreateFeatureRequest
    from .create_goal_request import CreateGoalRequest
    from .create_goal_request_settings import CreateGoalRequestSettings
    from .create_hypothesis_expand_item import CreateHypothesisExpandItem
    from .create_hypothesis_request import CreateHypothesisRequest
    from .create_knowledge_base_expand_item import CreateKnowledgeBaseExpandItem
    from .create_knowledge_base_request import CreateKnowledgeBaseRequest
    from .create_knowledge_base_request_prioritization_score_attributes_type_0 import (
        CreateKnowledgeBaseRequestPrioritizationScoreAttributesType0,
    )
    from .create_location_request import CreateLocationRequest
    from .create_observation_expand_item import CreateObservationExpandItem
    from .create_observation_request import CreateObservationRequest
    from .create_project_request import CreateProjectRequest
    from .create_project_request_custom_domain_type_0 import (
        CreateProjectRequestCustomDomainType0,
    )
    from .create_project_request_environments import CreateProjectRequestEnvironments
    from .create_project_request_integrations_settings import (
        CreateProjectRequestIntegrationsSettings,
    )
    from .create_project_request_project_type import CreateProjectRequestProjectType
    from .create_project_request_reporting_settings import (
        CreateProjectRequestReportingSettings,
    )
    from .create_project_request_settings import CreateProjectRequestSettings
    from .create_sdk_key_request import CreateSdkKeyRequest
    from .create_section_expand_item import CreateSectionExpandItem
    from .create_section_include_item import CreateSectionIncludeItem
    from .create_section_request import CreateSectionRequest
    from .create_section_response import CreateSectionResponse
    from .create_sub_account_request import CreateSubAccountRequest
    from .create_sub_account_request_billing import CreateSubAccountRequestBilling
    from .create_sub_account_request_settings import CreateSubAccountRequestSettings
    from .create_sub_account_response import CreateSubAccountResponse
    from .create_tag_request import CreateTagRequest
    from .daily_report_metrics import DailyReportMetrics
    from .daily_report_types import DailyReportTypes
    from .delete_account_user_accesses_by_email_request import (
        DeleteAccountUserAccessesByEmailRequest,
    )
    from .delete_account_user_accesses_by_email_request_accesses_item import (
        DeleteAccountUserAccessesByEmailRequestAccessesItem,
    )
    from .delete_account_user_accesses_by_user_id_request import (
        DeleteAccountUserAccessesByUserIdRequest,
    )
    from .delete_account_user_accesses_by_user_id_request_accesses_item import (
        DeleteAccountUserAccessesByUserIdRequestAccessesItem,
    )
    from .do_auth_request import DoAuthRequest
    from .do_auth_response import DoAuthResponse
    from .do_auth_response_data import DoAuthResponseData
    from .do_logout_request import DoLogoutRequest
    from .do_logout_request_request_type import DoLogoutRequestRequestType
    from .domain import Domain
    from .domain_to_create import DomainToCreate
    from .error_response import ErrorResponse
    from .experience import Experience
    from .experience_alert import ExperienceAlert
    from .experience_change import ExperienceChange
    from .experience_change_add import ExperienceChangeAdd
    from .experience_change_data import ExperienceChangeData
    from .experience_change_id import ExperienceChangeId
    from .experience_change_update import ExperienceChangeUpdate
    from .experience_collaborator import ExperienceCollaborator
    from .experience_expand_fields import ExperienceExpandFields
    from .experience_history_objects import ExperienceHistoryObjects
    from .experience_include_fields import ExperienceIncludeFields
    from .experience_integration_baidu import ExperienceIntegrationBaidu
    from .experience_integration_clicktale import ExperienceIntegrationClicktale
    from .experience_integration_clicky import ExperienceIntegrationClicky
    from .experience_integration_cnzz import ExperienceIntegrationCnzz
    from .experience_integration_crazyegg import ExperienceIntegrationCrazyegg
    from .experience_integration_econda import ExperienceIntegrationEconda
    from .experience_integration_eulerian import ExperienceIntegrationEulerian
    from .experience_integration_gosquared import ExperienceIntegrationGosquared
    from .experience_integration_heapanalytics import ExperienceIntegrationHeapanalytics
    from .experience_integration_hotjar import ExperienceIntegrationHotjar
    from .experience_integration_mixpanel import ExperienceIntegrationMixpanel
    from .experience_integration_mouseflow import ExperienceIntegrationMouseflow
    from .experience_integration_piwik import ExperienceIntegrationPiwik
    from .experience_integration_segmentio import ExperienceIntegrationSegmentio
    from .experience_integration_sitecatalyst import ExperienceIntegrationSitecatalyst
    from .experience_integration_woopra import ExperienceIntegrationWoopra
    from .experience_integration_ysance import ExperienceIntegrationYsance
    from .experience_screenshots_info_item import ExperienceScreenshotsInfoItem
    from .experience_section import ExperienceSection
    from .experience_settings import ExperienceSettings
    from .experience_site_area_type_0 import ExperienceSiteAreaType0
    from .experience_stats import ExperienceStats
    from .experience_statuses import ExperienceStatuses
    from .experience_types import ExperienceTypes
    from .experience_user_customizations import ExperienceUserCustomizations
    from .experience_variation_base_extended import ExperienceVariationBaseExtended
    from .experience_variation_create import ExperienceVariationCreate
    from .experience_variation_statuses import ExperienceVariationStatuses
    from .experience_variation_update import ExperienceVariationUpdate
    from .export_experience_raw_data_events import ExportExperienceRawDataEvents
    from .export_experience_raw_data_request import ExportExperienceRawDataRequest
    from .export_experience_raw_data_response import ExportExperienceRawDataResponse
    from .export_experience_raw_data_response_data import (
        ExportExperienceRawDataResponseData,
    )
    from .export_experience_report_request import ExportExperienceReportRequest
    from .export_experience_report_request_data_type import (
        ExportExperienceReportRequestDataType,
    )
    from .export_experience_report_request_report_type import (
        ExportExperienceReportRequestReportType,
    )
    from .export_experience_report_response import ExportExperienceReportResponse
    from .export_experience_report_response_data import (
        ExportExperienceReportResponseData,
    )
    from .export_project_request import ExportProjectRequest
    from .export_project_response import ExportProjectResponse
    from .feature import Feature
    from .feature_optional_fields_item import FeatureOptionalFieldsItem
    from .feature_stats import FeatureStats
    from .feature_statuses import FeatureStatuses
    from .file import File
    from .file_status import FileStatus
    from .generate_debug_token_response import GenerateDebugTokenResponse
    from .generate_debug_token_response_data import GenerateDebugTokenResponseData
    from .generate_mfa_secret_response import GenerateMfaSecretResponse
    from .generate_text_variants_request import GenerateTextVariantsRequest
    from .generate_text_variants_request_parameters import (
        GenerateTextVariantsRequestParameters,
    )
    from .generate_text_variants_response import GenerateTextVariantsResponse
    from .generate_text_variants_response_data import GenerateTextVariantsResponseData
    from .get_access_roles_response import GetAccessRolesResponse
    from .get_account_active_completed_experiences_list_request import (
        GetAccountActiveCompletedExperiencesListRequest,
    )
    from .get_account_active_completed_experiences_list_request_sort_by_type_0 import (
        GetAccountActiveCompletedExperiencesListRequestSortByType0,
    )
    from .get_account_active_completed_experiences_list_response import (
        GetAccountActiveCompletedExperiencesListResponse,
    )
    from .get_account_details_include_item import GetAccountDetailsIncludeItem
    from .get_account_details_response import GetAccountDetailsResponse
    from .get_account_history_request import GetAccountHistoryRequest
    from .get_account_history_request_sort_by_type_0 import (
        GetAccountHistoryRequestSortByType0,
    )
    from .get_account_history_response import GetAccountHistoryResponse
    from .get_account_history_response_data_item import (
        GetAccountHistoryResponseDataItem,
    )
    from .get_account_live_data_request import GetAccountLiveDataRequest
    from .get_account_live_data_request_segments_type_0 import (
        GetAccountLiveDataRequestSegmentsType0,
    )
    from .get_account_live_data_response import GetAccountLiveDataResponse
    from .get_account_live_data_response_data_item import (
        GetAccountLiveDataResponseDataItem,
    )
    from .get_account_users_accesses_list_expand_item import (
        GetAccountUsersAccessesListExpandItem,
    )
    from .get_account_users_accesses_list_response import (
        GetAccountUsersAccessesListResponse,
    )
    from .get_accounts_list_response import GetAccountsListResponse
    from .get_api_keys_list_response import GetApiKeysListResponse
    from .get_audience_include_item import GetAudienceIncludeItem
    from .get_audiences_list_request import GetAudiencesListRequest
    from .get_audiences_list_request_sort_by_type_0 import (
        GetAudiencesListRequestSortByType0,
    )
    from .get_audiences_list_request_type_type_0 import GetAudiencesListRequestTypeType0
    from .get_audiences_list_request_usage_type_0 import (
        GetAudiencesListRequestUsageType0,
    )
    from .get_audiences_list_response import GetAudiencesListResponse
    from .get_audiences_presets_response import GetAudiencesPresetsResponse
    from .get_audiences_presets_response_data_item import (
        GetAudiencesPresetsResponseDataItem,
    )
    from .get_billing_plans_response import GetBillingPlansResponse
    from .get_billing_plans_response_data_item import GetBillingPlansResponseDataItem
    from .get_cdn_images_list_request import GetCdnImagesListRequest
    from .get_cdn_images_list_response import GetCdnImagesListResponse
    from .get_domain_by_url_request import GetDomainByUrlRequest
    from .get_domains_list_request import GetDomainsListRequest
    from .get_domains_list_response import GetDomainsListResponse
    from .get_experience_aggregated_report_request import (
        GetExperienceAggregatedReportRequest,
    )
    from .get_experience_aggregated_report_response import (
        GetExperienceAggregatedReportResponse,
    )
    from .get_experience_aggregated_report_response_data import (
        GetExperienceAggregatedReportResponseData,
    )
    from .get_experience_by_key_expand_item import GetExperienceByKeyExpandItem
    from .get_experience_by_key_include_item import GetExperienceByKeyIncludeItem
    from .get_experience_daily_report_request import GetExperienceDailyReportRequest
    from .get_experience_daily_report_request_segments import (
        GetExperienceDailyReportRequestSegments,
    )
    from .get_experience_daily_report_response import GetExperienceDailyReportResponse
    from .get_experience_daily_report_response_data import (
        GetExperienceDailyReportResponseData,
    )
    from .get_experience_daily_traffic_allocation_request import (
        GetExperienceDailyTrafficAllocationRequest,
    )
    from .get_experience_daily_traffic_allocation_response import (
        GetExperienceDailyTrafficAllocationResponse,
    )
    from .get_experience_daily_traffic_allocation_response_data import (
        GetExperienceDailyTrafficAllocationResponseData,
    )
    from .get_experience_expand_item import GetExperienceExpandItem
    from .get_experience_history_request import GetExperienceHistoryRequest
    from .get_experience_history_request_sort_by_type_0 import (
        GetExperienceHistoryRequestSortByType0,
    )
    from .get_experience_history_response import GetExperienceHistoryResponse
    from .get_experience_history_response_data_item import (
        GetExperienceHistoryResponseDataItem,
    )
    from .get_experience_include_item import GetExperienceIncludeItem
    from .get_experience_live_data_request import GetExperienceLiveDataRequest
    from .get_experience_live_data_request_segments_type_0 import (
        GetExperienceLiveDataRequestSegmentsType0,
    )
    from .get_experience_live_data_response import GetExperienceLiveDataResponse
    from .get_experience_live_data_response_data_item import (
        GetExperienceLiveDataResponseDataItem,
    )
    from .get_experience_report_settings_response import (
        GetExperienceReportSettingsResponse,
    )
    from .get_experience_report_settings_response_data import (
        GetExperienceReportSettingsResponseData,
    )
    from .get_experience_variation_screenshot_response import (
        GetExperienceVariationScreenshotResponse,
    )
    from .get_experience_variation_screenshot_size import (
        GetExperienceVariationScreenshotSize,
    )
    from .get_experiences_list_request import GetExperiencesListRequest
    from .get_experiences_list_request_sort_by_type_0 import (
        GetExperiencesListRequestSortByType0,
    )
    from .get_experiences_list_response import GetExperiencesListResponse
    from .get_feature_by_key_include_item import GetFeatureByKeyIncludeItem
    from .get_feature_include_item import GetFeatureIncludeItem
    from .get_features_list_request import GetFeaturesListRequest
    from .get_features_list_request_sort_by_type_0 import (
        GetFeaturesListRequestSortByType0,
    )
    from .get_features_list_response import GetFeaturesListResponse
    from .get_file_response import GetFileResponse
    from .get_goal_by_key_include_item import GetGoalByKeyIncludeItem
    from .get_goal_include_item import GetGoalIncludeItem
    from .get_goals_list_request import GetGoalsListRequest
    from .get_goals_list_request_sort_by_type_0 import GetGoalsListRequestSortByType0
    from .get_goals_list_request_tracking_type_0 import GetGoalsListRequestTrackingType0
    from .get_goals_list_request_usage_type_0 import GetGoalsListRequestUsageType0
    from .get_goals_list_response import GetGoalsListResponse
    from .get_hypotheses_list_request import GetHypothesesListRequest
    from .get_hypotheses_list_request_score_max_type_0 import (
        GetHypothesesListRequestScoreMaxType0,
    )
    from .get_hypotheses_list_request_score_min_type_0 import (
        GetHypothesesListRequestScoreMinType0,
    )
    from .get_hypotheses_list_request_sort_by_type_0 import (
        GetHypothesesListRequestSortByType0,
    )
    from .get_hypotheses_list_response import GetHypothesesListResponse
    from .get_hypothesis_expand_item import GetHypothesisExpandItem
    from .get_knowledge_base_expand_item import GetKnowledgeBaseExpandItem
    from .get_knowledge_bases_list_request import GetKnowledgeBasesListRequest
    from .get_knowledge_bases_list_request_sort_by_type_0 import (
        GetKnowledgeBasesListRequestSortByType0,
    )
    from .get_knowledge_bases_list_response import GetKnowledgeBasesListResponse
    from .get_location_include_item import GetLocationIncludeItem
    from .get_locations_list_request import GetLocationsListRequest
    from .get_locations_list_request_sort_by_type_0 import (
        GetLocationsListRequestSortByType0,
    )
    from .get_locations_list_request_usage_type_0 import (
        GetLocationsListRequestUsageType0,
    )
    from .get_locations_list_response import GetLocationsListResponse
    from .get_locations_presets_response import GetLocationsPresetsResponse
    from .get_locations_presets_response_data_item import (
        GetLocationsPresetsResponseDataItem,
    )
    from .get_observation_expand_item import GetObservationExpandItem
    from .get_observations_list_request import GetObservationsListRequest
    from .get_observations_list_request_sort_by_type_0 import (
        GetObservationsListRequestSortByType0,
    )
    from .get_observations_list_response import GetObservationsListResponse
    from .get_project_history_request import GetProjectHistoryRequest
    from .get_project_history_request_sort_by_type_0 import (
        GetProjectHistoryRequestSortByType0,
    )
    from .get_project_history_response import GetProjectHistoryResponse
    from .get_project_history_response_data_item import (
        GetProjectHistoryResponseDataItem,
    )
    from .get_project_live_data_request import GetProjectLiveDataRequest
    from .get_project_live_data_request_segments_type_0 import (
        GetProjectLiveDataRequestSegmentsType0,
    )
    from .get_project_live_data_response import GetProjectLiveDataResponse
    from .get_project_live_data_response_data_item import (
        GetProjectLiveDataResponseDataItem,
    )
    from .get_projects_list_request import GetProjectsListRequest
    from .get_projects_list_request_project_type_type_0_item import (
        GetProjectsListRequestProjectTypeType0Item,
    )
    from .get_projects_list_request_sort_by_type_0 import (
        GetProjectsListRequestSortByType0,
    )
    from .get_projects_list_request_status_type_0_item import (
        GetProjectsListRequestStatusType0Item,
    )
    from .get_projects_list_request_tracking_script_version_type_0 import (
        GetProjectsListRequestTrackingScriptVersionType0,
    )
    from .get_projects_list_response import GetProjectsListResponse
    from .get_report_token_request import GetReportTokenRequest
    from .get_report_token_request_token_action import GetReportTokenRequestTokenAction
    from .get_report_token_response import GetReportTokenResponse
    from .get_sdk_keys_list_response import GetSdkKeysListResponse
    from .get_sections_expand_item import GetSectionsExpandItem
    from .get_sections_include_item import GetSectionsIncludeItem
    from .get_sections_response import GetSectionsResponse
    from .get_signal_sessions_list_request import GetSignalSessionsListRequest
    from .get_signal_sessions_list_request_browser_type_0 import (
        GetSignalSessionsListRequestBrowserType0,
    )
    from .get_signal_sessions_list_request_country_type_0 import (
        GetSignalSessionsListRequestCountryType0,
    )
    from .get_signal_sessions_list_request_devices_type_0 import (
        GetSignalSessionsListRequestDevicesType0,
    )
    from .get_signal_sessions_list_request_duration_type_0 import (
        GetSignalSessionsListRequestDurationType0,
    )
    from .get_signal_sessions_list_request_experience import (
        GetSignalSessionsListRequestExperience,
    )
    from .get_signal_sessions_list_request_os import GetSignalSessionsListRequestOs
    from .get_signal_sessions_list_request_page_count_type_0 import (
        GetSignalSessionsListRequestPageCountType0,
    )
    from .get_signal_sessions_list_response import GetSignalSessionsListResponse
    from .get_signal_sessions_list_response_data_item import (
        GetSignalSessionsListResponseDataItem,
    )
    from .get_tags_list_request import GetTagsListRequest
    from .get_tags_list_response import GetTagsListResponse
    from .goal import Goal
    from .goal_optional_fields import GoalOptionalFields
    from .goal_stats import GoalStats
    from .goal_statuses import GoalStatuses
    from .goal_triggering_rule_type_0 import GoalTriggeringRuleType0
    from .goal_types import GoalTypes
    from .hypotheses_list_expand_fields_item import HypothesesListExpandFieldsItem
    from .hypothesis import Hypothesis
    from .hypothesis_statuses import HypothesisStatuses
    from .import_project_data_request import ImportProjectDataRequest
    from .import_project_data_response import ImportProjectDataResponse
    from .import_project_data_response_imported import ImportProjectDataResponseImported
    from .import_project_request import ImportProjectRequest
    from .knowledge_base import KnowledgeBase
    from .knowledge_base_prioritization_score_attributes_type_0 import (
        KnowledgeBasePrioritizationScoreAttributesType0,
    )
    from .knowledge_base_statuses import KnowledgeBaseStatuses
    from .knowledge_bases_expand_fields_item import KnowledgeBasesExpandFieldsItem
    from .list_extra import ListExtra
    from .live_data_event_types import LiveDataEventTypes
    from .live_data_expand_fields import LiveDataExpandFields
    from .location import Location
    from .location_include_fields import LocationIncludeFields
    from .location_rule_element import LocationRuleElement
    from .location_rule_object import LocationRuleObject
    from .location_rule_object_or_item import LocationRuleObjectORItem
    from .location_rule_object_or_item_and_item import LocationRuleObjectORItemANDItem
    from .location_rules_type_0 import LocationRulesType0
    from .location_stats import LocationStats
    from .location_statuses import LocationStatuses
    from .metric_types import MetricTypes
    from .multipage_experience_page import MultipageExperiencePage
    from .observation import Observation
    from .observation_file import ObservationFile
    from .observation_image import ObservationImage
    from .observation_image_data import ObservationImageData
    from .observation_statuses import ObservationStatuses
    from .observations_expand_fields_item import ObservationsExpandFieldsItem
    from .pagination import Pagination
    from .password_auth_data import PasswordAuthData
    from .pie_attributes import PIEAttributes
    from .project import Project
    from .project_custom_domain_type_0 import ProjectCustomDomainType0
    from .project_environments import ProjectEnvironments
    from .project_expand_fields import ProjectExpandFields
    from .project_export_object import ProjectExportObject
    from .project_include_fields import ProjectIncludeFields
    from .project_integrations_settings import ProjectIntegrationsSettings
    from .project_project_type import ProjectProjectType
    from .project_reporting_settings import ProjectReportingSettings
    from .project_settings import ProjectSettings
    from .project_stats import ProjectStats
    from .project_statuses import ProjectStatuses
    from .project_type import ProjectType
    from .projects_list_expand_fields import ProjectsListExpandFields
    from .projects_list_include_field import ProjectsListIncludeField
    from .remove_experience_report_data_request import RemoveExperienceReportDataRequest
    from .remove_experience_report_data_response import (
        RemoveExperienceReportDataResponse,
    )
    from .remove_experience_report_data_response_data_item import (
        RemoveExperienceReportDataResponseDataItem,
    )
    from .remove_experience_report_event_type_conversion import (
        RemoveExperienceReportEventTypeConversion,
    )
    from .remove_experience_report_event_type_transaction import (
        RemoveExperienceReportEventTypeTransaction,
    )
    from .remove_experience_report_event_type_view_experience import (
        RemoveExperienceReportEventTypeViewExperience,
    )
    from .reporting_segments_filters import ReportingSegmentsFilters
    from .request_account_addons_request import RequestAccountAddonsRequest
    from .request_forgot_password_request import RequestForgotPasswordRequest
    from .role_permissions import RolePermissions
    from .rule_element import RuleElement
    from .rule_element_no_url import RuleElementNoUrl
    from .rule_object import RuleObject
    from .rule_object_no_url import RuleObjectNoUrl
    from .rule_object_no_url_or_item import RuleObjectNoUrlORItem
    from .rule_object_no_url_or_item_and_item import RuleObjectNoUrlORItemANDItem
    from .rule_object_or_item import RuleObjectORItem
    from .rule_object_or_item_and_item import RuleObjectORItemANDItem
    from .sdk_key import SdkKey
    from .sdk_key_statuses import SdkKeyStatuses
    from .se_proc_settings import SEProcSettings
    from .section_version import SectionVersion
    from .section_version_create import SectionVersionCreate
    from .section_version_update import SectionVersionUpdate
    from .simple_audience import SimpleAudience
    from .simple_goal import SimpleGoal
    from .simple_location import SimpleLocation
    from .sort_direction_type_0 import SortDirectionType0
    from .start_payment_setup_request_data_type_0 import (
        StartPaymentSetupRequestDataType0,
    )
    from .start_payment_setup_response import StartPaymentSetupResponse
    from .success_response import SuccessResponse
    from .tag import Tag
    from .tag_to_create import TagToCreate
    from .tracking_script_release_types import TrackingScriptReleaseTypes
    from .trigger_experience_screenshots_request import (
        TriggerExperienceScreenshotsRequest,
    )
    from .update_account_details_request import UpdateAccountDetailsRequest
    from .update_account_details_request_billing import (
        UpdateAccountDetailsRequestBilling,
    )
    from .update_account_details_request_settings import (
        UpdateAccountDetailsRequestSettings,
    )
    from .update_account_details_response import UpdateAccountDetailsResponse
    from .update_account_user_accesses_by_email_request import (
        UpdateAccountUserAccessesByEmailRequest,
    )
    from .update_account_user_accesses_by_email_request_accesses_item import (
        UpdateAccountUserAccessesByEmailRequestAccessesItem,
    )
    from .update_account_user_accesses_by_user_id_request import (
        UpdateAccountUserAccessesByUserIdRequest,
    )
    from .update_account_user_accesses_by_user_id_request_accesses_item import (
        UpdateAccountUserAccessesByUserIdRequestAccessesItem,
    )
    from .update_account_user_accesses_response import UpdateAccountUserAccessesResponse
    from .update_audience_request import UpdateAudienceRequest
    from .update_domain_request import UpdateDomainRequest
    from .update_experience_change_request import UpdateExperienceChangeRequest
    from .update_experience_change_request_data import UpdateExperienceChangeRequestData
    from .update_experience_expand_item import UpdateExperienceExpandItem
    from .update_experience_include_item import UpdateExperienceIncludeItem
    from .update_experience_request import UpdateExperienceRequest
    from .update_experience_request_site_area_type_0 import (
        UpdateExperienceRequestSiteAreaType0,
    )
    from .update_experience_section_version_expand_item import (
        UpdateExperienceSectionVersionExpandItem,
    )
    from .update_experience_section_version_include_item import (
        UpdateExperienceSectionVersionIncludeItem,
    )
    from .update_experience_section_version_request import (
        UpdateExperienceSectionVersionRequest,
    )
    from .update_experience_section_version_response import (
        UpdateExperienceSectionVersionResponse,
    )
    from .update_experience_sections_expand_item import (
        UpdateExperienceSectionsExpandItem,
    )
    from .update_experience_sections_include_item import (
        UpdateExperienceSectionsIncludeItem,
    )
    from .update_experience_sections_request import UpdateExperienceSectionsRequest
    from .update_experience_sections_response import UpdateExperienceSectionsResponse
    from .update_experience_variation_request import UpdateExperienceVariationRequest
    from .update_feature_request import UpdateFeatureRequest
    from .update_goal_request import UpdateGoalRequest
    from .update_goal_request_settings import UpdateGoalRequestSettings
    from .update_hypothesis_expand_item import UpdateHypothesisExpandItem
    from .update_hypothesis_request import UpdateHypothesisRequest
    from .update_hypothesis_status_expand_item import UpdateHypothesisStatusExpandItem
    from .update_hypothesis_status_request import UpdateHypothesisStatusRequest
    from .update_knowledge_base_expand_item import UpdateKnowledgeBaseExpandItem
    from .update_knowledge_base_request import UpdateKnowledgeBaseRequest
    from .update_location_request import UpdateLocationRequest
    from .update_observation_expand_item import UpdateObservationExpandItem
    from .update_observation_request import UpdateObservationRequest
    from .update_project_request import UpdateProjectRequest
    from .update_project_request_custom_domain_type_0 import (
        UpdateProjectRequestCustomDomainType0,
    )
    from .update_project_request_environments import UpdateProjectRequestEnvironments
    from .update_project_request_integrations_settings import (
        UpdateProjectRequestIntegrationsSettings,
    )
    from .update_project_request_project_type import UpdateProjectRequestProjectType
    from .update_project_request_reporting_settings import (
        UpdateProjectRequestReportingSettings,
    )
    from .update_project_request_settings import UpdateProjectRequestSettings
    from .update_sdk_key_request import UpdateSdkKeyRequest
    from .update_section_expand_item import UpdateSectionExpandItem
    from .update_section_include_item import UpdateSectionIncludeItem
    from .update_section_request import UpdateSectionRequest
    from .update_section_request_data import UpdateSectionRequestData
    from .update_section_response import UpdateSectionResponse
    from .update_tag_request import UpdateTagRequest
    from .update_user_preferences_request import UpdateUserPreferencesRequest
    from .update_user_preferences_request_display_settings import (
        UpdateUserPreferencesRequestDisplaySettings,
    )
    from .update_user_preferences_request_editor_settings import (
        UpdateUserPreferencesRequestEditorSettings,
    )
    from .update_user_preferences_request_general_settings import (
        UpdateUserPreferencesRequestGeneralSettings,
    )
    from .update_user_preferences_request_ui_settings_type_0 import (
        UpdateUserPreferencesRequestUiSettingsType0,
    )
    from .update_user_profile_data_request import UpdateUserProfileDataRequest
    from .upload_cdn_image_request import UploadCdnImageRequest
    from .upload_experience_variation_screenshot_request import (
        UploadExperienceVariationScreenshotRequest,
    )
    from .upload_experience_variation_screenshot_response import (
        UploadExperienceVariationScreenshotResponse,
    )
    from .upload_experience_variation_screenshot_size import (
        UploadExperienceVariationScreenshotSize,
    )
    from .upload_file_request import UploadFileRequest
    from .uploaded_file_data import UploadedFileData
    from .user import User
    from .user_preferences import UserPreferences
    from .user_profile_data import UserProfileData
    from .variation import Variation

_MODULES = {
    "AcceptInvitationRequest": "accept_invitation_request",
    "AccessRole": "access_role",
    "AccessRoleNames": "access_role_names",
    "Account": "account",
    "AccountAccess": "account_access",
    "AccountAccessAccessesItem": "account_access_accesses_item",
    "AccountAddonsTypes": "account_addons_types",
    "AccountBilling": "account_billing",
    "AccountSettings": "account_settings",
    "AccountStatsType0": "account_stats_type_0",
    "AccountUserAccessesExpandFields": "account_user_accesses_expand_fields",
    "AddAccountUserAccessesRequest": "add_account_user_accesses_request",
    "AddAccountUserAccessesRequestAccessesItem": "add_account_user_accesses_request_accesses_item",
    "AddAccountUserAccessesResponse": "add_account_user_accesses_response",
    "AddExperienceSectionVersionExpandItem": "add_experience_section_version_expand_item",
    "AddExperienceSectionVersionIncludeItem": "add_experience_section_version_include_item",
    "AddExperienceSectionVersionRequest": "add_experience_section_version_request",
    "AddExperienceSectionVersionResponse": "add_experience_section_version_response",
    "ApiKey": "api_key",
    "ApiKeyAuthTypes": "api_key_auth_types",
    "Audience": "audience",
    "AudienceIncludeFields": "audience_include_fields",
    "AudienceRulesType0": "audience_rules_type_0",
    "AudienceStats": "audience_stats",
    "AudienceStatuses": "audience_statuses",
    "BaseSimpleExperience": "base_simple_experience",
    "BillingPlanLimitsAndCapabilities": "billing_plan_limits_and_capabilities",
    "BillingPlanSetupUsersResponse": "billing_plan_setup_users_response",
    "BillingPlanSetupUsersResponseDataItem": "billing_plan_setup_users_response_data_item",
    "BulkAudiencesDeleteRequest": "bulk_audiences_delete_request",
    "BulkAudiencesUpdateRequest": "bulk_audiences_update_request",
    "BulkDomainsDeleteRequest": "bulk_domains_delete_request",
    "BulkExperienceStatuses": "bulk_experience_statuses",
    "BulkExperiencesDeleteRequest": "bulk_experiences_delete_request",
    "BulkExperiencesUpdateRequest": "bulk_experiences_update_request",
    "BulkFeaturesDeleteRequest": "bulk_features_delete_request",
    "BulkFeaturesUpdateRequest": "bulk_features_update_request",
    "BulkGoalsDeleteRequest": "bulk_goals_delete_request",
    "BulkGoalsUpdateRequest": "bulk_goals_update_request",
    "BulkHypothesesDeleteRequest": "bulk_hypotheses_delete_request",
    "BulkHypothesesUpdateRequest": "bulk_hypotheses_update_request",
    "BulkKnowledgeBasesDeleteRequest": "bulk_knowledge_bases_delete_request",
    "BulkKnowledgeBasesUpdateRequest": "bulk_knowledge_bases_update_request",
    "BulkLocationsDeleteRequest": "bulk_locations_delete_request",
    "BulkLocationsUpdateRequest": "bulk_locations_update_request",
    "BulkObservationsDeleteRequest": "bulk_observations_delete_request",
    "BulkObservationsUpdateRequest": "bulk_observations_update_request",
    "BulkSuccessResponse": "bulk_success_response",
    "BulkSuccessResponseErrorsItem": "bulk_success_response_errors_item",
    "BulkTagsDeleteRequest": "bulk_tags_delete_request",
    "BulkUpdateProjectsRequest": "bulk_update_projects_request",
    "BulkUpdateProjectsRequestSettings": "bulk_update_projects_request_settings",
    "CdnImage": "cdn_image",
    "ChangeHistoryExpandFields": "change_history_expand_fields",
    "ChangeHistoryMethods": "change_history_methods",
    "ChangeHistoryObjectTypes": "change_history_object_types",
    "ChangeHistoryObjects": "change_history_objects",
    "CheckCodeDomainRequest": "check_code_domain_request",
    "CheckPartnerRequest": "check_partner_request",
    "CheckPartnerResponse": "check_partner_response",
    "CloneAudienceIncludeItem": "clone_audience_include_item",
    "CloneExperienceExpandItem": "clone_experience_expand_item",
    "CloneExperienceIncludeItem": "clone_experience_include_item",
    "CloneExperienceRequest": "clone_experience_request",
    "CloneGoalIncludeItem": "clone_goal_include_item",
    "CloneLocationIncludeItem": "clone_location_include_item",
    "CollapsedExperienceVariationData": "collapsed_experience_variation_data",
    "ConfirmEmailRequest": "confirm_email_request",
    "ConfirmPasswordResetRequest": "confirm_password_reset_request",
    "ConfirmPasswordResetResponse": "confirm_password_reset_response",
    "ConfirmPasswordResetResponseData": "confirm_password_reset_response_data",
    "ConvertExperienceVariationRequest": "convert_experience_variation_request",
    "ConvertExperienceVariationRequestExperienceType": "convert_experience_variation_request_experience_type",
    "CreateApiKeyRequest": "create_api_key_request",
    "CreateApiKeyRequestAuthType": "create_api_key_request_auth_type",
    "CreateAudienceRequest": "create_audience_request",
    "CreateDomainRequest": "create_domain_request",
    "CreateExperienceExpandItem": "create_experience_expand_item",
    "CreateExperienceIncludeItem": "create_experience_include_item",
    "CreateExperienceRequest": "create_experience_request",
    "CreateExperienceRequestSiteAreaType0": "create_experience_request_site_area_type_0",
    "CreateFeatureRequest": "create_feature_request",
    "CreateGoalRequest": "create_goal_request",
    "CreateGoalRequestSettings": "create_goal_request_settings",
    "CreateHypothesisExpandItem": "create_hypothesis_expand_item",
    "CreateHypothesisRequest": "create_hypothesis_request",
    "CreateKnowledgeBaseExpandItem": "create_knowledge_base_expand_item",
    "CreateKnowledgeBaseRequest": "create_knowledge_base_request",
    "CreateKnowledgeBaseRequestPrioritizationScoreAttributesType0": "create_knowledge_base_request_prioritization_score_attributes_type_0",
    "CreateLocationRequest": "create_location_request",
    "CreateObservationExpandItem": "create_observation_expand_item",
    "CreateObservationRequest": "create_observation_request",
    "CreateProjectRequest": "create_project_request",
    "CreateProjectRequestCustomDomainType0": "create_project_request_custom_domain_type_0",
    "CreateProjectRequestEnvironments": "create_project_request_environments",
    "CreateProjectRequestIntegrationsSettings": "create_project_request_integrations_settings",
    "CreateProjectRequestProjectType": "create_project_request_project_type",
    "CreateProjectRequestReportingSettings": "create_project_request_reporting_settings",
    "CreateProjectRequestSettings": "create_project_request_settings",
    "CreateSdkKeyRequest": "create_sdk_key_request",
    "CreateSectionExpandItem": "create_section_expand_item",
    "CreateSectionIncludeItem": "create_section_include_item",
    "CreateSectionRequest": "create_section_request",
    "CreateSectionResponse": "create_section_response",
    "CreateSubAccountRequest": "create_sub_account_request",
    "CreateSubAccountRequestBilling": "create_sub_account_request_billing",
    "CreateSubAccountRequestSettings": "create_sub_account_request_settings",
    "CreateSubAccountResponse": "create_sub_account_response",
    "CreateTagRequest": "create_tag_request",
    "DailyReportMetrics": "daily_report_metrics",
    "DailyReportTypes": "daily_report_types",
    "DeleteAccountUserAccessesByEmailRequest": "delete_account_user_accesses_by_email_request",
    "DeleteAccountUserAccessesByEmailRequestAccessesItem": "delete_account_user_accesses_by_email_request_accesses_item",
    "DeleteAccountUserAccessesByUserIdRequest": "delete_account_user_accesses_by_user_id_request",
    "DeleteAccountUserAccessesByUserIdRequestAccessesItem": "delete_account_user_accesses_by_user_id_request_accesses_item",
    "DoAuthRequest": "do_auth_request",
    "DoAuthResponse": "do_auth_response",
    "DoAuthResponseData": "do_auth_response_data",
    "DoLogoutRequest": "do_logout_request",
    "DoLogoutRequestRequestType": "do_logout_request_request_type",
    "Domain": "domain",
    "DomainToCreate": "domain_to_create",
    "ErrorResponse": "error_response",
    "Experience": "experience",
    "ExperienceAlert": "experience_alert",
    "ExperienceChange": "experience_change",
    "ExperienceChangeAdd": "experience_change_add",
    "ExperienceChangeData": "experience_change_data",
    "ExperienceChangeId": "experience_change_id",
    "ExperienceChangeUpdate": "experience_change_update",
    "ExperienceCollaborator": "experience_collaborator",
    "ExperienceExpandFields": "experience_expand_fields",
    "ExperienceHistoryObjects": "experience_history_objects",
    "ExperienceIncludeFields": "experience_include_fields",
    "ExperienceIntegrationBaidu": "experience_integration_baidu",
    "ExperienceIntegrationClicktale": "experience_integration_clicktale",
    "ExperienceIntegrationClicky": "experience_integration_clicky",
    "ExperienceIntegrationCnzz": "experience_integration_cnzz",
    "ExperienceIntegrationCrazyegg": "experience_integration_crazyegg",
    "ExperienceIntegrationEconda": "experience_integration_econda",
    "ExperienceIntegrationEulerian": "experience_integration_eulerian",
    "ExperienceIntegrationGosquared": "experience_integration_gosquared",
    "ExperienceIntegrationHeapanalytics": "experience_integration_heapanalytics",
    "ExperienceIntegrationHotjar": "experience_integration_hotjar",
    "ExperienceIntegrationMixpanel": "experience_integration_mixpanel",
    "ExperienceIntegrationMouseflow": "experience_integration_mouseflow",
    "ExperienceIntegrationPiwik": "experience_integration_piwik",
    "ExperienceIntegrationSegmentio": "experience_integration_segmentio",
    "ExperienceIntegrationSitecatalyst": "experience_integration_sitecatalyst",
    "ExperienceIntegrationWoopra": "experience_integration_woopra",
    "ExperienceIntegrationYsance": "experience_integration_ysance",
    "ExperienceScreenshotsInfoItem": "experience_screenshots_info_item",
    "ExperienceSection": "experience_section",
    "ExperienceSettings": "experience_settings",
    "ExperienceSiteAreaType0": "experience_site_area_type_0",
    "ExperienceStats": "experience_stats",
    "ExperienceStatuses": "experience_statuses",
    "ExperienceTypes": "experience_types",
    "ExperienceUserCustomizations": "experience_user_customizations",
    "ExperienceVariationBaseExtended": "experience_variation_base_extended",
    "ExperienceVariationCreate": "experience_variation_create",
    "ExperienceVariationStatuses": "experience_variation_statuses",
    "ExperienceVariationUpdate": "experience_variation_update",
    "ExportExperienceRawDataEvents": "export_experience_raw_data_events",
    "ExportExperienceRawDataRequest": "export_experience_raw_data_request",
    "ExportExperienceRawDataResponse": "export_experience_raw_data_response",
    "ExportExperienceRawDataResponseData": "export_experience_raw_data_response_data",
    "ExportExperienceReportRequest": "export_experience_report_request",
    "ExportExperienceReportRequestDataType": "export_experience_report_request_data_type",
    "ExportExperienceReportRequestReportType": "export_experience_report_request_report_type",
    "ExportExperienceReportResponse": "export_experience_report_response",
    "ExportExperienceReportResponseData": "export_experience_report_response_data",
    "ExportProjectRequest": "export_project_request",
    "ExportProjectResponse": "export_project_response",
    "Feature": "feature",
    "FeatureOptionalFieldsItem": "feature_optional_fields_item",
    "FeatureStats": "feature_stats",
    "FeatureStatuses": "feature_statuses",
    "File": "file",
    "FileStatus": "file_status",
    "GenerateDebugTokenResponse": "generate_debug_token_response",
    "GenerateDebugTokenResponseData": "generate_debug_token_response_data",
    "GenerateMfaSecretResponse": "generate_mfa_secret_response",
    "GenerateTextVariantsRequest": "generate_text_variants_request",
    "GenerateTextVariantsRequestParameters": "generate_text_variants_request_parameters",
    "GenerateTextVariantsResponse": "generate_text_variants_response",
    "GenerateTextVariantsResponseData": "generate_text_variants_response_data",
    "GetAccessRolesResponse": "get_access_roles_response",
    "GetAccountActiveCompletedExperiencesListRequest": "get_account_active_completed_experiences_list_request",
    "GetAccountActiveCompletedExperiencesListRequestSortByType0": "get_account_active_completed_experiences_list_request_sort_by_type_0",
    "GetAccountActiveCompletedExperiencesListResponse": "get_account_active_completed_experiences_list_response",
    "GetAccountDetailsIncludeItem": "get_account_details_include_item",
    "GetAccountDetailsResponse": "get_account_details_response",
    "GetAccountHistoryRequest": "get_account_history_request",
    "GetAccountHistoryRequestSortByType0": "get_account_history_request_sort_by_type_0",
    "GetAccountHistoryResponse": "get_account_history_response",
    "GetAccountHistoryResponseDataItem": "get_account_history_response_data_item",
    "GetAccountLiveDataRequest": "get_account_live_data_request",
    "GetAccountLiveDataRequestSegmentsType0": "get_account_live_data_request_segments_type_0",
    "GetAccountLiveDataResponse": "get_account_live_data_response",
    "GetAccountLiveDataResponseDataItem": "get_account_live_data_response_data_item",
    "GetAccountUsersAccessesListExpandItem": "get_account_users_accesses_list_expand_item",
    "GetAccountUsersAccessesListResponse": "get_account_users_accesses_list_response",
    "GetAccountsListResponse": "get_accounts_list_response",
    "GetApiKeysListResponse": "get_api_keys_list_response",
    "GetAudienceIncludeItem": "get_audience_include_item",
    "GetAudiencesListRequest": "get_audiences_list_request",
    "GetAudiencesListRequestSortByType0": "get_audiences_list_request_sort_by_type_0",
    "GetAudiencesListRequestTypeType0": "get_audiences_list_request_type_type_0",
    "GetAudiencesListRequestUsageType0": "get_audiences_list_request_usage_type_0",
    "GetAudiencesListResponse": "get_audiences_list_response",
    "GetAudiencesPresetsResponse": "get_audiences_presets_response",
    "GetAudiencesPresetsResponseDataItem": "get_audiences_presets_response_data_item",
    "GetBillingPlansResponse": "get_billing_plans_response",
    "GetBillingPlansResponseDataItem": "get_billing_plans_response_data_item",
    "GetCdnImagesListRequest": "get_cdn_images_list_request",
    "GetCdnImagesListResponse": "get_cdn_images_list_response",
    "GetDomainByUrlRequest": "get_domain_by_url_request",
    "GetDomainsListRequest": "get_domains_list_request",
    "GetDomainsListResponse": "get_domains_list_response",
    "GetExperienceAggregatedReportRequest": "get_experience_aggregated_report_request",
    "GetExperienceAggregatedReportResponse": "get_experience_aggregated_report_response",
    "GetExperienceAggregatedReportResponseData": "get_experience_aggregated_report_response_data",
    "GetExperienceByKeyExpandItem": "get_experience_by_key_expand_item",
    "GetExperienceByKeyIncludeItem": "get_experience_by_key_include_item",
    "GetExperienceDailyReportRequest": "get_experience_daily_report_request",
    "GetExperienceDailyReportRequestSegments": "get_experience_daily_report_request_segments",
    "GetExperienceDailyReportResponse": "get_experience_daily_report_response",
    "GetExperienceDailyReportResponseData": "get_experience_daily_report_response_data",
    "GetExperienceDailyTrafficAllocationRequest": "get_experience_daily_traffic_allocation_request",
    "GetExperienceDailyTrafficAllocationResponse": "get_experience_daily_traffic_allocation_response",
    "GetExperienceDailyTrafficAllocationResponseData": "get_experience_daily_traffic_allocation_response_data",
    "GetExperienceExpandItem": "get_experience_expand_item",
    "GetExperienceHistoryRequest": "get_experience_history_request",
    "GetExperienceHistoryRequestSortByType0": "get_experience_history_request_sort_by_type_0",
    "GetExperienceHistoryResponse": "get_experience_history_response",
    "GetExperienceHistoryResponseDataItem": "get_experience_history_response_data_item",
    "GetExperienceIncludeItem": "get_experience_include_item",
    "GetExperienceLiveDataRequest": "get_experience_live_data_request",
    "GetExperienceLiveDataRequestSegmentsType0": "get_experience_live_data_request_segments_type_0",
    "GetExperienceLiveDataResponse": "get_experience_live_data_response",
    "GetExperienceLiveDataResponseDataItem": "get_experience_live_data_response_data_item",
    "GetExperienceReportSettingsResponse": "get_experience_report_settings_response",
    "GetExperienceReportSettingsResponseData": "get_experience_report_settings_response_data",
    "GetExperienceVariationScreenshotResponse": "get_experience_variation_screenshot_response",
    "GetExperienceVariationScreenshotSize": "get_experience_variation_screenshot_size",
    "GetExperiencesListRequest": "get_experiences_list_request",
    "GetExperiencesListRequestSortByType0": "get_experiences_list_request_sort_by_type_0",
    "GetExperiencesListResponse": "get_experiences_list_response",
    "GetFeatureByKeyIncludeItem": "get_feature_by_key_include_item",
    "GetFeatureIncludeItem": "get_feature_include_item",
    "GetFeaturesListRequest": "get_features_list_request",
    "GetFeaturesListRequestSortByType0": "get_features_list_request_sort_by_type_0",
    "GetFeaturesListResponse": "get_features_list_response",
    "GetFileResponse": "get_file_response",
    "GetGoalByKeyIncludeItem": "get_goal_by_key_include_item",
    "GetGoalIncludeItem": "get_goal_include_item",
    "GetGoalsListRequest": "get_goals_list_request",
    "GetGoalsListRequestSortByType0": "get_goals_list_request_sort_by_type_0",
    "GetGoalsListRequestTrackingType0": "get_goals_list_request_tracking_type_0",
    "GetGoalsListRequestUsageType0": "get_goals_list_request_usage_type_0",
    "GetGoalsListResponse": "get_goals_list_response",
    "GetHypothesesListRequest": "get_hypotheses_list_request",
    "GetHypothesesListRequestScoreMaxType0": "get_hypotheses_list_request_score_max_type_0",
    "GetHypothesesListRequestScoreMinType0": "get_hypotheses_list_request_score_min_type_0",
    "GetHypothesesListRequestSortByType0": "get_hypotheses_list_request_sort_by_type_0",
    "GetHypothesesListResponse": "get_hypotheses_list_response",
    "GetHypothesisExpandItem": "get_hypothesis_expand_item",
    "GetKnowledgeBaseExpandItem": "get_knowledge_base_expand_item",
    "GetKnowledgeBasesListRequest": "get_knowledge_bases_list_request",
    "GetKnowledgeBasesListRequestSortByType0": "get_knowledge_bases_list_request_sort_by_type_0",
    "GetKnowledgeBasesListResponse": "get_knowledge_bases_list_response",
    "GetLocationIncludeItem": "get_location_include_item",
    "GetLocationsListRequest": "get_locations_list_request",
    "GetLocationsListRequestSortByType0": "get_locations_list_request_sort_by_type_0",
    "GetLocationsListRequestUsageType0": "get_locations_list_request_usage_type_0",
    "GetLocationsListResponse": "get_locations_list_response",
    "GetLocationsPresetsResponse": "get_locations_presets_response",
    "GetLocationsPresetsResponseDataItem": "get_locations_presets_response_data_item",
    "GetObservationExpandItem": "get_observation_expand_item",
    "GetObservationsListRequest": "get_observations_list_request",
    "GetObservationsListRequestSortByType0": "get_observations_list_request_sort_by_type_0",
    "GetObservationsListResponse": "get_observations_list_response",
    "GetProjectHistoryRequest": "get_project_history_request",
    "GetProjectHistoryRequestSortByType0": "get_project_history_request_sort_by_type_0",
    "GetProjectHistoryResponse": "get_project_history_response",
    "GetProjectHistoryResponseDataItem": "get_project_history_response_data_item",
    "GetProjectLiveDataRequest": "get_project_live_data_request",
    "GetProjectLiveDataRequestSegmentsType0": "get_project_live_data_request_segments_type_0",
    "GetProjectLiveDataResponse": "get_project_live_data_response",
    "GetProjectLiveDataResponseDataItem": "get_project_live_data_response_data_item",
    "GetProjectsListRequest": "get_projects_list_request",
    "GetProjectsListRequestProjectTypeType0Item": "get_projects_list_request_project_type_type_0_item",
    "GetProjectsListRequestSortByType0": "get_projects_list_request_sort_by_type_0",
    "GetProjectsListRequestStatusType0Item": "get_projects_list_request_status_type_0_item",
    "GetProjectsListRequestTrackingScriptVersionType0": "get_projects_list_request_tracking_script_version_type_0",
    "GetProjectsListResponse": "get_projects_list_response",
    "GetReportTokenRequest": "get_report_token_request",
    "GetReportTokenRequestTokenAction": "get_report_token_request_token_action",
    "GetReportTokenResponse": "get_report_token_response",
    "GetSdkKeysListResponse": "get_sdk_keys_list_response",
    "GetSectionsExpandItem": "get_sections_expand_item",
    "GetSectionsIncludeItem": "get_sections_include_item",
    "GetSectionsResponse": "get_sections_response",
    "GetSignalSessionsListRequest": "get_signal_sessions_list_request",
    "GetSignalSessionsListRequestBrowserType0": "get_signal_sessions_list_request_browser_type_0",
    "GetSignalSessionsListRequestCountryType0": "get_signal_sessions_list_request_country_type_0",
    "GetSignalSessionsListRequestDevicesType0": "get_signal_sessions_list_request_devices_type_0",
    "GetSignalSessionsListRequestDurationType0": "get_signal_sessions_list_request_duration_type_0",
    "GetSignalSessionsListRequestExperience": "get_signal_sessions_list_request_experience",
    "GetSignalSessionsListRequestOs": "get_signal_sessions_list_request_os",
    "GetSignalSessionsListRequestPageCountType0": "get_signal_sessions_list_request_page_count_type_0",
    "GetSignalSessionsListResponse": "get_signal_sessions_list_response",
    "GetSignalSessionsListResponseDataItem": "get_signal_sessions_list_response_data_item",
    "GetTagsListRequest": "get_tags_list_request",
    "GetTagsListResponse": "get_tags_list_response",
    "Goal": "goal",
    "GoalOptionalFields": "goal_optional_fields",
    "GoalStats": "goal_stats",
    "GoalStatuses": "goal_statuses",
    "GoalTriggeringRuleType0": "goal_triggering_rule_type_0",
    "GoalTypes": "goal_types",
    "HypothesesListExpandFieldsItem": "hypotheses_list_expand_fields_item",
    "Hypothesis": "hypothesis",
    "HypothesisStatuses": "hypothesis_statuses",
    "ImportProjectDataRequest": "import_project_data_request",
    "ImportProjectDataResponse": "import_project_data_response",
    "ImportProjectDataResponseImported": "import_project_data_response_imported",
    "ImportProjectRequest": "import_project_request",
    "KnowledgeBase": "knowledge_base",
    "KnowledgeBasePrioritizationScoreAttributesType0": "knowledge_base_prioritization_score_attributes_type_0",
    "KnowledgeBaseStatuses": "knowledge_base_statuses",
    "KnowledgeBasesExpandFieldsItem": "knowledge_bases_expand_fields_item",
    "ListExtra": "list_extra",
    "LiveDataEventTypes": "live_data_event_types",
    "LiveDataExpandFields": "live_data_expand_fields",
    "Location": "location",
    "LocationIncludeFields": "location_include_fields",
    "LocationRuleElement": "location_rule_element",
    "LocationRuleObject": "location_rule_object",
    "LocationRuleObjectORItem": "location_rule_object_or_item",
    "LocationRuleObjectORItemANDItem": "location_rule_object_or_item_and_item",
    "LocationRulesType0": "location_rules_type_0",
    "LocationStats": "location_stats",
    "LocationStatuses": "location_statuses",
    "MetricTypes": "metric_types",
    "MultipageExperiencePage": "multipage_experience_page",
    "Observation": "observation",
    "ObservationFile": "observation_file",
    "ObservationImage": "observation_image",
    "ObservationImageData": "observation_image_data",
    "ObservationStatuses": "observation_statuses",
    "ObservationsExpandFieldsItem": "observations_expand_fields_item",
    "Pagination": "pagination",
    "PasswordAuthData": "password_auth_data",
    "PIEAttributes": "pie_attributes",
    "Project": "project",
    "ProjectCustomDomainType0": "project_custom_domain_type_0",
    "ProjectEnvironments": "project_environments",
    "ProjectExpandFields": "project_expand_fields",
    "ProjectExportObject": "project_export_object",
    "ProjectIncludeFields": "project_include_fields",
    "ProjectIntegrationsSettings": "project_integrations_settings",
    "ProjectProjectType": "project_project_type",
    "ProjectReportingSettings": "project_reporting_settings",
    "ProjectSettings": "project_settings",
    "ProjectStats": "project_stats",
    "ProjectStatuses": "project_statuses",
    "ProjectType": "project_type",
    "ProjectsListExpandFields": "projects_list_expand_fields",
    "ProjectsListIncludeField": "projects_list_include_field",
    "RemoveExperienceReportDataRequest": "remove_experience_report_data_request",
    "RemoveExperienceReportDataResponse": "remove_experience_report_data_response",
    "RemoveExperienceReportDataResponseDataItem": "remove_experience_report_data_response_data_item",
    "RemoveExperienceReportEventTypeConversion": "remove_experience_report_event_type_conversion",
    "RemoveExperienceReportEventTypeTransaction": "remove_experience_report_event_type_transaction",
    "RemoveExperienceReportEventTypeViewExperience": "remove_experience_report_event_type_view_experience",
    "ReportingSegmentsFilters": "reporting_segments_filters",
    "RequestAccountAddonsRequest": "request_account_addons_request",
    "RequestForgotPasswordRequest": "request_forgot_password_request",
    "RolePermissions": "role_permissions",
    "RuleElement": "rule_element",
    "RuleElementNoUrl": "rule_element_no_url",
    "RuleObject": "rule_object",
    "RuleObjectNoUrl": "rule_object_no_url",
    "RuleObjectNoUrlORItem": "rule_object_no_url_or_item",
    "RuleObjectNoUrlORItemANDItem": "rule_object_no_url_or_item_and_item",
    "RuleObjectORItem": "rule_object_or_item",
    "RuleObjectORItemANDItem": "rule_object_or_item_and_item",
    "SdkKey": "sdk_key",
    "SdkKeyStatuses": "sdk_key_statuses",
    "SEProcSettings": "se_proc_settings",
    "SectionVersion": "section_version",
    "SectionVersionCreate": "section_version_create",
    "SectionVersionUpdate": "section_version_update",
    "SimpleAudience": "simple_audience",
    "SimpleGoal": "simple_goal",
    "SimpleLocation": "simple_location",
    "SortDirectionType0": "sort_direction_type_0",
    "StartPaymentSetupRequestDataType0": "start_payment_setup_request_data_type_0",
    "StartPaymentSetupResponse": "start_payment_setup_response",
    "SuccessResponse": "success_response",
    "Tag": "tag",
    "TagToCreate": "tag_to_create",
    "TrackingScriptReleaseTypes": "tracking_script_release_types",
    "TriggerExperienceScreenshotsRequest": "trigger_experience_screenshots_request",
    "UpdateAccountDetailsRequest": "update_account_details_request",
    "UpdateAccountDetailsRequestBilling": "update_account_details_request_billing",
    "UpdateAccountDetailsRequestSettings": "update_account_details_request_settings",
    "UpdateAccountDetailsResponse": "update_account_details_response",
    "UpdateAccountUserAccessesByEmailRequest": "update_account_user_accesses_by_email_request",
    "UpdateAccountUserAccessesByEmailRequestAccessesItem": "update_account_user_accesses_by_email_request_accesses_item",
    "UpdateAccountUserAccessesByUserIdRequest": "update_account_user_accesses_by_user_id_request",
    "UpdateAccountUserAccessesByUserIdRequestAccessesItem": "update_account_user_accesses_by_user_id_request_accesses_item",
    "UpdateAccountUserAccessesResponse": "update_account_user_accesses_response",
    "UpdateAudienceRequest": "update_audience_request",
    "UpdateDomainRequest": "update_domain_request",
    "UpdateExperienceChangeRequest": "update_experience_change_request",
    "UpdateExperienceChangeRequestData": "update_experience_change_request_data",
    "UpdateExperienceExpandItem": "update_experience_expand_item",
    "UpdateExperienceIncludeItem": "update_experience_include_item",
    "UpdateExperienceRequest": "update_experience_request",
    "UpdateExperienceRequestSiteAreaType0": "update_experience_request_site_area_type_0",
    "UpdateExperienceSectionVersionExpandItem": "update_experience_section_version_expand_item",
    "UpdateExperienceSectionVersionIncludeItem": "update_experience_section_version_include_item",
    "UpdateExperienceSectionVersionRequest": "update_experience_section_version_request",
    "UpdateExperienceSectionVersionResponse": "update_experience_section_version_response",
    "UpdateExperienceSectionsExpandItem": "update_experience_sections_expand_item",
    "UpdateExperienceSectionsIncludeItem": "update_experience_sections_include_item",
    "UpdateExperienceSectionsRequest": "update_experience_sections_request",
    "UpdateExperienceSectionsResponse": "update_experience_sections_response",
    "UpdateExperienceVariationRequest": "update_experience_variation_request",
    "UpdateFeatureRequest": "update_feature_request",
    "UpdateGoalRequest": "update_goal_request",
    "UpdateGoalRequestSettings": "update_goal_request_settings",
    "UpdateHypothesisExpandItem": "update_hypothesis_expand_item",
    "UpdateHypothesisRequest": "update_hypothesis_request",
    "UpdateHypothesisStatusExpandItem": "update_hypothesis_status_expand_item",
    "UpdateHypothesisStatusRequest": "update_hypothesis_status_request",
    "UpdateKnowledgeBaseExpandItem": "update_knowledge_base_expand_item",
    "UpdateKnowledgeBaseRequest": "update_knowledge_base_request",
    "UpdateLocationRequest": "update_location_request",
    "UpdateObservationExpandItem": "update_observation_expand_item",
    "UpdateObservationRequest": "update_observation_request",
    "UpdateProjectRequest": "update_project_request",
    "UpdateProjectRequestCustomDomainType0": "update_project_request_custom_domain_type_0",
    "UpdateProjectRequestEnvironments": "update_project_request_environments",
    "UpdateProjectRequestIntegrationsSettings": "update_project_request_integrations_settings",
    "UpdateProjectRequestProjectType": "update_project_request_project_type",
    "UpdateProjectRequestReportingSettings": "update_project_request_reporting_settings",
    "UpdateProjectRequestSettings": "update_project_request_settings",
    "UpdateSdkKeyRequest": "update_sdk_key_request",
    "UpdateSectionExpandItem": "update_section_expand_item",
    "UpdateSectionIncludeItem": "update_section_include_item",
    "UpdateSectionRequest": "update_section_request",
    "UpdateSectionRequestData": "update_section_request_data",
    "UpdateSectionResponse": "update_section_response",
    "UpdateTagRequest": "update_tag_request",
    "UpdateUserPreferencesRequest": "update_user_preferences_request",
    "UpdateUserPreferencesRequestDisplaySettings": "update_user_preferences_request_display_settings",
    "UpdateUserPreferencesRequestEditorSettings": "update_user_preferences_request_editor_settings",
    "UpdateUserPreferencesRequestGeneralSettings": "update_user_preferences_request_general_settings",
    "UpdateUserPreferencesRequestUiSettingsType0": "update_user_preferences_request_ui_settings_type_0",
    "UpdateUserProfileDataRequest": "update_user_profile_data_request",
    "UploadCdnImageRequest": "upload_cdn_image_request",
    "UploadExperienceVariationScreenshotRequest": "upload_experience_variation_screenshot_request",
    "UploadExperienceVariationScreenshotResponse": "upload_experience_variation_screenshot_response",
    "UploadExperienceVariationScreenshotSize": "upload_experience_variation_screenshot_size",
    "UploadFileRequest": "upload_file_request",
    "UploadedFileData": "uploaded_file_data",
    "User": "user",
    "UserPreferences": "user_preferences",
    "UserProfileData": "user_profile_data",
    "Variation": "variation",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "AcceptInvitationRequest",
    "AccessRole",
    "AccessRoleNames",
    "Account",
    "AccountAccess",
    "AccountAccessAccessesItem",
    "AccountAddonsTypes",
    "AccountBilling",
    "AccountSettings",
    "AccountStatsType0",
    "AccountUserAccessesExpandFields",
    "AddAccountUserAccessesRequest",
    "AddAccountUserAccessesRequestAccessesItem",
    "AddAccountUserAccessesResponse",
    "AddExperienceSectionVersionExpandItem",
    "AddExperienceSectionVersionIncludeItem",
    "AddExperienceSectionVersionRequest",
    "AddExperienceSectionVersionResponse",
    "ApiKey",
    "ApiKeyAuthTypes",
    "Audience",
    "AudienceIncludeFields",
    "AudienceRulesType0",
    "AudienceStats",
    "AudienceStatuses",
    "BaseSimpleExperience",
    "BillingPlanLimitsAndCapabilities",
    "BillingPlanSetupUsersResponse",
    "BillingPlanSetupUsersResponseDataItem",
    "BulkAudiencesDeleteRequest",
    "BulkAudiencesUpdateRequest",
    "BulkDomainsDeleteRequest",
    "BulkExperienceStatuses",
    "BulkExperiencesDeleteRequest",
    "BulkExperiencesUpdateRequest",
    "BulkFeaturesDeleteRequest",
    "BulkFeaturesUpdateRequest",
    "BulkGoalsDeleteRequest",
    "BulkGoalsUpdateRequest",
    "BulkHypothesesDeleteRequest",
    "BulkHypothesesUpdateRequest",
    "BulkKnowledgeBasesDeleteRequest",
    "BulkKnowledgeBasesUpdateRequest",
    "BulkLocationsDeleteRequest",
    "BulkLocationsUpdateRequest",
    "BulkObservationsDeleteRequest",
    "BulkObservationsUpdateRequest",
    "BulkSuccessResponse",
    "BulkSuccessResponseErrorsItem",
    "BulkTagsDeleteRequest",
    "BulkUpdateProjectsRequest",
    "BulkUpdateProjectsRequestSettings",
    "CdnImage",
    "ChangeHistoryExpandFields",
    "ChangeHistoryMethods",
    "ChangeHistoryObjectTypes",
    "ChangeHistoryObjects",
    "CheckCodeDomainRequest",
    "CheckPartnerRequest",
    "CheckPartnerResponse",
    "CloneAudienceIncludeItem",
    "CloneExperienceExpandItem",
    "CloneExperienceIncludeItem",
    "CloneExperienceRequest",
    "CloneGoalIncludeItem",
    "CloneLocationIncludeItem",
    "CollapsedExperienceVariationData",
    "ConfirmEmailRequest",
    "ConfirmPasswordResetRequest",
    "ConfirmPasswordResetResponse",
    "ConfirmPasswordResetResponseData",
    "ConvertExperienceVariationRequest",
    "ConvertExperienceVariationRequestExperienceType",
    "CreateApiKeyRequest",
    "CreateApiKeyRequestAuthType",
    "CreateAudienceRequest",
    "CreateDomainRequest",
    "CreateExperienceExpandItem",
    "CreateExperienceIncludeItem",
    "CreateExperienceRequest",
    "CreateExperienceRequestSiteAreaType0",
    "CreateFeatureRequest",
    "CreateGoalRequest",
    "CreateGoalRequestSettings",
    "CreateHypothesisExpandItem",
    "CreateHypothesisRequest",
    "CreateKnowledgeBaseExpandItem",
    "CreateKnowledgeBaseRequest",
    "CreateKnowledgeBaseRequestPrioritizationScoreAttributesType0",
    "CreateLocationRequest",
    "CreateObservationExpandItem",
    "CreateObservationRequest",
    "CreateProjectRequest",
    "CreateProjectRequestCustomDomainType0",
    "CreateProjectRequestEnvironments",
    "CreateProjectRequestIntegrationsSettings",
    "CreateProjectRequestProjectType",
    "CreateProjectRequestReportingSettings",
    "CreateProjectRequestSettings",
    "CreateSdkKeyRequest",
    "CreateSectionExpandItem",
    "CreateSectionIncludeItem",
    "CreateSectionRequest",
    "CreateSectionResponse",
    "CreateSubAccountRequest",
    "CreateSubAccountRequestBilling",
    "CreateSubAccountRequestSettings",
    "CreateSubAccountResponse",
    "CreateTagRequest",
    "DailyReportMetrics",
    "DailyReportTypes",
    "DeleteAccountUserAccessesByEmailRequest",
    "DeleteAccountUserAccessesByEmailRequestAccessesItem",
    "DeleteAccountUserAccessesByUserIdRequest",
    "DeleteAccountUserAccessesByUserIdRequestAccessesItem",
    "DoAuthRequest",
    "DoAuthResponse",
    "DoAuthResponseData",
    "DoLogoutRequest",
    "DoLogoutRequestRequestType",
    "Domain",
    "DomainToCreate",
    "ErrorResponse",
    "Experience",
    "ExperienceAlert",
    "ExperienceChange",
    "ExperienceChangeAdd",
    "ExperienceChangeData",
    "ExperienceChangeId",
    "ExperienceChangeUpdate",
    "ExperienceCollaborator",
    "ExperienceExpandFields",
    "ExperienceHistoryObjects",
    "ExperienceIncludeFields",
    "ExperienceIntegrationBaidu",
    "ExperienceIntegrationClicktale",
    "ExperienceIntegrationClicky",
    "ExperienceIntegrationCnzz",
    "ExperienceIntegrationCrazyegg",
    "ExperienceIntegrationEconda",
    "ExperienceIntegrationEulerian",
    "ExperienceIntegrationGosquared",
    "ExperienceIntegrationHeapanalytics",
    "ExperienceIntegrationHotjar",
    "ExperienceIntegrationMixpanel",
    "ExperienceIntegrationMouseflow",
    "ExperienceIntegrationPiwik",
    "ExperienceIntegrationSegmentio",
    "ExperienceIntegrationSitecatalyst",
    "ExperienceIntegrationWoopra",
    "ExperienceIntegrationYsance",
    "ExperienceScreenshotsInfoItem",
    "ExperienceSection",
    "ExperienceSettings",
    "ExperienceSiteAreaType0",
    "ExperienceStats",
    "ExperienceStatuses",
    "ExperienceTypes",
    "ExperienceUserCustomizations",
    "ExperienceVariationBaseExtended",
    "ExperienceVariationCreate",
    "ExperienceVariationStatuses",
    "ExperienceVariationUpdate",
    "ExportExperienceRawDataEvents",
    "ExportExperienceRawDataRequest",
    "ExportExperienceRawDataResponse",
    "ExportExperienceRawDataResponseData",
    "ExportExperienceReportRequest",
    "ExportExperienceReportRequestDataType",
    "ExportExperienceReportRequestReportType",
    "ExportExperienceReportResponse",
    "ExportExperienceReportResponseData",
    "ExportProjectRequest",
    "ExportProjectResponse",
    "Feature",
    "FeatureOptionalFieldsItem",
    "FeatureStats",
    "FeatureStatuses",
    "File",
    "FileStatus",
    "GenerateDebugTokenResponse",
    "GenerateDebugTokenResponseData",
    "GenerateMfaSecretResponse",
    "GenerateTextVariantsRequest",
    "GenerateTextVariantsRequestParameters",
    "GenerateTextVariantsResponse",
    "GenerateTextVariantsResponseData",
    "GetAccessRolesResponse",
    "GetAccountActiveCompletedExperiencesListRequest",
    "GetAccountActiveCompletedExperiencesListRequestSortByType0",
    "GetAccountActiveCompletedExperiencesListResponse",
    "GetAccountDetailsIncludeItem",
    "GetAccountDetailsResponse",
    "GetAccountHistoryRequest",
    "GetAccountHistoryRequestSortByType0",
    "GetAccountHistoryResponse",
    "GetAccountHistoryResponseDataItem",
    "GetAccountLiveDataRequest",
    "GetAccountLiveDataRequestSegmentsType0",
    "GetAccountLiveDataResponse",
    "GetAccountLiveDataResponseDataItem",
    "GetAccountUsersAccessesListExpandItem",
    "GetAccountUsersAccessesListResponse",
    "GetAccountsListResponse",
    "GetApiKeysListResponse",
    "GetAudienceIncludeItem",
    "GetAudiencesListRequest",
    "GetAudiencesListRequestSortByType0",
    "GetAudiencesListRequestTypeType0",
    "GetAudiencesListRequestUsageType0",
    "GetAudiencesListResponse",
    "GetAudiencesPresetsResponse",
    "GetAudiencesPresetsResponseDataItem",
    "GetBillingPlansResponse",
    "GetBillingPlansResponseDataItem",
    "GetCdnImagesListRequest",
    "GetCdnImagesListResponse",
    "GetDomainByUrlRequest",
    "GetDomainsListRequest",
    "GetDomainsListResponse",
    "GetExperienceAggregatedReportRequest",
    "GetExperienceAggregatedReportResponse",
    "GetExperienceAggregatedReportResponseData",
    "GetExperienceByKeyExpandItem",
    "GetExperienceByKeyIncludeItem",
    "GetExperienceDailyReportRequest",
    "GetExperienceDailyReportRequestSegments",
    "GetExperienceDailyReportResponse",
    "GetExperienceDailyReportResponseData",
    "GetExperienceDailyTrafficAllocationRequest",
    "GetExperienceDailyTrafficAllocationResponse",
    "GetExperienceDailyTrafficAllocationResponseData",
    "GetExperienceExpandItem",
    "GetExperienceHistoryRequest",
    "GetExperienceHistoryRequestSortByType0",
    "GetExperienceHistoryResponse",
    "GetExperienceHistoryResponseDataItem",
    "GetExperienceIncludeItem",
    "GetExperienceLiveDataRequest",
    "GetExperienceLiveDataRequestSegmentsType0",
    "GetExperienceLiveDataResponse",
    "GetExperienceLiveDataResponseDataItem",
    "GetExperienceReportSettingsResponse",
    "GetExperienceReportSettingsResponseData",
    "GetExperienceVariationScreenshotResponse",
    "GetExperienceVariationScreenshotSize",
    "GetExperiencesListRequest",
    "GetExperiencesListRequestSortByType0",
    "GetExperiencesListResponse",
    "GetFeatureByKeyIncludeItem",
    "GetFeatureIncludeItem",
    "GetFeaturesListRequest",
    "GetFeaturesListRequestSortByType0",
    "GetFeaturesListResponse",
    "GetFileResponse",
    "GetGoalByKeyIncludeItem",
    "GetGoalIncludeItem",
    "GetGoalsListRequest",
    "GetGoalsListRequestSortByType0",
    "GetGoalsListRequestTrackingType0",
    "GetGoalsListRequestUsageType0",
    "GetGoalsListResponse",
    "GetHypothesesListRequest",
    "GetHypothesesListRequestScoreMaxType0",
    "GetHypothesesListRequestScoreMinType0",
    "GetHypothesesListRequestSortByType0",
    "GetHypothesesListResponse",
    "GetHypothesisExpandItem",
    "GetKnowledgeBaseExpandItem",
    "GetKnowledgeBasesListRequest",
    "GetKnowledgeBasesListRequestSortByType0",
    "GetKnowledgeBasesListResponse",
    "GetLocationIncludeItem",
    "GetLocationsListRequest",
    "GetLocationsListRequestSortByType0",
    "GetLocationsListRequestUsageType0",
    "GetLocationsListResponse",
    "GetLocationsPresetsResponse",
    "GetLocationsPresetsResponseDataItem",
    "GetObservationExpandItem",
    "GetObservationsListRequest",
    "GetObservationsListRequestSortByType0",
    "GetObservationsListResponse",
    "GetProjectHistoryRequest",
    "GetProjectHistoryRequestSortByType0",
    "GetProjectHistoryResponse",
    "GetProjectHistoryResponseDataItem",
    "GetProjectLiveDataRequest",
    "GetProjectLiveDataRequestSegmentsType0",
    "GetProjectLiveDataResponse",
    "GetProjectLiveDataResponseDataItem",
    "GetProjectsListRequest",
    "GetProjectsListRequestProjectTypeType0Item",
    "GetProjectsListRequestSortByType0",
    "GetProjectsListRequestStatusType0Item",
    "GetProjectsListRequestTrackingScriptVersionType0",
    "GetProjectsListResponse",
    "GetReportTokenRequest",
    "GetReportTokenRequestTokenAction",
    "GetReportTokenResponse",
    "GetSdkKeysListResponse",
    "GetSectionsExpandItem",
    "GetSectionsIncludeItem",
    "GetSectionsResponse",
    "GetSignalSessionsListRequest",
    "GetSignalSessionsListRequestBrowserType0",
    "GetSignalSessionsListRequestCountryType0",
    "GetSignalSessionsListRequestDevicesType0",
    "GetSignalSessionsListRequestDurationType0",
    "GetSignalSessionsListRequestExperience",
    "GetSignalSessionsListRequestOs",
    "GetSignalSessionsListRequestPageCountType0",
    "GetSignalSessionsListResponse",
    "GetSignalSessionsListResponseDataItem",
    "GetTagsListRequest",
    "GetTagsListResponse",
    "Goal",
    "GoalOptionalFields",
    "GoalStats",
    "GoalStatuses",
    "GoalTriggeringRuleType0",
    "GoalTypes",
    "HypothesesListExpandFieldsItem",
    "Hypothesis",
    "HypothesisStatuses",
    "ImportProjectDataRequest",
    "ImportProjectDataResponse",
    "ImportProjectDataResponseImported",
    "ImportProjectRequest",
    "KnowledgeBase",
    "KnowledgeBasePrioritizationScoreAttributesType0",
    "KnowledgeBaseStatuses",
    "KnowledgeBasesExpandFieldsItem",
    "ListExtra",
    "LiveDataEventTypes",
    "LiveDataExpandFields",
    "Location",
    "LocationIncludeFields",
    "LocationRuleElement",
    "LocationRuleObject",
    "LocationRuleObjectORItem",
    "LocationRuleObjectORItemANDItem",
    "LocationRulesType0",
    "LocationStats",
    "LocationStatuses",
    "MetricTypes",
    "MultipageExperiencePage",
    "Observation",
    "ObservationFile",
    "ObservationImage",
    "ObservationImageData",
    "ObservationStatuses",
    "ObservationsExpandFieldsItem",
    "PIEAttributes",
    "Pagination",
    "PasswordAuthData",
    "Project",
    "ProjectCustomDomainType0",
    "ProjectEnvironments",
    "ProjectExpandFields",
    "ProjectExportObject",
    "ProjectIncludeFields",
    "ProjectIntegrationsSettings",
    "ProjectProjectType",
    "ProjectReportingSettings",
    "ProjectSettings",
    "ProjectStats",
    "ProjectStatuses",
    "ProjectType",
    "ProjectsListExpandFields",
    "ProjectsListIncludeField",
    "RemoveExperienceReportDataRequest",
    "RemoveExperienceReportDataResponse",
    "RemoveExperienceReportDataResponseDataItem",
    "RemoveExperienceReportEventTypeConversion",
    "RemoveExperienceReportEventTypeTransaction",
    "RemoveExperienceReportEventTypeViewExperience",
    "ReportingSegmentsFilters",
    "RequestAccountAddonsRequest",
    "RequestForgotPasswordRequest",
    "RolePermissions",
    "RuleElement",
    "RuleElementNoUrl",
    "RuleObject",
    "RuleObjectNoUrl",
    "RuleObjectNoUrlORItem",
    "RuleObjectNoUrlORItemANDItem",
    "RuleObjectORItem",
    "RuleObjectORItemANDItem",
    "SEProcSettings",
    "SdkKey",
    "SdkKeyStatuses",
    "SectionVersion",
    "SectionVersionCreate",
    "SectionVersionUpdate",
    "SimpleAudience",
    "SimpleGoal",
    "SimpleLocation",
    "SortDirectionType0",
    "StartPaymentSetupRequestDataType0",
    "StartPaymentSetupResponse",
    "SuccessResponse",
    "Tag",
    "TagToCreate",
    "TrackingScriptReleaseTypes",
    "TriggerExperienceScreenshotsRequest",
    "UpdateAccountDetailsRequest",
    "UpdateAccountDetailsRequestBilling",
    "UpdateAccountDetailsRequestSettings",
    "UpdateAccountDetailsResponse",
    "UpdateAccountUserAccessesByEmailRequest",
    "UpdateAccountUserAccessesByEmailRequestAccessesItem",
    "UpdateAccountUserAccessesByUserIdRequest",
    "UpdateAccountUserAccessesByUserIdRequestAccessesItem",
    "UpdateAccountUserAccessesResponse",
    "UpdateAudienceRequest",
    "UpdateDomainRequest",
    "UpdateExperienceChangeRequest",
    "UpdateExperienceChangeRequestData",
    "UpdateExperienceExpandItem",
    "UpdateExperienceIncludeItem",
    "UpdateExperienceRequest",
    "UpdateExperienceRequestSiteAreaType0",
    "UpdateExperienceSectionVersionExpandItem",
    "UpdateExperienceSectionVersionIncludeItem",
    "UpdateExperienceSectionVersionRequest",
    "UpdateExperienceSectionVersionResponse",
    "UpdateExperienceSectionsExpandItem",
    "UpdateExperienceSectionsIncludeItem",
    "UpdateExperienceSectionsRequest",
    "UpdateExperienceSectionsResponse",
    "UpdateExperienceVariationRequest",
    "UpdateFeatureRequest",
    "UpdateGoalRequest",
    "UpdateGoalRequestSettings",
    "UpdateHypothesisExpandItem",
    "UpdateHypothesisRequest",
    "UpdateHypothesisStatusExpandItem",
    "UpdateHypothesisStatusRequest",
    "UpdateKnowledgeBaseExpandItem",
    "UpdateKnowledgeBaseRequest",
    "UpdateLocationRequest",
    "UpdateObservationExpandItem",
    "UpdateObservationRequest",
    "UpdateProjectRequest",
    "UpdateProjectRequestCustomDomainType0",
    "UpdateProjectRequestEnvironments",
    "UpdateProjectRequestIntegrationsSettings",
    "UpdateProjectRequestProjectType",
    "UpdateProjectRequestReportingSettings",
    "UpdateProjectRequestSettings",
    "UpdateSdkKeyRequest",
    "UpdateSectionExpandItem",
    "UpdateSectionIncludeItem",
    "UpdateSectionRequest",
    "UpdateSectionRequestData",
    "UpdateSectionResponse",
    "UpdateTagRequest",
    "UpdateUserPreferencesRequest",
    "UpdateUserPreferencesRequestDisplaySettings",
    "UpdateUserPreferencesRequestEditorSettings",
    "UpdateUserPreferencesRequestGeneralSettings",
    "UpdateUserPreferencesRequestUiSettingsType0",
    "UpdateUserProfileDataRequest",
    "UploadCdnImageRequest",
    "UploadExperienceVariationScreenshotRequest",
    "UploadExperienceVariationScreenshotResponse",
    "UploadExperienceVariationScreenshotSize",
    "UploadFileRequest",
    "UploadedFileData",
    "User",
    "UserPreferences",
    "UserProfileData",
    "Variation",
)
