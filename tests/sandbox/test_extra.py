"""Without the ``sandbox`` extra, ``import experiment_sandbox`` says which modules are missing and
the install command, instead of a bare ``ModuleNotFoundError`` from deep inside; the client
package itself imports fine without it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import experiment_clients  # the client does not need the sandbox extra
try:
    import experiment_sandbox
except ModuleNotFoundError as exc:
    print(exc.name)
    print(exc)
else:
    print("imported")
"""


def _import_without(tmp_path: Path, *hidden: str) -> list[str]:
    # As an install without the extra would look: the modules cannot be found.
    (tmp_path / "sitecustomize.py").write_text(
        "import sys\n" + "".join(f"sys.modules[{name!r}] = None\n" for name in hidden)
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout.splitlines()


def test_a_missing_module_of_the_extra_is_named_with_the_install_command(tmp_path: Path) -> None:
    name, message = _import_without(tmp_path, "starlette")
    assert name == "starlette"
    assert message == (
        "experiment_sandbox needs the 'sandbox' extra (starlette missing): "
        "pip install 'experiment-clients[sandbox]'"
    )


def test_every_missing_module_is_listed(tmp_path: Path) -> None:
    name, message = _import_without(tmp_path, "uvicorn", "yaml")
    assert name == "uvicorn"
    assert "(uvicorn, yaml missing)" in message


def test_with_the_extra_it_imports(tmp_path: Path) -> None:
    assert _import_without(tmp_path) == ["imported"]
