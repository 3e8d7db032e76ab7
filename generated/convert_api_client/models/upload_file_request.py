from __future__ import annotations

from typing import Any

from .. import types
from ..types import File, Model


class UploadFileRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        file_name (str): The desired name for the file as it will be stored and identified in Convert (e.g.,
            "campaign_brief.pdf", "logo_variation.svg"). Include the file extension.
        file (File): The actual binary file content to be uploaded. Constraints:

            * Maximum file size: 5MB.
            * Supported types: PDF, DOC, DOCX, XLS, XLSX, PPT, PPTX, TXT, CSV, JPG, JPEG, BMP, GIF, PNG, WEBP, SVG.
    """

    file_name: str
    file: File

    @classmethod
    def from_dict(cls, data: Any) -> UploadFileRequest:
        return types.build_with_files(cls, data)

    def to_multipart(self) -> types.RequestFiles:
        return types.multipart_of(self)
