from __future__ import annotations

from ..types import Model


class MetricSqlBuilderIdentifierTypeColumn(
    Model,
    rename={
        "identifier_type": "identifierType",
        "column_name": "columnName",
    },
):
    """
    Attributes:
        identifier_type (str | Unset):
        column_name (str | Unset):
    """

    identifier_type: str | None = None
    column_name: str | None = None
