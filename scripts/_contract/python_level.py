"""Python level: what a spec change does to code importing our packages, found by griffe.

Both spec versions are generated with the pinned generator, today's config/<service>.yml and
today's templates/ (through scripts/_regen's ``generate()``), so every difference comes
from the spec alone; griffe loads both trees statically and ``griffe.find_breaking_changes`` names
removed modules, functions, models and fields, removed parameters and parameters that became
required. The facade is compared the same way, its version at the base ref against the work tree.
"""

from __future__ import annotations

import filecmp
import hashlib
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import griffe
from _regen import SERVICES, GenerationError, check_generator_version
from _regen import generate as _generate

from .model import Finding, GroupKind, Level

FACADE_PACKAGE = "experiment_clients"
_ADDED_LIMIT = 40

__all__ = ["FACADE_PACKAGE", "GenerationError", "compare_packages", "generate", "services"]

PREGENERATED: dict[tuple[str, str], Path] = {}
"""(service, spec digest) -> a folder already holding that spec's package: scripts/update-spec
has just generated the new side, so the diff does not generate it a second time."""


def digest(spec_file: Path) -> str:
    return hashlib.sha256(spec_file.read_bytes()).hexdigest()


def services() -> dict[str, str]:
    """Service name -> generated package name, as scripts/regenerate knows them."""
    return dict(SERVICES)


def generate(service: str, spec_file: Path, workdir: Path) -> Path:
    """Generate ``spec_file`` as ``service``'s package into ``workdir/out``; return that folder.

    The work tree's config/ and templates/ are used, so every difference comes from the spec.
    """
    known = PREGENERATED.get((service, digest(spec_file)))
    if known is not None and (known / SERVICES[service]).is_dir():
        return known
    out = workdir / "out"
    out.mkdir(parents=True, exist_ok=True)
    check_generator_version()
    try:
        _generate(service, out, spec=spec_file)
    except GenerationError as exc:
        raise GenerationError(
            f"could not generate {spec_file.name} as {SERVICES.get(service, service)}: {exc}",
            exc.log,
        ) from None
    return out


# ----------------------------------------------------------------------------- griffe


def _load(package: str, search_path: Path, extra: list[Path]) -> griffe.Module:
    loaded = griffe.load(
        package,
        search_paths=[str(search_path), *(str(p) for p in extra)],
        allow_inspection=False,
        resolve_aliases=False,
    )
    assert isinstance(loaded, griffe.Module)
    return loaded


def _module_of(obj: griffe.Object | griffe.Alias) -> str:
    if obj.is_alias and obj.parent is not None:
        return obj.parent.path  # an import: filed under the module that re-exports it
    if obj.is_module:
        return obj.parent.path if obj.parent is not None else obj.path
    return obj.module.path


def _relative(obj: griffe.Object | griffe.Alias) -> str:
    module = _module_of(obj)
    return obj.path[len(module) + 1 :] if obj.path.startswith(module + ".") else obj.path


def _kind(obj: griffe.Object | griffe.Alias) -> str:
    what = obj.kind.value
    if what == "attribute" and obj.parent is not None and obj.parent.is_class:
        return "field or class attribute"
    return what


def _breakage_finding(breakage: griffe.Breakage) -> Finding:
    obj = breakage.obj
    module = _module_of(obj)
    rule = f"griffe: {breakage.kind.name}"
    names = {obj.name, module.rsplit(".", 1)[-1]}
    if isinstance(breakage.old_value, griffe.Parameter):
        param = breakage.old_value.name
        return Finding(
            level=Level.PYTHON,
            breaking=True,
            kind=GroupKind.MODULE,
            group=module,
            subject=f"parameter `{param}`",
            message=breakage.kind.value.lower(),
            rule=rule,
            affects=(f"{_relative(obj)}()",),
            names=frozenset({*names, param}),
        )
    if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED:
        what = _kind(obj)
        names.update(_relative(obj).split("."))
        return Finding(
            level=Level.PYTHON,
            breaking=True,
            kind=GroupKind.MODULE,
            group=module,
            subject=f"`{_relative(obj)}`",
            message=f"{what} removed",
            rule=rule,
            names=frozenset(names),
        )
    return Finding(
        level=Level.PYTHON,
        breaking=True,
        kind=GroupKind.MODULE,
        group=module,
        subject=f"`{_relative(obj)}`",
        message=f"{breakage.kind.value.lower()}: `{breakage.old_value}` → `{breakage.new_value}`",
        rule=rule,
        names=frozenset(names),
    )


