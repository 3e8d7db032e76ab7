from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.metric_behavior import MetricBehavior
    from ..models.metric_mixpanel import MetricMixpanel
    from ..models.metric_sql import MetricSql


class Metric(
    Model,
    rename={
        "date_created": "dateCreated",
        "date_updated": "dateUpdated",
        "datasource_id": "datasourceId",
        "type_": "type",
    },
):
    """
    Attributes:
        id (str):
        date_created (str): Creation time (the reference gives no date-time format here).
        date_updated (str): Last update time (the reference gives no date-time format here).
        owner (str):
        datasource_id (str):
        name (str):
        description (str):
        type_ (str):
        tags (list[str]):
        projects (list[str]):
        archived (bool):
        behavior (MetricBehavior):
        sql (MetricSql | Unset): Definition of a SQL-based metric.
        mixpanel (MetricMixpanel | Unset): Definition of a Mixpanel-based metric.
    """

    id: str
    date_created: str
    date_updated: str
    owner: str
    datasource_id: str
    name: str
    description: str
    type_: str
    tags: list[str]
    projects: list[str]
    archived: bool
    behavior: MetricBehavior
    sql: MetricSql | None = None
    mixpanel: MetricMixpanel | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.metric_behavior import MetricBehavior
from ..models.metric_mixpanel import MetricMixpanel
from ..models.metric_sql import MetricSql
