from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.toggle_feature_request_environments import (
        ToggleFeatureRequestEnvironments,
    )


T = TypeVar("T", bound="ToggleFeatureRequest")


@_attrs_define
class ToggleFeatureRequest:
    """
    Attributes:
        environments (ToggleFeatureRequestEnvironments): Map of environment name to the enabled state to set there.
        reason (str | Unset): Why the feature is being toggled.
    """

    environments: ToggleFeatureRequestEnvironments
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environments = self.environments.to_dict()

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environments": environments,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        environments = ToggleFeatureRequestEnvironments.from_dict(d.pop("environments"))

        reason = d.pop("reason", UNSET)

        toggle_feature_request = cls(
            environments=environments,
            reason=reason,
        )

        toggle_feature_request.additional_properties = d
        return toggle_feature_request

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
from ..models.toggle_feature_request_environments import (
    ToggleFeatureRequestEnvironments,
)
