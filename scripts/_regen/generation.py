"""Generate one service's package from a spec file with the pinned openapi-python-client.

Generation always runs in a folder outside the repository, so the output depends only on the spec,
config/<service>.yml, templates/ and the pinned tool versions, never on the repository's own ruff
settings. Any generator warning (a skipped operation or schema) is an error: zero warnings is the
standard, so every operation of the spec is generated.

With ``EXPERIMENT_CLIENTS_GENERATION_CACHE`` set to a folder, a generation is kept there under
the digest of everything it depends on (spec, config, templates, this module, the generator's and
ruff's versions) and copied from there the next time: the test suite sets it so that the many
runs of scripts/update-spec and scripts/contract_diff over the same inputs generate once. The
scripts/regenerate tests, which test generation itself, run without it.
"""

from __future__ import annotations

import difflib
import fcntl
import filecmp
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
"""The repository root: the one every script under scripts/ works in."""

SERVICES = {"growthbook": "growthbook_api_client", "convert": "convert_api_client"}
GENERATOR_VERSION = "0.29.1"
CACHE_VARIABLE = "EXPERIMENT_CLIENTS_GENERATION_CACHE"


class GenerationError(RuntimeError):
    """The generator is missing, not the pinned version, or refused (or warned about) a spec."""

    def __init__(self, message: str, log: str = "") -> None:
        super().__init__(message)
        self.log = log


def check_generator_version() -> None:
    """Raise :class:`GenerationError` unless the pinned openapi-python-client is installed."""
    try:
        found = version("openapi-python-client")
    except PackageNotFoundError:
        raise GenerationError(
            "openapi-python-client is not installed; run: pip install -e '.[test]'"
        ) from None
    if found != GENERATOR_VERSION:
        raise GenerationError(
            f"openapi-python-client {found} is installed but {GENERATOR_VERSION} is pinned; "
            "run: pip install -e '.[test]'"
        )


