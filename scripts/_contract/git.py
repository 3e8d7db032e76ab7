"""The few git reads --base needs: does the ref exist, a file at the ref, a folder exported from it."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from _regen import ROOT


def _git(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, check=False)


def resolve(ref: str) -> str | None:
    """The commit ``ref`` names, or None (no repository, unknown ref, shallow clone, first commit)."""
    proc = _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    return proc.stdout.decode().strip() or None if proc.returncode == 0 else None


def show(commit: str, path: str) -> bytes | None:
    """The file at ``path`` in ``commit``, or None when it is not there."""
    proc = _git("show", f"{commit}:{path}")
    return proc.stdout if proc.returncode == 0 else None


def list_files(commit: str, folder: str) -> list[str]:
    """Paths of the files directly in ``folder`` at ``commit``."""
    proc = _git("ls-tree", "--name-only", commit, f"{folder.rstrip('/')}/")
    return proc.stdout.decode().split() if proc.returncode == 0 else []


def export(commit: str, folders: list[str], dest: Path) -> list[str]:
    """Extract the ``folders`` that exist at ``commit`` into ``dest``; return those extracted."""
    present = [f for f in folders if _git("cat-file", "-e", f"{commit}:{f}").returncode == 0]
    if not present:
        return []
    proc = _git("archive", "--format=tar", commit, "--", *present)
    if proc.returncode != 0:
        raise RuntimeError(f"git archive {commit} failed: {proc.stderr.decode().strip()}")
    with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as tar:
        tar.extractall(dest, filter="data")
    return present
