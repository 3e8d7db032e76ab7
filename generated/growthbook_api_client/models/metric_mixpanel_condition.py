from __future__ import annotations

from ..types import Model


class MetricMixpanelCondition(
    Model,
    rename={
        "property_": "property",
    },
):
    """
    Attributes:
        property_ (str | Unset):
        operator (str | Unset):
        value (str | Unset):
    """

    property_: str | None = None
    operator: str | None = None
    value: str | None = None
