"""Where the schemas of an OpenAPI document are, and the small record of what a repair changed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
Document = dict[str, Any]

# Schema keywords holding one sub-schema, a list of them, or a map of them.
_ONE = ("items", "not", "additionalProperties", "contains", "propertyNames", "if", "then", "else")
_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAP = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")


@dataclass
class Slot:
    """A place that holds (or should hold) a schema: ``container[key]``, at ``where``."""

    container: Any
    key: Any
    where: tuple[str, ...]

    @property
    def value(self) -> Any:
        return self.container[self.key]

    @value.setter
    def value(self, new: Any) -> None:
        self.container[self.key] = new

    @property
    def pointer(self) -> str:
        return "#/" + "/".join(str(t).replace("~", "~0").replace("/", "~1") for t in self.where)


class RepairError(ValueError):
    """A document a rule cannot repair; ``rule`` names it."""

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(f"{rule}: {message}")
        self.rule = rule


@dataclass
class Repair:
    """What one rule changed: how many places, and the first few of them."""

    rule: str
    count: int = 0
    examples: list[str] = field(default_factory=list)

    def note(self, where: str, what: str) -> None:
        self.count += 1
        if len(self.examples) < 5:
            self.examples.append(f"{where}: {what}")


def operations(doc: Document) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every (path, method, operation) of the document, in document order."""
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield str(path), method, op


def _schema_tree(container: Any, key: Any, where: tuple[str, ...], out: list[Slot]) -> None:
    out.append(Slot(container, key, where))
    node = container[key]
    if not isinstance(node, dict):
        return
    for word in _ONE:
        if word in node and (isinstance(node[word], dict | str)):
            _schema_tree(node, word, (*where, word), out)
    for word in _LIST:
        if isinstance(node.get(word), list):
            for i in range(len(node[word])):
                _schema_tree(node[word], i, (*where, word, str(i)), out)
    for word in _MAP:
        if isinstance(node.get(word), dict):
            for name in list(node[word]):
                _schema_tree(node[word], name, (*where, word, str(name)), out)


def _media_schemas(content: Any, where: tuple[str, ...], out: list[Slot]) -> None:
    if not isinstance(content, dict):
        return
    for media, body in content.items():
        if isinstance(body, dict) and "schema" in body:
            _schema_tree(body, "schema", (*where, "content", str(media), "schema"), out)


def _parameter(param: Any, where: tuple[str, ...], out: list[Slot]) -> None:
    if isinstance(param, dict):
        if "schema" in param:
            _schema_tree(param, "schema", (*where, "schema"), out)
        _media_schemas(param.get("content"), where, out)


def _response(resp: Any, where: tuple[str, ...], out: list[Slot]) -> None:
    if not isinstance(resp, dict):
        return
    _media_schemas(resp.get("content"), where, out)
    headers = resp.get("headers")
    if isinstance(headers, dict):
        for name, header in headers.items():
            _parameter(header, (*where, "headers", str(name)), out)


def _operation(op: dict[str, Any], where: tuple[str, ...], out: list[Slot]) -> None:
    for i, param in enumerate(op.get("parameters") or []):
        _parameter(param, (*where, "parameters", str(i)), out)
    body = op.get("requestBody")
    if isinstance(body, dict):
        _media_schemas(body.get("content"), (*where, "requestBody"), out)
    responses = op.get("responses")
    if isinstance(responses, dict):
        for status, resp in responses.items():
            _response(resp, (*where, "responses", str(status)), out)


def schema_slots(doc: Document) -> list[Slot]:
    """Every schema of the document, parents before their sub-schemas, in document order."""
    out: list[Slot] = []
    components = doc.get("components")
    if isinstance(components, dict):
        schemas = components.get("schemas")
        if isinstance(schemas, dict):
            for name in list(schemas):
                _schema_tree(schemas, name, ("components", "schemas", str(name)), out)
        for section, visit in (
            ("parameters", _parameter),
            ("headers", _parameter),
            ("responses", _response),
        ):
            entries = components.get(section)
            if isinstance(entries, dict):
                for name, entry in entries.items():
                    visit(entry, ("components", section, str(name)), out)
        bodies = components.get("requestBodies")
        if isinstance(bodies, dict):
            for name, body in bodies.items():
                if isinstance(body, dict):
                    _media_schemas(body.get("content"), ("components", "requestBodies", name), out)
    paths = doc.get("paths")
    if isinstance(paths, dict):
        for path, item in paths.items():
            if not isinstance(item, dict):
                continue
            for i, param in enumerate(item.get("parameters") or []):
                _parameter(param, ("paths", str(path), "parameters", str(i)), out)
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    _operation(item[method], ("paths", str(path), method), out)
    return out


def refs(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping holding a ``$ref`` string, anywhere below ``node``."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            if isinstance(current.get("$ref"), str):
                yield current
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def pointer_tokens(ref: str) -> list[str]:
    """``#/components/schemas/A~1B`` -> ``["components", "schemas", "A/B"]``."""
    body = ref[2:] if ref.startswith("#/") else ""
    return [t.replace("~1", "/").replace("~0", "~") for t in body.split("/")] if body else []


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve(doc: Document, ref: str) -> Any:
    """The node a local ``$ref`` names, or None."""
    node: Any = doc
    for token in pointer_tokens(ref):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node
