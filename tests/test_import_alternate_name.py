"""Every importer keeps a service's second name, and search hands it to the results list:
two programs of one place differ only there (issue 12, item 6)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from outreach.directory.search import search
from outreach.directory.store import upsert_records
from outreach.importers import import_path
from outreach.vault import Vault

DATA = Path(__file__).parent / "data"
SECOND = "Buprenorphine Clinic"


def _with_second_name(source: Path, target: Path, column: str) -> None:
    """A copy of a CSV file with ``column`` set to :data:`SECOND` on every row."""
    with source.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    at = rows[0].index(column)
    for row in rows[1:]:
        row[at] = SECOND
    with target.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


def _icarol(tmp_path: Path) -> Path:
    target = tmp_path / "icarol.csv"
    _with_second_name(DATA / "icarol-export.csv", target, "AlternateName")
    return target


def _ohana(tmp_path: Path) -> Path:
    folder = tmp_path / "ohana"
    shutil.copytree(DATA / "ohana-csv", folder)
    _with_second_name(
        DATA / "ohana-csv" / "services.csv", folder / "services.csv", "alternate_name"
    )
    return folder


@pytest.mark.parametrize("make", [_icarol, _ohana])
def test_csv_importers_keep_the_second_name(tmp_path: Path, vault: Vault, make) -> None:  # type: ignore[no-untyped-def]
    result = import_path(make(tmp_path))
    assert result.records
    assert {record.get("alternate_name") for record in result.records} == {SECOND}
    with vault.transaction() as conn:
        upsert_records(conn, result.records, source="test")
    hits = search(vault.conn, "", limit=50)
    assert hits
    assert {hit.alternate_name for hit in hits} == {SECOND}


@pytest.mark.parametrize("name", ["service_full.json", "csv"])
def test_hsds_3_keeps_the_second_name(name: str) -> None:
    [record] = import_path(DATA / "hsds-3.0-examples" / name).records
    assert record["alternate_name"] == "MyCity Counselling Services"
