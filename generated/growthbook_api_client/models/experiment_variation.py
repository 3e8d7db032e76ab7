from __future__ import annotations

from ..types import Model


class ExperimentVariation(
    Model,
    rename={
        "variation_id": "variationId",
    },
):
    """
    Attributes:
        variation_id (str | Unset):
        key (str | Unset):
        name (str | Unset):
        description (str | Unset):
        screenshots (list[str] | Unset):
    """

    variation_id: str | None = None
    key: str | None = None
    name: str | None = None
    description: str | None = None
    screenshots: list[str] | None = None
