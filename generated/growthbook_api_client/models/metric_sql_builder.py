from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_sql_builder_condition import MetricSqlBuilderCondition
    from ..models.metric_sql_builder_identifier_type_column import (
        MetricSqlBuilderIdentifierTypeColumn,
    )


T = TypeVar("T", bound="MetricSqlBuilder")


@_attrs_define
class MetricSqlBuilder:
    """Settings of the visual SQL builder.

    Attributes:
        identifier_type_columns (list[MetricSqlBuilderIdentifierTypeColumn] | Unset):
        table_name (str | Unset):
        value_column_name (str | Unset):
        timestamp_column_name (str | Unset):
        conditions (list[MetricSqlBuilderCondition] | Unset):
    """

    identifier_type_columns: list[MetricSqlBuilderIdentifierTypeColumn] | Unset = UNSET
    table_name: str | Unset = UNSET
    value_column_name: str | Unset = UNSET
    timestamp_column_name: str | Unset = UNSET
    conditions: list[MetricSqlBuilderCondition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier_type_columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identifier_type_columns, Unset):
            identifier_type_columns = []
            for identifier_type_columns_item_data in self.identifier_type_columns:
                identifier_type_columns_item = (
                    identifier_type_columns_item_data.to_dict()
                )
                identifier_type_columns.append(identifier_type_columns_item)

        table_name = self.table_name

        value_column_name = self.value_column_name

        timestamp_column_name = self.timestamp_column_name

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier_type_columns is not UNSET:
            field_dict["identifierTypeColumns"] = identifier_type_columns
        if table_name is not UNSET:
            field_dict["tableName"] = table_name
        if value_column_name is not UNSET:
            field_dict["valueColumnName"] = value_column_name
        if timestamp_column_name is not UNSET:
            field_dict["timestampColumnName"] = timestamp_column_name
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _identifier_type_columns = d.pop("identifierTypeColumns", UNSET)
        identifier_type_columns: list[MetricSqlBuilderIdentifierTypeColumn] | Unset = (
            UNSET
        )
        if _identifier_type_columns is not UNSET:
            if not isinstance(_identifier_type_columns, list):
                raise TypeError(
                    f"identifier_type_columns: expected a list, got {type(_identifier_type_columns).__name__}"
                )
            identifier_type_columns = []
            for identifier_type_columns_item_data in _identifier_type_columns:
                identifier_type_columns_item = (
                    MetricSqlBuilderIdentifierTypeColumn.from_dict(
                        identifier_type_columns_item_data
                    )
                )

                identifier_type_columns.append(identifier_type_columns_item)

        table_name = d.pop("tableName", UNSET)

        value_column_name = d.pop("valueColumnName", UNSET)

        timestamp_column_name = d.pop("timestampColumnName", UNSET)

        _conditions = d.pop("conditions", UNSET)
        conditions: list[MetricSqlBuilderCondition] | Unset = UNSET
        if _conditions is not UNSET:
            if not isinstance(_conditions, list):
                raise TypeError(
                    f"conditions: expected a list, got {type(_conditions).__name__}"
                )
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = MetricSqlBuilderCondition.from_dict(
                    conditions_item_data
                )

                conditions.append(conditions_item)

        metric_sql_builder = cls(
            identifier_type_columns=identifier_type_columns,
            table_name=table_name,
            value_column_name=value_column_name,
            timestamp_column_name=timestamp_column_name,
            conditions=conditions,
        )

        metric_sql_builder.additional_properties = d
        return metric_sql_builder

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


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve), instead of inside to_dict/from_dict on every call.
from ..models.metric_sql_builder_condition import MetricSqlBuilderCondition
from ..models.metric_sql_builder_identifier_type_column import (
    MetricSqlBuilderIdentifierTypeColumn,
)
