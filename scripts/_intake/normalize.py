"""The normalization pass: small named transforms for flaws common in real vendor documents.

Each transform takes the document (a mutable mapping), fixes one kind of flaw wherever it occurs
and records every place it changed in a :class:`Repair`. A flaw no rule can repair raises
:class:`RepairError` naming the rule. Renames and hoists are deterministic: the same input always
gives the same names, so regeneration and the contract diff stay stable between versions.

The transforms run in the order of :data:`TRANSFORMS`; running the pass again on its own output
changes nothing (tests/update_spec/test_transforms.py checks both).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from openapi_python_client.strings import pascal_case

from .walk import (
    Document,
    Repair,
    RepairError,
    Slot,
    escape,
    operations,
    pointer_tokens,
    refs,
    resolve,
    schema_slots,
)

Transform = Callable[[Document, Repair], None]

_COMPONENT_NAME = re.compile(r"^[a-zA-Z0-9._-]+$")
_TYPE_ALIASES = {
    "object": "object", "obect": "object", "obj": "object", "objet": "object", "dict": "object",
    "map": "object", "boolean": "boolean", "bool": "boolean", "booleen": "boolean",
    "integer": "integer", "int": "integer", "long": "integer", "int32": "integer",
    "int64": "integer", "number": "number", "float": "number", "double": "number",
    "decimal": "number", "string": "string", "str": "string", "text": "string",
    "array": "array", "list": "array", "null": "null", "none": "null",
}  # fmt: skip
_PARAMETER_KEYS = {
    "name", "in", "description", "required", "deprecated", "allowEmptyValue", "style", "explode",
    "allowReserved", "schema", "example", "examples", "content", "$ref",
}  # fmt: skip
# Keys a Swagger-2-style parameter carries beside the Parameter Object: moved into its schema.
_PARAMETER_SCHEMA_KEYS = (
    "type", "format", "enum", "default", "items", "minimum", "maximum", "minLength", "maxLength",
    "pattern", "multipleOf", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems",
    "uniqueItems", "nullable",
)  # fmt: skip


def _components(doc: Document, section: str) -> dict[str, Any]:
    components = doc.setdefault("components", {})
    if not isinstance(components, dict):
        raise RepairError("components", "`components` is not a mapping")
    entries = components.setdefault(section, {})
    if not isinstance(entries, dict):
        raise RepairError("components", f"`components.{section}` is not a mapping")
    return entries


def _rename_refs(doc: Document, section: str, renames: dict[str, str]) -> None:
    prefix = f"#/components/{section}/"
    old_refs = {prefix + escape(old): prefix + escape(new) for old, new in renames.items()}
    for holder in refs(doc):
        target = old_refs.get(holder["$ref"])
        if target is not None:
            holder["$ref"] = target


def _unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name2``, ``name3``... whichever is free (compared as class names)."""
    candidate, n = name, 2
    while pascal_case(candidate).lower() in taken:
        candidate, n = f"{name}{n}", n + 1
    taken.add(pascal_case(candidate).lower())
    return candidate


# ----------------------------------------------------------------------------- document level


def openapi_3_1(doc: Document, repair: Repair) -> None:
    """An OpenAPI 3.0 document becomes 3.1 (the other rules then speak one dialect).

    Boolean ``exclusiveMinimum``/``exclusiveMaximum`` (3.0) become the 3.1 numbers; ``nullable``
    is handled by its own rule below.
    """
    version = str(doc.get("openapi", ""))
    if not version.startswith("3.0"):
        if not version.startswith("3.1"):
            raise RepairError(repair.rule, f"openapi: {version!r}; only 3.0 and 3.1 are taken")
        return
    doc["openapi"] = "3.1.0"
    repair.note("#/openapi", f"{version} -> 3.1.0")
    for slot in schema_slots(doc):
        node = slot.value
        if not isinstance(node, dict):
            continue
        for flag, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            if isinstance(node.get(flag), bool):
                if node[flag] and bound in node:
                    node[flag] = node.pop(bound)
                else:
                    del node[flag]
                repair.note(slot.pointer, f"boolean {flag} -> 3.1 form")


