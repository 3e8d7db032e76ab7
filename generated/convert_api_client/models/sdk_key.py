from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sdk_key_statuses import SdkKeyStatuses
from ..types import UNSET, Unset

T = TypeVar("T", bound="SdkKey")


@_attrs_define
class SdkKey:
    """This object describes an SDK key which is used to get data under respective project/account

    Attributes:
        name (str | Unset): A user-defined, friendly name for the SDK key to help identify its purpose or the
            application/service using it (e.g., "Production Backend API", "Staging iOS App").
        sdk_key (str | Unset): Unique identifier used to authenticate requests to Convert's serving API endpoints. This
            key is required to fetch experiments, personalizations and other serving data via the API (see /doc/serving).
            Generated automatically when creating a new SDK key.
        sdk_secret (None | str | Unset): Secret key used for SDK authentication. This value is only returned in full
            when the SDK key is first created. In subsequent GET requests, the secret will be partially redacted (e.g.,
            "abc12*****123") for security purposes. When this is null, the SDK key can be used without authentication
            (public access).
        environment (str | Unset): The specific environment within the Full Stack project that this SDK key is
            associated with (e.g., "production", "development", "staging"). The SDK will fetch configurations relevant to
            this environment. This must match one of the environments defined at the project level. KB: "The Environments
            Feature".
        status (SdkKeyStatuses | Unset): Indicates whether the SDK key is active and can be used for API authentication.
            When disabled, all requests using this key will be rejected.
    """

    name: str | Unset = UNSET
    sdk_key: str | Unset = UNSET
    sdk_secret: None | str | Unset = UNSET
    environment: str | Unset = UNSET
    status: SdkKeyStatuses | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sdk_key = self.sdk_key

        sdk_secret: None | str | Unset
        if isinstance(self.sdk_secret, Unset):
            sdk_secret = UNSET
        else:
            sdk_secret = self.sdk_secret

        environment = self.environment

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if sdk_key is not UNSET:
            field_dict["sdk_key"] = sdk_key
        if sdk_secret is not UNSET:
            field_dict["sdk_secret"] = sdk_secret
        if environment is not UNSET:
            field_dict["environment"] = environment
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        sdk_key = d.pop("sdk_key", UNSET)

        def _parse_sdk_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sdk_secret = _parse_sdk_secret(d.pop("sdk_secret", UNSET))

        environment = d.pop("environment", UNSET)

        _status = d.pop("status", UNSET)
        status: SdkKeyStatuses | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SdkKeyStatuses(_status)

        sdk_key = cls(
            name=name,
            sdk_key=sdk_key,
            sdk_secret=sdk_secret,
            environment=environment,
            status=status,
        )

        sdk_key.additional_properties = d
        return sdk_key

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
