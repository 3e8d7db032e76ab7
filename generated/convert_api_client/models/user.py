from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_preferences import UserPreferences
    from ..models.user_profile_data import UserProfileData


T = TypeVar("T", bound="User")


@_attrs_define
class User:
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

    profile_data: UserProfileData | Unset = UNSET
    preferences: UserPreferences | Unset = UNSET
    is_sudo: bool | Unset = UNSET
    mfa_backup_codes: list[list[Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile_data, Unset):
            profile_data = self.profile_data.to_dict()

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        is_sudo = self.is_sudo

        mfa_backup_codes: list[list[Any]] | Unset = UNSET
        if not isinstance(self.mfa_backup_codes, Unset):
            mfa_backup_codes = []
            for mfa_backup_codes_item_data in self.mfa_backup_codes:
                mfa_backup_codes_item = mfa_backup_codes_item_data

                mfa_backup_codes.append(mfa_backup_codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile_data is not UNSET:
            field_dict["profileData"] = profile_data
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if is_sudo is not UNSET:
            field_dict["isSudo"] = is_sudo
        if mfa_backup_codes is not UNSET:
            field_dict["mfa_backup_codes"] = mfa_backup_codes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _profile_data = d.pop("profileData", UNSET)
        profile_data: UserProfileData | Unset
        if isinstance(_profile_data, Unset):
            profile_data = UNSET
        else:
            profile_data = UserProfileData.from_dict(_profile_data)

        _preferences = d.pop("preferences", UNSET)
        preferences: UserPreferences | Unset
        if isinstance(_preferences, Unset):
            preferences = UNSET
        else:
            preferences = UserPreferences.from_dict(_preferences)

        is_sudo = d.pop("isSudo", UNSET)

        _mfa_backup_codes = d.pop("mfa_backup_codes", UNSET)
        mfa_backup_codes: list[list[Any]] | Unset = UNSET
        if _mfa_backup_codes is not UNSET:
            if not isinstance(_mfa_backup_codes, list):
                raise TypeError(
                    f"mfa_backup_codes: expected a list, got {type(_mfa_backup_codes).__name__}"
                )
            mfa_backup_codes = []
            for mfa_backup_codes_item_data in _mfa_backup_codes:
                mfa_backup_codes_item = cast(list[Any], mfa_backup_codes_item_data)

                mfa_backup_codes.append(mfa_backup_codes_item)

        user = cls(
            profile_data=profile_data,
            preferences=preferences,
            is_sudo=is_sudo,
            mfa_backup_codes=mfa_backup_codes,
        )

        user.additional_properties = d
        return user

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
from ..models.user_preferences import UserPreferences
from ..models.user_profile_data import UserProfileData
