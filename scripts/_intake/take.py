"""Taking a vendor document: read it, apply the service's repairs, validate what comes out.

The repairs are the service's overlay (specs/overlays/SERVICE.yaml), then the normalization pass
(normalize.py). Both run on a copy; the caller gets the repaired document and what each rule did.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from _contract import openapi
from _regen import ROOT, yamlfile

from . import normalize, overlay
from .walk import Document, Repair, RepairError, operations

VALIDATOR_RULE = "openapi-spec-validator"


def read(path: Path) -> Document:
    """A YAML or JSON OpenAPI document from a local file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RepairError("read", f"{path}: {exc}") from None
    try:
        doc = json.loads(text) if path.suffix == ".json" else yamlfile.load(text)
    except (ValueError, yamlfile.YAMLError) as exc:
        raise RepairError("read", f"{path}: neither YAML nor JSON: {exc}") from None
    if not isinstance(doc, dict) or "openapi" not in doc:
        raise RepairError("read", f"{path}: not an OpenAPI 3.x document (no `openapi` field)")
    return doc


def overlay_path(service: str, root: Path = ROOT) -> Path:
    return root / "specs" / "overlays" / f"{service}.yaml"


def repair(service: str, doc: Document, root: Path = ROOT) -> tuple[Document, list[Repair]]:
    """The repaired document and its repairs: every overlay action (a stale one with a count of
    0), then the normalization rules that changed something."""
    done = overlay.apply_file(doc, overlay_path(service, root))
    done += normalize.normalize(doc)
    return doc, done


def validate(doc: Document) -> None:
    """Raise :class:`RepairError` (rule ``openapi-spec-validator``) on the first problem."""
    from openapi_spec_validator import validate as check
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        check(doc)
    except OpenAPIValidationError as exc:
        where = "/".join(str(p) for p in getattr(exc, "absolute_path", []) or [])
        raise RepairError(VALIDATOR_RULE, f"{_short(exc.message)} (at #/{where})") from None
    except Exception as exc:  # e.g. referencing's PointerToNowhere for a $ref that does not resolve
        raise RepairError(VALIDATOR_RULE, f"{type(exc).__name__}: {_short(str(exc))}") from None


def _short(text: str, limit: int = 300) -> str:
    """Validator messages may quote the whole document: keep the head."""
    return text if len(text) <= limit else text[:limit] + " ..."


def dump(doc: Document) -> str:
    """The document as the YAML written to specs/ (key order kept, stable between runs)."""
    return yamlfile.dump(doc, allow_unicode=True, width=100)


def take(service: str, path: Path, root: Path = ROOT) -> tuple[str, Document, list[Repair]]:
    """Read, repair and validate ``path``; returns the YAML to write, the document, the repairs."""
    doc, done = repair(service, read(path), root)
    validate(doc)
    return dump(doc), doc, done


def operation_keys(doc: Document) -> dict[str, str]:
    """``GET /api/v1/features`` (full URL path: server path + path) -> operationId."""
    base = openapi.server_path(doc)
    return {
        f"{method.upper()} {base}{path}": str(op.get("operationId") or "")
        for path, method, op in operations(doc)
    }


def count_operations(doc: Document) -> int:
    return sum(1 for _ in operations(doc))


def as_dict(data: Any) -> Document:
    return data if isinstance(data, dict) else {}
