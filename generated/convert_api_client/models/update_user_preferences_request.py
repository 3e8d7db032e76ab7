from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.update_user_preferences_request_display_settings import (
        UpdateUserPreferencesRequestDisplaySettings,
    )
    from ..models.update_user_preferences_request_editor_settings import (
        UpdateUserPreferencesRequestEditorSettings,
    )
    from ..models.update_user_preferences_request_general_settings import (
        UpdateUserPreferencesRequestGeneralSettings,
    )
    from ..models.update_user_preferences_request_ui_settings_type_0 import (
        UpdateUserPreferencesRequestUiSettingsType0,
    )


class UpdateUserPreferencesRequest(
    Model,
    rename={
        "editor_settings": "editorSettings",
        "display_settings": "displaySettings",
        "ui_settings": "uiSettings",
        "notifications_seen": "notificationsSeen",
        "general_settings": "generalSettings",
        "mfa_enabled": "mfaEnabled",
    },
    omit_defaults=False,
):
    """
    Attributes:
        editor_settings (UpdateUserPreferencesRequestEditorSettings | Unset):
        display_settings (UpdateUserPreferencesRequestDisplaySettings | Unset):
        ui_settings (None | Unset | UpdateUserPreferencesRequestUiSettingsType0):
        notifications_seen (list[str] | Unset): Notifications the user has seen. The reference lists only a placeholder
            (`TODO-define-it`) for the values, so any string is accepted.
        general_settings (UpdateUserPreferencesRequestGeneralSettings | Unset):
        mfa_enabled (bool | Unset): True if Multi-Factor Authentication (MFA) is currently enabled for this user's
            account.
    """

    editor_settings: UpdateUserPreferencesRequestEditorSettings | UnsetType = UNSET
    display_settings: UpdateUserPreferencesRequestDisplaySettings | UnsetType = UNSET
    ui_settings: None | UpdateUserPreferencesRequestUiSettingsType0 | UnsetType = UNSET
    notifications_seen: list[str] | UnsetType = UNSET
    general_settings: UpdateUserPreferencesRequestGeneralSettings | UnsetType = UNSET
    mfa_enabled: bool | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.update_user_preferences_request_display_settings import (
    UpdateUserPreferencesRequestDisplaySettings,
)
from ..models.update_user_preferences_request_editor_settings import (
    UpdateUserPreferencesRequestEditorSettings,
)
from ..models.update_user_preferences_request_general_settings import (
    UpdateUserPreferencesRequestGeneralSettings,
)
from ..models.update_user_preferences_request_ui_settings_type_0 import (
    UpdateUserPreferencesRequestUiSettingsType0,
)
