"""Fail with the fix, not a bare ``ModuleNotFoundError``, when the ``sandbox`` extra is missing."""

import importlib.util

REQUIRED = ("starlette", "uvicorn", "openapi_core", "yaml")

missing = [name for name in REQUIRED if importlib.util.find_spec(name) is None]
if missing:
    raise ModuleNotFoundError(
        f"experiment_sandbox needs the 'sandbox' extra ({', '.join(missing)} missing): "
        "pip install 'experiment-clients[sandbox]'",
        name=missing[0],
    )
