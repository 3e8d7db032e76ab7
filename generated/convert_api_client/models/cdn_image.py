from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CdnImage")


@_attrs_define
class CdnImage:
    """
    Attributes:
        cdn_url (str | Unset): The publicly accessible URL of the image on the Content Delivery Network (CDN). This URL
            can be used directly in <img> tags or CSS.
        key (str | Unset): The unique key or path identifier for this image within Convert's CDN storage for the project
            (e.g., "project_images/my_hero_image.jpg"). This key is used for managing the image (e.g., deletion) and can be
            used for pagination (start_from).
    """

    cdn_url: str | Unset = UNSET
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cdn_url = self.cdn_url

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cdn_url is not UNSET:
            field_dict["cdn_url"] = cdn_url
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cdn_url = d.pop("cdn_url", UNSET)

        key = d.pop("key", UNSET)

        cdn_image = cls(
            cdn_url=cdn_url,
            key=key,
        )

        cdn_image.additional_properties = d
        return cdn_image

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
