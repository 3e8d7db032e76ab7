from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_mixpanel_condition import MetricMixpanelCondition


T = TypeVar("T", bound="MetricMixpanel")


@_attrs_define
class MetricMixpanel:
    """Definition of a Mixpanel-based metric.

    Attributes:
        event_name (str | Unset):
        event_value (str | Unset):
        user_aggregation (str | Unset):
        conditions (list[MetricMixpanelCondition] | Unset):
    """

    event_name: str | Unset = UNSET
    event_value: str | Unset = UNSET
    user_aggregation: str | Unset = UNSET
    conditions: list[MetricMixpanelCondition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_name = self.event_name

        event_value = self.event_value

        user_aggregation = self.user_aggregation

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_name is not UNSET:
            field_dict["eventName"] = event_name
        if event_value is not UNSET:
            field_dict["eventValue"] = event_value
        if user_aggregation is not UNSET:
            field_dict["userAggregation"] = user_aggregation
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_name = d.pop("eventName", UNSET)

        event_value = d.pop("eventValue", UNSET)

        user_aggregation = d.pop("userAggregation", UNSET)

        _conditions = d.pop("conditions", UNSET)
        conditions: list[MetricMixpanelCondition] | Unset = UNSET
        if _conditions is not UNSET:
            if not isinstance(_conditions, list):
                raise TypeError(
                    f"conditions: expected a list, got {type(_conditions).__name__}"
                )
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = MetricMixpanelCondition.from_dict(
                    conditions_item_data
                )

                conditions.append(conditions_item)

        metric_mixpanel = cls(
            event_name=event_name,
            event_value=event_value,
            user_aggregation=user_aggregation,
            conditions=conditions,
        )

        metric_mixpanel.additional_properties = d
        return metric_mixpanel

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
from ..models.metric_mixpanel_condition import MetricMixpanelCondition
