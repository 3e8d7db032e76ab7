"""Each normalization rule on the corpus document made for it, without regeneration: the rule
reports what it changed, the result is valid OpenAPI 3.1, and a second pass changes nothing."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from _intake import normalize, take
from _intake.walk import RepairError
from corpus import FLAWS, base, flawed


def _repairs(doc: dict[str, Any]) -> dict[str, int]:
    return {r.rule: r.count for r in normalize.normalize(doc)}


def test_the_clean_document_needs_no_repair() -> None:
    doc = base()
    assert _repairs(doc) == {}
    assert doc == base()


@pytest.mark.parametrize("flaw", sorted(FLAWS))
def test_each_flaw_is_repaired_by_its_rule_and_validates(flaw: str) -> None:
    doc = flawed(flaw)
    done = _repairs(doc)
    assert FLAWS[flaw][1] in done, done
    take.validate(doc)
    again = copy.deepcopy(doc)
    assert _repairs(again) == {}, "a second pass changed something"
    assert again == doc


def _props(doc: dict[str, Any], schema: str = "Gadget") -> dict[str, Any]:
    props: dict[str, Any] = doc["components"]["schemas"][schema]["properties"]
    return props


def test_const_union_becomes_an_enum_of_every_value() -> None:
    doc = flawed("const_unions")
    normalize.normalize(doc)
    assert _props(doc)["hashVersion"] == {"enum": [1, 2], "type": "integer"}


def test_nullable_becomes_a_null_type_and_a_null_enum_value() -> None:
    doc = flawed("nullable_in_31")
    normalize.normalize(doc)
    assert _props(doc)["name"] == {"type": ["string", "null"]}
    assert _props(doc)["capping"]["enum"] == ["absolute", "percentile", None]


def test_a_30_document_becomes_31() -> None:
    doc = flawed("nullable_in_30")
    normalize.normalize(doc)
    assert doc["openapi"] == "3.1.0"
    page = _props(doc, "GadgetPage")
    assert page["nextOffset"] == {"type": ["integer", "null"]}
    assert _props(doc)["weight"] == {"type": "number", "exclusiveMinimum": 0}


def test_names_with_spaces_are_renamed_and_refs_follow() -> None:
    doc = flawed("schema_names_with_spaces")
    normalize.normalize(doc)
    assert "TargetingRule" in doc["components"]["schemas"]
    assert "Targeting Rule" not in doc["components"]["schemas"]
    assert _props(doc)["targeting"] == {"$ref": "#/components/schemas/TargetingRule"}


def test_case_collisions_keep_the_pascal_name_and_number_the_other() -> None:
    doc = flawed("case_collisions")
    normalize.normalize(doc)
    schemas = doc["components"]["schemas"]
    assert "GadgetStats" in schemas
    assert "gadgetStats2" in schemas
    assert "gadgetStats" not in schemas
    assert _props(doc)["stats"] == {"$ref": "#/components/schemas/gadgetStats2"}
    assert _props(doc)["totals"] == {"$ref": "#/components/schemas/GadgetStats"}


def test_inline_union_branches_are_hoisted_by_their_tag() -> None:
    doc = flawed("inline_union_objects")
    normalize.normalize(doc)
    schemas = doc["components"]["schemas"]
    assert schemas["GadgetRule"]["oneOf"] == [
        {"$ref": "#/components/schemas/GadgetRuleForce"},
        {"$ref": "#/components/schemas/GadgetRuleRollout"},
    ]
    assert schemas["GadgetRuleRollout"]["properties"]["coverage"] == {"type": "number"}


def test_allof_over_a_union_is_distributed() -> None:
    doc = flawed("allof_over_union")
    normalize.normalize(doc)
    widget = doc["components"]["schemas"]["Widget"]
    assert "allOf" not in widget
    assert [b["$ref"] for b in widget["oneOf"]] == [
        "#/components/schemas/WidgetOption1",
        "#/components/schemas/WidgetOption2",
    ]
    first = doc["components"]["schemas"]["WidgetOption1"]["allOf"]
    assert first[0]["properties"] == {"id": {"type": "string"}}
    assert first[1]["properties"] == {"color": {"type": "string"}}


def test_an_inline_object_named_like_a_component_is_hoisted_apart() -> None:
    doc = flawed("inline_name_collision")
    normalize.normalize(doc)
    assert _props(doc)["revision"] == {"$ref": "#/components/schemas/GadgetRevisionField"}
    assert doc["components"]["schemas"]["GadgetRevision"]["properties"] == {
        "number": {"type": "integer"}
    }


def test_operation_ids_are_made_and_deduplicated_in_document_order() -> None:
    doc = flawed("operation_ids")
    normalize.normalize(doc)
    item = doc["paths"]["/gadgets/{id}"]
    assert item["get"]["operationId"] == "getGadgetsId"
    assert item["delete"]["operationId"] == "listGadgets2"


def test_parameter_keys_move_into_the_schema_and_stray_ones_go() -> None:
    doc = flawed("parameter_keys")
    normalize.normalize(doc)
    param = doc["paths"]["/gadgets"]["get"]["parameters"][0]
    assert param == {
        "name": "limit",
        "in": "query",
        "schema": {"type": "integer", "maximum": 100},
        "x-internal-note": "kept: extensions are allowed",
    }


def test_mixed_enums_become_strings_and_bare_strings_become_schemas() -> None:
    doc = flawed("mixed_enums")
    normalize.normalize(doc)
    assert _props(doc)["grade"] == {"enum": ["low", "2", "high"], "type": "string"}
    doc = flawed("bare_strings")
    normalize.normalize(doc)
    assert _props(doc)["color"] == {"type": "string"}
    assert _props(doc)["labels"]["items"] == {"type": "string"}


def test_refs_into_paths_are_inlined_and_path_templates_fixed() -> None:
    doc = flawed("refs_into_paths")
    normalize.normalize(doc)
    assert _props(doc)["sibling"] == {"$ref": "#/components/schemas/GadgetPage"}
    doc = flawed("path_templates")
    normalize.normalize(doc)
    assert "/gadgets/{id}" in doc["paths"]


def test_renames_are_deterministic() -> None:
    first, second = flawed("case_collisions"), flawed("case_collisions")
    normalize.normalize(first)
    normalize.normalize(second)
    assert take.dump(first) == take.dump(second)


def test_an_unknown_type_is_refused_naming_the_rule() -> None:
    doc = base()
    doc["components"]["schemas"]["Gadget"]["properties"]["size"] = {"type": "whole"}
    with pytest.raises(RepairError) as caught:
        normalize.normalize(doc)
    assert caught.value.rule == "misspelt-types"
    assert "Gadget/properties/size" in str(caught.value)
    assert "'whole'" in str(caught.value)
