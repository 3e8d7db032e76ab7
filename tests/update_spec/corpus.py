"""Our corpus of messy documents: one per flaw class vendors ship, each written here by hand.

Every document is a small GrowthBook-style API (a ``limit``/``offset`` list and a get) with one
kind of flaw; :data:`FLAWS` maps the flaw to the document and the rule that must repair it.
:func:`messy` puts every flaw into one document, for the end-to-end runs of scripts/update-spec.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

Doc = dict[str, Any]


def base(version: str = "3.1.0") -> Doc:
    """A clean two-operation document the flaws are written into."""
    return {
        "openapi": version,
        "info": {"title": "Gadget API", "version": "1.0.0"},
        "servers": [{"url": "https://gadgets.test/api/v1"}],
        "security": [{"bearerAuth": []}],
        "paths": {
            "/gadgets": {
                "get": {
                    "operationId": "listGadgets",
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                        {"name": "offset", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "A page of gadgets",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GadgetPage"}}},
                        }
                    },
                }
            },
            "/gadgets/{id}": {
                "get": {
                    "operationId": "getGadget",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {
                        "200": {
                            "description": "One gadget",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gadget"}}},
                        }
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Gadget": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "size": {"type": "integer"},
                    },
                },
                "GadgetPage": {
                    "type": "object",
                    "required": ["gadgets", "hasMore"],
                    "properties": {
                        "gadgets": {"type": "array", "items": {"$ref": "#/components/schemas/Gadget"}},
                        "limit": {"type": "integer"},
                        "offset": {"type": "integer"},
                        "total": {"type": "integer"},
                        "hasMore": {"type": "boolean"},
                        "nextOffset": {"type": ["integer", "null"]},
                    },
                },
            },
        },
    }  # fmt: skip


def _gadget(doc: Doc) -> Doc:
    schema: Doc = doc["components"]["schemas"]["Gadget"]
    return schema


def _op(doc: Doc, path: str = "/gadgets/{id}", method: str = "get") -> Doc:
    op: Doc = doc["paths"][path][method]
    return op


def missing_descriptions(doc: Doc) -> None:
    del _op(doc)["responses"]["200"]["description"]
    _op(doc)["responses"]["404"] = {}


def misspelt_types(doc: Doc) -> None:
    props = _gadget(doc)["properties"]
    props["active"] = {"type": "bool"}
    props["flags"] = {"type": "obect", "properties": {"beta": {"type": "boolean;"}}}


def bare_strings(doc: Doc) -> None:
    props = _gadget(doc)["properties"]
    props["labels"] = {"type": "array", "items": "string"}
    props["color"] = "string"


def bare_schema_response(doc: Doc) -> None:
    doc["components"]["responses"] = {
        "Problem": {"type": "object", "properties": {"message": {"type": "string"}}}
    }
    _op(doc)["responses"]["400"] = {"$ref": "#/components/responses/Problem"}


def parameter_keys(doc: Doc) -> None:
    param = _op(doc, "/gadgets")["parameters"][0]
    param["type"] = "integer"
    param["maximum"] = 100
    param["x-internal-note"] = "kept: extensions are allowed"
    param["collectionFormat"] = "csv"


def mixed_enums(doc: Doc) -> None:
    _gadget(doc)["properties"]["grade"] = {"enum": ["low", 2, "high"]}


def arrays_without_items(doc: Doc) -> None:
    _gadget(doc)["properties"]["parts"] = {"type": "array"}


def refs_into_paths(doc: Doc) -> None:
    _gadget(doc)["properties"]["sibling"] = {
        "$ref": "#/paths/~1gadgets/get/responses/200/content/application~1json/schema"
    }


def case_collisions(doc: Doc) -> None:
    schemas = doc["components"]["schemas"]
    schemas["gadgetStats"] = {"type": "object", "properties": {"views": {"type": "integer"}}}
    schemas["GadgetStats"] = {"type": "object", "properties": {"clicks": {"type": "integer"}}}
    _gadget(doc)["properties"]["stats"] = {"$ref": "#/components/schemas/gadgetStats"}
    _gadget(doc)["properties"]["totals"] = {"$ref": "#/components/schemas/GadgetStats"}


def inline_union_objects(doc: Doc) -> None:
    _gadget(doc)["properties"]["rule"] = {"$ref": "#/components/schemas/GadgetRule"}
    doc["components"]["schemas"]["GadgetRule"] = {
        "oneOf": [
            {"type": "object", "properties": {"type": {"const": "force"}, "value": {"type": "string"}}},
            {"type": "object", "properties": {"type": {"const": "rollout"}, "coverage": {"type": "number"}}},
        ]
    }  # fmt: skip


def operation_ids(doc: Doc) -> None:
    del _op(doc)["operationId"]
    doc["paths"]["/gadgets/{id}"]["delete"] = {
        "operationId": "listGadgets",
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"204": {"description": "Deleted"}},
    }  # fmt: skip


def nullable_in_31(doc: Doc) -> None:
    props = _gadget(doc)["properties"]
    props["name"]["nullable"] = True
    props["capping"] = {"type": "string", "enum": ["absolute", "percentile"], "nullable": True}


def nullable_in_30(doc: Doc) -> None:
    doc["openapi"] = "3.0.3"
    page = doc["components"]["schemas"]["GadgetPage"]["properties"]
    page["nextOffset"] = {"type": "integer", "nullable": True}
    _gadget(doc)["properties"]["weight"] = {
        "type": "number",
        "minimum": 0,
        "exclusiveMinimum": True,
    }


def min_max(doc: Doc) -> None:
    _gadget(doc)["properties"]["size"] = {"type": "integer", "min": 1, "max": 10}


def path_templates(doc: Doc) -> None:
    paths = doc["paths"]
    paths["/gadgets/${id}"] = paths.pop("/gadgets/{id}")


def const_unions(doc: Doc) -> None:
    _gadget(doc)["properties"]["hashVersion"] = {"anyOf": [{"const": 1}, {"const": 2}]}


def schema_names_with_spaces(doc: Doc) -> None:
    schemas = doc["components"]["schemas"]
    schemas["Targeting Rule"] = {"type": "object", "properties": {"attribute": {"type": "string"}}}
    _gadget(doc)["properties"]["targeting"] = {"$ref": "#/components/schemas/Targeting Rule"}


def allof_over_union(doc: Doc) -> None:
    schemas = doc["components"]["schemas"]
    schemas["Kind"] = {
        "oneOf": [
            {"type": "object", "properties": {"color": {"type": "string"}}},
            {"type": "object", "properties": {"weight": {"type": "number"}}},
        ]
    }
    schemas["Widget"] = {
        "allOf": [
            {"type": "object", "properties": {"id": {"type": "string"}}},
            {"$ref": "#/components/schemas/Kind"},
        ]
    }
    _gadget(doc)["properties"]["widget"] = {"$ref": "#/components/schemas/Widget"}


def inline_name_collision(doc: Doc) -> None:
    schemas = doc["components"]["schemas"]
    schemas["GadgetRevision"] = {"type": "object", "properties": {"number": {"type": "integer"}}}
    _gadget(doc)["properties"]["revision"] = {
        "type": "object",
        "properties": {"comment": {"type": "string"}, "date": {"type": "string"}},
    }
    _gadget(doc)["properties"]["history"] = {
        "type": "array",
        "items": {"$ref": "#/components/schemas/GadgetRevision"},
    }


FLAWS: dict[str, tuple[Callable[[Doc], None], str]] = {
    "missing_descriptions": (missing_descriptions, "response-descriptions"),
    "misspelt_types": (misspelt_types, "misspelt-types"),
    "bare_strings": (bare_strings, "bare-string-schemas"),
    "bare_schema_response": (bare_schema_response, "response-objects"),
    "parameter_keys": (parameter_keys, "parameter-keys"),
    "mixed_enums": (mixed_enums, "mixed-enums"),
    "arrays_without_items": (arrays_without_items, "array-items"),
    "refs_into_paths": (refs_into_paths, "paths-refs"),
    "case_collisions": (case_collisions, "case-collisions"),
    "inline_union_objects": (inline_union_objects, "inline-union-objects"),
    "operation_ids": (operation_ids, "operation-ids"),
    "nullable_in_31": (nullable_in_31, "nullable"),
    "nullable_in_30": (nullable_in_30, "openapi-3.1"),
    "min_max": (min_max, "min-max"),
    "path_templates": (path_templates, "path-templates"),
    "const_unions": (const_unions, "const-unions"),
    "schema_names_with_spaces": (schema_names_with_spaces, "schema-names"),
    "allof_over_union": (allof_over_union, "allof-unions"),
    "inline_name_collision": (inline_name_collision, "inline-name-collisions"),
}


def flawed(name: str) -> Doc:
    """The base document with one flaw."""
    doc = base()
    FLAWS[name][0](doc)
    return doc


def messy() -> Doc:
    """Every flaw of :data:`FLAWS` in one 3.0 document (the 3.0 flaw sets the version)."""
    doc = base()
    for name, (add, _rule) in FLAWS.items():
        if name != "nullable_in_30":
            add(doc)
    nullable_in_30(doc)
    return copy.deepcopy(doc)
