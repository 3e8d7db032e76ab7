from __future__ import annotations

from ..models.file_status import FileStatus
from ..types import Model


class File(
    Model,
):
    """
    Attributes:
        url (str | Unset): The direct URL from which this file can be accessed or downloaded. This URL points to
            Convert's file storage.
        key (str | Unset): The unique storage key (often including the filename and a unique prefix/suffix) for this
            file within Convert's system. This key is used to retrieve or delete the file.
        file_name (str | Unset): The original filename of the uploaded file, as provided by the user during upload
            (e.g., "annual_report.pdf", "user_avatar.png").
        file_size (int | Unset): The size of the file in bytes.
        mime_type (str | Unset): The MIME type of the file (e.g., "application/pdf", "image/jpeg", "text/csv"),
            indicating its format.
        status (FileStatus | Unset): Indicates the status of the file, primarily relevant during or immediately after an
            upload operation.
        message (str | Unset): A message related to the file's status, providing more details in case of an error during
            upload.
    """

    url: str | None = None
    key: str | None = None
    file_name: str | None = None
    file_size: int | None = None
    mime_type: str | None = None
    status: FileStatus | None = None
    message: str | None = None
