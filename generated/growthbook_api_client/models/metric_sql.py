from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.metric_sql_builder import MetricSqlBuilder


class MetricSql(
    Model,
    rename={
        "identifier_types": "identifierTypes",
        "conversion_sql": "conversionSQL",
        "user_aggregation_sql": "userAggregationSQL",
        "denominator_metric_id": "denominatorMetricId",
    },
):
    """Definition of a SQL-based metric.

    Attributes:
        identifier_types (list[str] | Unset):
        conversion_sql (str | Unset):
        user_aggregation_sql (str | Unset):
        denominator_metric_id (str | Unset):
        builder (MetricSqlBuilder | Unset): Settings of the visual SQL builder.
    """

    identifier_types: list[str] | None = None
    conversion_sql: str | None = None
    user_aggregation_sql: str | None = None
    denominator_metric_id: str | None = None
    builder: MetricSqlBuilder | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.metric_sql_builder import MetricSqlBuilder
