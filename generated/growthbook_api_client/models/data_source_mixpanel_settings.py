from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSourceMixpanelSettings")


@_attrs_define
class DataSourceMixpanelSettings:
    """
    Attributes:
        viewed_experiment_event_name (str | Unset):
        experiment_id_property (str | Unset):
        variation_id_property (str | Unset):
        extra_user_id_property (str | Unset):
    """

    viewed_experiment_event_name: str | Unset = UNSET
    experiment_id_property: str | Unset = UNSET
    variation_id_property: str | Unset = UNSET
    extra_user_id_property: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        viewed_experiment_event_name = self.viewed_experiment_event_name

        experiment_id_property = self.experiment_id_property

        variation_id_property = self.variation_id_property

        extra_user_id_property = self.extra_user_id_property

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if viewed_experiment_event_name is not UNSET:
            field_dict["viewedExperimentEventName"] = viewed_experiment_event_name
        if experiment_id_property is not UNSET:
            field_dict["experimentIdProperty"] = experiment_id_property
        if variation_id_property is not UNSET:
            field_dict["variationIdProperty"] = variation_id_property
        if extra_user_id_property is not UNSET:
            field_dict["extraUserIdProperty"] = extra_user_id_property

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        viewed_experiment_event_name = d.pop("viewedExperimentEventName", UNSET)

        experiment_id_property = d.pop("experimentIdProperty", UNSET)

        variation_id_property = d.pop("variationIdProperty", UNSET)

        extra_user_id_property = d.pop("extraUserIdProperty", UNSET)

        data_source_mixpanel_settings = cls(
            viewed_experiment_event_name=viewed_experiment_event_name,
            experiment_id_property=experiment_id_property,
            variation_id_property=variation_id_property,
            extra_user_id_property=extra_user_id_property,
        )

        data_source_mixpanel_settings.additional_properties = d
        return data_source_mixpanel_settings

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
