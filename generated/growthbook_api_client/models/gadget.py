from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gadget_capping_type_1 import GadgetCappingType1
from ..models.gadget_capping_type_2_type_1 import GadgetCappingType2Type1
from ..models.gadget_capping_type_3_type_1 import GadgetCappingType3Type1
from ..models.gadget_grade import GadgetGrade
from ..models.gadget_hash_version import GadgetHashVersion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gadget_flags import GadgetFlags
    from ..models.gadget_page import GadgetPage
    from ..models.gadget_revision import GadgetRevision
    from ..models.gadget_revision_field import GadgetRevisionField
    from ..models.gadget_rule_force import GadgetRuleForce
    from ..models.gadget_rule_rollout import GadgetRuleRollout
    from ..models.gadget_stats import GadgetStats
    from ..models.gadget_stats_2 import GadgetStats2
    from ..models.targeting_rule import TargetingRule
    from ..models.widget_option_1 import WidgetOption1
    from ..models.widget_option_2 import WidgetOption2


T = TypeVar("T", bound="Gadget")


@_attrs_define
class Gadget:
    """
    Attributes:
        id (str):
        name (None | str | Unset):
        size (int | Unset):
        active (bool | Unset):
        flags (GadgetFlags | Unset):
        labels (list[str] | Unset):
        color (str | Unset):
        grade (GadgetGrade | Unset):
        parts (list[Any] | Unset):
        sibling (GadgetPage | Unset):
        stats (GadgetStats2 | Unset):
        totals (GadgetStats | Unset):
        rule (GadgetRuleForce | GadgetRuleRollout | Unset):
        capping (GadgetCappingType1 | GadgetCappingType2Type1 | GadgetCappingType3Type1 | None | Unset):
        hash_version (GadgetHashVersion | Unset):
        targeting (TargetingRule | Unset):
        widget (Unset | WidgetOption1 | WidgetOption2):
        revision (GadgetRevisionField | Unset):
        history (list[GadgetRevision] | Unset):
    """

    id: str
    name: None | str | Unset = UNSET
    size: int | Unset = UNSET
    active: bool | Unset = UNSET
    flags: GadgetFlags | Unset = UNSET
    labels: list[str] | Unset = UNSET
    color: str | Unset = UNSET
    grade: GadgetGrade | Unset = UNSET
    parts: list[Any] | Unset = UNSET
    sibling: GadgetPage | Unset = UNSET
    stats: GadgetStats2 | Unset = UNSET
    totals: GadgetStats | Unset = UNSET
    rule: GadgetRuleForce | GadgetRuleRollout | Unset = UNSET
    capping: (
        GadgetCappingType1
        | GadgetCappingType2Type1
        | GadgetCappingType3Type1
        | None
        | Unset
    ) = UNSET
    hash_version: GadgetHashVersion | Unset = UNSET
    targeting: TargetingRule | Unset = UNSET
    widget: Unset | WidgetOption1 | WidgetOption2 = UNSET
    revision: GadgetRevisionField | Unset = UNSET
    history: list[GadgetRevision] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        size = self.size

        active = self.active

        flags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags.to_dict()

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        color = self.color

        grade: str | Unset = UNSET
        if not isinstance(self.grade, Unset):
            grade = self.grade.value

        parts: list[Any] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = self.parts

        sibling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sibling, Unset):
            sibling = self.sibling.to_dict()

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()

        rule: dict[str, Any] | Unset
        if isinstance(self.rule, Unset):
            rule = UNSET
        elif isinstance(self.rule, GadgetRuleForce):
            rule = self.rule.to_dict()
        else:
            rule = self.rule.to_dict()

        capping: None | str | Unset
        if isinstance(self.capping, Unset):
            capping = UNSET
        elif (
            isinstance(self.capping, GadgetCappingType1)
            or isinstance(self.capping, GadgetCappingType2Type1)
            or isinstance(self.capping, GadgetCappingType3Type1)
        ):
            capping = self.capping.value
        else:
            capping = self.capping

        hash_version: int | Unset = UNSET
        if not isinstance(self.hash_version, Unset):
            hash_version = self.hash_version.value

        targeting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.targeting, Unset):
            targeting = self.targeting.to_dict()

        widget: dict[str, Any] | Unset
        if isinstance(self.widget, Unset):
            widget = UNSET
        elif isinstance(self.widget, WidgetOption1):
            widget = self.widget.to_dict()
        else:
            widget = self.widget.to_dict()

        revision: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revision, Unset):
            revision = self.revision.to_dict()

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if active is not UNSET:
            field_dict["active"] = active
        if flags is not UNSET:
            field_dict["flags"] = flags
        if labels is not UNSET:
            field_dict["labels"] = labels
        if color is not UNSET:
            field_dict["color"] = color
        if grade is not UNSET:
            field_dict["grade"] = grade
        if parts is not UNSET:
            field_dict["parts"] = parts
        if sibling is not UNSET:
            field_dict["sibling"] = sibling
        if stats is not UNSET:
            field_dict["stats"] = stats
        if totals is not UNSET:
            field_dict["totals"] = totals
        if rule is not UNSET:
            field_dict["rule"] = rule
        if capping is not UNSET:
            field_dict["capping"] = capping
        if hash_version is not UNSET:
            field_dict["hashVersion"] = hash_version
        if targeting is not UNSET:
            field_dict["targeting"] = targeting
        if widget is not UNSET:
            field_dict["widget"] = widget
        if revision is not UNSET:
            field_dict["revision"] = revision
        if history is not UNSET:
            field_dict["history"] = history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        size = d.pop("size", UNSET)

        active = d.pop("active", UNSET)

        _flags = d.pop("flags", UNSET)
        flags: GadgetFlags | Unset
        if isinstance(_flags, Unset):
            flags = UNSET
        else:
            flags = GadgetFlags.from_dict(_flags)

        labels = cast(list[str], d.pop("labels", UNSET))

        color = d.pop("color", UNSET)

        _grade = d.pop("grade", UNSET)
        grade: GadgetGrade | Unset
        if isinstance(_grade, Unset):
            grade = UNSET
        else:
            grade = GadgetGrade(_grade)

        parts = cast(list[Any], d.pop("parts", UNSET))

        _sibling = d.pop("sibling", UNSET)
        sibling: GadgetPage | Unset
        if isinstance(_sibling, Unset):
            sibling = UNSET
        else:
            sibling = GadgetPage.from_dict(_sibling)

        _stats = d.pop("stats", UNSET)
        stats: GadgetStats2 | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = GadgetStats2.from_dict(_stats)

        _totals = d.pop("totals", UNSET)
        totals: GadgetStats | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = GadgetStats.from_dict(_totals)

        def _parse_rule(data: object) -> GadgetRuleForce | GadgetRuleRollout | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_gadget_rule_type_0 = GadgetRuleForce.from_dict(data)

                return componentsschemas_gadget_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_gadget_rule_type_1 = GadgetRuleRollout.from_dict(data)

            return componentsschemas_gadget_rule_type_1

        rule = _parse_rule(d.pop("rule", UNSET))

        def _parse_capping(
            data: object,
        ) -> (
            GadgetCappingType1
            | GadgetCappingType2Type1
            | GadgetCappingType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                capping_type_1 = GadgetCappingType1(data)

                return capping_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                capping_type_2_type_1 = GadgetCappingType2Type1(data)

                return capping_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                capping_type_3_type_1 = GadgetCappingType3Type1(data)

                return capping_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GadgetCappingType1
                | GadgetCappingType2Type1
                | GadgetCappingType3Type1
                | None
                | Unset,
                data,
            )

        capping = _parse_capping(d.pop("capping", UNSET))

        _hash_version = d.pop("hashVersion", UNSET)
        hash_version: GadgetHashVersion | Unset
        if isinstance(_hash_version, Unset):
            hash_version = UNSET
        else:
            hash_version = GadgetHashVersion(_hash_version)

        _targeting = d.pop("targeting", UNSET)
        targeting: TargetingRule | Unset
        if isinstance(_targeting, Unset):
            targeting = UNSET
        else:
            targeting = TargetingRule.from_dict(_targeting)

        def _parse_widget(data: object) -> Unset | WidgetOption1 | WidgetOption2:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_widget_type_0 = WidgetOption1.from_dict(data)

                return componentsschemas_widget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_widget_type_1 = WidgetOption2.from_dict(data)

            return componentsschemas_widget_type_1

        widget = _parse_widget(d.pop("widget", UNSET))

        _revision = d.pop("revision", UNSET)
        revision: GadgetRevisionField | Unset
        if isinstance(_revision, Unset):
            revision = UNSET
        else:
            revision = GadgetRevisionField.from_dict(_revision)

        _history = d.pop("history", UNSET)
        history: list[GadgetRevision] | Unset = UNSET
        if _history is not UNSET:
            if not isinstance(_history, list):
                raise TypeError(
                    f"history: expected a list, got {type(_history).__name__}"
                )
            history = []
            for history_item_data in _history:
                history_item = GadgetRevision.from_dict(history_item_data)

                history.append(history_item)

        gadget = cls(
            id=id,
            name=name,
            size=size,
            active=active,
            flags=flags,
            labels=labels,
            color=color,
            grade=grade,
            parts=parts,
            sibling=sibling,
            stats=stats,
            totals=totals,
            rule=rule,
            capping=capping,
            hash_version=hash_version,
            targeting=targeting,
            widget=widget,
            revision=revision,
            history=history,
        )

        gadget.additional_properties = d
        return gadget

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
from ..models.gadget_flags import GadgetFlags
from ..models.gadget_page import GadgetPage
from ..models.gadget_revision import GadgetRevision
from ..models.gadget_revision_field import GadgetRevisionField
from ..models.gadget_rule_force import GadgetRuleForce
from ..models.gadget_rule_rollout import GadgetRuleRollout
from ..models.gadget_stats import GadgetStats
from ..models.gadget_stats_2 import GadgetStats2
from ..models.targeting_rule import TargetingRule
from ..models.widget_option_1 import WidgetOption1
from ..models.widget_option_2 import WidgetOption2
