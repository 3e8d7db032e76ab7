from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ..models.feature_value_type import FeatureValueType
from ..types import Model

if TYPE_CHECKING:
    from ..models.feature_environments import FeatureEnvironments
    from ..models.feature_revision import FeatureRevision


class Feature(
    Model,
    rename={
        "date_created": "dateCreated",
        "date_updated": "dateUpdated",
        "value_type": "valueType",
        "default_value": "defaultValue",
    },
):
    """
    Attributes:
        id (str): The feature key.
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        archived (bool):
        description (str):
        owner (str):
        project (str):
        value_type (FeatureValueType):
        default_value (str): The default value, serialized as a string.
        tags (list[str]):
        environments (FeatureEnvironments): Per-environment settings, keyed by environment name.
        revision (FeatureRevision): The feature's latest published revision.
    """

    id: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    archived: bool
    description: str
    owner: str
    project: str
    value_type: FeatureValueType
    default_value: str
    tags: list[str]
    environments: FeatureEnvironments
    revision: FeatureRevision


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.feature_environments import FeatureEnvironments
from ..models.feature_revision import FeatureRevision
