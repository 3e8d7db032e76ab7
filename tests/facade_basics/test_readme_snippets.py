"""The README's Python snippets marked ``<!-- runnable: sandbox -->`` run as pasted.

Each runs in a fresh interpreter, from an empty directory and without any of the
services' environment variables, as a reader pasting it would run it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"
MARKER = "<!-- runnable: sandbox -->"
SNIPPETS = re.findall(re.escape(MARKER) + r"\n```python\n(.*?)```", README.read_text(), re.S)


def test_the_marked_snippets_are_found() -> None:
    assert README.read_text().count(MARKER) == len(SNIPPETS)
    assert any("Sandbox()" in s and "sb.fault(" in s for s in SNIPPETS)  # the sandbox section
    assert any('call("listFeatures"' in s for s in SNIPPETS)  # calling by operationId


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[f"snippet{i}" for i in range(len(SNIPPETS))])
def test_a_runnable_snippet_runs_as_pasted(snippet: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GROWTHBOOK_", "CONVERT_"))}
    done = subprocess.run(
        [sys.executable, "-c", snippet],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip(), "a snippet shows its result"
