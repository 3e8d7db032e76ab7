from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_success_response_errors_item import BulkSuccessResponseErrorsItem


T = TypeVar("T", bound="BulkSuccessResponse")


@_attrs_define
class BulkSuccessResponse:
    """Acknowledgement of a bulk operation, with the items that failed.

    Attributes:
        code (int | Unset):
        message (str | Unset):
        errors (list[BulkSuccessResponseErrorsItem] | Unset): One entry per item the bulk operation could not change.
    """

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    errors: list[BulkSuccessResponseErrorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[BulkSuccessResponseErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            if not isinstance(_errors, list):
                raise TypeError(
                    f"errors: expected a list, got {type(_errors).__name__}"
                )
            errors = []
            for errors_item_data in _errors:
                errors_item = BulkSuccessResponseErrorsItem.from_dict(errors_item_data)

                errors.append(errors_item)

        bulk_success_response = cls(
            code=code,
            message=message,
            errors=errors,
        )

        bulk_success_response.additional_properties = d
        return bulk_success_response

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
from ..models.bulk_success_response_errors_item import BulkSuccessResponseErrorsItem
