from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_report_token_request_token_action import (
    GetReportTokenRequestTokenAction,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetReportTokenRequest")


@_attrs_define
class GetReportTokenRequest:
    """
    Attributes:
        token_action (GetReportTokenRequestTokenAction | Unset): The action to perform on the report token. If omitted,
            the current token (if valid) is returned, or a new one is generated if none exists or the old one expired.
        token_expiration (int | Unset): The desired expiration time for a new or regenerated token, in hours from the
            current time. If not provided when generating a token, a default expiration (e.g., 24 hours) is used.
    """

    token_action: GetReportTokenRequestTokenAction | Unset = UNSET
    token_expiration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_action: str | Unset = UNSET
        if not isinstance(self.token_action, Unset):
            token_action = self.token_action.value

        token_expiration = self.token_expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token_action is not UNSET:
            field_dict["token_action"] = token_action
        if token_expiration is not UNSET:
            field_dict["token_expiration"] = token_expiration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _token_action = d.pop("token_action", UNSET)
        token_action: GetReportTokenRequestTokenAction | Unset
        if isinstance(_token_action, Unset):
            token_action = UNSET
        else:
            token_action = GetReportTokenRequestTokenAction(_token_action)

        token_expiration = d.pop("token_expiration", UNSET)

        get_report_token_request = cls(
            token_action=token_action,
            token_expiration=token_expiration,
        )

        get_report_token_request.additional_properties = d
        return get_report_token_request

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
