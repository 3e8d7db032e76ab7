from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import Model

if TYPE_CHECKING:
    from ..models.feature_definition_rule import FeatureDefinitionRule
    from ..models.feature_definition_value_type_3 import FeatureDefinitionValueType3


class FeatureDefinition(
    Model,
    rename={
        "default_value": "defaultValue",
    },
):
    """The feature as SDKs consume it. The API does not return this object
    directly: `FeatureEnvironment.definition` carries it as a JSON string.

        Attributes:
            default_value (FeatureDefinitionValueType3 | float | list[Any] | None | str): A feature value of any of the
                types the reference allows.
            rules (list[FeatureDefinitionRule] | Unset):
    """

    default_value: FeatureDefinitionValueType3 | float | list[Any] | None | str
    rules: list[FeatureDefinitionRule] | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.feature_definition_rule import FeatureDefinitionRule
from ..models.feature_definition_value_type_3 import FeatureDefinitionValueType3
