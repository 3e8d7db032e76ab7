from __future__ import annotations

from ..types import UNSET, Model, UnsetType


class ConfirmPasswordResetRequest(
    Model,
    rename={
        "new_password": "newPassword",
        "confirm_new_password": "confirmNewPassword",
        "auth_sub": "authSub",
    },
    omit_defaults=False,
):
    """
    Attributes:
        code (str): The password reset confirmation code received by the user via email. This code verifies the reset
            request.
        new_password (str): The new password chosen by the user. Must meet system complexity requirements. Maximum
            length is 99 characters.
        confirm_new_password (str): Confirmation of the new password. Must exactly match the newPassword field. Maximum
            length is 99 characters.
        auth_sub (str | Unset): (Deprecated or Internal) An internal user identifier, typically part of the password
            reset link sent via email. The token or code is usually the primary field.
        token (str | Unset): (Deprecated or Alternative) A password reset token, possibly sent as part of the reset
            link. The code field is often the primary verification.
    """

    code: str
    new_password: str
    confirm_new_password: str
    auth_sub: str | UnsetType = UNSET
    token: str | UnsetType = UNSET
