from __future__ import annotations

from ..types import Model


class DataSourceAssignmentQuery(
    Model,
    rename={
        "identifier_type": "identifierType",
        "includes_name_columns": "includesNameColumns",
        "dimension_columns": "dimensionColumns",
    },
):
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        identifier_type (str | Unset):
        sql (str | Unset):
        includes_name_columns (bool | Unset):
        dimension_columns (list[str] | Unset):
    """

    id: str | None = None
    name: str | None = None
    description: str | None = None
    identifier_type: str | None = None
    sql: str | None = None
    includes_name_columns: bool | None = None
    dimension_columns: list[str] | None = None
