from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.metric_sql_builder_condition import MetricSqlBuilderCondition
    from ..models.metric_sql_builder_identifier_type_column import (
        MetricSqlBuilderIdentifierTypeColumn,
    )


class MetricSqlBuilder(
    Model,
    rename={
        "identifier_type_columns": "identifierTypeColumns",
        "table_name": "tableName",
        "value_column_name": "valueColumnName",
        "timestamp_column_name": "timestampColumnName",
    },
):
    """Settings of the visual SQL builder.

    Attributes:
        identifier_type_columns (list[MetricSqlBuilderIdentifierTypeColumn] | Unset):
        table_name (str | Unset):
        value_column_name (str | Unset):
        timestamp_column_name (str | Unset):
        conditions (list[MetricSqlBuilderCondition] | Unset):
    """

    identifier_type_columns: list[MetricSqlBuilderIdentifierTypeColumn] | None = None
    table_name: str | None = None
    value_column_name: str | None = None
    timestamp_column_name: str | None = None
    conditions: list[MetricSqlBuilderCondition] | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.metric_sql_builder_condition import MetricSqlBuilderCondition
from ..models.metric_sql_builder_identifier_type_column import (
    MetricSqlBuilderIdentifierTypeColumn,
)
