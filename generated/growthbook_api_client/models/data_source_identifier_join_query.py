from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSourceIdentifierJoinQuery")


@_attrs_define
class DataSourceIdentifierJoinQuery:
    """
    Attributes:
        identifier_types (list[str] | Unset):
        sql (str | Unset):
    """

    identifier_types: list[str] | Unset = UNSET
    sql: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier_types: list[str] | Unset = UNSET
        if not isinstance(self.identifier_types, Unset):
            identifier_types = self.identifier_types

        sql = self.sql

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier_types is not UNSET:
            field_dict["identifierTypes"] = identifier_types
        if sql is not UNSET:
            field_dict["sql"] = sql

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        identifier_types = cast(list[str], d.pop("identifierTypes", UNSET))

        sql = d.pop("sql", UNSET)

        data_source_identifier_join_query = cls(
            identifier_types=identifier_types,
            sql=sql,
        )

        data_source_identifier_join_query.additional_properties = d
        return data_source_identifier_join_query

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
