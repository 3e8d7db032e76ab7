from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_sql_builder import MetricSqlBuilder


T = TypeVar("T", bound="MetricSql")


@_attrs_define
class MetricSql:
    """Definition of a SQL-based metric.

    Attributes:
        identifier_types (list[str] | Unset):
        conversion_sql (str | Unset):
        user_aggregation_sql (str | Unset):
        denominator_metric_id (str | Unset):
        builder (MetricSqlBuilder | Unset): Settings of the visual SQL builder.
    """

    identifier_types: list[str] | Unset = UNSET
    conversion_sql: str | Unset = UNSET
    user_aggregation_sql: str | Unset = UNSET
    denominator_metric_id: str | Unset = UNSET
    builder: MetricSqlBuilder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier_types: list[str] | Unset = UNSET
        if not isinstance(self.identifier_types, Unset):
            identifier_types = self.identifier_types

        conversion_sql = self.conversion_sql

        user_aggregation_sql = self.user_aggregation_sql

        denominator_metric_id = self.denominator_metric_id

        builder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.builder, Unset):
            builder = self.builder.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier_types is not UNSET:
            field_dict["identifierTypes"] = identifier_types
        if conversion_sql is not UNSET:
            field_dict["conversionSQL"] = conversion_sql
        if user_aggregation_sql is not UNSET:
            field_dict["userAggregationSQL"] = user_aggregation_sql
        if denominator_metric_id is not UNSET:
            field_dict["denominatorMetricId"] = denominator_metric_id
        if builder is not UNSET:
            field_dict["builder"] = builder

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        identifier_types = cast(list[str], d.pop("identifierTypes", UNSET))

        conversion_sql = d.pop("conversionSQL", UNSET)

        user_aggregation_sql = d.pop("userAggregationSQL", UNSET)

        denominator_metric_id = d.pop("denominatorMetricId", UNSET)

        _builder = d.pop("builder", UNSET)
        builder: MetricSqlBuilder | Unset
        if isinstance(_builder, Unset):
            builder = UNSET
        else:
            builder = MetricSqlBuilder.from_dict(_builder)

        metric_sql = cls(
            identifier_types=identifier_types,
            conversion_sql=conversion_sql,
            user_aggregation_sql=user_aggregation_sql,
            denominator_metric_id=denominator_metric_id,
            builder=builder,
        )

        metric_sql.additional_properties = d
        return metric_sql

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
from ..models.metric_sql_builder import MetricSqlBuilder
