"""Requests generated from the specs by schemathesis, valid and invalid: the sandbox never
answers a server error, and every answer is documented (status, content type, headers)
and valid for its schema.

Generic: it runs over every operation of whatever ``specs/*.yaml`` is in place. Bounded
and reproducible: a fixed number of examples per operation and mode, derandomized (the
seed comes from the test's code), no example database, no shrinking. The number of cases
sent is printed at the end of the run ("schemathesis: N generated cases").
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
import schemathesis
from experiment_sandbox import Sandbox
from experiment_sandbox._specs import load_spec, spec_path, validation_document
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import Case, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

#: Examples per operation, per mode; the totals stay near 120 valid and 90 invalid cases
#: per service whatever the size of its document, at least one of each per operation.
POSITIVE_BUDGET, NEGATIVE_BUDGET = 120, 90
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
SERVICES = ("growthbook", "convert")


@functools.cache
def _schema(service: str) -> Any:
    # As the sandbox reads it: a vendor document's closed allOf parts would refuse any answer.
    return schemathesis.openapi.from_dict(validation_document(str(spec_path(service))))


def _operations() -> list[Any]:
    params = []
    for service in SERVICES:
        for result in _schema(service).get_all_operations():
            operation = result.ok()
            params.append(pytest.param(service, operation.label, id=f"{service}:{operation.label}"))
    return params


_COUNTS = {service: len(list(_schema(service).get_all_operations())) for service in SERVICES}


def _operation(service: str, label: str) -> Any:
    method, _, path = label.partition(" ")
    return _schema(service)[path][method]


@pytest.fixture(scope="module")
def fuzzed_sandbox() -> Iterator[Sandbox]:
    """A sandbox of its own: generated writes must not reach the shared one."""
    with Sandbox(growthbook_rate_limit=None, features=30, experiences=20) as sb:
        yield sb


def _credentials(sb: Sandbox, service: str) -> tuple[str, dict[str, str]]:
    c = sb.credentials
    if service == "growthbook":
        return sb.growthbook_url, {"Authorization": f"Bearer {c.growthbook_api_key}"}
    return sb.convert_url, {
        "Authorization": f"Bearer {c.convert_api_key_id}:{c.convert_api_key_secret}"
    }


def _examples(budget: int, service: str) -> int:
    return max(1, budget // max(1, _COUNTS[service]))


def _drive(strategy: Any, examples: int, on_case: Callable[[Case[Any]], None]) -> None:
    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def run(case: Case[Any]) -> None:
        on_case(case)

    run()


def _takes_input(service: str, operation: Any) -> bool:
    """Whether the operation has anything to make invalid besides credentials (schemathesis
    lists the security schemes' API-key headers and cookies as parameters)."""
    schemes = load_spec(service).get("components", {}).get("securitySchemes", {})
    credentials = {s["name"].lower() for s in schemes.values() if s.get("type") == "apiKey"}
    own = [
        p
        for p in [*operation.headers, *operation.cookies]
        if str(p.name).lower() not in credentials
    ]
    return bool(operation.path_parameters or operation.query or own or operation.body)


@pytest.mark.parametrize(("service", "label"), _operations())
def test_generated_requests_get_documented_answers(
    fuzzed_sandbox: Sandbox, service: str, label: str, record_property: Any
) -> None:
    operation = _operation(service, label)
    base_url, headers = _credentials(fuzzed_sandbox, service)
    failures: list[str] = []
    sent = 0

    with requests.Session() as session:

        def check(case: Case[Any]) -> None:
            nonlocal sent
            sent += 1
            try:
                case.call_and_validate(
                    base_url=base_url, session=session, headers=headers, checks=CHECKS
                )
            except (AssertionError, BaseExceptionGroup) as exc:
                failures.append(str(exc))

        _drive(operation.as_strategy(), _examples(POSITIVE_BUDGET, service), check)
        try:
            _drive(
                operation.as_strategy(generation_mode=GenerationMode.NEGATIVE),
                _examples(NEGATIVE_BUDGET, service),
                check,
            )
        except Unsatisfiable:
            # Nothing to make invalid: no parameter and no body (credentials are ours).
            assert not _takes_input(service, operation)

    record_property("schemathesis_cases", sent)
    assert sent > 0
    assert not failures, f"{len(failures)} of {sent} cases failed:\n" + "\n".join(failures[:3])
