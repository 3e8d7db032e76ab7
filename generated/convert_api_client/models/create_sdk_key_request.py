from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sdk_key_statuses import SdkKeyStatuses
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSdkKeyRequest")


@_attrs_define
class CreateSdkKeyRequest:
    """The name, environment and secret option of the new SDK key.

    Attributes:
        name (str): A user-defined, friendly name for the SDK key to help identify its purpose or the
            application/service using it (e.g., "Production Backend API", "Staging iOS App").
        environment (str): The specific environment within the Full Stack project that this SDK key is associated with
            (e.g., "production", "development", "staging"). The SDK will fetch configurations relevant to this environment.
            This must match one of the environments defined at the project level. KB: "The Environments Feature".
        status (SdkKeyStatuses | Unset): Indicates whether the SDK key is active and can be used for API authentication.
            When disabled, all requests using this key will be rejected.
        has_secret (bool | Unset): Whether the SDK key should have a secret key. When true, a secret key will be
            generated and returned in the response. Default: True.
    """

    name: str
    environment: str
    status: SdkKeyStatuses | Unset = UNSET
    has_secret: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        environment = self.environment

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        has_secret = self.has_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "environment": environment,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if has_secret is not UNSET:
            field_dict["has_secret"] = has_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        environment = d.pop("environment")

        _status = d.pop("status", UNSET)
        status: SdkKeyStatuses | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SdkKeyStatuses(_status)

        has_secret = d.pop("has_secret", UNSET)

        create_sdk_key_request = cls(
            name=name,
            environment=environment,
            status=status,
            has_secret=has_secret,
        )

        create_sdk_key_request.additional_properties = d
        return create_sdk_key_request

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
