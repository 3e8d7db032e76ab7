"""scripts/regenerate: rebuild generated/<package> from specs/<service>.yaml.

    scripts/regenerate            rewrite generated/ from the specs
    scripts/regenerate --check    regenerate into a temporary folder; exit 1 if generated/ differs
    scripts/regenerate convert    only the named service(s)

Any generator warning (a skipped operation or schema) fails the run: zero warnings is the standard.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from .generation import ROOT, SERVICES, GenerationError, check_generator_version, compare, generate


def regenerate(services: list[str], check: bool, root: Path = ROOT) -> bool:
    """Regenerate (or, with ``check``, compare) each service; True when all is up to date."""
    from _docs import operations

    try:  # before minutes of generation: docs/operations.md needs the facade and generated/
        operations.check_inputs(root)
    except RuntimeError as exc:
        raise GenerationError(f"{operations.TARGET}: {exc}") from None
    ok = True
    with tempfile.TemporaryDirectory(prefix="regenerate-") as tmp:
        for service in services:
            package = SERVICES[service]
            started = time.perf_counter()
            fresh = generate(service, Path(tmp), root=root)
            target = root / "generated" / package
            if check:
                problems = compare(fresh, target) if target.exists() else ["  generated/ lacks it"]
                if problems:
                    ok = False
                    print(f"generated/{package} is out of date with specs/{service}.yaml:")
                    print("\n".join(problems[:40]))
                    if len(problems) > 40:
                        print(f"  ... and {len(problems) - 40} more")
                    print("Run scripts/regenerate and commit the result; never edit generated/.")
                else:
                    print(f"generated/{package}: up to date with specs/{service}.yaml")
            else:
                shutil.rmtree(target, ignore_errors=True)
                shutil.copytree(fresh, target)
                elapsed = time.perf_counter() - started
                print(
                    f"generated/{package} from specs/{service}.yaml in {elapsed:.1f}s, 0 warnings"
                )
    return operations_doc(check, root) and ok


def operations_doc(check: bool, root: Path = ROOT) -> bool:
    """Write docs/operations.md from the operation index (with ``check``: only compare it)."""
    from _docs import operations

    target = root / operations.TARGET
    try:
        text = operations.render(root)
    except RuntimeError as exc:
        raise GenerationError(f"{operations.TARGET}: {exc}") from None
    if not check:
        changed = not target.exists() or target.read_text() != text
        if changed:
            target.write_text(text)
        print(f"{operations.TARGET}: {'written' if changed else 'up to date'}")
        return True
    current = target.read_text() if target.exists() else ""
    if current != text:
        print(f"{operations.TARGET} is out of date: run scripts/regenerate and commit the result")
        return False
    print(f"{operations.TARGET}: up to date with the operation index")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/regenerate",
        description=(__doc__ or "").splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n".join((__doc__ or "").splitlines()[2:]),
    )
    parser.add_argument("--check", action="store_true", help="fail if generated/ is out of date")
    parser.add_argument("services", nargs="*", metavar="SERVICE", help=", ".join(SERVICES))
    args = parser.parse_args(argv)
    unknown = set(args.services) - SERVICES.keys()
    if unknown:
        parser.error(f"unknown service {sorted(unknown)}; choose from {', '.join(SERVICES)}")
    services = args.services or [s for s in SERVICES if (ROOT / "specs" / f"{s}.yaml").exists()]
    try:
        check_generator_version()
        ok = regenerate(services, args.check)
    except GenerationError as exc:
        print(f"scripts/regenerate: {exc}")
        return 1
    return 0 if ok else 1
