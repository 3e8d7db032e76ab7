from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audience_statuses import AudienceStatuses
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_object_no_url import RuleObjectNoUrl


T = TypeVar("T", bound="UpdateAudienceRequest")


@_attrs_define
class UpdateAudienceRequest:
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

    description: str | Unset = UNSET
    status: AudienceStatuses | Unset = UNSET
    name: str | Unset = UNSET
    selected_default: bool | Unset = UNSET
    type_: str | Unset = UNSET
    rules: None | RuleObjectNoUrl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        name = self.name

        selected_default = self.selected_default

        type_ = self.type_

        rules: dict[str, Any] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, RuleObjectNoUrl):
            rules = self.rules.to_dict()
        else:
            rules = self.rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if selected_default is not UNSET:
            field_dict["selected_default"] = selected_default
        if type_ is not UNSET:
            field_dict["type"] = type_
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: AudienceStatuses | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AudienceStatuses(_status)

        name = d.pop("name", UNSET)

        selected_default = d.pop("selected_default", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_rules(data: object) -> None | RuleObjectNoUrl | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rules_type_0 = RuleObjectNoUrl.from_dict(data)

                return rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RuleObjectNoUrl | Unset, data)

        rules = _parse_rules(d.pop("rules", UNSET))

        update_audience_request = cls(
            description=description,
            status=status,
            name=name,
            selected_default=selected_default,
            type_=type_,
            rules=rules,
        )

        update_audience_request.additional_properties = d
        return update_audience_request

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
from ..models.rule_object_no_url import RuleObjectNoUrl
