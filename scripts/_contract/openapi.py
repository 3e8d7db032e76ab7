"""Small helpers over a parsed OpenAPI document: JSON pointers, local $refs, operations."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from _regen import yamlfile

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MISSING: Any = object()

Document = dict[str, Any]


def load(text: str) -> Document:
    """Parse a spec; anything that is not a mapping is an empty document."""
    doc = yamlfile.load(text)
    return doc if isinstance(doc, dict) else {}


def split(pointer: str) -> list[str]:
    if pointer in ("", "/"):
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("/").split("/")]


def join(tokens: list[str]) -> str:
    return "".join("/" + t.replace("~", "~0").replace("/", "~1") for t in tokens)


def canonical(doc: Document, pointer: str) -> str:
    """The pointer where the node really is written, following every local $ref on the way.

    ``/components/schemas/List/properties/items/items/properties/name`` becomes
    ``/components/schemas/Item/properties/name`` when ``items`` is a ``$ref`` to ``Item``. A
    pointer that does not resolve is returned unchanged.
    """
    found = _walk(doc, doc, [], split(pointer), 0)
    return join(found) if found is not None else pointer


def _walk(
    doc: Document, node: Any, where: list[str], tokens: list[str], hops: int
) -> list[str] | None:
    """Descend ``tokens`` from ``node`` (written at ``where``) through $refs and ``allOf`` branches.

    Optic merges ``allOf`` when it dereferences, so a merged property is looked up in each branch.
    """
    if not tokens:
        return where
    if hops > 64:
        return None
    token, rest = tokens[0], tokens[1:]
    if isinstance(node, dict) and token in node:
        return _walk(doc, node[token], [*where, token], rest, hops)
    if isinstance(node, list) and token.isdigit() and int(token) < len(node):
        return _walk(doc, node[int(token)], [*where, token], rest, hops)
    if not isinstance(node, dict):
        return None
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#"):
        found = _walk(doc, get(doc, ref[1:]), split(ref[1:]), tokens, hops + 1)
        if found is not None:
            return found
    for i, branch in enumerate(node.get("allOf") or []):
        found = _walk(doc, branch, [*where, "allOf", str(i)], tokens, hops + 1)
        if found is not None:
            return found
    return None


def get(doc: Any, pointer: str | list[str]) -> Any:
    """The node at ``pointer``, or MISSING."""
    node = doc
    for token in split(pointer) if isinstance(pointer, str) else pointer:
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return MISSING
    return node


def deref(doc: Document, node: Any, depth: int = 0) -> Any:
    """Follow a local ``$ref`` (``#/...``); other nodes are returned as they are."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and depth < 32:
        ref = node["$ref"]
        if not ref.startswith("#"):
            return node
        node = get(doc, ref[1:])
        depth += 1
    return node


def operations(doc: Document) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every (path, method, operation) of the document."""
    paths = doc.get("paths") or {}
    for path, item in paths.items():
        item = deref(doc, item)
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op


def operation_label(doc: Document, path: str, method: str) -> str:
    """``GET /items (listItems)``: what the report files operation findings under."""
    op = get(doc, ["paths", path, method])
    op_id = op.get("operationId") if isinstance(op, dict) else None
    return f"{method.upper()} {path}" + (f" ({op_id})" if op_id else "")


def operation_names(doc: Document, path: str, method: str) -> set[str]:
    op = get(doc, ["paths", path, method])
    names = {path, f"{method.upper()} {path}"}
    if isinstance(op, dict) and isinstance(op.get("operationId"), str):
        names.add(op["operationId"])
    return names


def server_path(doc: Document) -> str:
    """The path part of the first server URL (``/api/v1``), without a trailing slash; ``""`` when
    the document has no server or its server is a bare origin."""
    servers = doc.get("servers")
    url = ""
    if isinstance(servers, list) and servers and isinstance(servers[0], dict):
        url = str(servers[0].get("url") or "")
    if "://" in url:
        rest = url.split("://", 1)[1]
        url = rest[rest.find("/") :] if "/" in rest else ""
    elif url.startswith("{"):
        url = url[url.find("}") + 1 :] if "}" in url else ""
    return url.rstrip("/")


def rebased(doc: Document) -> Document:
    """A copy whose paths carry the server path (``/api/v1`` + ``/features``) and whose servers
    are bare origins: operations compared by the full URL a client sends."""
    base = server_path(doc)
    copy = dict(doc)
    copy["paths"] = {f"{base}{path}": item for path, item in (doc.get("paths") or {}).items()}
    servers = []
    for server in doc.get("servers") or []:
        if isinstance(server, dict) and isinstance(server.get("url"), str) and base:
            url = server["url"]
            server = {**server, "url": url[: len(url) - len(base)] if url.endswith(base) else url}
        servers.append(server)
    if servers:
        copy["servers"] = servers
    return copy
