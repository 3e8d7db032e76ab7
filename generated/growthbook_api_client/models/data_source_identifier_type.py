from __future__ import annotations

from ..types import Model


class DataSourceIdentifierType(
    Model,
):
    """
    Attributes:
        id (str | Unset):
        description (str | Unset):
    """

    id: str | None = None
    description: str | None = None
