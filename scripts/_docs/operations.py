"""docs/operations.md: every operation of both services, generated from the operation index.

For each operation: the command line's command, operationId, method and path,
summary, the generated module, and the facade helper that calls it (found by
reading the facade's source, so a new helper shows up without editing this).

    render(repo_root) -> str    the document's text
    write(repo_root) -> bool    write it; True when the file changed
    python scripts/_docs/operations.py [--check]   write it, or exit 1 when it is stale
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from experiment_clients._operations import OperationInfo

TARGET = Path("docs/operations.md")
#: service -> (title, the facade module whose helpers cover it)
SERVICES: Mapping[str, tuple[str, str]] = {
    "growthbook": ("GrowthBook REST API v1", "growthbook.py"),
    "convert": ("Convert Experiences REST API v2", "convert.py"),
}
#: How a user reaches a helper class's methods (the sync classes; async twins mirror them).
ACCESS: Mapping[str, str] = {
    "GrowthBookClient": "GrowthBookClient.",
    "ConvertClient": "ConvertClient.",
    "Experiences": "ConvertClient.experiences.",
}


def check_inputs(repo_root: Path) -> None:
    """Raise RuntimeError, naming what is missing, unless ``repo_root`` has what render() reads."""
    missing = [sub for sub in ("facade", "generated") if not (repo_root / sub).is_dir()]
    if missing:
        raise RuntimeError(
            f"{repo_root} has no {' or '.join(f'{m}/' for m in missing)}: {TARGET} is written "
            "from the facade's operation index over generated/, so both must be there"
        )


def _load(repo_root: Path) -> None:
    """Import the registry from ``repo_root``'s own facade and generated packages."""
    check_inputs(repo_root)
    for sub in ("facade", "generated"):
        path = str(repo_root / sub)
        if path not in sys.path:
            sys.path.insert(0, path)
    import experiment_clients

    where = Path(experiment_clients.__file__).resolve()
    if not where.is_relative_to((repo_root / "facade").resolve()):
        raise RuntimeError(f"experiment_clients is imported from {where}, not from {repo_root}")


def _names_used(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _bound_operations(node: ast.AST) -> set[str]:
    """Operation modules named in the helpers' bindings: ``_op("features", "get_feature", ...)``."""
    return {
        n.args[1].value
        for n in ast.walk(node)
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Name)
        and n.func.id == "_op"
        and len(n.args) >= 2
        and isinstance(n.args[1], ast.Constant)
        and isinstance(n.args[1].value, str)
    }


def _self_calls(node: ast.AST) -> set[str]:
    """Methods called on ``self`` (``self._get(...)``, ``self.update(...)``)."""
    return {
        n.attr
        for n in ast.walk(node)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "self"
    }


def helpers(source: str, package: str) -> dict[str, list[str]]:
    """Operation module name -> the public helpers (``GrowthBookClient.features()``) calling it.

    A helper covers an operation when its body, or a method of its class (or
    base class) that it calls on ``self``, names the operation's module
    imported from ``<package>.api`` or binds it with ``_op(tag, module, helper)``.
    """
    tree = ast.parse(source)
    modules: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(f"{package}.api."):
            modules.update(alias.asname or alias.name for alias in node.names)
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}

    def methods(cls: ast.ClassDef) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
        found: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = {}
        for base in cls.bases:
            if isinstance(base, ast.Name) and base.id in classes:
                found.update(methods(classes[base.id]))
        found.update(
            {n.name: n for n in cls.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
        )
        return found

    covered: dict[str, list[str]] = {}
    for name, prefix in ACCESS.items():
        cls = classes.get(name)
        if cls is None:
            continue
        table = methods(cls)
        for method, node in table.items():
            if method.startswith("_"):
                continue
            seen, todo, used = {method}, [node], set()
            while todo:
                current = todo.pop()
                used |= (_names_used(current) & modules) | _bound_operations(current)
                for callee in _self_calls(current) - seen:
                    if callee in table:
                        seen.add(callee)
                        todo.append(table[callee])
            for module in used:
                covered.setdefault(module, []).append(f"`{prefix}{method}()`")
    return covered


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _section(
    service: str, title: str, infos: Iterable[OperationInfo], covered: Mapping[str, list[str]]
) -> list[str]:
    rows = sorted(infos, key=lambda i: (i.tag, i.kebab))
    lines = [
        f"## {title} (`{service}`, {len(rows)} operations)",
        "",
        "| command | operationId | method and path | summary | module | helper |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for info in rows:
        helper = ", ".join(sorted(covered.get(info.name, []))) or "—"
        lines.append(
            f"| `experiment-clients {service} {info.kebab}` | `{info.operation_id}` "
            f"| `{info.method} {info.path}` | {_cell(info.summary)} "
            f"| `{info.module}` | {helper} |"
        )
    return [*lines, ""]


def render(repo_root: Path) -> str:
    """The text of docs/operations.md for the repository at ``repo_root``."""
    _load(repo_root)
    from experiment_clients import _operations

    lines = [
        "# Operations",
        "",
        "<!-- Generated by scripts/_docs/operations.py from the operation index; do not edit. -->",
        "",
        "Every operation of both services. Call any of them from Python through a client,",
        "`client.call(module, ...)` or `client.paginate(module, ...)` with the module shown",
        "(`experiment_clients.lookup(service, name)` finds it by operationId, snake or kebab name),",
        "or from a shell with the command shown (its `--help` lists its options). The helper",
        "column names the facade method that covers the operation, where there is one.",
        "",
    ]
    for service, (title, facade_module) in SERVICES.items():
        package = _operations.package_of(service)
        source = (repo_root / "facade" / "experiment_clients" / facade_module).read_text()
        covered = helpers(source, package)
        lines += _section(service, title, _operations.operations(service), covered)
    return "\n".join(lines)


def write(repo_root: Path) -> bool:
    """Write docs/operations.md; return whether it changed."""
    target = repo_root / TARGET
    text = render(repo_root)
    if target.exists() and target.read_text() == text:
        return False
    target.write_text(text)
    return True


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(__file__).resolve().parents[2]
    if args == ["--check"]:
        current = (root / TARGET).read_text() if (root / TARGET).exists() else ""
        if current != render(root):
            print(f"{TARGET} is stale: run python scripts/_docs/operations.py", file=sys.stderr)
            return 1
        return 0
    if args:
        print("usage: python scripts/_docs/operations.py [--check]", file=sys.stderr)
        return 2
    print(f"{TARGET}: {'written' if write(root) else 'up to date'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
