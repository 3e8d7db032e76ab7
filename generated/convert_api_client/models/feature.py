from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_statuses import FeatureStatuses
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feature_stats import FeatureStats


T = TypeVar("T", bound="Feature")


@_attrs_define
class Feature:
    """
    Attributes:
        id (int | Unset): The unique numerical identifier for the feature.
        name (str | Unset): A user-defined, friendly name for the feature (e.g., "New Checkout Process", "Beta User
            Dashboard"). This name appears in the Convert UI.
        status (FeatureStatuses | Unset): The current status of a feature:

            - active: The feature is active and can be used in Full Stack experiments. Its variables can be controlled by
            experiences.
            - archived: The feature is archived and no longer available for new experiments. Existing experiments using it
            might behave based on last known configuration or default values.
        key (str | Unset): A unique, machine-readable string key for this feature (e.g., "new_checkout_flow",
            "beta_dashboard_enabled"). This key is used by the SDKs to identify and retrieve the feature's configuration and
            variable values. It's typically auto-generated from the name if not specified, but can be user-defined.
        stats (FeatureStats | Unset):
        description (str | Unset): An optional, more detailed explanation of the feature's purpose, what it controls, or
            its intended use cases.
        variables (list[Any] | Unset): An array of FeatureVariable objects that define the configurable parameters
            associated with this feature. For example, a feature "Button Customization" might have variables like
            "buttonColor" (string), "buttonText" (string), and "isEnabled" (boolean). The values of these variables can be
            different for each variation of an experience that uses this feature.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    status: FeatureStatuses | Unset = UNSET
    key: str | Unset = UNSET
    stats: FeatureStats | Unset = UNSET
    description: str | Unset = UNSET
    variables: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        key = self.key

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        description = self.description

        variables: list[Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if key is not UNSET:
            field_dict["key"] = key
        if stats is not UNSET:
            field_dict["stats"] = stats
        if description is not UNSET:
            field_dict["description"] = description
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: FeatureStatuses | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FeatureStatuses(_status)

        key = d.pop("key", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: FeatureStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = FeatureStats.from_dict(_stats)

        description = d.pop("description", UNSET)

        variables = cast(list[Any], d.pop("variables", UNSET))

        feature = cls(
            id=id,
            name=name,
            status=status,
            key=key,
            stats=stats,
            description=description,
            variables=variables,
        )

        feature.additional_properties = d
        return feature

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
from ..models.feature_stats import FeatureStats
