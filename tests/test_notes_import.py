"""Importing a notes spreadsheet: headers in English or Spanish, mappings, broken rows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from outreach.directory.store import upsert_records
from outreach.errors import ImportFailed
from outreach.notes.csv_import import read_notes_csv, store_notes
from outreach.notes.referrals import Status, open_referrals
from outreach.notes.search import search_notes
from outreach.notes.timeline import timeline
from outreach.vault import Vault
from tests.conftest import PASSPHRASE
from tests.directory_samples import service

DATA = Path(__file__).parent / "data" / "notes"
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def _import(vault: Vault, name: str, mapping: str | None = None):  # type: ignore[no-untyped-def]
    parsed = read_notes_csv(DATA / name, mapping=DATA / mapping if mapping else None, now=NOW)
    with vault.transaction() as conn:
        return store_notes(conn, parsed, now=NOW)


def _aliases(vault: Vault) -> list[str]:
    return [r[0] for r in vault.conn.execute("SELECT alias FROM contact ORDER BY id")]


def test_english_headers_import_without_a_mapping(vault: Vault) -> None:
    with vault.transaction() as conn:
        upsert_records(
            conn, [service("svc-h", "Harbour Detox"), service("svc-x", "Other")], source="test"
        )
    result = _import(vault, "notes-english.csv")
    assert result.columns.source == "headers"
    assert (len(result.rows), result.contacts_added, result.referrals) == (3, 2, 2)
    assert _aliases(vault) == ["Blue jacket", "Rosa"], "aliases match ignoring case"
    blue = timeline(vault.conn, 1)
    assert blue is not None
    first = blue.encounters[-1].encounter
    assert first.occurred_at.astimezone().date() == date(2026, 3, 2), "US order: month first"
    assert first.occurred_at.astimezone().strftime("%H:%M") == "21:15"
    assert first.entered_later
    assert sorted(first.needs) == ["food", "shelter"]
    assert dict(first.supplies) == {"naloxone_kits": 2, "fentanyl_test_strips": 10}
    names = {r.service.name: r.service.service_id for r in open_referrals(vault.conn, 1)}
    assert names == {"Harbour Detox": "svc-h", "Nowhere Shelter": ""}
    assert all(r.status is Status.MADE for r in open_referrals(vault.conn, 1))
    (warning,) = [p for p in result.report.problems if p.column == "referred_to"]
    assert (warning.row, warning.severity) == (3, "warning")
    assert "kept by name only" in warning.message
    assert "Nowhere" not in warning.message
    rosa = timeline(vault.conn, 2)
    assert rosa is not None
    assert rosa.encounters[0].encounter.occurred_at.astimezone().strftime("%H:%M") == "21:30"
    assert sorted(rosa.encounters[0].encounter.needs) == ["benefits", "id_documents"]
    assert [h.contact.alias for h in search_notes(vault.conn, "birth certificate")] == ["Rosa"]


def test_spanish_headers_semicolons_and_windows_1252_import_day_first(vault: Vault) -> None:
    result = _import(vault, "notes-spanish.csv")
    assert len(result.rows) == 2
    assert _aliases(vault) == ["Chaqueta azul", "Niña del parque"]
    got = timeline(vault.conn, 1)
    assert got is not None
    encounter = got.encounters[0].encounter
    assert encounter.occurred_at.astimezone().date() == date(2026, 3, 4), "día primero"
    assert sorted(encounter.needs) == ["detox", "food"]
    assert encounter.note == "Pidió ayuda con la desintoxicación"
    assert any("Windows-1252" in p.message for p in result.report.problems)


def test_other_headers_need_a_mapping_and_say_which_headers_they_saw(vault: Vault) -> None:
    with pytest.raises(
        ImportFailed, match=r"No column for alias and date.*who, seen_on.*--mapping"
    ):
        read_notes_csv(DATA / "notes-custom.csv", now=NOW)
    result = _import(vault, "notes-custom.csv", "notes-custom.toml")
    assert result.columns.source == "notes-custom.toml"
    assert _aliases(vault) == ["Grey hat"]
    got = timeline(vault.conn, 1)
    assert got is not None
    assert [e.encounter.place for e in got.encounters] == ["Library", "Under the bridge"]


def test_a_broken_mapping_is_refused_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    for text, message in (
        ("[fields]\nalias = 'Nobody'\ndate = 'Seen on'", "names column 'Nobody'"),
        ("[fields]\nsurname = 'Who'", "unknown field 'surname'"),
        ("[fields]\nalias = 'Who'", "No column for date"),
        ("fields = 3", r"expected a \[fields\] table"),
        ("[fields", "not valid TOML"),
        ("date_order = 'ymd'\n[fields]\nalias='Who'\ndate='Seen on'", "date_order"),
    ):
        bad.write_text(text)
        with pytest.raises(ImportFailed, match=message):
            read_notes_csv(DATA / "notes-custom.csv", mapping=bad, now=NOW)


def test_broken_rows_are_left_out_by_row_and_column_and_never_echoed(vault: Vault) -> None:
    result = _import(vault, "notes-broken.csv")
    problems = {(p.row, p.column, p.severity) for p in result.report.problems}
    assert problems == {
        (2, "alias", "skipped"),
        (3, "date", "skipped"),
        (4, "date", "skipped"),
        (5, "time", "skipped"),
        (6, "needs", "warning"),
        (8, "note", "skipped"),
    }
    assert [r.number for r in result.rows] == [6, 7]
    assert _aliases(vault) == ["Ann", "Bob"]
    text = "\n".join(result.report.summary_lines(50)) + json.dumps(result.report.to_json())
    assert "CANARYTEXT" not in text
    assert "DD/MM" not in text
    assert "MM/DD/YYYY" in text


def test_nothing_is_stored_when_the_file_is_empty_or_missing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportFailed, match="empty"):
        read_notes_csv(empty, now=NOW)
    with pytest.raises(ImportFailed, match="cannot read"):
        read_notes_csv(tmp_path / "absent.csv", now=NOW)


_IMPORT_AND_SCAN = """
import sys
from outreach.cli import main
sys.exit(main(["notes", "import", sys.argv[1]]))
"""
CANARY = "CANARY-9d1e-slept-in-the-stairwell"


def test_a_canary_imported_through_the_cli_reaches_no_file_outside_the_ciphertext(
    tmp_path: Path,
) -> None:
    home, tmp, source = tmp_path / "home", tmp_path / "tmp", tmp_path / "source"
    for folder in (tmp, source):
        folder.mkdir()
    csv_file = source / "notes.csv"
    csv_file.write_text(f"alias,date,place,note\n{CANARY} alias,2026-03-01,{CANARY},{CANARY}\n")
    env = {
        **os.environ,
        "OUTREACH_HOME": str(home),
        "TMPDIR": str(tmp),
        "OUTREACH_PASSPHRASE": PASSPHRASE,
    }

    init = subprocess.run(
        [sys.executable, "-m", "outreach", "vault", "init"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert init.returncode == 0, init.stderr
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_AND_SCAN, str(csv_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Stored 1 encounters" in done.stdout
    assert CANARY not in done.stdout + done.stderr
    files = [p for folder in (home, tmp) for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "vault.db" for p in files)
    for file in files:
        data = file.read_bytes()
        for form in (CANARY.encode(), CANARY.lower().encode(), CANARY.encode("utf-16-le")):
            assert form not in data, f"canary found in {file.name}"
    with Vault.open(home / "data" / "vault.db", PASSPHRASE) as vault:
        assert search_notes(vault.conn, "stairwell")[0].contact.alias == f"{CANARY} alias"
