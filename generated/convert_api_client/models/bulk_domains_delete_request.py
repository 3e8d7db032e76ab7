from __future__ import annotations

from ..types import Model


class BulkDomainsDeleteRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        id (list[int]): The list of domains id to delete
    """

    id: list[int]
