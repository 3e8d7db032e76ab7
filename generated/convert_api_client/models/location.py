from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..models.location_statuses import LocationStatuses
from ..types import Model

if TYPE_CHECKING:
    from ..models.location_rules_type_0 import LocationRulesType0
    from ..models.location_stats import LocationStats


class Location(
    Model,
):
    """This object describes an Location, which can be used to target experiences.

    Attributes:
        id (int | Unset): The unique numerical identifier for the location.
        description (str | Unset): An optional, more detailed explanation of this location's purpose or the
            pages/conditions it targets.
        status (LocationStatuses | Unset): The current status of a location:

            - active: The location is active and can be used for targeting experiences.
            - archived: The location is archived and no longer available for new experiences, but its definition is
            preserved. Archived locations can often be cloned. Knowledge Base: "Benefits of Archiving Unused Goals,
            Locations, and Audiences."
        name (str | Unset): A user-defined, friendly name for the location (e.g., "All Product Pages", "Homepage Only",
            "Checkout Funnel"). This name appears in the Convert UI when selecting locations for experiences.
        preset (bool | Unset): Indicates if this location is a system-defined preset (e.g., "All Pages"). Preset
            locations cannot be modified directly but can be used as templates.
        selected_default (bool | Unset): If true, this location will be automatically pre-selected when creating new
            experiences within the project. Useful for commonly targeted site areas.
        stats (LocationStats | Unset): Statistics related to the usage of this location.
        rules (LocationRulesType0 | None | Unset): Defines the logical structure for combining multiple rule conditions
            for a Location. It uses a nested OR -> AND -> OR_WHEN structure, similar to Audience rules, but
            LocationRuleElement types are restricted to page content/URL attributes.
        trigger (Any | Unset): Defines how and when an experience associated with this location should be activated for
            a visitor who matches the location's rules. The type determines the activation mechanism (e.g. upon_run, manual,
            dom_element). Knowledge Base: "Locations" - "Dynamic Website Triggers". The reference collapses this object and
            does not list its fields.
    """

    id: int | None = None
    description: str | None = None
    status: LocationStatuses | None = None
    name: str | None = None
    preset: bool | None = None
    selected_default: bool | None = None
    stats: LocationStats | None = None
    rules: LocationRulesType0 | None = None
    trigger: Any | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.location_rules_type_0 import LocationRulesType0
from ..models.location_stats import LocationStats
