from __future__ import annotations

from ..types import Model


class ExperimentResultsDimension(
    Model,
    rename={
        "type_": "type",
    },
):
    """The dimension the results are broken down by.

    Attributes:
        type_ (str | Unset):
        id (str | Unset):
    """

    type_: str | None = None
    id: str | None = None
