from __future__ import annotations

from typing import Any

from .. import types
from ..types import File, Model


class UploadCdnImageRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        image_name (str): The desired filename (including extension, e.g., "new_banner.png", "logo_variant.svg") for the
            image as it will be stored on the CDN.
        image (File): The binary image file content to be uploaded. Constraints: Max 2MB; JPEG, PNG, GIF, WEBP, SVG.
    """

    image_name: str
    image: File

    @classmethod
    def from_dict(cls, data: Any) -> UploadCdnImageRequest:
        return types.build_with_files(cls, data)

    def to_multipart(self) -> types.RequestFiles:
        return types.multipart_of(self)
