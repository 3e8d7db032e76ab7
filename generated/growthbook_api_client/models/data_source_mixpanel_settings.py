from __future__ import annotations

from ..types import Model


class DataSourceMixpanelSettings(
    Model,
    rename={
        "viewed_experiment_event_name": "viewedExperimentEventName",
        "experiment_id_property": "experimentIdProperty",
        "variation_id_property": "variationIdProperty",
        "extra_user_id_property": "extraUserIdProperty",
    },
):
    """
    Attributes:
        viewed_experiment_event_name (str | Unset):
        experiment_id_property (str | Unset):
        variation_id_property (str | Unset):
        extra_user_id_property (str | Unset):
    """

    viewed_experiment_event_name: str | None = None
    experiment_id_property: str | None = None
    variation_id_property: str | None = None
    extra_user_id_property: str | None = None
