from __future__ import annotations

from typing import Any

from .. import types
from ..types import File, Model


class ImportProjectDataRequest(
    Model,
    omit_defaults=False,
):
    """The JSON file (previously exported from Convert) with the project data to be imported.

    Attributes:
        file (File): The JSON file containing project data to be imported.
    """

    file: File

    @classmethod
    def from_dict(cls, data: Any) -> ImportProjectDataRequest:
        return types.build_with_files(cls, data)

    def to_multipart(self) -> types.RequestFiles:
        return types.multipart_of(self)
