from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_project_data_response_imported import (
        ImportProjectDataResponseImported,
    )


T = TypeVar("T", bound="ImportProjectDataResponse")


@_attrs_define
class ImportProjectDataResponse:
    """Acknowledgement of a project data import, with what was imported.

    Attributes:
        code (int | Unset):
        message (str | Unset):
        imported (ImportProjectDataResponseImported | Unset): What was imported (its fields are not given by the
            reference).
    """

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    imported: ImportProjectDataResponseImported | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        imported: dict[str, Any] | Unset = UNSET
        if not isinstance(self.imported, Unset):
            imported = self.imported.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if imported is not UNSET:
            field_dict["imported"] = imported

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        _imported = d.pop("imported", UNSET)
        imported: ImportProjectDataResponseImported | Unset
        if isinstance(_imported, Unset):
            imported = UNSET
        else:
            imported = ImportProjectDataResponseImported.from_dict(_imported)

        import_project_data_response = cls(
            code=code,
            message=message,
            imported=imported,
        )

        import_project_data_response.additional_properties = d
        return import_project_data_response

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


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve), instead of inside to_dict/from_dict on every call.
from ..models.import_project_data_response_imported import (
    ImportProjectDataResponseImported,
)
