from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_experience_statuses import BulkExperienceStatuses

T = TypeVar("T", bound="BulkExperiencesUpdateRequest")


@_attrs_define
class BulkExperiencesUpdateRequest:
    """
    Attributes:
        id (list[int]): A list of unique numerical identifiers for experiences to be affected by a bulk operation.
        status (BulkExperienceStatuses):
    """

    id: list[int]
    status: BulkExperienceStatuses
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast(list[int], d.pop("id"))

        status = BulkExperienceStatuses(d.pop("status"))

        bulk_experiences_update_request = cls(
            id=id,
            status=status,
        )

        bulk_experiences_update_request.additional_properties = d
        return bulk_experiences_update_request

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
