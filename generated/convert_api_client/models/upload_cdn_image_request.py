from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar("T", bound="UploadCdnImageRequest")


@_attrs_define
class UploadCdnImageRequest:
    """
    Attributes:
        image_name (str): The desired filename (including extension, e.g., "new_banner.png", "logo_variant.svg") for the
            image as it will be stored on the CDN.
        image (File): The binary image file content to be uploaded. Constraints: Max 2MB; JPEG, PNG, GIF, WEBP, SVG.
    """

    image_name: str
    image: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_name = self.image_name

        image = self.image.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_name": image_name,
                "image": image,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("image_name", (None, str(self.image_name).encode(), "text/plain"))
        )

        files.append(("image", self.image.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_name = d.pop("image_name")

        image = File(payload=BytesIO(d.pop("image")))

        upload_cdn_image_request = cls(
            image_name=image_name,
            image=image,
        )

        upload_cdn_image_request.additional_properties = d
        return upload_cdn_image_request

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
