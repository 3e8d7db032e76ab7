from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.audience_statuses import AudienceStatuses
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.rule_object_no_url import RuleObjectNoUrl


class UpdateAudienceRequest(
    Model,
    rename={
        "type_": "type",
    },
    omit_defaults=False,
):
    """The audience fields to change.

    Attributes:
        description (str | Unset): An optional, more detailed explanation of the audience's purpose or criteria, aiding
            in identification and management.
        status (AudienceStatuses | Unset): The status of an audience:

            - active: The audience is currently active and can be used for targeting experiences.
            - archived: The audience is no longer active and cannot be used for new experiences, but its definition and past
            usage data are preserved. Archived audiences can often be cloned. Knowledge Base: "Benefits of Archiving Unused
            Goals, Locations, and Audiences."
        name (str | Unset): A user-defined, friendly name for the audience (e.g., "New Visitors from USA", "Repeat
            Purchasers - Mobile"). This name appears in the Convert UI when selecting audiences for experiences.
        selected_default (bool | Unset): If true, this audience will be automatically pre-selected when creating new
            experiences within the project. Useful for commonly targeted segments.
        type_ (str | Unset): Defines the behavior and persistence of an audience that does not use URL-based conditions
            in its rules.

            - permanent: Once a visitor matches the audience criteria, they are permanently considered part of this audience
            for future sessions and evaluations, even if their characteristics change later. The matching is checked only at
            the initial bucketing time.
            - transient: A visitor must match the audience criteria upon each evaluation (e.g., on every page load or when
            an experiment is rechecked) to be included. If conditions are no longer met, the visitor is no longer part of
            the audience for that specific evaluation. For Full Stack projects, only transient and segmentation (if
            applicable without URL rules) are valid.
        rules (None | RuleObjectNoUrl | Unset): The audience's rules: OR -> AND -> OR_WHEN of RuleElementNoUrl
            conditions, which cannot include URL-based matching types.
    """

    description: str | UnsetType = UNSET
    status: AudienceStatuses | UnsetType = UNSET
    name: str | UnsetType = UNSET
    selected_default: bool | UnsetType = UNSET
    type_: str | UnsetType = UNSET
    rules: None | RuleObjectNoUrl | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.rule_object_no_url import RuleObjectNoUrl
