from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSourceAssignmentQuery")


@_attrs_define
class DataSourceAssignmentQuery:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        identifier_type (str | Unset):
        sql (str | Unset):
        includes_name_columns (bool | Unset):
        dimension_columns (list[str] | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    identifier_type: str | Unset = UNSET
    sql: str | Unset = UNSET
    includes_name_columns: bool | Unset = UNSET
    dimension_columns: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        identifier_type = self.identifier_type

        sql = self.sql

        includes_name_columns = self.includes_name_columns

        dimension_columns: list[str] | Unset = UNSET
        if not isinstance(self.dimension_columns, Unset):
            dimension_columns = self.dimension_columns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if identifier_type is not UNSET:
            field_dict["identifierType"] = identifier_type
        if sql is not UNSET:
            field_dict["sql"] = sql
        if includes_name_columns is not UNSET:
            field_dict["includesNameColumns"] = includes_name_columns
        if dimension_columns is not UNSET:
            field_dict["dimensionColumns"] = dimension_columns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        identifier_type = d.pop("identifierType", UNSET)

        sql = d.pop("sql", UNSET)

        includes_name_columns = d.pop("includesNameColumns", UNSET)

        dimension_columns = cast(list[str], d.pop("dimensionColumns", UNSET))

        data_source_assignment_query = cls(
            id=id,
            name=name,
            description=description,
            identifier_type=identifier_type,
            sql=sql,
            includes_name_columns=includes_name_columns,
            dimension_columns=dimension_columns,
        )

        data_source_assignment_query.additional_properties = d
        return data_source_assignment_query

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
