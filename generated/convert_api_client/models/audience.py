from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audience_statuses import AudienceStatuses
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audience_rules_type_0 import AudienceRulesType0
    from ..models.audience_stats import AudienceStats


T = TypeVar("T", bound="Audience")


@_attrs_define
class Audience:
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

    id: int | Unset = UNSET
    description: str | Unset = UNSET
    status: AudienceStatuses | Unset = UNSET
    name: str | Unset = UNSET
    preset: bool | Unset = UNSET
    selected_default: bool | Unset = UNSET
    stats: AudienceStats | Unset = UNSET
    type_: str | Unset = UNSET
    rules: AudienceRulesType0 | None | Unset = UNSET
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

        type_ = self.type_

        rules: dict[str, Any] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, AudienceRulesType0):
            rules = self.rules.to_dict()
        else:
            rules = self.rules

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: AudienceStatuses | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AudienceStatuses(_status)

        name = d.pop("name", UNSET)

        preset = d.pop("preset", UNSET)

        selected_default = d.pop("selected_default", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: AudienceStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = AudienceStats.from_dict(_stats)

        type_ = d.pop("type", UNSET)

        def _parse_rules(data: object) -> AudienceRulesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rules_type_0 = AudienceRulesType0.from_dict(data)

                return rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AudienceRulesType0 | None | Unset, data)

        rules = _parse_rules(d.pop("rules", UNSET))

        audience = cls(
            id=id,
            description=description,
            status=status,
            name=name,
            preset=preset,
            selected_default=selected_default,
            stats=stats,
            type_=type_,
            rules=rules,
        )

        audience.additional_properties = d
        return audience

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
from ..models.audience_rules_type_0 import AudienceRulesType0
from ..models.audience_stats import AudienceStats
