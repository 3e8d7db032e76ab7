from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hypothesis_statuses import HypothesisStatuses

T = TypeVar("T", bound="BulkHypothesesUpdateRequest")


@_attrs_define
class BulkHypothesesUpdateRequest:
    """Contains a list of hypothesis ids and the target status to apply to all of them.

    Attributes:
        id (list[int]): A list of hypothesis unique numerical identifiers to be affected by a bulk operation.
        status (HypothesisStatuses): The current stage or outcome of a hypothesis in its lifecycle:

            * draft: The hypothesis is still being formulated or refined; not yet ready for testing.
            * completed: The hypothesis definition is finalized and it's ready to be linked to an experiment or tested.
            * applied: The hypothesis is currently being tested in one or more active experiences.
            * proven: Testing has concluded, and the hypothesis was validated (i.e., the proposed change led to a positive,
            statistically significant outcome). Can be moved to Knowledge Base.
            * disproven: Testing has concluded, and the hypothesis was invalidated (i.e., the proposed change did not lead
            to the expected positive outcome or had a negative impact). Can be moved to Knowledge Base.
            * archived: The hypothesis is no longer active or relevant for current testing but is kept for historical
            records. KB: "Hypotheses (Compass)" - "Status of Hypothesis".
    """

    id: list[int]
    status: HypothesisStatuses
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

        status = HypothesisStatuses(d.pop("status"))

        bulk_hypotheses_update_request = cls(
            id=id,
            status=status,
        )

        bulk_hypotheses_update_request.additional_properties = d
        return bulk_hypotheses_update_request

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
