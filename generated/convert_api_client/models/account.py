from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.access_role_names import AccessRoleNames
from ..types import Model

if TYPE_CHECKING:
    from ..models.account_billing import AccountBilling
    from ..models.account_settings import AccountSettings
    from ..models.account_stats_type_0 import AccountStatsType0
    from ..models.billing_plan_limits_and_capabilities import (
        BillingPlanLimitsAndCapabilities,
    )


class Account(
    Model,
    rename={
        "account_type": "accountType",
        "access_role": "accessRole",
        "limits_and_capabilities": "limitsAndCapabilities",
    },
):
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

    id: int | None = None
    account_type: str | None = None
    name: str | None = None
    access_role: AccessRoleNames | None = None
    access_all_projects: bool | None = None
    settings: AccountSettings | None = None
    billing: AccountBilling | None = None
    limits_and_capabilities: BillingPlanLimitsAndCapabilities | None = None
    stats: AccountStatsType0 | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.account_billing import AccountBilling
from ..models.account_settings import AccountSettings
from ..models.account_stats_type_0 import AccountStatsType0
from ..models.billing_plan_limits_and_capabilities import (
    BillingPlanLimitsAndCapabilities,
)
