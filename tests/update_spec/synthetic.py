"""A large synthetic GrowthBook-style document, made from our own spec plus generated resources.

    python tests/update_spec/synthetic.py OUT.yaml [--operations 400] [--version 2]

It starts from specs/growthbook.yaml (so the facade's helpers still find their operations) and
adds resources until the document has ``--operations`` operations: each resource has a
``limit``/``offset`` list, create, get, update and delete, a model with nested objects, enums and
arrays, and its list and single-object responses. Version 2 of the same document removes one
resource, adds two, adds an optional request field and an optional array whose items have a
required field (not breaking), and makes one response field a different type (breaking), so the
contract diff of version 1 against version 2 has work to do on every level.

Some of the flaws vendors ship are sprinkled in (responses without a description, ``nullable``
in a 3.1 document, misspelt types, a const union), so the repairs run at size too.
"""

from __future__ import annotations

import argparse
import copy
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
OPS_PER_RESOURCE = 5
# Words to name resources by (``widget`` -> /widgets, Widget, listWidgets...): pronounceable and
# combined in pairs, so any number of resources gets distinct, readable names.
_FIRST = ("alpha", "amber", "birch", "cedar", "delta", "ember", "fjord", "grove", "harbor", "iris",
          "juniper", "kestrel", "lumen", "maple", "nectar", "onyx", "prairie", "quartz")  # fmt: skip
_SECOND = ("board", "channel", "digest", "gauge", "ledger", "marker", "panel", "signal")


def resource_names(count: int) -> list[str]:
    names = [f"{a}{b.capitalize()}" for b in _SECOND for a in _FIRST]
    if count > len(names):
        raise ValueError(f"at most {len(names)} synthetic resources")
    return names[:count]


def _pascal(name: str) -> str:
    return name[:1].upper() + name[1:]


def _model(name: str, index: int) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "required": ["id", "name", "dateCreated"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "description": {"type": "string"},
            "dateCreated": {"type": "string", "format": "date-time"},
            "status": {"type": "string", "enum": ["draft", "running", "stopped"]},
            "weight": {"type": "number", "minimum": 0, "maximum": 1},
            "tags": {"type": "array", "items": {"type": "string"}},
            "settings": {
                "type": "object",
                "properties": {
                    "enabled": {"type": "boolean"},
                    "threshold": {"type": "integer"},
                    "owner": {"type": "string"},
                },
            },
            "rules": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["kind"],
                    "properties": {
                        "kind": {"type": "string", "enum": ["force", "rollout"]},
                        "value": {"type": "string"},
                        "coverage": {"type": "number"},
                    },
                },
            },
        },
    }
    # Flaws real vendor documents carry, spread over the resources.
    if index % 7 == 1:
        schema["properties"]["description"] = {"type": "string", "nullable": True}
    if index % 11 == 2:
        schema["properties"]["settings"]["properties"]["enabled"]["type"] = "bool"
    if index % 13 == 3:
        schema["properties"]["hashVersion"] = {"anyOf": [{"const": 1}, {"const": 2}]}
    return schema


def _list_params() -> list[dict[str, Any]]:
    return [
        {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 10}},
        {"name": "offset", "in": "query", "schema": {"type": "integer", "default": 0}},
    ]


def _json(ref: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}


