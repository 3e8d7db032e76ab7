from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..models.location_statuses import LocationStatuses
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.location_rule_object import LocationRuleObject


class UpdateLocationRequest(
    Model,
    omit_defaults=False,
):
    """The location fields to change.

    Attributes:
        description (str | Unset): An optional, more detailed explanation of this location's purpose or the
            pages/conditions it targets.
        status (LocationStatuses | Unset): The current status of a location:

            - active: The location is active and can be used for targeting experiences.
            - archived: The location is archived and no longer available for new experiences, but its definition is
            preserved. Archived locations can often be cloned. Knowledge Base: "Benefits of Archiving Unused Goals,
            Locations, and Audiences."
        name (str | Unset): A user-defined, friendly name for the location (e.g., "All Product Pages", "Homepage Only",
            "Checkout Funnel"). This name appears in the Convert UI when selecting locations for experiences.
        selected_default (bool | Unset): If true, this location will be automatically pre-selected when creating new
            experiences within the project. Useful for commonly targeted site areas.
        rules (LocationRuleObject | None | Unset): Defines the logical structure for combining multiple rule conditions
            for a Location (OR -> AND -> OR_WHEN of LocationRuleElement conditions, restricted to page content/URL
            attributes).
        trigger (Any | Unset): Defines how and when an experience associated with this location should be activated for
            a visitor who matches the location's rules. The type determines the activation mechanism (e.g. upon_run, manual,
            dom_element). Knowledge Base: "Locations" - "Dynamic Website Triggers". The reference collapses this object and
            does not list its fields.
    """

    description: str | UnsetType = UNSET
    status: LocationStatuses | UnsetType = UNSET
    name: str | UnsetType = UNSET
    selected_default: bool | UnsetType = UNSET
    rules: LocationRuleObject | None | UnsetType = UNSET
    trigger: Any | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.location_rule_object import LocationRuleObject
