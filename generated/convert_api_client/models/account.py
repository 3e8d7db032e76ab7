from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role_names import AccessRoleNames
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_billing import AccountBilling
    from ..models.account_settings import AccountSettings
    from ..models.account_stats_type_0 import AccountStatsType0
    from ..models.billing_plan_limits_and_capabilities import (
        BillingPlanLimitsAndCapabilities,
    )


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """This object represents details of a tenant in Convert SAAS app.

    Attributes:
        id (int | Unset): The unique numerical identifier for the account.
        account_type (str | Unset): Defines the type of the account:

            - main: A primary account that can have sub-accounts and manages its own billing.
            - sub: A secondary account existing under a main account, often used by agencies to manage client activities.
            Sub-accounts share quotas from the parent.
        name (str | Unset): The user-defined, friendly name for the account (e.g., "Client X Marketing", "My Company
            Inc.").
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
        access_all_projects (bool | Unset): Indicates if the authenticated user has access to all projects within this
            account by default, or if access is granted on a per-project basis.
        settings (AccountSettings | Unset): Various Account level settings that can be controlled by the user
        billing (AccountBilling | Unset): Billing related data and settings
        limits_and_capabilities (BillingPlanLimitsAndCapabilities | Unset):
        stats (AccountStatsType0 | None | Unset): General usage statistics for the account, typically for the current
            billing period. This is an optional field in API responses, included via include[]=stats.
    """

    id: int | Unset = UNSET
    account_type: str | Unset = UNSET
    name: str | Unset = UNSET
    access_role: AccessRoleNames | Unset = UNSET
    access_all_projects: bool | Unset = UNSET
    settings: AccountSettings | Unset = UNSET
    billing: AccountBilling | Unset = UNSET
    limits_and_capabilities: BillingPlanLimitsAndCapabilities | Unset = UNSET
    stats: AccountStatsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_type = self.account_type

        name = self.name

        access_role: str | Unset = UNSET
        if not isinstance(self.access_role, Unset):
            access_role = self.access_role.value

        access_all_projects = self.access_all_projects

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        limits_and_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits_and_capabilities, Unset):
            limits_and_capabilities = self.limits_and_capabilities.to_dict()

        stats: dict[str, Any] | None | Unset
        if isinstance(self.stats, Unset):
            stats = UNSET
        elif isinstance(self.stats, AccountStatsType0):
            stats = self.stats.to_dict()
        else:
            stats = self.stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if name is not UNSET:
            field_dict["name"] = name
        if access_role is not UNSET:
            field_dict["accessRole"] = access_role
        if access_all_projects is not UNSET:
            field_dict["access_all_projects"] = access_all_projects
        if settings is not UNSET:
            field_dict["settings"] = settings
        if billing is not UNSET:
            field_dict["billing"] = billing
        if limits_and_capabilities is not UNSET:
            field_dict["limitsAndCapabilities"] = limits_and_capabilities
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        account_type = d.pop("accountType", UNSET)

        name = d.pop("name", UNSET)

        _access_role = d.pop("accessRole", UNSET)
        access_role: AccessRoleNames | Unset
        if isinstance(_access_role, Unset):
            access_role = UNSET
        else:
            access_role = AccessRoleNames(_access_role)

        access_all_projects = d.pop("access_all_projects", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: AccountSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = AccountSettings.from_dict(_settings)

        _billing = d.pop("billing", UNSET)
        billing: AccountBilling | Unset
        if isinstance(_billing, Unset):
            billing = UNSET
        else:
            billing = AccountBilling.from_dict(_billing)

        _limits_and_capabilities = d.pop("limitsAndCapabilities", UNSET)
        limits_and_capabilities: BillingPlanLimitsAndCapabilities | Unset
        if isinstance(_limits_and_capabilities, Unset):
            limits_and_capabilities = UNSET
        else:
            limits_and_capabilities = BillingPlanLimitsAndCapabilities.from_dict(
                _limits_and_capabilities
            )

        def _parse_stats(data: object) -> AccountStatsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stats_type_0 = AccountStatsType0.from_dict(data)

                return stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountStatsType0 | None | Unset, data)

        stats = _parse_stats(d.pop("stats", UNSET))

        account = cls(
            id=id,
            account_type=account_type,
            name=name,
            access_role=access_role,
            access_all_projects=access_all_projects,
            settings=settings,
            billing=billing,
            limits_and_capabilities=limits_and_capabilities,
            stats=stats,
        )

        account.additional_properties = d
        return account

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
from ..models.account_billing import AccountBilling
from ..models.account_settings import AccountSettings
from ..models.account_stats_type_0 import AccountStatsType0
from ..models.billing_plan_limits_and_capabilities import (
    BillingPlanLimitsAndCapabilities,
)
