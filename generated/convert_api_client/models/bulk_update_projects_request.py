from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_update_projects_request_settings import (
        BulkUpdateProjectsRequestSettings,
    )


T = TypeVar("T", bound="BulkUpdateProjectsRequest")


@_attrs_define
class BulkUpdateProjectsRequest:
    """Contains a list of project ids and the settings to be applied to all specified projects.

    Attributes:
        id (list[int]): A list of project unique numerical identifiers to be affected by a bulk operation.
        settings (BulkUpdateProjectsRequestSettings | Unset): Project settings to be updated across the specified
            projects.
    """

    id: list[int]
    settings: BulkUpdateProjectsRequestSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast(list[int], d.pop("id"))

        _settings = d.pop("settings", UNSET)
        settings: BulkUpdateProjectsRequestSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = BulkUpdateProjectsRequestSettings.from_dict(_settings)

        bulk_update_projects_request = cls(
            id=id,
            settings=settings,
        )

        bulk_update_projects_request.additional_properties = d
        return bulk_update_projects_request

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
from ..models.bulk_update_projects_request_settings import (
    BulkUpdateProjectsRequestSettings,
)
