"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .gadget import Gadget
    from .gadget_capping_type_1 import GadgetCappingType1
    from .gadget_capping_type_2_type_1 import GadgetCappingType2Type1
    from .gadget_capping_type_3_type_1 import GadgetCappingType3Type1
    from .gadget_flags import GadgetFlags
    from .gadget_grade import GadgetGrade
    from .gadget_hash_version import GadgetHashVersion
    from .gadget_page import GadgetPage
    from .gadget_revision import GadgetRevision
    from .gadget_revision_field import GadgetRevisionField
    from .gadget_rule_force import GadgetRuleForce
    from .gadget_rule_rollout import GadgetRuleRollout
    from .gadget_stats import GadgetStats
    from .gadget_stats_2 import GadgetStats2
    from .get_gadgets_id_response_400 import GetGadgetsIdResponse400
    from .kind_option_1 import KindOption1
    from .kind_option_2 import KindOption2
    from .targeting_rule import TargetingRule
    from .widget_option_1 import WidgetOption1
    from .widget_option_2 import WidgetOption2

_MODULES = {
    "Gadget": "gadget",
    "GadgetCappingType1": "gadget_capping_type_1",
    "GadgetCappingType2Type1": "gadget_capping_type_2_type_1",
    "GadgetCappingType3Type1": "gadget_capping_type_3_type_1",
    "GadgetFlags": "gadget_flags",
    "GadgetGrade": "gadget_grade",
    "GadgetHashVersion": "gadget_hash_version",
    "GadgetPage": "gadget_page",
    "GadgetRevision": "gadget_revision",
    "GadgetRevisionField": "gadget_revision_field",
    "GadgetRuleForce": "gadget_rule_force",
    "GadgetRuleRollout": "gadget_rule_rollout",
    "GadgetStats": "gadget_stats",
    "GadgetStats2": "gadget_stats_2",
    "GetGadgetsIdResponse400": "get_gadgets_id_response_400",
    "KindOption1": "kind_option_1",
    "KindOption2": "kind_option_2",
    "TargetingRule": "targeting_rule",
    "WidgetOption1": "widget_option_1",
    "WidgetOption2": "widget_option_2",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "Gadget",
    "GadgetCappingType1",
    "GadgetCappingType2Type1",
    "GadgetCappingType3Type1",
    "GadgetFlags",
    "GadgetGrade",
    "GadgetHashVersion",
    "GadgetPage",
    "GadgetRevision",
    "GadgetRevisionField",
    "GadgetRuleForce",
    "GadgetRuleRollout",
    "GadgetStats",
    "GadgetStats2",
    "GetGadgetsIdResponse400",
    "KindOption1",
    "KindOption2",
    "TargetingRule",
    "WidgetOption1",
    "WidgetOption2",
)
