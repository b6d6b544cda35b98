"""The directory store: upsert, replace, remove, derived facts, on real SQLCipher vaults."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from outreach.cancel import CancelToken
from outreach.directory.derive import normalise_language
from outreach.directory.store import (
    ChangeSummary,
    InvalidRecord,
    UpsertSummary,
    canonical_json,
    content_hash,
    count_services,
    get_directory_info,
    get_record,
    iter_records,
    record_hashes,
    remove_records,
    replace_directory,
    set_directory_info,
    upsert_records,
)
from outreach.errors import Cancelled
from outreach.vault import Vault
from tests.conftest import PASSPHRASE
from tests.directory_samples import service


def _row(vault: Vault, sql: str, *params: object) -> list[tuple[object, ...]]:
    return vault.conn.execute(sql, params).fetchall()


def test_upsert_counts_added_updated_unchanged(vault: Vault) -> None:
    a, b = service("a", "Alpha Shelter"), service("b", "Beta Pantry")
    with vault.transaction() as conn:
        assert upsert_records(conn, [a, b], source="t") == UpsertSummary(2, 0, 0)
    changed = {**b, "name": "Beta Food Pantry"}
    with vault.transaction() as conn:
        assert upsert_records(conn, [a, changed], source="t") == UpsertSummary(0, 1, 1)
    assert count_services(vault.conn) == 2
    assert get_record(vault.conn, "b") == changed


def test_records_round_trip_exactly_and_hash_is_sha256_of_canonical_json(
    vault: Vault, sample_data: Path
) -> None:
    full = json.loads((sample_data / "hsds-3.0-examples" / "service_full.json").read_text())
    with vault.transaction() as conn:
        upsert_records(conn, [full], source="example")
    assert get_record(vault.conn, full["id"]) == full
    assert list(iter_records(vault.conn)) == [full]
    expected = hashlib.sha256(canonical_json(full).encode()).hexdigest()
    assert content_hash(full) == expected
    assert record_hashes(vault.conn) == {full["id"]: expected}
    assert get_record(vault.conn, "no-such-id") is None


def test_directory_survives_closing_and_reopening_the_vault(vault_path: Path, vault: Vault) -> None:
    with vault.transaction() as conn:
        upsert_records(conn, [service("a", "Alpha")], source="t")
        set_directory_info(conn, source_name="County 211", pack_version="7")
    vault.close()
    reopened = Vault.open(vault_path, PASSPHRASE)
    try:
        assert count_services(reopened.conn) == 1
        info = get_directory_info(reopened.conn)
        assert info["source_name"] == "County 211"
        assert info["pack_version"] == "7"
        assert "updated_at" in info
    finally:
        reopened.close()


def test_replace_directory_removes_what_the_snapshot_lacks(vault: Vault) -> None:
    with vault.transaction() as conn:
        upsert_records(conn, [service(x, f"Service {x}") for x in "abc"], source="t")
    snapshot = [service("a", "Service a"), service("c", "Service C renamed"), service("d", "D")]
    with vault.transaction() as conn:
        summary = replace_directory(conn, snapshot, source="pack")
    assert summary == ChangeSummary(added=1, updated=1, removed=1)
    assert sorted(record_hashes(vault.conn)) == ["a", "c", "d"]
    # Nothing of the removed service is left behind in the index or the filter tables.
    assert _row(vault, "SELECT count(*) FROM service_fts WHERE service_fts MATCH 'b'") == [(0,)]
    assert _row(vault, "SELECT count(*) FROM service_doc") == [(3,)]
    assert _row(vault, "SELECT count(*) FROM service_point_rtree") == [(0,)]


def test_remove_records_ignores_unknown_ids_and_cleans_every_table(vault: Vault) -> None:
    with vault.transaction() as conn:
        upsert_records(
            conn,
            [service("a", "Alpha", lat=41.9, lon=-87.6, languages=[{"id": "l", "code": "es"}])],
            source="t",
        )
    with vault.transaction() as conn:
        assert remove_records(conn, ["a", "zzz"]) == 1
    for table in (
        "service",
        "service_doc",
        "service_language",
        "service_point",
        "service_point_rtree",
        "service_category",
    ):
        assert _row(vault, f"SELECT count(*) FROM {table}") == [(0,)], table


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"id": "x", "name": "  "}, "Record 2 (id 'x'): field 'name'"),
        ({"name": "No id"}, "Record 2: field 'id'"),
        ("not a dict", "Record 2: expected an object"),
    ],
)
def test_invalid_record_is_refused_with_position_and_nothing_is_written(
    vault: Vault, bad: object, message: str
) -> None:
    with pytest.raises(InvalidRecord, match=re.escape(message)), vault.transaction() as conn:
        upsert_records(conn, [service("ok", "Fine"), bad], source="t")  # type: ignore[list-item]
    assert count_services(vault.conn) == 0


def test_cancel_stops_the_upsert_and_the_transaction_rolls_back(vault: Vault) -> None:
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append(done)
        token.cancel()

    records = [service(f"s{i}", f"Service {i}") for i in range(2500)]
    with pytest.raises(Cancelled), vault.transaction() as conn:
        upsert_records(conn, records, source="t", cancel=token, progress=progress)
    assert seen == [1000]
    assert count_services(vault.conn) == 0


def test_duplicate_ids_in_one_batch_keep_the_last(vault: Vault) -> None:
    with vault.transaction() as conn:
        summary = upsert_records(conn, [service("a", "First"), service("a", "Second")], source="t")
    assert summary == UpsertSummary(added=1, updated=1, unchanged=0)
    assert count_services(vault.conn) == 1
    assert get_record(vault.conn, "a")["name"] == "Second"  # type: ignore[index]


@pytest.mark.parametrize(
    ("fields", "free"),
    [
        ({"cost_options": [{"id": "c", "amount": 0}]}, True),
        ({"fees_description": "Free for everyone."}, True),
        ({"fees_description": "No cost to clients"}, True),
        ({"fees_description": "Sliding scale based on income"}, False),
        ({"fees_description": "This service is not free."}, False),
        ({"cost_options": [{"id": "c", "amount": 35, "option": "Adults"}]}, False),
        ({}, False),
    ],
)
def test_free_is_derived_from_costs_and_fees(vault: Vault, fields: dict, free: bool) -> None:
    with vault.transaction() as conn:
        upsert_records(conn, [service("a", "A", **fields)], source="t")
    assert _row(vault, "SELECT free FROM service") == [(int(free),)]


@pytest.mark.parametrize(
    ("fields", "walk_in"),
    [
        ({"description": "Walk-ins welcome 9 to 5."}, True),
        ({"application_process": "No appointment needed."}, True),
        ({"description": "Atención sin cita."}, True),
        ({"description": "By appointment only. No walk-ins."}, False),
        ({"description": "Call to book."}, False),
    ],
)
def test_walk_in_is_derived_from_text(vault: Vault, fields: dict, walk_in: bool) -> None:
    with vault.transaction() as conn:
        upsert_records(conn, [service("a", "A", **fields)], source="t")
    assert _row(vault, "SELECT walk_in FROM service") == [(int(walk_in),)]


def test_languages_are_normalised_from_service_phones_and_locations(vault: Vault) -> None:
    record = service(
        "a",
        "A",
        lat=41.9,
        lon=-87.6,
        languages=[{"id": "1", "name": "Spanish"}, {"id": "2", "code": "en"}],
        phones=[{"id": "p", "number": "1", "languages": [{"id": "3", "name": "Español"}]}],
    )
    record["service_at_locations"][0]["location"]["languages"] = [
        {"id": "4", "name": "Haitian Creole"}
    ]
    with vault.transaction() as conn:
        upsert_records(conn, [record], source="t")
    codes = [code for (code,) in _row(vault, "SELECT code FROM service_language ORDER BY code")]
    assert codes == ["en", "es", "ht"]
    assert normalise_language("es-MX") == "es"
    assert normalise_language("  ") is None
    assert normalise_language("Klingon") == "klingon"


def test_categories_come_from_taxonomy_and_text(vault: Vault) -> None:
    detox = service(
        "a",
        "Northside Recovery",
        attributes=[{"id": "x", "taxonomy_term": {"id": "t", "name": "Detoxification"}}],
    )
    narcan = service("b", "Harm Reduction Hub", description="Free Narcan kits and syringes.")
    with vault.transaction() as conn:
        upsert_records(conn, [detox, narcan], source="t")
    rows = _row(
        vault,
        "SELECT s.id, c.category FROM service_category c JOIN service s ON s.num = c.num"
        " ORDER BY s.id, c.category",
    )
    assert ("a", "Detox / withdrawal") in rows
    assert ("a", "Substance use treatment") in rows  # "recovery"
    assert ("b", "Naloxone") in rows
    assert ("b", "Syringe services") in rows
    assert ("b", "Food") not in rows
