from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.experience_variation_statuses import ExperienceVariationStatuses
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experience_change_add import ExperienceChangeAdd
    from ..models.experience_change_id import ExperienceChangeId
    from ..models.experience_change_update import ExperienceChangeUpdate


T = TypeVar("T", bound="UpdateExperienceVariationRequest")


@_attrs_define
class UpdateExperienceVariationRequest:
    """
    Attributes:
        name (str | Unset): A user-defined, friendly name for the variation (e.g., "Original Homepage", "Variation B -
            Green Button", "Personalized Offer for New Users"). This name appears in reports and the Convert UI.
        description (None | str | Unset): An optional, more detailed explanation of what this variation entails or what
            changes it implements compared to the original or other variations.
        is_baseline (bool | Unset): If true, this variation is considered the baseline (control) against which other
            variations in the experience are compared for performance. Typically, the "Original" variation is the baseline.
            Only one variation per experience can be the baseline. Knowledge Base: "What is a Baseline?"
        traffic_distribution (float | Unset): The percentage of eligible traffic allocated to this specific variation.
            The sum of traffic_distribution for all active variations within an experience should ideally be 100% of the
            traffic allocated to the experience itself. For Multi-Armed Bandit (MAB) experiences, this value may be
            dynamically adjusted by the system. Knowledge Base: "What is an Traffic Distribution?"
        key (str | Unset): A unique, machine-readable key or identifier for this variation within the project. Often
            auto-generated from the name if not specified, but can be user-defined for easier programmatic reference (e.g.,
            in Full Stack SDKs). Example: "control", "treatment_A".
        status (ExperienceVariationStatuses | Unset):
        changes (list[ExperienceChangeAdd | ExperienceChangeId | ExperienceChangeUpdate] | Unset): An array of changes
            that this variation would apply. Empty array will remove changes.
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_baseline: bool | Unset = UNSET
    traffic_distribution: float | Unset = UNSET
    key: str | Unset = UNSET
    status: ExperienceVariationStatuses | Unset = UNSET
    changes: (
        list[ExperienceChangeAdd | ExperienceChangeId | ExperienceChangeUpdate] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_baseline = self.is_baseline

        traffic_distribution = self.traffic_distribution

        key = self.key

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item: dict[str, Any]
                if isinstance(changes_item_data, ExperienceChangeId) or isinstance(
                    changes_item_data, ExperienceChangeAdd
                ):
                    changes_item = changes_item_data.to_dict()
                else:
                    changes_item = changes_item_data.to_dict()

                changes.append(changes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if is_baseline is not UNSET:
            field_dict["is_baseline"] = is_baseline
        if traffic_distribution is not UNSET:
            field_dict["traffic_distribution"] = traffic_distribution
        if key is not UNSET:
            field_dict["key"] = key
        if status is not UNSET:
            field_dict["status"] = status
        if changes is not UNSET:
            field_dict["changes"] = changes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        is_baseline = d.pop("is_baseline", UNSET)

        traffic_distribution = d.pop("traffic_distribution", UNSET)

        key = d.pop("key", UNSET)

        _status = d.pop("status", UNSET)
        status: ExperienceVariationStatuses | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ExperienceVariationStatuses(_status)

        _changes = d.pop("changes", UNSET)
        changes: (
            list[ExperienceChangeAdd | ExperienceChangeId | ExperienceChangeUpdate]
            | Unset
        ) = UNSET
        if _changes is not UNSET:
            if not isinstance(_changes, list):
                raise TypeError(
                    f"changes: expected a list, got {type(_changes).__name__}"
                )
            changes = []
            for changes_item_data in _changes:

                def _parse_changes_item(
                    data: object,
                ) -> ExperienceChangeAdd | ExperienceChangeId | ExperienceChangeUpdate:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        changes_item_type_0 = ExperienceChangeId.from_dict(data)

                        return changes_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        changes_item_type_1 = ExperienceChangeAdd.from_dict(data)

                        return changes_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_2 = ExperienceChangeUpdate.from_dict(data)

                    return changes_item_type_2

                changes_item = _parse_changes_item(changes_item_data)

                changes.append(changes_item)

        update_experience_variation_request = cls(
            name=name,
            description=description,
            is_baseline=is_baseline,
            traffic_distribution=traffic_distribution,
            key=key,
            status=status,
            changes=changes,
        )

        update_experience_variation_request.additional_properties = d
        return update_experience_variation_request

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
from ..models.experience_change_add import ExperienceChangeAdd
from ..models.experience_change_id import ExperienceChangeId
from ..models.experience_change_update import ExperienceChangeUpdate