def path_templates(doc: Document, repair: Repair) -> None:
    """``/environments/${id}`` and ``/environments/:id`` become ``/environments/{id}``."""
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return
    fixed: dict[str, Any] = {}
    for path, item in paths.items():
        new = re.sub(r"\$\{(\w+)\}", r"{\1}", str(path))
        new = re.sub(r"/:(\w+)(?=/|$)", r"/{\1}", new)
        if new != path:
            repair.note(f"#/paths/{escape(str(path))}", f"-> {new}")
            if new in paths or new in fixed:
                raise RepairError(repair.rule, f"{path} and {new} are both in the document")
        fixed[new] = item
    if repair.count:
        doc["paths"] = fixed


def operation_ids(doc: Document, repair: Repair) -> None:
    """A missing ``operationId`` is made from method and path; a duplicate gets a number.

    ``GET /features/{id}`` -> ``getFeaturesId``; the second ``listFeatures`` -> ``listFeatures2``
    (document order, so the same document always gives the same names).
    """
    seen: set[str] = set()
    ops = list(operations(doc))
    existing = {str(op["operationId"]) for _, _, op in ops if op.get("operationId")}
    for path, method, op in ops:
        where = f"#/paths/{escape(path)}/{method}"
        op_id = op.get("operationId")
        if not op_id:
            words = re.findall(r"[A-Za-z0-9]+", path)
            base = method + "".join(w[:1].upper() + w[1:] for w in words)
            op_id = base
            n = 2
            while op_id in existing or op_id in seen:
                op_id, n = f"{base}{n}", n + 1
            op["operationId"] = op_id
            repair.note(where, f"operationId missing -> {op_id}")
        elif op_id in seen:
            base, n = str(op_id), 2
            while f"{base}{n}" in existing or f"{base}{n}" in seen:
                n += 1
            op["operationId"] = f"{base}{n}"
            repair.note(where, f"duplicate operationId {base} -> {base}{n}")
        seen.add(str(op["operationId"]))


def response_objects(doc: Document, repair: Repair) -> None:
    """A ``components.responses`` entry written as a bare schema becomes a Response object."""
    responses = (doc.get("components") or {}).get("responses")
    if not isinstance(responses, dict):
        return
    for name, entry in responses.items():
        if not isinstance(entry, dict) or "$ref" in entry:
            continue
        if "description" in entry or "content" in entry or "headers" in entry:
            continue
        responses[name] = {
            "description": str(name),
            "content": {"application/json": {"schema": entry}},
        }
        repair.note(f"#/components/responses/{escape(str(name))}", "bare schema wrapped")


def response_descriptions(doc: Document, repair: Repair) -> None:
    """A response without ``description`` (required by OpenAPI) gets the status's reason phrase."""
    places: list[tuple[str, Any]] = []
    for path, method, op in operations(doc):
        for status, resp in (op.get("responses") or {}).items():
            places.append((f"#/paths/{escape(path)}/{method}/responses/{status}", (status, resp)))
    for name, resp in ((doc.get("components") or {}).get("responses") or {}).items():
        places.append((f"#/components/responses/{escape(str(name))}", (name, resp)))
    for where, (status, resp) in places:
        if isinstance(resp, dict) and "$ref" not in resp and not resp.get("description"):
            try:
                text = HTTPStatus(int(str(status))).phrase
            except ValueError:
                text = "Default response" if str(status) == "default" else f"{status} response"
            resp["description"] = text
            repair.note(where, f"description {text!r} added")


