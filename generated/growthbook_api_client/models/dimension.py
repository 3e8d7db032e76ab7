from __future__ import annotations

from ..types import Model


class Dimension(
    Model,
    rename={
        "date_created": "dateCreated",
        "date_updated": "dateUpdated",
        "datasource_id": "datasourceId",
        "identifier_type": "identifierType",
    },
):
    """
    Attributes:
        id (str):
        date_created (str): Creation time (the reference gives no date-time format here).
        date_updated (str): Last update time (the reference gives no date-time format here).
        owner (str):
        datasource_id (str):
        identifier_type (str):
        name (str):
        query (str):
    """

    id: str
    date_created: str
    date_updated: str
    owner: str
    datasource_id: str
    identifier_type: str
    name: str
    query: str
