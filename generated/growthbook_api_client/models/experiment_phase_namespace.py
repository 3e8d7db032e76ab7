from __future__ import annotations

from typing import Any

from ..types import Model


class ExperimentPhaseNamespace(
    Model,
    rename={
        "namespace_id": "namespaceId",
        "range_": "range",
    },
):
    """
    Attributes:
        namespace_id (str | Unset):
        range_ (list[Any] | Unset): The namespace range (the reference leaves the item type open).
    """

    namespace_id: str | None = None
    range_: list[Any] | None = None
