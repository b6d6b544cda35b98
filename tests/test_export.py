"""HSDS 3.0 export, validated against the official schemas (copied into tests/data)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from outreach.directory.export import ExportSummary, export_hsds
from outreach.directory.store import get_record, upsert_records
from outreach.errors import UserFacingError
from outreach.importers import import_path
from outreach.vault import Vault
from tests.directory_samples import WEEKDAYS_9_TO_5, service

DATA = Path(__file__).resolve().parent / "data"
SCHEMAS = DATA / "hsds-3.0-schema"


def _validator(name: str) -> Draft202012Validator:
    # The schemas refer to each other by file name ("phone.json"); register each under it.
    resources = [
        (path.name, Resource.from_contents(json.loads(path.read_text()), DRAFT202012))
        for path in SCHEMAS.glob("*.json")
    ]
    registry: Registry = Registry().with_resources(resources)
    schema = json.loads((SCHEMAS / name).read_text())
    return Draft202012Validator(schema, registry=registry)


def _errors(validator: Draft202012Validator, items: list[dict]) -> list[str]:
    return [
        f"{item.get('id')}: {'/'.join(map(str, error.absolute_path))}: {error.message}"
        for item in items
        for error in validator.iter_errors(item)
    ]


def _export(vault: Vault, records: list[dict[str, Any]], out: Path, **options: Any) -> Path:
    with vault.transaction() as conn:
        upsert_records(conn, records, source="test")
    export_hsds(vault.conn, out, **options)
    return out


def _assert_valid(out: Path) -> None:
    for file, schema in (
        ("services.json", "service.json"),
        ("organizations.json", "organization.json"),
        ("locations.json", "location.json"),
    ):
        items = json.loads((out / file).read_text())
        assert isinstance(items, list)
        assert _errors(_validator(schema), items) == [], file


@pytest.fixture
def exported(vault: Vault, tmp_path: Path) -> Path:
    full = json.loads((DATA / "hsds-3.0-examples" / "service_full.json").read_text())
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


def test_services_validate_against_the_hsds_schema(exported: Path) -> None:
    _assert_valid(exported)


def test_the_schema_check_is_real() -> None:
    # A service without its required name must fail, or the tests here prove nothing.
    validator = _validator("service.json")
    place = {"id": "l", "location_type": "physical",
             "addresses": [{"id": "a", "address_1": "1 Main St"}]}  # fmt: skip
    bad = {"id": "x", "status": "active", "phones": [{"id": "p"}],
           "service_at_locations": [{"id": "s", "location": place}]}  # fmt: skip
    problems = _errors(validator, [bad])
    assert any("'name' is a required property" in p for p in problems)
    assert any("'number' is a required property" in p for p in problems)
    assert any("'country' is a required property" in p for p in problems)


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


def _fixture_records() -> list[dict[str, Any]]:
    """Every import fixture in tests/data, imported as a coordinator would, and the starter
    directory built from the SAMHSA slice."""
    from outreach.samhsa.build import build_records

    records: list[dict[str, Any]] = []
    for source in sorted(DATA.iterdir()):
        # notes/ holds notes spreadsheets (outreach notes import), not a directory export.
        if source.name in (
            "hsds-3.0-schema",
            "SOURCES.md",
            "samhsa",
            "samhsa-treatment-facilities",
            "notes",
        ):
            continue
        result = import_path(source)
        assert result.records, source
        records.extend(result.records)
    listings = [
        DATA / "samhsa" / "samhsa-treatment-facilities",
        DATA / "samhsa-treatment-facilities",
    ]
    for listing in sorted(p for folder in listings for p in folder.glob("*.csv")):
        records.extend(import_path(listing).records)  # the shipped mappings, by their columns
    records.extend(build_records(DATA / "samhsa")[0])
    return records


def test_every_fixture_exports_valid_hsds(vault: Vault, tmp_path: Path) -> None:
    records = _fixture_records()
    assert len(records) >= 100
    out = _export(vault, records, tmp_path / "export")
    _assert_valid(out)
    services = json.loads((out / "services.json").read_text())
    assert len(services) == len({r["id"] for r in records})


def test_what_hsds_requires_is_derived_honestly_or_left_out_and_counted(
    vault: Vault, tmp_path: Path
) -> None:
    messy = service("messy", "Messy Clinic", lat=40.0, lon=-74.0, state="NJ", postcode="07302")
    address = messy["service_at_locations"][0]["location"]["addresses"][0]
    del address["country"]
    location = messy["service_at_locations"][0]["location"]
    location["addresses"].append({"id": "no-city", "address_1": "Behind the church"})
    location["addresses"].append(
        {
            "id": "abroad",
            "address_1": "1 High St",
            "city": "Nowhere",
            "state_province": "Zed",
            "postal_code": "Z1",
        }
    )
    messy["phones"] = [
        {"id": "p-none", "description": "front desk"},
        {"id": "p-ext", "number": "555-0100", "extension": "ask for Jo"},
    ]
    messy["attributes"] = [
        {"id": "a1", "taxonomy_term": {"id": "t1", "code": "BD-1800", "name": "Emergency Food"}},
        {"id": "a2", "taxonomy_term": {"id": "t2", "code": "BD-1800"}},
        {"id": "a3", "taxonomy_term": {"id": "t3", "code": "ZZ-9"}},
    ]
    messy["schedules"] = [{"id": "d", "freq": "DAILY", "opens_at": "08:00", "closes_at": "16:00"}]
    messy["program"] = {"id": "prog", "alternate_name": "unnamed"}
    messy["program_id"] = "prog"
    out = _export(vault, [messy], tmp_path / "export", country="CA")
    _assert_valid(out)
    (exported,) = json.loads((out / "services.json").read_text())
    place = exported["service_at_locations"][0]["location"]
    assert place["addresses"][0]["country"] == "US"  # from NJ
    assert [a["id"] for a in place["addresses"]] == ["addr-messy", "abroad"]
    assert place["addresses"][1]["country"] == "CA"  # from --country
    assert place["x_incomplete_addresses"] == [{"id": "no-city", "address_1": "Behind the church"}]
    assert [p["id"] for p in exported["phones"]] == ["p-ext"]
    assert exported["phones"][0]["x_extension"] == "ask for Jo"
    names = [a.get("taxonomy_term", {}).get("name") for a in exported["attributes"]]
    assert names == ["Emergency Food", "Emergency Food", None]  # ZZ-9: no name to give
    assert exported["schedules"][0]["freq"] == "WEEKLY"
    assert exported["schedules"][0]["byday"] == "MO,TU,WE,TH,FR,SA,SU"
    assert "program" not in exported
    assert "program_id" not in exported

    summary = export_hsds(vault.conn, tmp_path / "again", country="CA")
    assert summary.filled["addresses: country from the state"] == 1
    assert summary.filled["addresses: country from --country"] == 1
    assert summary.filled["taxonomy terms: name from the same code"] == 1
    assert summary.left_out["addresses without city"] == 1
    assert summary.left_out["phones without number"] == 1
    assert summary.left_out["taxonomy terms without name"] == 1
    assert summary.left_out["programs without name"] == 1
    assert "Left out (HSDS requires what they lack):" in summary.lines()


def test_an_address_whose_country_cannot_be_told_is_kept_aside(
    vault: Vault, tmp_path: Path
) -> None:
    record = service("far", "Far Away", lat=51.5, lon=-0.1, state="Greater London")
    del record["service_at_locations"][0]["location"]["addresses"][0]["country"]
    out = _export(vault, [record], tmp_path / "export")
    _assert_valid(out)
    (exported,) = json.loads((out / "services.json").read_text())
    place = exported["service_at_locations"][0]["location"]
    assert "addresses" not in place
    assert place["x_incomplete_addresses"][0]["state_province"] == "Greater London"


def test_summary_lines_say_nothing_when_nothing_was_needed() -> None:
    assert ExportSummary(1, 1, 1).lines() == []


def test_export_to_an_unwritable_place_is_a_clear_error(vault: Vault, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UserFacingError, match="Cannot create the folder"):
        export_hsds(vault.conn, blocker / "out")


def test_cli_export_takes_a_country_and_prints_what_it_filled(
    vault: Vault,
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from outreach.cli import main
    from tests.conftest import PASSPHRASE

    record = service("far", "Far Away", lat=51.5, lon=-0.1, state="Greater London")
    del record["service_at_locations"][0]["location"]["addresses"][0]["country"]
    with vault.transaction() as conn:
        upsert_records(conn, [record], source="test")
    monkeypatch.setenv("OUTREACH_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "hsds"
    base = ["--vault", str(vault_path), "hsds", "export", str(out)]
    assert main([*base, "--country", "Britain"]) == 2
    assert "two-letter code" in capsys.readouterr().err
    assert not out.exists()
    assert main([*base, "--country", "gb"]) == 0
    printed = capsys.readouterr().out
    assert "1 × addresses: country from --country" in printed
    (exported,) = json.loads((out / "services.json").read_text())
    address = exported["service_at_locations"][0]["location"]["addresses"][0]
    assert address["country"] == "GB"
