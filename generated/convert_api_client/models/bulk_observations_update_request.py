from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observation_statuses import ObservationStatuses

T = TypeVar("T", bound="BulkObservationsUpdateRequest")


@_attrs_define
class BulkObservationsUpdateRequest:
    """Contains a list of observation ids and the target status (e.g., 'active', 'archived') to apply to all of them.

    Attributes:
        id (list[int]): A list of observation unique numerical identifiers to be affected by a bulk operation.
        status (ObservationStatuses): The current status of an observation in its lifecycle:

            * active: The observation is current, under consideration, or being actively discussed. This is the default for
            new observations.
            * archived: The observation has been reviewed and is no longer actively being pursued (e.g., deemed not
            actionable, superseded, or already addressed). It's kept for historical records. Knowledge Base: "Observations
            Feature Guide" - "Status Management".
    """

    id: list[int]
    status: ObservationStatuses
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

        status = ObservationStatuses(d.pop("status"))

        bulk_observations_update_request = cls(
            id=id,
            status=status,
        )

        bulk_observations_update_request.additional_properties = d
        return bulk_observations_update_request

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