def add_resource(doc: dict[str, Any], name: str, index: int) -> None:
    """Five operations and four schemas for one resource."""
    model = _pascal(name)
    plural = f"{name}s"
    schemas = doc["components"]["schemas"]
    schemas[model] = _model(name, index)
    schemas[f"{model}Input"] = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "description": {"type": "string"},
            "tags": {"type": "array", "items": {"type": "string"}},
        },
    }
    schemas[f"List{model}sResponse"] = {
        "allOf": [
            {
                "type": "object",
                "required": [plural],
                "properties": {plural: {"type": "array", "items": {"$ref": f"#/components/schemas/{model}"}}},
            },
            {"$ref": "#/components/schemas/PaginationFields"},
        ]
    }  # fmt: skip
    schemas[f"{model}Response"] = {
        "type": "object",
        "required": [name],
        "properties": {name: {"$ref": f"#/components/schemas/{model}"}},
    }
    tag = f"{model}s"
    error = {"$ref": "#/components/responses/BadRequest"}
    ok_list = {"description": "A page", "content": _json(f"List{model}sResponse")}
    ok_one = {"description": "The object", "content": _json(f"{model}Response")}
    if index % 5 == 4:
        del ok_one["description"]  # a response without a description
    id_param = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    doc["paths"][f"/{plural}"] = {
        "get": {
            "operationId": f"list{model}s",
            "summary": f"List {plural}",
            "tags": [tag],
            "parameters": _list_params(),
            "responses": {"200": ok_list, "400": error},
        },
        "post": {
            "operationId": f"create{model}",
            "summary": f"Create a {name}",
            "tags": [tag],
            "requestBody": {"required": True, "content": _json(f"{model}Input")},
            "responses": {"200": copy.deepcopy(ok_one), "400": error},
        },
    }
    doc["paths"][f"/{plural}/{{id}}"] = {
        "get": {
            "operationId": f"get{model}",
            "summary": f"Get a {name}",
            "tags": [tag],
            "parameters": copy.deepcopy(id_param),
            "responses": {"200": copy.deepcopy(ok_one), "404": error},
        },
        "post": {
            "operationId": f"update{model}",
            "summary": f"Update a {name}",
            "tags": [tag],
            "parameters": copy.deepcopy(id_param),
            "requestBody": {"required": True, "content": _json(f"{model}Input")},
            "responses": {"200": copy.deepcopy(ok_one), "404": error},
        },
        "delete": {
            "operationId": f"delete{model}",
            "summary": f"Delete a {name}",
            "tags": [tag],
            "parameters": copy.deepcopy(id_param),
            "responses": {
                "200": {
                    "description": "Deleted",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["deletedId"],
                                "properties": {"deletedId": {"type": "string"}},
                            }
                        }
                    },
                },
                "404": error,
            },
        },
    }


def make_document(operations: int = 400, version: int = 1) -> dict[str, Any]:
    """Our GrowthBook spec grown to ``operations`` operations (at least), as a mapping."""
    doc: dict[str, Any] = yaml.safe_load((ROOT / "specs" / "growthbook.yaml").read_text())
    base = sum(
        1 for item in doc["paths"].values() for m in item if m in ("get", "post", "put", "delete")
    )
    schemas = doc["components"]["schemas"]
    if "PaginationFields" not in schemas:
        schemas["PaginationFields"] = {
            "type": "object",
            "required": ["limit", "offset", "count", "total", "hasMore", "nextOffset"],
            "properties": {
                "limit": {"type": "integer"},
                "offset": {"type": "integer"},
                "count": {"type": "integer"},
                "total": {"type": "integer"},
                "hasMore": {"type": "boolean"},
                "nextOffset": {"type": ["integer", "null"]},
            },
        }
    count = -(-max(operations - base, 0) // OPS_PER_RESOURCE)
    all_names = resource_names(count + (2 if version > 1 else 0))
    # Version 2: the first resource is removed, two new ones come at the end; each resource keeps
    # its index (and so its flaws) across versions.
    indexes = range(1, len(all_names)) if version > 1 else range(len(all_names))
    names = [all_names[i] for i in indexes]
    doc["info"]["version"] = f"1.{version - 1}.0"
    for i in indexes:
        add_resource(doc, all_names[i], i)
    if version > 1:
        first = _pascal(names[0])
        props = schemas[f"{first}Input"]["properties"]
        props["labels"] = {"type": "object", "additionalProperties": {"type": "string"}}
        props["steps"] = {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["key"],
                "properties": {"key": {"type": "string"}, "value": {"type": "string"}},
            },
        }
        second = _pascal(names[1])
        schemas[second]["properties"]["weight"] = {"type": "string"}
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--operations", type=int, default=400)
    parser.add_argument("--version", type=int, default=1)
    args = parser.parse_args()
    doc = make_document(args.operations, args.version)
    args.out.write_text(yaml.safe_dump(doc, sort_keys=False))


if __name__ == "__main__":
    main()