def parameter_keys(doc: Document, repair: Repair) -> None:
    """Stray keys on a Parameter object: schema keywords move into its schema, others go."""
    places: list[tuple[str, Any]] = []
    for path, method, op in operations(doc):
        for i, p in enumerate(op.get("parameters") or []):
            places.append((f"#/paths/{escape(path)}/{method}/parameters/{i}", p))
    for path, item in (doc.get("paths") or {}).items():
        if isinstance(item, dict):
            for i, p in enumerate(item.get("parameters") or []):
                places.append((f"#/paths/{escape(str(path))}/parameters/{i}", p))
    for name, p in ((doc.get("components") or {}).get("parameters") or {}).items():
        places.append((f"#/components/parameters/{escape(str(name))}", p))
    for where, param in places:
        if not isinstance(param, dict) or "$ref" in param:
            continue
        stray = sorted(k for k in param if k not in _PARAMETER_KEYS and not k.startswith("x-"))
        if not stray:
            continue
        moved = [k for k in stray if k in _PARAMETER_SCHEMA_KEYS and "content" not in param]
        if moved:
            schema = param.setdefault("schema", {})
            if isinstance(schema, dict) and "$ref" not in schema:
                for key in moved:
                    schema.setdefault(key, param[key])
        for key in stray:
            del param[key]
        note = f"moved into schema: {', '.join(moved)}; " if moved else ""
        dropped = [k for k in stray if k not in moved]
        repair.note(where, note + (f"dropped: {', '.join(dropped)}" if dropped else ""))


# ----------------------------------------------------------------------------- component names


def schema_names(doc: Document, repair: Repair) -> None:
    """Component names OpenAPI forbids (``Targeting Rule``) become PascalCase (``TargetingRule``)."""
    components = doc.get("components")
    if not isinstance(components, dict):
        return
    for section, entries in list(components.items()):
        if not isinstance(entries, dict):
            continue
        bad = [n for n in entries if not _COMPONENT_NAME.match(str(n))]
        if not bad:
            continue
        taken = {pascal_case(str(n)).lower() for n in entries if n not in bad}
        renames = {}
        for name in sorted(bad, key=str):
            words = re.findall(r"[A-Za-z0-9]+", str(name))
            new = _unique("".join(w[:1].upper() + w[1:] for w in words) or section, taken)
            renames[str(name)] = new
            repair.note(f"#/components/{section}/{escape(str(name))}", f"renamed {new}")
        components[section] = {renames.get(str(k), k): v for k, v in entries.items()}
        _rename_refs(doc, section, renames)


