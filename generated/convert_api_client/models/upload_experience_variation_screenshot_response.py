from __future__ import annotations

from ..types import Model


class UploadExperienceVariationScreenshotResponse(
    Model,
):
    """The screenshot of the variation.

    Attributes:
        data (str | Unset): The screenshot image, base64 encoded.
    """

    data: str | None = None
