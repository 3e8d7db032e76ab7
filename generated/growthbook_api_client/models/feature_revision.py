from __future__ import annotations

import datetime

from ..types import Model


class FeatureRevision(
    Model,
    rename={
        "published_by": "publishedBy",
    },
):
    """The feature's latest published revision.

    Attributes:
        version (float | Unset):
        comment (str | Unset):
        date (datetime.datetime | Unset):
        published_by (str | Unset):
    """

    version: float | None = None
    comment: str | None = None
    date: datetime.datetime | None = None
    published_by: str | None = None
