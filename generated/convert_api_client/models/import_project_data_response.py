from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.import_project_data_response_imported import (
        ImportProjectDataResponseImported,
    )


class ImportProjectDataResponse(
    Model,
):
    """Acknowledgement of a project data import, with what was imported.

    Attributes:
        code (int | Unset):
        message (str | Unset):
        imported (ImportProjectDataResponseImported | Unset): What was imported (its fields are not given by the
            reference).
    """

    code: int | None = None
    message: str | None = None
    imported: ImportProjectDataResponseImported | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.import_project_data_response_imported import (
    ImportProjectDataResponseImported,
)
