from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.knowledge_base_statuses import KnowledgeBaseStatuses

T = TypeVar("T", bound="BulkKnowledgeBasesUpdateRequest")


@_attrs_define
class BulkKnowledgeBasesUpdateRequest:
    """Contains a list of Knowledge Base entry ids and the target status to apply to all of them.

    Attributes:
        id (list[int]): A list of Knowledge Base entry unique numerical identifiers to be affected by a bulk operation.
        status (KnowledgeBaseStatuses): The status of a Knowledge Base entry:

            * active: The entry is current and relevant.
            * archived: The entry is kept for historical purposes but may no longer be considered current best practice or
            has been superseded by newer learnings.
    """

    id: list[int]
    status: KnowledgeBaseStatuses
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

        status = KnowledgeBaseStatuses(d.pop("status"))

        bulk_knowledge_bases_update_request = cls(
            id=id,
            status=status,
        )

        bulk_knowledge_bases_update_request.additional_properties = d
        return bulk_knowledge_bases_update_request

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
