from __future__ import annotations

from ..types import Model


class Segment(
    Model,
    rename={
        "datasource_id": "datasourceId",
        "identifier_type": "identifierType",
        "date_created": "dateCreated",
        "date_updated": "dateUpdated",
    },
):
    """
    Attributes:
        id (str):
        owner (str):
        datasource_id (str):
        identifier_type (str):
        name (str):
        query (str):
        date_created (str): Creation time (the reference gives no date-time format here).
        date_updated (str): Last update time (the reference gives no date-time format here).
    """

    id: str
    owner: str
    datasource_id: str
    identifier_type: str
    name: str
    query: str
    date_created: str
    date_updated: str