def generate(service: str, dest_parent: Path, spec: Path | None = None, root: Path = ROOT) -> Path:
    """Generate ``service``'s package into ``dest_parent/<package>`` and return its path.

    ``spec`` defaults to ``root/specs/<service>.yaml``; config/ and templates/ are always read from
    ``root``. Raises :class:`GenerationError` (with the generator's log) on any warning or error.
    """
    if service not in SERVICES:
        raise GenerationError(f"unknown service {service!r}; choose from {', '.join(SERVICES)}")
    package = SERVICES[service]
    spec = spec if spec is not None else root / "specs" / f"{service}.yaml"
    for needed in (spec, root / "config" / f"{service}.yml", root / "templates"):
        if not needed.exists():
            raise GenerationError(f"cannot generate {package}: {needed} is missing")
    out = dest_parent / package
    dest_parent.mkdir(parents=True, exist_ok=True)
    cache = os.environ.get(CACHE_VARIABLE)
    if not cache:
        return _generate_into(service, out, spec, root)
    folder = Path(cache)
    folder.mkdir(parents=True, exist_ok=True)
    key = _inputs_digest(service, spec, root)
    kept = folder / key / package
    # One generation per key across processes (pytest-xdist workers): the others wait for it.
    with (folder / f"{key}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not kept.is_dir():
            staging = Path(tempfile.mkdtemp(prefix=f"{key}-", dir=folder))
            _generate_into(service, staging / package, spec, root)
            staging.rename(folder / key)
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(kept, out)
    return out


def keep(service: str, package_dir: Path, spec: Path | None = None, root: Path = ROOT) -> bool:
    """Put ``package_dir`` in the generation cache as the output for ``spec`` (default: the
    service's spec in ``root``), unless one is there; True when it was added.

    For the checked-in generated/<package>, which scripts/regenerate --check proves equal to
    a fresh generation; a no-op without the cache variable.
    """
    cache = os.environ.get(CACHE_VARIABLE)
    if not cache:
        return False
    spec = spec if spec is not None else root / "specs" / f"{service}.yaml"
    folder = Path(cache)
    folder.mkdir(parents=True, exist_ok=True)
    key = _inputs_digest(service, spec, root)
    with (folder / f"{key}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (folder / key).is_dir():
            return False
        staging = Path(tempfile.mkdtemp(prefix=f"{key}-", dir=folder))
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        shutil.copytree(package_dir, staging / SERVICES[service], ignore=ignore)
        staging.rename(folder / key)
    return True


@contextmanager
def generation_cache(folder: Path, root: Path = ROOT) -> Iterator[None]:
    """Cache generations in ``folder`` while the block runs, seeded with ``root``'s generated/.

    The checked-in packages are taken as the output of today's specs (``scripts/regenerate
    --check`` proves them equal), so only other inputs are ever generated, once each.
    """
    before = os.environ.get(CACHE_VARIABLE)
    os.environ[CACHE_VARIABLE] = str(folder)
    try:
        for service, package in SERVICES.items():
            keep(service, root / "generated" / package, root=root)
        yield
    finally:
        if before is None:
            os.environ.pop(CACHE_VARIABLE, None)
        else:
            os.environ[CACHE_VARIABLE] = before


def _inputs_digest(service: str, spec: Path, root: Path) -> str:
    """The digest of everything a generation's output depends on."""
    sha = hashlib.sha256()
    parts: list[tuple[str, bytes]] = [
        ("service", service.encode()),
        ("generator", GENERATOR_VERSION.encode()),
        ("ruff", _version_of("ruff").encode()),
        ("spec", spec.read_bytes()),
        ("config", (root / "config" / f"{service}.yml").read_bytes()),
        ("generation.py", Path(__file__).read_bytes()),
    ]
    templates = root / "templates"
    parts += [
        (f"templates/{p.relative_to(templates)}", p.read_bytes())
        for p in sorted(templates.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    ]
    for name, data in parts:
        sha.update(f"{name}\0{len(data)}\0".encode())
        sha.update(data)
    return sha.hexdigest()[:32]


def _version_of(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "missing"


def _generate_into(service: str, out: Path, spec: Path, root: Path) -> Path:
    """Run the generator for ``service`` on ``spec``, writing the package folder ``out``."""
    dest_parent = out.parent
    # The generator is a tool, not our code: when a test run measures coverage in subprocesses,
    # nothing of the generator's process would be recorded, and tracing it doubles its time.
    env = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_PROCESS_")}
    # The post hooks call `ruff`: use the pinned one installed beside this interpreter.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    cmd = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(spec),
        "--config", str(root / "config" / f"{service}.yml"),
        "--custom-template-path", str(root / "templates"),
        "--meta", "none",
        "--output-path", str(out),
    ]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=dest_parent)
    log = (proc.stdout + proc.stderr).strip()
    if proc.returncode != 0 or "Warning" in log or "Error" in log:
        raise GenerationError(f"{service}: the generator reported problems:\n{log}", log)
    (out / "py.typed").touch()
    write_spec_facts(spec, out / "_spec.py")
    return out


def write_spec_facts(spec: Path, target: Path) -> None:
    """Write what the facade needs from the spec but no generator template receives.

    The document's ``servers`` (the base URL's path comes from them) and each
    operation's ``operationId`` as written (templates only see its snake_case form).
    """
    from . import yamlfile

    document = yamlfile.load(spec.read_text())
    servers = [s["url"] for s in document.get("servers") or []] or ["/"]  # OpenAPI's default
    variables = {
        name: str(var.get("default", ""))
        for server in document.get("servers") or []
        for name, var in (server.get("variables") or {}).items()
    }
    ids: dict[str, str] = {}
    methods = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
    for path, item in (document.get("paths") or {}).items():
        for method in methods:
            operation_id = (item.get(method) or {}).get("operationId")
            if operation_id:
                ids[f"{method.upper()} {path}"] = str(operation_id)
    lines = [
        f'"""Facts of specs/{spec.name} no generator template receives (scripts/regenerate)."""',
        "",
        "#: The document's server URLs in order, variables as written (e.g. ``{apiHost}/api``).",
        f"SERVERS: tuple[str, ...] = {tuple(servers)!r}",
        "#: Default values of the server variables.",
        f"SERVER_VARIABLES: dict[str, str] = {variables!r}",
        "#: Each operation's operationId as the spec writes it, by ``METHOD path``.",
        f"OPERATION_IDS: dict[str, str] = {ids!r}",
    ]
    target.write_text("\n".join(lines) + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "--no-cache",
            "--quiet",
            "--isolated",
            str(target),
        ],
        check=True,
    )


def _tree(path: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(path)): p
        for p in sorted(path.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def compare(expected: Path, actual: Path) -> list[str]:
    """Readable differences between the freshly generated tree and the checked-in one."""
    want, have = _tree(expected), _tree(actual)
    problems = [f"  missing in generated/: {name}" for name in sorted(want.keys() - have.keys())]
    problems += [
        f"  not produced by the spec: {name}" for name in sorted(have.keys() - want.keys())
    ]
    for name in sorted(want.keys() & have.keys()):
        if not filecmp.cmp(want[name], have[name], shallow=False):
            diff = difflib.unified_diff(
                have[name].read_text().splitlines(),
                want[name].read_text().splitlines(),
                f"generated/{actual.name}/{name} (checked in)",
                f"{name} (from the spec)",
                lineterm="",
                n=1,
            )
            problems.append(f"  differs: {name}\n" + "\n".join(list(diff)[:20]))
    return problems
