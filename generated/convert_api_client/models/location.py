from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.location_statuses import LocationStatuses
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_rules_type_0 import LocationRulesType0
    from ..models.location_stats import LocationStats


T = TypeVar("T", bound="Location")


@_attrs_define
class Location:
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

    id: int | Unset = UNSET
    description: str | Unset = UNSET
    status: LocationStatuses | Unset = UNSET
    name: str | Unset = UNSET
    preset: bool | Unset = UNSET
    selected_default: bool | Unset = UNSET
    stats: LocationStats | Unset = UNSET
    rules: LocationRulesType0 | None | Unset = UNSET
    trigger: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        name = self.name

        preset = self.preset

        selected_default = self.selected_default

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        rules: dict[str, Any] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, LocationRulesType0):
            rules = self.rules.to_dict()
        else:
            rules = self.rules

        trigger = self.trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if preset is not UNSET:
            field_dict["preset"] = preset
        if selected_default is not UNSET:
            field_dict["selected_default"] = selected_default
        if stats is not UNSET:
            field_dict["stats"] = stats
        if rules is not UNSET:
            field_dict["rules"] = rules
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: LocationStatuses | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = LocationStatuses(_status)

        name = d.pop("name", UNSET)

        preset = d.pop("preset", UNSET)

        selected_default = d.pop("selected_default", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: LocationStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = LocationStats.from_dict(_stats)

        def _parse_rules(data: object) -> LocationRulesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rules_type_0 = LocationRulesType0.from_dict(data)

                return rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocationRulesType0 | None | Unset, data)

        rules = _parse_rules(d.pop("rules", UNSET))

        trigger = d.pop("trigger", UNSET)

        location = cls(
            id=id,
            description=description,
            status=status,
            name=name,
            preset=preset,
            selected_default=selected_default,
            stats=stats,
            rules=rules,
            trigger=trigger,
        )

        location.additional_properties = d
        return location

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve), instead of inside to_dict/from_dict on every call.
from ..models.location_rules_type_0 import LocationRulesType0
from ..models.location_stats import LocationStats
