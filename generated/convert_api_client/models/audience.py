from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.audience_statuses import AudienceStatuses
from ..types import Model

if TYPE_CHECKING:
    from ..models.audience_rules_type_0 import AudienceRulesType0
    from ..models.audience_stats import AudienceStats


class Audience(
    Model,
    rename={
        "type_": "type",
    },
):
    """This object describes an Audience, which can be used to target experiences.

    Attributes:
        id (int | Unset): The unique numerical identifier for the audience.
        description (str | Unset): An optional, more detailed explanation of the audience's purpose or criteria, aiding
            in identification and management.
        status (AudienceStatuses | Unset): The status of an audience:

            - active: The audience is currently active and can be used for targeting experiences.
            - archived: The audience is no longer active and cannot be used for new experiences, but its definition and past
            usage data are preserved. Archived audiences can often be cloned. Knowledge Base: "Benefits of Archiving Unused
            Goals, Locations, and Audiences."
        name (str | Unset): A user-defined, friendly name for the audience (e.g., "New Visitors from USA", "Repeat
            Purchasers - Mobile"). This name appears in the Convert UI when selecting audiences for experiences.
        preset (bool | Unset): Indicates if this audience is a system-defined preset (e.g., "All Visitors", "Mobile
            Users"). Preset audiences cannot be modified directly but can be used as templates.
        selected_default (bool | Unset): If true, this audience will be automatically pre-selected when creating new
            experiences within the project. Useful for commonly targeted segments.
        stats (AudienceStats | Unset): Statistics related to the usage of this audience.
        type_ (str | Unset): Defines the behavior and persistence of an audience that does not use URL-based conditions
            in its rules.

            - permanent: Once a visitor matches the audience criteria, they are permanently considered part of this audience
            for future sessions and evaluations, even if their characteristics change later. The matching is checked only at
            the initial bucketing time.
            - transient: A visitor must match the audience criteria upon each evaluation (e.g., on every page load or when
            an experiment is rechecked) to be included. If conditions are no longer met, the visitor is no longer part of
            the audience for that specific evaluation. For Full Stack projects, only transient and segmentation (if
            applicable without URL rules) are valid.
        rules (AudienceRulesType0 | None | Unset): Similar to RuleObject, but the individual RuleElementNoUrl conditions
            within OR_WHEN arrays cannot include URL-based matching types. Used for 'permanent' or 'transient' audiences
            where URL context is not persistently evaluated or relevant for the audience type.
    """

    id: int | None = None
    description: str | None = None
    status: AudienceStatuses | None = None
    name: str | None = None
    preset: bool | None = None
    selected_default: bool | None = None
    stats: AudienceStats | None = None
    type_: str | None = None
    rules: AudienceRulesType0 | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.audience_rules_type_0 import AudienceRulesType0
from ..models.audience_stats import AudienceStats
