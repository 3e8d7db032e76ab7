"""GrowthBook packages generated from other documents, once per distinct document per session.

Tests that exercise a variant of the spec (renamed models, a dropped operation, paths
written under ``/v1``...) call :func:`generated_variant` with the document; it runs the
real generation (``scripts/_regen``: our config, templates and ``_spec.py`` facts) and
returns the folder holding that variant's ``growthbook_api_client``, to put ahead of ours
on a child interpreter's ``PYTHONPATH``.

Generating takes seconds, so the result is cached under the session's pytest temporary
folder by the document's hash: the xdist workers share that folder, and a file lock
makes one worker generate while any other asking for the same document waits for it.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
if str(REPO / "scripts") not in sys.path:
    sys.path.insert(0, str(REPO / "scripts"))


def _session_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The temporary folder of this test session, shared by its xdist workers."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = shared / "gb-spec-variants"
    folder.mkdir(exist_ok=True)
    return folder


def generated_variant(tmp_path_factory: pytest.TempPathFactory, document: dict[str, Any]) -> Path:
    """The folder holding ``growthbook_api_client`` generated from ``document``.

    Skips when the generator is not installed; fails with the generator's log when it
    refuses (or warns about) the document.
    """
    pytest.importorskip("openapi_python_client", reason="regeneration needs the [dev] extras")
    from _regen import GenerationError, generate

    text = yaml.safe_dump(document, sort_keys=False)
    key = hashlib.sha256(text.encode()).hexdigest()[:16]
    cache = _session_folder(tmp_path_factory)
    done = cache / key
    with (cache / f"{key}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if done.is_dir():
            return done
        work = cache / f"{key}.partial"
        shutil.rmtree(work, ignore_errors=True)  # a worker that died half way
        work.mkdir()
        spec = work / "growthbook.yaml"  # the name the facts module cites
        spec.write_text(text)
        try:
            generate("growthbook", work / "generated", spec=spec, root=REPO)
        except GenerationError as exc:
            pytest.fail(f"the variant does not generate: {exc}", pytrace=False)
        (work / "generated").rename(done)
        shutil.rmtree(work)
    return done
