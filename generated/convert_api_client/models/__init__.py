"""Contains all the data models used in inputs/outputs"""

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
from .add_experience_section_version_request import AddExperienceSectionVersionRequest
from .add_experience_section_version_response import AddExperienceSectionVersionResponse
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
from .export_experience_report_response_data import ExportExperienceReportResponseData
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
from .get_account_history_response_data_item import GetAccountHistoryResponseDataItem
from .get_account_live_data_request import GetAccountLiveDataRequest
from .get_account_live_data_request_segments_type_0 import (
    GetAccountLiveDataRequestSegmentsType0,
)
from .get_account_live_data_response import GetAccountLiveDataResponse
from .get_account_live_data_response_data_item import GetAccountLiveDataResponseDataItem
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
from .get_audiences_list_request_usage_type_0 import GetAudiencesListRequestUsageType0
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
from .get_experience_report_settings_response import GetExperienceReportSettingsResponse
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
from .get_features_list_request_sort_by_type_0 import GetFeaturesListRequestSortByType0
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
from .get_locations_list_request_usage_type_0 import GetLocationsListRequestUsageType0
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
from .get_project_history_response_data_item import GetProjectHistoryResponseDataItem
from .get_project_live_data_request import GetProjectLiveDataRequest
from .get_project_live_data_request_segments_type_0 import (
    GetProjectLiveDataRequestSegmentsType0,
)
from .get_project_live_data_response import GetProjectLiveDataResponse
from .get_project_live_data_response_data_item import GetProjectLiveDataResponseDataItem
from .get_projects_list_request import GetProjectsListRequest
from .get_projects_list_request_project_type_type_0_item import (
    GetProjectsListRequestProjectTypeType0Item,
)
from .get_projects_list_request_sort_by_type_0 import GetProjectsListRequestSortByType0
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
from .remove_experience_report_data_response import RemoveExperienceReportDataResponse
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
from .start_payment_setup_request_data_type_0 import StartPaymentSetupRequestDataType0
from .start_payment_setup_response import StartPaymentSetupResponse
from .success_response import SuccessResponse
from .tag import Tag
from .tag_to_create import TagToCreate
from .tracking_script_release_types import TrackingScriptReleaseTypes
from .trigger_experience_screenshots_request import TriggerExperienceScreenshotsRequest
from .update_account_details_request import UpdateAccountDetailsRequest
from .update_account_details_request_billing import UpdateAccountDetailsRequestBilling
from .update_account_details_request_settings import UpdateAccountDetailsRequestSettings
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
from .update_experience_sections_expand_item import UpdateExperienceSectionsExpandItem
from .update_experience_sections_include_item import UpdateExperienceSectionsIncludeItem
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
