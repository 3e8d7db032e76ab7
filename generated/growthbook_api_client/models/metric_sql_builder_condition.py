from __future__ import annotations

from ..types import Model


class MetricSqlBuilderCondition(
    Model,
):
    """
    Attributes:
        column (str | Unset):
        operator (str | Unset):
        value (str | Unset):
    """

    column: str | None = None
    operator: str | None = None
    value: str | None = None
