from __future__ import annotations

from typing import Any

from .. import types
from ..types import File, Model


class UploadExperienceVariationScreenshotRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        image (File):
    """

    image: File

    @classmethod
    def from_dict(cls, data: Any) -> UploadExperienceVariationScreenshotRequest:
        return types.build_with_files(cls, data)

    def to_multipart(self) -> types.RequestFiles:
        return types.multipart_of(self)
