"""HSDS 3.0 export, validated against the official schemas (a copy: tests/data/hsds-3.0-schema)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from outreach.directory.export import export_hsds
from outreach.directory.store import get_record, upsert_records
from outreach.errors import UserFacingError
from outreach.vault import Vault
from tests.directory_samples import WEEKDAYS_9_TO_5, service


def _validator(schema_dir: Path, name: str) -> Draft202012Validator:
    # The schemas refer to each other by file name ("phone.json"); register each under it.
    resources = [
        (path.name, Resource.from_contents(json.loads(path.read_text()), DRAFT202012))
        for path in schema_dir.glob("*.json")
    ]
    registry: Registry = Registry().with_resources(resources)
    schema = json.loads((schema_dir / name).read_text())
    return Draft202012Validator(schema, registry=registry)


def _errors(validator: Draft202012Validator, items: list[dict]) -> list[str]:
    return [
        f"{item.get('id')}: {'/'.join(map(str, error.absolute_path))}: {error.message}"
        for item in items
        for error in validator.iter_errors(item)
    ]


@pytest.fixture
def exported(vault: Vault, sample_data: Path, tmp_path: Path) -> Path:
    full = json.loads((sample_data / "hsds-3.0-examples" / "service_full.json").read_text())
    sparse = service(
        "sparse",
        "Sparse Shelter",
        lat=41.9,
        lon=-87.6,
        schedules=WEEKDAYS_9_TO_5,
        phones=[{"id": "p1", "number": "312-555-0100"}],
        attributes=[{"id": "a1", "taxonomy_term": {"id": "t1", "name": "Shelter"}}],
    )
    with vault.transaction() as conn:
        upsert_records(conn, [full, sparse], source="test")
    out = tmp_path / "export"
    summary = export_hsds(vault.conn, out)
    assert (summary.services, summary.organizations, summary.locations) == (2, 2, 2)
    return out


def test_services_validate_against_the_hsds_schema(exported: Path, sample_data: Path) -> None:
    schema_dir = sample_data / "hsds-3.0-schema"
    services = json.loads((exported / "services.json").read_text())
    assert isinstance(services, list)
    assert _errors(_validator(schema_dir, "service.json"), services) == []
    organizations = json.loads((exported / "organizations.json").read_text())
    assert _errors(_validator(schema_dir, "organization.json"), organizations) == []
    locations = json.loads((exported / "locations.json").read_text())
    assert _errors(_validator(schema_dir, "location.json"), locations) == []


def test_the_schema_check_is_real(sample_data: Path) -> None:
    # A service without its required name must fail, or the test above proves nothing.
    validator = _validator(sample_data / "hsds-3.0-schema", "service.json")
    bad = {"id": "x", "status": "active", "phones": [{"id": "p"}]}
    problems = _errors(validator, [bad])
    assert any("'name' is a required property" in p for p in problems)
    assert any("'number' is a required property" in p for p in problems)


def test_export_keeps_the_data_and_fills_only_required_fields(exported: Path, vault: Vault) -> None:
    services = {s["id"]: s for s in json.loads((exported / "services.json").read_text())}
    sparse = services["sparse"]
    assert sparse["organization"]["description"] == ""  # required by HSDS, absent in source
    assert sparse["attributes"][0]["taxonomy_term"]["description"] == "Shelter"
    assert sparse["schedules"] == WEEKDAYS_9_TO_5
    # The stored record itself is not changed by exporting.
    assert "description" not in get_record(vault.conn, "sparse")["organization"]  # type: ignore[index]
    full = services["ac148810-d857-441c-9679-408f346de14b"]
    assert full == get_record(vault.conn, full["id"])


def test_export_to_an_unwritable_place_is_a_clear_error(vault: Vault, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UserFacingError, match="Cannot create the folder"):
        export_hsds(vault.conn, blocker / "out")
