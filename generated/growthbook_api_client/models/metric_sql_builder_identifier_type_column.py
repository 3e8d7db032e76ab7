from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricSqlBuilderIdentifierTypeColumn")


@_attrs_define
class MetricSqlBuilderIdentifierTypeColumn:
    """
    Attributes:
        identifier_type (str | Unset):
        column_name (str | Unset):
    """

    identifier_type: str | Unset = UNSET
    column_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier_type = self.identifier_type

        column_name = self.column_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier_type is not UNSET:
            field_dict["identifierType"] = identifier_type
        if column_name is not UNSET:
            field_dict["columnName"] = column_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        identifier_type = d.pop("identifierType", UNSET)

        column_name = d.pop("columnName", UNSET)

        metric_sql_builder_identifier_type_column = cls(
            identifier_type=identifier_type,
            column_name=column_name,
        )

        metric_sql_builder_identifier_type_column.additional_properties = d
        return metric_sql_builder_identifier_type_column

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
