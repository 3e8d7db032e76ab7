from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import Model

if TYPE_CHECKING:
    from ..models.user_preferences import UserPreferences
    from ..models.user_profile_data import UserProfileData


class User(
    Model,
    rename={
        "profile_data": "profileData",
        "is_sudo": "isSudo",
    },
):
    """This object represents an user that exists in the system and which can do operations over data.

    Attributes:
        profile_data (UserProfileData | Unset):
        preferences (UserPreferences | Unset): A collection of user-specific settings that customize their experience
            within the Convert application UI. These preferences do not impact the execution or behavior of live
            experiments.
        is_sudo (bool | Unset): (Internal) If true, indicates the user is currently operating in "sudo" (super-
            administrator impersonation) mode.
        mfa_backup_codes (list[list[Any]] | Unset): (Not Implemented / For Future Use) A list of one-time backup codes
            for Multi-Factor Authentication (MFA). These would be provided when MFA is enabled and can be used if the
            primary MFA device is unavailable.
    """

    profile_data: UserProfileData | None = None
    preferences: UserPreferences | None = None
    is_sudo: bool | None = None
    mfa_backup_codes: list[list[Any]] | None = None

    def page_items(self) -> list[list[Any]]:
        """The items of this page: what a pager over this operation yields."""
        return self.mfa_backup_codes or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.user_preferences import UserPreferences
from ..models.user_profile_data import UserProfileData
