from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_api_key_request_auth_type import CreateApiKeyRequestAuthType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApiKeyRequest")


@_attrs_define
class CreateApiKeyRequest:
    """
    Attributes:
        name (str): A user-defined, friendly name for the API key to help identify its purpose or the application using
            it (e.g., "Reporting Dashboard Integration", "Nightly Data Sync Script").
        auth_type (CreateApiKeyRequestAuthType | Unset): The authentication type for this API key:

            * requestSigning: Each request must be signed with the key and a hash sent in the header (most secure)
            * secretKey: A simpler authentication method using the secret key as a Bearer token in the Authorization header
            (good security) Default: CreateApiKeyRequestAuthType.REQUESTSIGNING.
        projects (list[float] | None | Unset): An optional list of project IDs that this API key is authorized to
            access. If null or an empty list, the key typically grants access to all projects within the account it belongs
            to. This allows for granular control over API key permissions.
    """

    name: str
    auth_type: CreateApiKeyRequestAuthType | Unset = (
        CreateApiKeyRequestAuthType.REQUESTSIGNING
    )
    projects: list[float] | None | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        _auth_type = d.pop("auth_type", UNSET)
        auth_type: CreateApiKeyRequestAuthType | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = CreateApiKeyRequestAuthType(_auth_type)

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

        create_api_key_request = cls(
            name=name,
            auth_type=auth_type,
            projects=projects,
        )

        create_api_key_request.additional_properties = d
        return create_api_key_request

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
