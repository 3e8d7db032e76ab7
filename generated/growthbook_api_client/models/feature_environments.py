from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.feature_environment import FeatureEnvironment


T = TypeVar("T", bound="FeatureEnvironments")


@_attrs_define
class FeatureEnvironments:
    """Per-environment settings, keyed by environment name."""

    additional_properties: dict[str, FeatureEnvironment] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        feature_environments = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = FeatureEnvironment.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        feature_environments.additional_properties = additional_properties
        return feature_environments

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FeatureEnvironment:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FeatureEnvironment) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve), instead of inside to_dict/from_dict on every call.
from ..models.feature_environment import FeatureEnvironment
