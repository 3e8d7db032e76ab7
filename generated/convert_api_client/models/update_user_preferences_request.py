from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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


T = TypeVar("T", bound="UpdateUserPreferencesRequest")


@_attrs_define
class UpdateUserPreferencesRequest:
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

    editor_settings: UpdateUserPreferencesRequestEditorSettings | Unset = UNSET
    display_settings: UpdateUserPreferencesRequestDisplaySettings | Unset = UNSET
    ui_settings: None | Unset | UpdateUserPreferencesRequestUiSettingsType0 = UNSET
    notifications_seen: list[str] | Unset = UNSET
    general_settings: UpdateUserPreferencesRequestGeneralSettings | Unset = UNSET
    mfa_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        editor_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.editor_settings, Unset):
            editor_settings = self.editor_settings.to_dict()

        display_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_settings, Unset):
            display_settings = self.display_settings.to_dict()

        ui_settings: dict[str, Any] | None | Unset
        if isinstance(self.ui_settings, Unset):
            ui_settings = UNSET
        elif isinstance(self.ui_settings, UpdateUserPreferencesRequestUiSettingsType0):
            ui_settings = self.ui_settings.to_dict()
        else:
            ui_settings = self.ui_settings

        notifications_seen: list[str] | Unset = UNSET
        if not isinstance(self.notifications_seen, Unset):
            notifications_seen = self.notifications_seen

        general_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.general_settings, Unset):
            general_settings = self.general_settings.to_dict()

        mfa_enabled = self.mfa_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if editor_settings is not UNSET:
            field_dict["editorSettings"] = editor_settings
        if display_settings is not UNSET:
            field_dict["displaySettings"] = display_settings
        if ui_settings is not UNSET:
            field_dict["uiSettings"] = ui_settings
        if notifications_seen is not UNSET:
            field_dict["notificationsSeen"] = notifications_seen
        if general_settings is not UNSET:
            field_dict["generalSettings"] = general_settings
        if mfa_enabled is not UNSET:
            field_dict["mfaEnabled"] = mfa_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _editor_settings = d.pop("editorSettings", UNSET)
        editor_settings: UpdateUserPreferencesRequestEditorSettings | Unset
        if isinstance(_editor_settings, Unset):
            editor_settings = UNSET
        else:
            editor_settings = UpdateUserPreferencesRequestEditorSettings.from_dict(
                _editor_settings
            )

        _display_settings = d.pop("displaySettings", UNSET)
        display_settings: UpdateUserPreferencesRequestDisplaySettings | Unset
        if isinstance(_display_settings, Unset):
            display_settings = UNSET
        else:
            display_settings = UpdateUserPreferencesRequestDisplaySettings.from_dict(
                _display_settings
            )

        def _parse_ui_settings(
            data: object,
        ) -> None | Unset | UpdateUserPreferencesRequestUiSettingsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ui_settings_type_0 = (
                    UpdateUserPreferencesRequestUiSettingsType0.from_dict(data)
                )

                return ui_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | Unset | UpdateUserPreferencesRequestUiSettingsType0, data
            )

        ui_settings = _parse_ui_settings(d.pop("uiSettings", UNSET))

        notifications_seen = cast(list[str], d.pop("notificationsSeen", UNSET))

        _general_settings = d.pop("generalSettings", UNSET)
        general_settings: UpdateUserPreferencesRequestGeneralSettings | Unset
        if isinstance(_general_settings, Unset):
            general_settings = UNSET
        else:
            general_settings = UpdateUserPreferencesRequestGeneralSettings.from_dict(
                _general_settings
            )

        mfa_enabled = d.pop("mfaEnabled", UNSET)

        update_user_preferences_request = cls(
            editor_settings=editor_settings,
            display_settings=display_settings,
            ui_settings=ui_settings,
            notifications_seen=notifications_seen,
            general_settings=general_settings,
            mfa_enabled=mfa_enabled,
        )

        update_user_preferences_request.additional_properties = d
        return update_user_preferences_request

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
