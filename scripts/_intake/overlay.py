"""OpenAPI Overlay 1.0 (the OAI standard for patching a document you do not own), applied.

An overlay is ``{overlay: 1.0.0, info: {title, version}, actions: [...]}``; each action has a
``target`` (an RFC 9535 JSONPath) and either ``update`` (merged into every node matched: objects
recursively, arrays appended to) or ``remove: true``. JSONPath is python-jsonpath in strict RFC
9535 mode (the dialect the Overlay specification names); the applier is ours because it must say
what each action did: an action that matches nothing is reported with a count of 0 and a
"stale?" note, as a rule gone stale is what a maintainer reviewing a new vendor version must
hear about (it does not stop the take: the vendor may have fixed the flaw).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonpath
from _regen import yamlfile

from .walk import Document, Repair, RepairError

_ENV = jsonpath.JSONPathEnvironment(strict=True)
RULE = "overlay"


def load(path: Path) -> dict[str, Any]:
    """Read and check an overlay document; :class:`RepairError` says what is wrong with it."""
    try:
        overlay = yamlfile.load(path.read_text(encoding="utf-8"))
    except yamlfile.YAMLError as exc:
        raise RepairError(RULE, f"{path}: not YAML: {exc}") from None
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1."):
        raise RepairError(RULE, f"{path}: not an Overlay 1.x document (`overlay: 1.0.0` missing)")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise RepairError(RULE, f"{path}: `actions` must be a non-empty list")
    for i, action in enumerate(actions):
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise RepairError(RULE, f"{path}: actions[{i}] needs a `target` JSONPath")
        if ("update" in action) == bool(action.get("remove")):
            raise RepairError(RULE, f"{path}: actions[{i}] needs exactly one of update, remove")
        try:
            _ENV.compile(action["target"])
        except jsonpath.JSONPathError as exc:
            raise RepairError(RULE, f"{path}: actions[{i}].target: {exc}") from None
    return overlay


def _merge(into: Any, update: Any) -> Any:
    """Overlay 1.0 update semantics: objects merge recursively, arrays append, values replace."""
    if isinstance(into, dict) and isinstance(update, dict):
        for key, value in update.items():
            into[key] = _merge(into[key], value) if key in into else copy.deepcopy(value)
        return into
    if isinstance(into, list):
        into.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])
        return into
    return copy.deepcopy(update)


def _label(action: dict[str, Any], index: int) -> str:
    description = action.get("description")
    return f"overlay: {description}" if description else f"overlay: actions[{index}]"


def apply(doc: Document, overlay: dict[str, Any]) -> list[Repair]:
    """Apply every action to ``doc`` in place; one :class:`Repair` per action, in order."""
    done = []
    for i, action in enumerate(overlay["actions"]):
        repair = Repair(_label(action, i))
        matches = list(_ENV.finditer(action["target"], doc))
        if not matches:
            repair.examples.append(
                f"target {action['target']} matched nothing (stale? the vendor may have fixed "
                "it: update or delete the action)"
            )
        elif action.get("remove"):
            # Remove from the deepest and last positions first, so indexes stay valid.
            for match in sorted(matches, key=lambda m: m.parts, reverse=True):
                holder: Any = match.parent.obj if match.parent is not None else None
                if holder is None or not match.parts:
                    raise RepairError(repair.rule, "cannot remove the document root")
                del holder[match.parts[-1]]
                repair.note(str(match.pointer()), "removed")
        else:
            for match in matches:
                if match.parent is None or not match.parts:
                    _merge(doc, action["update"])
                else:
                    container: Any = match.parent.obj
                    key: Any = match.parts[-1]
                    container[key] = _merge(container[key], action["update"])
                repair.note(str(match.pointer()), "updated")
        done.append(repair)
    return done


def apply_file(doc: Document, path: Path) -> list[Repair]:
    """Apply the overlay at ``path`` if it exists (no overlay, no repairs)."""
    return apply(doc, load(path)) if path.exists() else []
