from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_status import FileStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="File")


@_attrs_define
class File:
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

    url: str | Unset = UNSET
    key: str | Unset = UNSET
    file_name: str | Unset = UNSET
    file_size: int | Unset = UNSET
    mime_type: str | Unset = UNSET
    status: FileStatus | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        key = self.key

        file_name = self.file_name

        file_size = self.file_size

        mime_type = self.mime_type

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if key is not UNSET:
            field_dict["key"] = key
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        key = d.pop("key", UNSET)

        file_name = d.pop("file_name", UNSET)

        file_size = d.pop("file_size", UNSET)

        mime_type = d.pop("mime_type", UNSET)

        _status = d.pop("status", UNSET)
        status: FileStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FileStatus(_status)

        message = d.pop("message", UNSET)

        file = cls(
            url=url,
            key=key,
            file_name=file_name,
            file_size=file_size,
            mime_type=mime_type,
            status=status,
            message=message,
        )

        file.additional_properties = d
        return file

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
