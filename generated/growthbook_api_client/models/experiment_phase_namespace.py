from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentPhaseNamespace")


@_attrs_define
class ExperimentPhaseNamespace:
    """
    Attributes:
        namespace_id (str | Unset):
        range_ (list[Any] | Unset): The namespace range (the reference leaves the item type open).
    """

    namespace_id: str | Unset = UNSET
    range_: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace_id = self.namespace_id

        range_: list[Any] | Unset = UNSET
        if not isinstance(self.range_, Unset):
            range_ = self.range_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace_id is not UNSET:
            field_dict["namespaceId"] = namespace_id
        if range_ is not UNSET:
            field_dict["range"] = range_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        namespace_id = d.pop("namespaceId", UNSET)

        range_ = cast(list[Any], d.pop("range", UNSET))

        experiment_phase_namespace = cls(
            namespace_id=namespace_id,
            range_=range_,
        )

        experiment_phase_namespace.additional_properties = d
        return experiment_phase_namespace

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
