from __future__ import annotations

import datetime

from ..types import Model


class Project(
    Model,
    rename={
        "date_created": "dateCreated",
        "date_updated": "dateUpdated",
    },
):
    """
    Attributes:
        id (str):
        name (str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
    """

    id: str
    name: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
