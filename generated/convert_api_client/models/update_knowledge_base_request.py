from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.knowledge_base_statuses import KnowledgeBaseStatuses
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateKnowledgeBaseRequest")


@_attrs_define
class UpdateKnowledgeBaseRequest:
    """
    Attributes:
        status (KnowledgeBaseStatuses | Unset): The status of a Knowledge Base entry:

            * active: The entry is current and relevant.
            * archived: The entry is kept for historical purposes but may no longer be considered current best practice or
            has been superseded by newer learnings.
    """

    status: KnowledgeBaseStatuses | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: KnowledgeBaseStatuses | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = KnowledgeBaseStatuses(_status)

        update_knowledge_base_request = cls(
            status=status,
        )

        update_knowledge_base_request.additional_properties = d
        return update_knowledge_base_request

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
