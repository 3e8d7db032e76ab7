"""The fixture's 164 operations against specs/convert.yaml and generated/convert_api_client.

tests/fixtures/convert_operations.tsv is derived from the reference (scripts/check_convert_fixture
keeps it so where ../shared exists); these tests need only the repository.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections import Counter
from typing import Any

import convert_api_client.api
import pytest
from convert_support import OPERATIONS, Operation, package_of, snake

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def spec_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def test_fixture_lists_164_distinct_operations_in_26_sections() -> None:
    ids = Counter(op.operation_id for op in OPERATIONS)
    assert len(OPERATIONS) == 164
    assert [i for i, n in ids.items() if n > 1] == []
    assert len({op.section for op in OPERATIONS}) == 26
    assert len({(op.method, op.path, op.title) for op in OPERATIONS}) == 164


def test_spec_has_exactly_the_fixture_operations(spec: dict[str, Any]) -> None:
    in_spec = Counter(op.get("operationId") for _, _, op in spec_operations(spec))
    assert sum(in_spec.values()) == len(OPERATIONS)
    assert set(in_spec) == {op.operation_id for op in OPERATIONS}


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_operation_appears_once_with_its_summary_method_path_and_tag(
    spec: dict[str, Any], operation: Operation
) -> None:
    found = [
        (method, path, op)
        for method, path, op in spec_operations(spec)
        if op.get("operationId") == operation.operation_id
    ]
    assert len(found) == 1, f"{operation.operation_id} is in the spec {len(found)} times"
    method, path, op = found[0]
    assert (method, path) == (operation.method, operation.path)
    assert op["summary"] == operation.title
    assert op["tags"] == [operation.section]


def _generated_modules() -> dict[str, str]:
    """Endpoint module name -> its package, for every module under convert_api_client.api."""
    api = convert_api_client.api
    modules: dict[str, str] = {}
    for package in pkgutil.iter_modules(api.__path__):
        assert package.ispkg, f"convert_api_client.api.{package.name} is not a package"
        sub = importlib.import_module(f"{api.__name__}.{package.name}")
        for module in pkgutil.iter_modules(sub.__path__):
            assert module.name not in modules, f"{module.name} is generated twice"
            modules[module.name] = package.name
    return modules


def test_one_generated_module_per_operation() -> None:
    modules = _generated_modules()
    expected = {snake(op.operation_id): package_of(op.section) for op in OPERATIONS}
    assert len(modules) == 164
    assert modules == expected


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_generated_module_has_the_four_endpoint_functions(operation: Operation) -> None:
    name = f"convert_api_client.api.{package_of(operation.section)}.{snake(operation.operation_id)}"
    module = importlib.import_module(name)
    for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, function, None)), f"{name}.{function}"
