from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.metric_mixpanel_condition import MetricMixpanelCondition


class MetricMixpanel(
    Model,
    rename={
        "event_name": "eventName",
        "event_value": "eventValue",
        "user_aggregation": "userAggregation",
    },
):
    """Definition of a Mixpanel-based metric.

    Attributes:
        event_name (str | Unset):
        event_value (str | Unset):
        user_aggregation (str | Unset):
        conditions (list[MetricMixpanelCondition] | Unset):
    """

    event_name: str | None = None
    event_value: str | None = None
    user_aggregation: str | None = None
    conditions: list[MetricMixpanelCondition] | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.metric_mixpanel_condition import MetricMixpanelCondition
