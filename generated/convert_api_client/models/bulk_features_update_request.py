from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_statuses import FeatureStatuses

T = TypeVar("T", bound="BulkFeaturesUpdateRequest")


@_attrs_define
class BulkFeaturesUpdateRequest:
    """
    Attributes:
        id (list[int]): A list of feature unique numerical identifiers to be affected by a bulk operation.
        status (FeatureStatuses): The current status of a feature:

            - active: The feature is active and can be used in Full Stack experiments. Its variables can be controlled by
            experiences.
            - archived: The feature is archived and no longer available for new experiments. Existing experiments using it
            might behave based on last known configuration or default values.
    """

    id: list[int]
    status: FeatureStatuses
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

        status = FeatureStatuses(d.pop("status"))

        bulk_features_update_request = cls(
            id=id,
            status=status,
        )

        bulk_features_update_request.additional_properties = d
        return bulk_features_update_request

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
