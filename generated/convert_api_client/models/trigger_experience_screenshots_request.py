from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerExperienceScreenshotsRequest")


@_attrs_define
class TriggerExperienceScreenshotsRequest:
    """
    Attributes:
        variations (list[float] | Unset): An optional list of specific variation IDs for which to generate/regenerate
            screenshots. If omitted, screenshots are triggered for all variations within the experience.
    """

    variations: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variations: list[float] | Unset = UNSET
        if not isinstance(self.variations, Unset):
            variations = self.variations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variations is not UNSET:
            field_dict["variations"] = variations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        variations = cast(list[float], d.pop("variations", UNSET))

        trigger_experience_screenshots_request = cls(
            variations=variations,
        )

        trigger_experience_screenshots_request.additional_properties = d
        return trigger_experience_screenshots_request

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
