from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_auth_types import ApiKeyAuthTypes
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """This object describes an API key which is used to authenticate, same as the owner of the respective project/account

    Attributes:
        name (str | Unset): A user-defined, friendly name for the API key to help identify its purpose or the
            application using it (e.g., "Reporting Dashboard Integration", "Nightly Data Sync Script").
        auth_type (ApiKeyAuthTypes | Unset): The authentication type for this API key:

            - requestSigning: Each request must be signed with the key and a hash sent in the header (most secure)
            - secretKey: A simpler authentication method using the secret key as a Bearer token in the Authorization header
            (good security)
        projects (list[float] | None | Unset): An optional list of project IDs that this API key is authorized to
            access. If null or an empty list, the key typically grants access to all projects within the account it belongs
            to. This allows for granular control over API key permissions.
        key_id (str | Unset): The public identifier part of the API key pair (ApplicationID). This is sent in the
            Convert-Application-ID header.
        key_secret (str | Unset): The secret part of the API key pair (ApplicationSecretKey). This is used to sign API
            requests and is critical for authentication. Important: The full key_secret is only returned at the time of API
            key creation. For security reasons, subsequent retrievals of this API key will show this field masked (e.g.,
            with asterisks or partially hidden). Store the secret securely upon creation.
    """

    name: str | Unset = UNSET
    auth_type: ApiKeyAuthTypes | Unset = UNSET
    projects: list[float] | None | Unset = UNSET
    key_id: str | Unset = UNSET
    key_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        projects: list[float] | None | Unset
        if isinstance(self.projects, Unset):
            projects = UNSET
        elif isinstance(self.projects, list):
            projects = self.projects

        else:
            projects = self.projects

        key_id = self.key_id

        key_secret = self.key_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if projects is not UNSET:
            field_dict["projects"] = projects
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if key_secret is not UNSET:
            field_dict["key_secret"] = key_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _auth_type = d.pop("auth_type", UNSET)
        auth_type: ApiKeyAuthTypes | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = ApiKeyAuthTypes(_auth_type)

        def _parse_projects(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                projects_type_0 = cast(list[float], data)

                return projects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        projects = _parse_projects(d.pop("projects", UNSET))

        key_id = d.pop("key_id", UNSET)

        key_secret = d.pop("key_secret", UNSET)

        api_key = cls(
            name=name,
            auth_type=auth_type,
            projects=projects,
            key_id=key_id,
            key_secret=key_secret,
        )

        api_key.additional_properties = d
        return api_key

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