def case_collisions(doc: Document, repair: Repair) -> None:
    """Schemas whose names give one Python class (``ExperimentResults``/``experimentResults``).

    In each group, the name already in PascalCase (else the first in sorted order) keeps its
    name; each other one gets a number (``experimentResults2``) and its references follow.
    """
    schemas = (doc.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    groups: dict[str, list[str]] = {}
    for name in schemas:
        groups.setdefault(pascal_case(str(name)).lower(), []).append(str(name))
    taken = set(groups)
    renames: dict[str, str] = {}
    for _key, names in sorted(groups.items()):
        if len(names) < 2:
            continue
        keeper, *others = sorted(names, key=lambda n: (n != pascal_case(n), n))
        for name in others:
            new = _unique(name, taken)
            renames[name] = new
            repair.note(f"#/components/schemas/{escape(name)}", f"same class as {keeper}: -> {new}")
    if renames:
        doc["components"]["schemas"] = {renames.get(k, k): v for k, v in schemas.items()}
        _rename_refs(doc, "schemas", renames)


def paths_refs(doc: Document, repair: Repair) -> None:
    """A ``$ref`` into ``#/paths/...`` (the generator reads only ``#/components``) is inlined."""
    for _ in range(32):  # an inlined node may itself hold such a reference
        found = [h for h in refs(doc) if str(h["$ref"]).startswith("#/paths/")]
        if not found:
            return
        for holder in found:
            ref = holder["$ref"]
            target = resolve(doc, ref)
            if target is None:
                raise RepairError(repair.rule, f"{ref} does not resolve")
            if isinstance(target, dict) and target.get("$ref") == ref:
                raise RepairError(repair.rule, f"{ref} refers to itself")
            del holder["$ref"]
            rest = {k: v for k, v in holder.items()}
            holder.clear()
            holder.update(copy.deepcopy(target) if isinstance(target, dict) else {})
            holder.update(rest)
            repair.note(ref, "inlined")
    raise RepairError(repair.rule, "references into #/paths nest more than 32 deep")


# ----------------------------------------------------------------------------- schemas


def bare_string_schemas(doc: Document, repair: Repair) -> None:
    """``items: string`` or a property given as ``name: integer``: a bare string, not a schema."""
    for slot in schema_slots(doc):
        value = slot.value
        if isinstance(value, str):
            name = _TYPE_ALIASES.get(re.sub(r"[^a-z0-9]", "", value.lower()))
            slot.value = {"type": name} if name else {"description": value}
            repair.note(slot.pointer, f"{value!r} -> {slot.value}")


def misspelt_types(doc: Document, repair: Repair) -> None:
    """``type: obect``, ``bool``, ``'boolean;'`` become the JSON Schema type they meant."""
    for slot in schema_slots(doc):
        node = slot.value
        if not isinstance(node, dict) or "type" not in node:
            continue
        given = node["type"]
        words = given if isinstance(given, list) else [given]
        fixed = []
        for word in words:
            name = _TYPE_ALIASES.get(re.sub(r"[^a-z0-9]", "", str(word).lower()))
            if name is None:
                raise RepairError(repair.rule, f"{slot.pointer}: unknown type {word!r}")
            if name not in fixed:
                fixed.append(name)
        new: Any = fixed if isinstance(given, list) else fixed[0]
        if new != given:
            node["type"] = new
            repair.note(slot.pointer, f"type {given!r} -> {new!r}")


def min_max(doc: Document, repair: Repair) -> None:
    """``min``/``max`` (not JSON Schema) become ``minimum``/``maximum`` on number schemas."""
    for slot in schema_slots(doc):
        node = slot.value
        if not isinstance(node, dict):
            continue
        for short, full in (("min", "minimum"), ("max", "maximum")):
            if short in node and isinstance(node[short], int | float) and full not in node:
                if "properties" in node and short in node["properties"]:
                    continue
                node[full] = node.pop(short)
                repair.note(slot.pointer, f"{short} -> {full}")


def array_items(doc: Document, repair: Repair) -> None:
    """An array without ``items`` gets ``items: {}`` (any value), which the generator needs."""
    for slot in schema_slots(doc):
        node = slot.value
        if not isinstance(node, dict) or "items" in node or "prefixItems" in node:
            continue
        kinds = node.get("type")
        if kinds == "array" or (isinstance(kinds, list) and "array" in kinds):
            node["items"] = {}
            repair.note(slot.pointer, "items: {} added")


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if value is None:
        return "null"
    return "string"


def mixed_enums(doc: Document, repair: Repair) -> None:
    """An enum mixing value types (``["a", 1]``) becomes a string enum (``["a", "1"]``)."""
    for slot in schema_slots(doc):
        node = slot.value
        if not isinstance(node, dict) or not isinstance(node.get("enum"), list):
            continue
        values = node["enum"]
        kinds = {_json_type(v) for v in values} - {"null"}
        if kinds <= {"integer", "number"} or len(kinds) <= 1:
            continue
        strings: list[Any] = []
        for v in values:
            text = v if v is None or isinstance(v, str) else _dump(v)
            if text not in strings:
                strings.append(text)
        node["enum"] = strings
        if "null" in {_json_type(v) for v in values}:
            node["type"] = ["string", "null"]
        else:
            node["type"] = "string"
        if "default" in node and not isinstance(node["default"], str | None):
            node["default"] = _dump(node["default"])
        repair.note(slot.pointer, f"enum of {', '.join(sorted(kinds))} -> strings")


def _dump(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def const_unions(doc: Document, repair: Repair) -> None:
    """``anyOf: [{const: 1}, {const: 2}]`` becomes ``enum: [1, 2]`` (the generator accepts only
    the first branch of a const union)."""
    for slot in schema_slots(doc):
        node = slot.value
        if not isinstance(node, dict):
            continue
        for word in ("anyOf", "oneOf"):
            branches = node.get(word)
            if not isinstance(branches, list) or not branches:
                continue
            if not all(isinstance(b, dict) and "const" in b for b in branches):
                continue
            if any(set(b) - {"const", "type", "title", "description"} for b in branches):
                continue
            values = [b["const"] for b in branches]
            kinds = sorted({_json_type(v) for v in values})
            del node[word]
            node["enum"] = values
            non_null = [k for k in kinds if k != "null"]
            if set(non_null) == {"integer", "number"}:
                non_null = ["number"]
            if len(non_null) == 1 and "type" not in node:
                node["type"] = non_null[0] if "null" not in kinds else [non_null[0], "null"]
            repair.note(slot.pointer, f"{word} of {len(values)} consts -> enum")


def nullable(doc: Document, repair: Repair) -> None:
    """``nullable: true`` (OpenAPI 3.0, ignored in 3.1) becomes ``type: [T, 'null']``, or an
    ``anyOf`` with ``{type: 'null'}`` when the schema has no type of its own."""
    for slot in schema_slots(doc):
        node = slot.value
        if not isinstance(node, dict) or "nullable" not in node:
            continue
        flag = node.pop("nullable")
        if flag is not True:
            repair.note(slot.pointer, "nullable: false dropped")
            continue
        kinds = node.get("type")
        if isinstance(kinds, str):
            node["type"] = [kinds, "null"]
        elif isinstance(kinds, list):
            if "null" not in kinds:
                node["type"] = [*kinds, "null"]
        elif _union_word(node) is not None:
            branches = node[str(_union_word(node))]
            if {"type": "null"} not in branches:
                branches.append({"type": "null"})
        else:
            inner = {k: node.pop(k) for k in list(node) if k not in ("description", "title")}
            if inner:  # with nothing else, the schema already accepts null
                node["anyOf"] = [inner, {"type": "null"}]
        if isinstance(node.get("enum"), list) and None not in node["enum"]:
            node["enum"].append(None)
        repair.note(slot.pointer, "nullable: true -> null type")


def _union_word(node: Any) -> str | None:
    if isinstance(node, dict):
        for word in ("anyOf", "oneOf"):
            if isinstance(node.get(word), list):
                return word
    return None


def allof_unions(doc: Document, repair: Repair) -> None:
    """``allOf: [A, oneOf: [B, C]]`` (the generator cannot take allOf of a union) becomes
    ``oneOf: [allOf: [A, B], allOf: [A, C]]``; a ``$ref`` to a union counts as a union."""
    for slot in schema_slots(doc):
        node = slot.value
        if not isinstance(node, dict) or not isinstance(node.get("allOf"), list):
            continue
        parts = node["allOf"]

        def as_union(part: Any) -> tuple[str, list[Any]] | None:
            target = (
                resolve(doc, part["$ref"]) if isinstance(part, dict) and "$ref" in part else part
            )
            word = _union_word(target)
            if word is None or not isinstance(target, dict):
                return None
            if set(target) - {word, "description", "title", "discriminator"}:
                return None
            return word, list(target[word])

        unions = [(i, as_union(p)) for i, p in enumerate(parts)]
        found = [(i, u) for i, u in unions if u is not None]
        if not found:
            continue
        i, (word, branches) = found[0]
        rest = [p for j, p in enumerate(parts) if j != i]
        del node["allOf"]
        node[word] = [{"allOf": [*copy.deepcopy(rest), copy.deepcopy(b)]} for b in branches]
        repair.note(slot.pointer, f"allOf over {word} -> {word} of allOf")


def _is_inline_object(node: Any) -> bool:
    """An inline schema the generator would have to name: an object with properties, or an allOf
    (a bare ``type: object`` is a free-form mapping and stays inline)."""
    if not isinstance(node, dict) or "$ref" in node:
        return False
    return bool(node.get("properties")) or isinstance(node.get("allOf"), list)


def _branch_name(parent: str, branch: dict[str, Any], index: int) -> str:
    title = branch.get("title")
    if isinstance(title, str) and title.strip():
        return parent + pascal_case(title)
    for prop in (branch.get("properties") or {}).values():
        if isinstance(prop, dict) and isinstance(prop.get("const"), str):
            return parent + pascal_case(prop["const"])
        if isinstance(prop, dict) and isinstance(prop.get("enum"), list) and len(prop["enum"]) == 1:
            return parent + pascal_case(str(prop["enum"][0]))
    return f"{parent}Option{index + 1}"


def inline_union_objects(doc: Document, repair: Repair) -> None:
    """Inline objects in ``anyOf``/``oneOf`` branches of component schemas (which the generator
    skips) are hoisted to ``components.schemas`` as ``<Schema><tag or title>`` or
    ``<Schema>Option<n>``, and the branch becomes a ``$ref``."""
    schemas = _components(doc, "schemas")
    taken = {pascal_case(str(n)).lower() for n in schemas}
    for _ in range(8):  # hoisted branches may hold unions of their own
        hoisted: dict[str, Any] = {}
        for name in list(schemas):
            slots = schema_slots({"components": {"schemas": {name: schemas[name]}}})
            for slot in slots:
                node = slot.value
                word = _union_word(node)
                if word is None:
                    continue
                for i, branch in enumerate(node[word]):
                    if not _is_inline_object(branch):
                        continue
                    new = _unique(_branch_name(pascal_case(str(name)), branch, i), taken)
                    hoisted[new] = branch
                    node[word][i] = {"$ref": f"#/components/schemas/{escape(new)}"}
                    repair.note(f"{slot.pointer}/{word}/{i}", f"hoisted as {new}")
        if not hoisted:
            return
        schemas.update(hoisted)


def _property_objects(
    node: Any, class_name: str, where: str, out: list[tuple[dict[str, Any], str, str, str]]
) -> None:
    """(properties mapping, property, generated class name, pointer) of nested inline objects."""
    if not isinstance(node, dict):
        return
    props = node.get("properties")
    if not isinstance(props, dict):
        return
    for prop, sub in props.items():
        if not isinstance(sub, dict) or "$ref" in sub:
            continue
        title = str(sub["title"]) if isinstance(sub.get("title"), str) else str(prop)
        name = f"{class_name}{pascal_case(title)}"
        here = f"{where}/properties/{escape(str(prop))}"
        if sub.get("type") == "object" and isinstance(sub.get("properties"), dict):
            out.append((props, str(prop), name, here))
            _property_objects(sub, name, here, out)


def inline_name_collisions(doc: Document, repair: Repair) -> None:
    """An inline object whose generated class name is also a component's (``Feature.revision``
    -> ``FeatureRevision``) is hoisted as ``<that name>Field`` so the two classes stay apart."""
    schemas = (doc.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    taken = {pascal_case(str(n)).lower() for n in schemas}
    hoisted: dict[str, Any] = {}
    for name in list(schemas):
        found: list[tuple[dict[str, Any], str, str, str]] = []
        _property_objects(
            schemas[name],
            pascal_case(str(name)),
            f"#/components/schemas/{escape(str(name))}",
            found,
        )
        for props, prop, class_name, where in found:
            if class_name.lower() not in taken:
                continue
            new = _unique(f"{class_name}Field", taken)
            hoisted[new] = props[prop]
            props[prop] = {"$ref": f"#/components/schemas/{escape(new)}"}
            repair.note(where, f"inline class {class_name} collides with a component: -> {new}")
    schemas.update(hoisted)


TRANSFORMS: tuple[tuple[str, Transform], ...] = (
    ("openapi-3.1", openapi_3_1),
    ("path-templates", path_templates),
    ("operation-ids", operation_ids),
    ("response-objects", response_objects),
    ("response-descriptions", response_descriptions),
    ("parameter-keys", parameter_keys),
    ("schema-names", schema_names),
    ("case-collisions", case_collisions),
    ("paths-refs", paths_refs),
    ("bare-string-schemas", bare_string_schemas),
    ("misspelt-types", misspelt_types),
    ("min-max", min_max),
    ("array-items", array_items),
    ("nullable", nullable),
    ("mixed-enums", mixed_enums),
    ("const-unions", const_unions),
    ("allof-unions", allof_unions),
    ("inline-union-objects", inline_union_objects),
    ("inline-name-collisions", inline_name_collisions),
)
"""Every rule, in the order it runs (names as the summary and the README show them)."""


def normalize(doc: Document) -> list[Repair]:
    """Run every transform on ``doc`` (in place); the repairs that changed something."""
    done = []
    for name, transform in TRANSFORMS:
        repair = Repair(name)
        transform(doc, repair)
        if repair.count:
            done.append(repair)
    return done


__all__ = ["TRANSFORMS", "Repair", "RepairError", "Slot", "normalize", "pointer_tokens"]
