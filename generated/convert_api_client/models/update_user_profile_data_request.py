from __future__ import annotations

from typing import Any

from ..types import UNSET, Model, UnsetType


class UpdateUserProfileDataRequest(
    Model,
    rename={
        "first_name": "firstName",
        "last_name": "lastName",
        "current_password": "currentPassword",
        "new_password": "newPassword",
        "confirm_password": "confirmPassword",
    },
    omit_defaults=False,
):
    """
    Attributes:
        first_name (str | Unset): The user's new first name.
        last_name (str | Unset): The user's new last name.
        current_password (str | Unset): The user's current password. Required if changing email or password.
        new_password (str | Unset): The new password chosen by the user. Required if changing password. Max 25 chars.
        confirm_password (str | Unset): Confirmation of the new password. Must match newPassword. Required if changing
            password. Max 25 chars.
        email (str | Unset): The user's new email address. Requires currentPassword for verification.
        mfa (Any | Unset): Multi-Factor Authentication (MFA) settings. The reference types this field as "any" and gives
            no structure.
    """

    first_name: str | UnsetType = UNSET
    last_name: str | UnsetType = UNSET
    current_password: str | UnsetType = UNSET
    new_password: str | UnsetType = UNSET
    confirm_password: str | UnsetType = UNSET
    email: str | UnsetType = UNSET
    mfa: Any | UnsetType = UNSET
