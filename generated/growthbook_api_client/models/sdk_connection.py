from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SdkConnection")


@_attrs_define
class SdkConnection:
    """
    Attributes:
        id (str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        name (str):
        languages (list[str]):
        environment (str):
        project (str):
        encrypt_payload (bool):
        encryption_key (str):
        key (str):
        proxy_enabled (bool):
        proxy_host (str):
        proxy_signing_key (str):
    """

    id: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    name: str
    languages: list[str]
    environment: str
    project: str
    encrypt_payload: bool
    encryption_key: str
    key: str
    proxy_enabled: bool
    proxy_host: str
    proxy_signing_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        name = self.name

        languages = self.languages

        environment = self.environment

        project = self.project

        encrypt_payload = self.encrypt_payload

        encryption_key = self.encryption_key

        key = self.key

        proxy_enabled = self.proxy_enabled

        proxy_host = self.proxy_host

        proxy_signing_key = self.proxy_signing_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dateCreated": date_created,
                "dateUpdated": date_updated,
                "name": name,
                "languages": languages,
                "environment": environment,
                "project": project,
                "encryptPayload": encrypt_payload,
                "encryptionKey": encryption_key,
                "key": key,
                "proxyEnabled": proxy_enabled,
                "proxyHost": proxy_host,
                "proxySigningKey": proxy_signing_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        date_created = datetime.datetime.fromisoformat(d.pop("dateCreated"))

        date_updated = datetime.datetime.fromisoformat(d.pop("dateUpdated"))

        name = d.pop("name")

        languages = cast(list[str], d.pop("languages"))

        environment = d.pop("environment")

        project = d.pop("project")

        encrypt_payload = d.pop("encryptPayload")

        encryption_key = d.pop("encryptionKey")

        key = d.pop("key")

        proxy_enabled = d.pop("proxyEnabled")

        proxy_host = d.pop("proxyHost")

        proxy_signing_key = d.pop("proxySigningKey")

        sdk_connection = cls(
            id=id,
            date_created=date_created,
            date_updated=date_updated,
            name=name,
            languages=languages,
            environment=environment,
            project=project,
            encrypt_payload=encrypt_payload,
            encryption_key=encryption_key,
            key=key,
            proxy_enabled=proxy_enabled,
            proxy_host=proxy_host,
            proxy_signing_key=proxy_signing_key,
        )

        sdk_connection.additional_properties = d
        return sdk_connection

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
