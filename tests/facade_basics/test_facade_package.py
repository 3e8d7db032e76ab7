"""The package itself: its public surface, lazy imports, version and typing marker."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tomllib
import zipfile
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
    "OperationInfo",
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
    "lookup",
    "operations",
]


def test_public_surface_is_pinned() -> None:
    assert experiment_clients.__all__ == PUBLIC_NAMES


def test_star_import_binds_every_public_name_to_its_own_object() -> None:
    """``from experiment_clients import *`` in a fresh interpreter gives each name, lazily loaded."""
    code = (
        "from experiment_clients import *\n"
        "import experiment_clients, json\n"
        "names = [n for n in experiment_clients.__all__ if n != '__version__']\n"
        "print(json.dumps({n: getattr(globals()[n], '__module__', '') for n in names}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    modules = json.loads(result.stdout.strip().splitlines()[-1])
    assert sorted(modules) == [n for n in PUBLIC_NAMES if n != "__version__"]
    assert all(module.startswith("experiment_clients.") for module in modules.values()), modules


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


@pytest.fixture(scope="module")
def wheel_files(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The file names inside the wheel that ``pip install .`` would build from this tree."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(REPO)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = out.glob("experiment_clients-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.mark.parametrize("package", ["experiment_clients", "experiment_sandbox", *GENERATED])
def test_wheel_ships_each_package_with_its_typing_marker(
    wheel_files: set[str], package: str
) -> None:
    assert f"{package}/__init__.py" in wheel_files
    assert f"{package}/py.typed" in wheel_files


def test_the_specs_ship_with_the_sandbox_not_the_client(wheel_files: set[str]) -> None:
    assert {
        "experiment_sandbox/_specs/growthbook.yaml",
        "experiment_sandbox/_specs/convert.yaml",
    } <= wheel_files
    assert not any(name.startswith("experiment_clients/_specs") for name in wheel_files)


def test_the_wheel_ships_no_tests_or_tooling(wheel_files: set[str]) -> None:
    top = {name.split("/", 1)[0] for name in wheel_files}
    assert top == {
        "experiment_clients", "experiment_sandbox", *GENERATED,
        *(name for name in top if name.endswith(".dist-info")),
    }  # fmt: skip