def _public(obj: griffe.Object) -> Iterator[griffe.Object]:
    for member in obj.members.values():
        if member.is_alias or not isinstance(member, griffe.Object):
            continue
        if member.name.startswith("_") or not member.is_public:
            continue
        yield member


def _public_tree(obj: griffe.Object, found: dict[str, griffe.Object]) -> None:
    for member in _public(obj):
        found[member.path] = member
        if member.is_module or member.is_class:
            _public_tree(member, found)


def _added(old: griffe.Module, new: griffe.Module) -> list[Finding]:
    before: dict[str, griffe.Object] = {}
    after: dict[str, griffe.Object] = {}
    _public_tree(old, before)
    _public_tree(new, after)
    added = [
        obj
        for path, obj in after.items()
        if path not in before
        and (obj.parent is None or obj.parent.path in before or obj.parent is new)
    ]
    findings = [
        Finding(
            level=Level.PYTHON,
            breaking=False,
            kind=GroupKind.MODULE,
            group=_module_of(obj),
            subject=f"`{_relative(obj)}`",
            message=f"{_kind(obj)} added",
            rule="griffe: public objects",
            names=frozenset({obj.name}),
        )
        for obj in added
    ]
    if len(findings) > _ADDED_LIMIT:
        rest = len(findings) - _ADDED_LIMIT
        findings = findings[:_ADDED_LIMIT]
        findings.append(
            Finding(
                level=Level.PYTHON,
                breaking=False,
                kind=GroupKind.MODULE,
                group=new.path,
                subject="…",
                message=f"and {rest} more public objects added",
                rule="griffe: public objects",
            )
        )
    return findings


def _merge_parameters(findings: list[Finding]) -> list[Finding]:
    """``limit`` now required in sync, sync_detailed, asyncio, ...: one finding per parameter."""
    merged: dict[tuple[Any, ...], Finding] = {}
    for f in findings:
        key = (f.group, f.subject, f.message, f.rule)
        if key in merged:
            prev = merged[key]
            merged[key] = replace(
                prev,
                affects=tuple(dict.fromkeys(prev.affects + f.affects)),
                names=prev.names | f.names,
            )
        else:
            merged[key] = f
    return list(merged.values())


def compare_packages(
    package: str,
    old_dir: Path,
    new_dir: Path,
    extra_paths: tuple[list[Path], list[Path]] = ([], []),
) -> list[Finding]:
    """Breaking and added public objects of ``package`` between two search paths.

    Only what changed is loaded: a module file identical on both sides cannot hold a difference,
    so both copies are left out (package ``__init__.py`` files are always kept, for structure).
    griffe then reads the changed modules only: 0.7 s instead of 19 s for two 400-operation
    packages, with the same findings.
    """
    with tempfile.TemporaryDirectory(prefix="contract-griffe-") as tmp:
        old_pruned, new_pruned = _changed_only(package, old_dir, new_dir, Path(tmp))
        old = _load(package, old_pruned, extra_paths[0])
        new = _load(package, new_pruned, extra_paths[1])
        return _compare_loaded(old, new)


def _changed_only(package: str, old_dir: Path, new_dir: Path, tmp: Path) -> tuple[Path, Path]:
    old_root, new_root = old_dir / package, new_dir / package

    def files(root: Path) -> set[str]:
        return {
            str(p.relative_to(root)) for p in root.rglob("*.py") if "__pycache__" not in p.parts
        }

    before, after = files(old_root), files(new_root)
    result = []
    for side, root, names in (("old", old_root, before), ("new", new_root, after)):
        dest = tmp / side
        (dest / package).mkdir(parents=True, exist_ok=True)
        for name in names:
            other = new_root / name if side == "old" else old_root / name
            unchanged = other.is_file() and filecmp.cmp(root / name, other, shallow=False)
            if unchanged and Path(name).name != "__init__.py":
                continue
            target = dest / package / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / name, target)
        result.append(dest)
    return result[0], result[1]


def _compare_loaded(old: griffe.Module, new: griffe.Module) -> list[Finding]:
    breaking = [
        _breakage_finding(b)
        for b in griffe.find_breaking_changes(old, new)
        if not _is_type_variable(b.old_value)
    ]
    return _merge_parameters(breaking) + _added(old, new)


def _is_type_variable(obj: object) -> bool:
    """A module-level ``T = TypeVar("T")`` is typing machinery, not API anyone imports."""
    value = str(getattr(obj, "value", "") or "") if isinstance(obj, griffe.Attribute) else ""
    return value.startswith(("TypeVar(", "typing.TypeVar(", "ParamSpec(", "typing.ParamSpec("))


def griffe_version() -> str:
    from importlib.metadata import version

    return version("griffe")
