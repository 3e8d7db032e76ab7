from __future__ import annotations

from ..types import Model


class DataSourceIdentifierJoinQuery(
    Model,
    rename={
        "identifier_types": "identifierTypes",
    },
):
    """
    Attributes:
        identifier_types (list[str] | Unset):
        sql (str | Unset):
    """

    identifier_types: list[str] | None = None
    sql: str | None = None
