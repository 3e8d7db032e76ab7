"""The sandbox serves documents shaped like the vendors' (a fixture we wrote, read through
``$EXPERIMENT_CLIENTS_SPECS_DIR``): ``allOf`` parts that each set ``additionalProperties:
false``, a server URL ending at ``/api`` with ``/v1`` in every path, operations the
sandbox has no state for, and handlers for operations the document does not have."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from experiment_sandbox import Sandbox
from experiment_sandbox._specs import SPECS_DIR_ENV, load_spec, relax_closed_all_of
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

FIXTURE = Path(__file__).parent / "fixtures" / "closed_allof"


@pytest.fixture(scope="module")
def vendor_sandbox() -> Iterator[Sandbox]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(SPECS_DIR_ENV, str(FIXTURE))
        with Sandbox(growthbook_rate_limit=None, features=25) as sb:
            yield sb


def _validator(document: dict[str, Any], pointer: str) -> Draft202012Validator:
    """A validator for the schema at ``pointer`` of ``document`` (its ``$ref``s resolved)."""
    resource = Resource.from_contents(document, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:doc", resource)
    return Draft202012Validator({"$ref": "urn:doc" + pointer}, registry=registry)


_LIST = "#/paths/~1v1~1features/get/responses/200/content/application~1json/schema"
_TOGGLE = "#/paths/~1v1~1features~1{id}~1toggle/post/requestBody/content/application~1json/schema"


def _client(sb: Sandbox) -> httpx.Client:
    return httpx.Client(
        base_url=sb.growthbook_url,
        headers={"Authorization": f"Bearer {sb.credentials.growthbook_api_key}"},
    )


def test_the_prefix_follows_the_server_url_of_the_document(vendor_sandbox: Sandbox) -> None:
    assert vendor_sandbox.growthbook_url.endswith("/growthbook/api")
    assert vendor_sandbox.convert_url.endswith("/convert/api/v2")  # the checked-in one
    with _client(vendor_sandbox) as client:
        assert client.get("/v1/features", params={"limit": 5}).status_code == 200


def test_closed_allof_list_answers_validate(vendor_sandbox: Sandbox) -> None:
    document = load_spec("growthbook")
    assert "/v1/features" in document["paths"]  # the fixture, not the checked-in spec
    with _client(vendor_sandbox) as client:
        page = client.get("/v1/features", params={"limit": 5, "offset": 5}).json()
        samples = client.get("/v1/archetypes").json()
    assert (page["count"], page["offset"], page["nextOffset"]) == (5, 5, 10)
    relaxed, notes = relax_closed_all_of(document)
    for body, pointer in ((page, _LIST), (samples, _LIST.replace("features", "archetypes"))):
        _validator(relaxed, pointer).validate(body)
        # Read literally the document accepts nothing: the construct the sandbox relaxes.
        assert not _validator(document, pointer).is_valid(body)
        # ...and the relaxed one still refuses a property outside every part.
        assert not _validator(relaxed, pointer).is_valid({**body, "extra": 1})
    assert "#/paths/~1v1~1features/get/responses/200/content/application~1json/schema: " in [
        note.partition(": ")[0] + ": " for note in notes
    ]
    assert vendor_sandbox.growthbook.index.adjustments == notes


def test_closed_allof_request_bodies_are_validated_as_meant(vendor_sandbox: Sandbox) -> None:
    feature = vendor_sandbox.growthbook.features[0]["id"]
    body = {"reason": "launch", "environments": {"production": True}}
    with _client(vendor_sandbox) as client:
        accepted = client.post(f"/v1/features/{feature}/toggle", json=body)
        refused = client.post(f"/v1/features/{feature}/toggle", json={**body, "bogus": 1})
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["feature"]["environments"]["production"]["enabled"] is True
    assert refused.status_code == 400
    assert "bogus" in refused.json()["message"]
    assert not _validator(load_spec("growthbook"), _TOGGLE).is_valid(body)


def test_operations_the_document_lacks_are_not_served(vendor_sandbox: Sandbox) -> None:
    assert "listProjects" in vendor_sandbox.growthbook.unserved
    assert "listProjects" not in vendor_sandbox.growthbook.handled_operations()
    with _client(vendor_sandbox) as client:
        response = client.get("/v1/projects")
    assert response.status_code == 404
    assert set(response.json()) == {"message"}


def test_openapi_30_documents_are_relaxed_without_unevaluated_properties() -> None:
    document = {
        "openapi": "3.0.3",
        "paths": {},
        "components": {
            "schemas": {
                "A": {"type": "object", "additionalProperties": False, "properties": {"a": {}}},
                "AB": {"allOf": [{"$ref": "#/components/schemas/A"}, {"properties": {"b": {}}}]},
                "C": {"allOf": [{"$ref": "#/components/schemas/A"}], "additionalProperties": False},
            }
        },
    }
    relaxed, notes = relax_closed_all_of(document)
    both = relaxed["components"]["schemas"]["AB"]
    assert "unevaluatedProperties" not in both
    assert "additionalProperties" not in both["allOf"][0]
    assert relaxed["components"]["schemas"]["A"]["additionalProperties"] is False  # alone: closed
    assert "additionalProperties" not in relaxed["components"]["schemas"]["C"]
    assert [n.partition(":")[0] for n in notes] == [
        "#/components/schemas/AB",
        "#/components/schemas/C",
    ]
    single, _ = relax_closed_all_of({**document, "openapi": "3.1.0"})
    assert single["components"]["schemas"]["C"]["unevaluatedProperties"] is False
