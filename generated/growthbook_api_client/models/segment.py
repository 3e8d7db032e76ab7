from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Segment")


@_attrs_define
class Segment:
    """
    Attributes:
        id (str):
        owner (str):
        datasource_id (str):
        identifier_type (str):
        name (str):
        query (str):
        date_created (str): Creation time (the reference gives no date-time format here).
        date_updated (str): Last update time (the reference gives no date-time format here).
    """

    id: str
    owner: str
    datasource_id: str
    identifier_type: str
    name: str
    query: str
    date_created: str
    date_updated: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        owner = self.owner

        datasource_id = self.datasource_id

        identifier_type = self.identifier_type

        name = self.name

        query = self.query

        date_created = self.date_created

        date_updated = self.date_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "owner": owner,
                "datasourceId": datasource_id,
                "identifierType": identifier_type,
                "name": name,
                "query": query,
                "dateCreated": date_created,
                "dateUpdated": date_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        owner = d.pop("owner")

        datasource_id = d.pop("datasourceId")

        identifier_type = d.pop("identifierType")

        name = d.pop("name")

        query = d.pop("query")

        date_created = d.pop("dateCreated")

        date_updated = d.pop("dateUpdated")

        segment = cls(
            id=id,
            owner=owner,
            datasource_id=datasource_id,
            identifier_type=identifier_type,
            name=name,
            query=query,
            date_created=date_created,
            date_updated=date_updated,
        )

        segment.additional_properties = d
        return segment

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
