"""The package itself: its public surface, lazy imports, version and typing marker."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import experiment_clients
import pytest

REPO = Path(__file__).resolve().parents[2]
GENERATED = ("growthbook_api_client", "convert_api_client")

# The public surface. Changing it is an API change: update this list on purpose.
PUBLIC_NAMES = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncConvertClient",
    "AsyncGrowthBookClient",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConvertClient",
    "ConvertHmacAuth",
    "ConvertSecretKeyAuth",
    "GrowthBookAuth",
    "GrowthBookClient",
    "InvalidArgumentError",
    "NotFoundError",
    "Pager",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServerError",
    "ValidationError",
    "__version__",
]


def test_public_surface_is_pinned() -> None:
    assert experiment_clients.__all__ == PUBLIC_NAMES


def test_public_names_are_sorted_and_unique() -> None:
    assert experiment_clients.__all__ == sorted(set(experiment_clients.__all__))


@pytest.mark.parametrize("name", PUBLIC_NAMES)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(experiment_clients, name) is not None


def test_dir_lists_the_public_surface() -> None:
    assert dir(experiment_clients) == sorted(PUBLIC_NAMES)


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'NoSuchClient'"):
        experiment_clients.NoSuchClient  # noqa: B018


def test_errors_form_one_tree() -> None:
    root = experiment_clients.APIError
    errors = [name for name in PUBLIC_NAMES if name.endswith("Error")]
    assert all(issubclass(getattr(experiment_clients, name), root) for name in errors)
    assert issubclass(experiment_clients.ServerError, experiment_clients.APIStatusError)
    assert issubclass(experiment_clients.APITimeoutError, experiment_clients.APIConnectionError)
    assert issubclass(experiment_clients.ConfigurationError, ValueError)


def _modules_after(code: str) -> set[str]:
    """Top-level module names in sys.modules after running ``code`` in a fresh interpreter."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def test_import_does_not_load_the_generated_packages() -> None:
    loaded = _modules_after("import experiment_clients")
    assert "experiment_clients" in loaded
    assert loaded.isdisjoint(GENERATED), loaded & set(GENERATED)


def test_growthbook_client_loads_only_its_own_generated_package() -> None:
    loaded = _modules_after("from experiment_clients import GrowthBookClient")
    assert "growthbook_api_client" in loaded
    assert "convert_api_client" not in loaded


def test_version_matches_pyproject() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    version = pyproject["project"]["version"]
    assert experiment_clients.__version__ == version


@pytest.mark.parametrize("package", ["experiment_clients", *GENERATED])
def test_py_typed_is_shipped(package: str) -> None:
    spec = importlib.util.find_spec(package)
    assert spec is not None
    assert spec.submodule_search_locations
    location = Path(next(iter(spec.submodule_search_locations)))
    assert (location / "py.typed").is_file()


@pytest.mark.parametrize(
    "path",
    [
        "facade/experiment_clients/py.typed",
        "generated/growthbook_api_client/py.typed",
        "generated/convert_api_client/py.typed",
    ],
)
def test_py_typed_is_in_the_repository(path: str) -> None:
    assert (REPO / path).is_file()


def test_wheel_ships_the_client_the_sandbox_and_the_generated_packages() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    packages = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"]
    assert sorted(packages) == sorted(
        [
            "facade/experiment_clients",
            "facade/experiment_sandbox",
            *(f"generated/{name}" for name in GENERATED),
        ]
    )
