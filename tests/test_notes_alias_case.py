"""Aliases match ignoring case in every script, not only in ASCII ("JOSÉ" is "josé")."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from outreach.notes.contacts import Contact, contact_for_alias, contacts_by_alias, save_contact
from outreach.notes.csv_import import read_notes_csv, store_notes
from outreach.notes.search import search_notes
from outreach.vault import Vault

NOW = datetime(2026, 5, 1, tzinfo=UTC)


def test_alias_lookup_folds_case_beyond_ascii(vault: Vault) -> None:
    with vault.transaction() as conn:
        jose = save_contact(conn, Contact("josé"), now=NOW)
        oeil = save_contact(conn, Contact("Œil de Straße"), now=NOW)
        save_contact(conn, Contact("Jose"), now=NOW)  # another person: accents are kept
    conn = vault.conn
    assert [c.id for c in contacts_by_alias(conn, "JOSÉ")] == [jose]
    assert [c.id for c in contacts_by_alias(conn, "  José ")] == [jose]
    assert [c.id for c in contacts_by_alias(conn, "œil de strasse")] == [oeil]
    assert [c.alias for c in contacts_by_alias(conn, "jose")] == ["Jose"]
    assert contacts_by_alias(conn, "Josée") == []


def test_the_same_person_typed_in_capitals_is_not_added_twice(vault: Vault) -> None:
    with vault.transaction() as conn:
        first = contact_for_alias(conn, "Ñandú", now=NOW)
        again = contact_for_alias(conn, "ÑANDÚ", now=NOW)
        decomposed = contact_for_alias(conn, "N\u0303andu\u0301", now=NOW)  # typed another way
    assert first == again == decomposed


def test_aliases_of_punctuation_alone_still_match(vault: Vault) -> None:
    with vault.transaction() as conn:
        star = save_contact(conn, Contact("★★"), now=NOW)
    assert [c.id for c in contacts_by_alias(vault.conn, "★★")] == [star]


def test_notes_search_finds_an_alias_in_capitals(vault: Vault) -> None:
    with vault.transaction() as conn:
        jose = save_contact(conn, Contact("josé"), now=NOW)
    assert [h.contact.id for h in search_notes(vault.conn, "JOSÉ")] == [jose]


def test_a_notes_spreadsheet_matches_aliases_the_same_way(vault: Vault, tmp_path: Path) -> None:
    with vault.transaction() as conn:
        known = save_contact(conn, Contact("Ñandú"), now=NOW)
    sheet = tmp_path / "notes.csv"
    sheet.write_text(
        "alias,date,place\nÑANDÚ,2026-04-01,Pier 4\nJOSÉ,2026-04-02,Pier 4\n"
        "josé,2026-04-03,Pier 4\nJose,2026-04-04,Pier 4\n",
        encoding="utf-8",
    )
    parsed = read_notes_csv(sheet, now=NOW)
    with vault.transaction() as conn:
        result = store_notes(conn, parsed, now=NOW)
    assert result.contacts_added == 2, "JOSÉ and josé are one person; Jose is another"
    aliases = [r[0] for r in vault.conn.execute("SELECT alias FROM contact ORDER BY id")]
    assert aliases == ["Ñandú", "JOSÉ", "Jose"]
    rows = vault.conn.execute("SELECT count(*) FROM encounter WHERE contact_id = ?", (known,))
    assert rows.fetchone()[0] == 1
