"""Notes search and timeline; schema step 1 vaults migrated; retention purge leaves nothing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from outreach.errors import UserFacingError
from outreach.notes.contacts import Contact, save_contact
from outreach.notes.encounters import EncounterDraft, save_encounter
from outreach.notes.followups import add_follow_up, open_follow_ups
from outreach.notes.referrals import Status, open_referrals, snapshot_of, status_history
from outreach.notes.retention import cutoff_for, plan_purge, run_purge
from outreach.notes.schema import MIGRATIONS
from outreach.notes.search import MatchedIn, match_expression, search_notes
from outreach.notes.timeline import timeline
from outreach.vault import Vault
from outreach.vault.connection import connect
from outreach.vault.keyfile import KeyFile
from outreach.vault.migrations import _split_sql
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.notes_support import NOW, db_key, files_holding, service


def _met(
    vault: Vault,
    alias: str,
    note: str = "",
    place: str = "",
    days_ago: int = 0,
    tags: tuple[str, ...] = (),
) -> int:
    with vault.transaction() as conn:
        contact = save_contact(conn, Contact(alias, tags=tags), now=NOW)
        when = NOW - timedelta(days=days_ago)
        save_encounter(conn, EncounterDraft(contact, when, place, note=note), now=NOW)
    return contact


def test_search_finds_aliases_tags_places_and_notes_as_you_type(vault: Vault) -> None:
    rosa = _met(vault, "Rosa", "asked about méthadone clinics", "Bus depot", tags=("camp",))
    blue = _met(vault, "Blue jacket", "needs a sleeping bag", "Riverside park")
    assert [h.contact.id for h in search_notes(vault.conn, "ros")] == [rosa]
    assert search_notes(vault.conn, "Rosa")[0].matched_in is MatchedIn.CONTACT
    assert [h.contact.id for h in search_notes(vault.conn, "camp")] == [rosa]
    hit = search_notes(vault.conn, "methad")[0]
    assert (hit.contact.id, hit.matched_in) == (rosa, MatchedIn.ENCOUNTER)
    assert [h.contact.id for h in search_notes(vault.conn, "riverside sleep")] == [blue]
    assert search_notes(vault.conn, "sleeping methadone") == []
    assert search_notes(vault.conn, '" OR * NEAR(') == []


def test_match_expression_treats_fts_syntax_as_text() -> None:
    assert match_expression('bed AND "x"') == '"bed" "and" "x"'
    assert match_expression("de") == '"de"*'
    assert match_expression("a") == '"a"'
    assert match_expression("  ") is None


def test_timeline_has_encounters_referrals_with_status_and_follow_ups(vault: Vault) -> None:
    contact = _met(vault, "Rosa", "first", days_ago=3)
    snap = snapshot_of(service("a", "Shelter A"), NOW)
    with vault.transaction() as conn:
        saved = save_encounter(
            conn, EncounterDraft(contact, note="second", referrals=[snap]), now=NOW
        )
        add_follow_up(conn, contact, NOW.date(), "call back", now=NOW)
    got = timeline(vault.conn, contact)
    assert got is not None
    assert [e.encounter.note for e in got.encounters] == ["second", "first"]
    assert got.encounters[0].referrals[0].code == saved.referral_codes[0]
    assert [r.service.name for r in got.open_referrals] == ["Shelter A"]
    assert [f.text for f in got.follow_ups] == ["call back"]
    assert timeline(vault.conn, contact + 50) is None


def test_a_500_encounter_timeline_is_cut_at_the_limit(vault: Vault) -> None:
    with vault.transaction() as conn:
        contact = save_contact(conn, Contact("Busy"), now=NOW)
        for i in range(12):
            save_encounter(conn, EncounterDraft(contact, NOW - timedelta(hours=i)), now=NOW)
    got = timeline(vault.conn, contact, limit=10)
    assert got is not None and got.more and len(got.encounters) == 10  # noqa: PT018


def test_a_step_1_vault_is_migrated_without_losing_notes(vault_path: Path) -> None:
    """Laptops may hold step 1 already: build one with step 1 only, then open it with step 2."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    keys = KeyFile.load(vault_path.with_name("vault.db.key"))
    key = keys.unwrap_with_passphrase(PASSPHRASE).db_key
    vault_path.unlink()
    conn = connect(vault_path, key, create=True)
    conn.execute(
        "CREATE TABLE schema_migrations (module TEXT NOT NULL, step INTEGER NOT NULL,"
        " applied_at TEXT NOT NULL, PRIMARY KEY (module, step))"
    )
    for statement in _split_sql(MIGRATIONS[0][1]):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_migrations VALUES ('notes', 1, '2026-01-01')")
    conn.execute("INSERT INTO contact VALUES (1, 'Old friend', '2026-01-02T10:00:00+00:00')")
    conn.execute(
        "INSERT INTO encounter VALUES (1, 1, '2026-01-02T10:00:00+00:00', 'Pier 4',"
        " 'Shelter; food', 'slept outside')"
    )
    conn.execute(
        "INSERT INTO referral VALUES (1, 1, 'svc-9', '{\"name\": \"Pier Shelter\"}',"
        " 'attained', '2026-01-02T10:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO referral VALUES (2, 1, 'svc-8', '{\"name\": \"Food bank\"}',"
        " NULL, '2026-01-02T10:00:00+00:00')"
    )
    conn.execute("INSERT INTO follow_up VALUES (1, 1, '2026-01-09', 'check bed', NULL)")
    conn.close()

    with Vault.open(vault_path, PASSPHRASE) as migrated:
        conn = migrated.conn
        got = timeline(conn, 1)
        assert got is not None
        (entry,) = got.encounters
        assert (entry.encounter.note, entry.encounter.place) == ("slept outside", "Pier 4")
        assert sorted(entry.encounter.needs) == ["food", "shelter"]
        codes = [r.code for r in entry.referrals]
        assert all(len(c) == 6 for c in codes) and len(set(codes)) == 2  # noqa: PT018
        statuses = {r.service.name: r.status for r in entry.referrals}
        assert statuses == {"Pier Shelter": Status.ATTAINED, "Food bank": Status.MADE}
        assert [s.status for s in status_history(conn, 1)] == [Status.MADE, Status.ATTAINED]
        assert [r.service.name for r in open_referrals(conn, 1)] == ["Food bank"]
        assert [f.text for f in open_follow_ups(conn)] == ["check bed"]
        assert [h.contact.alias for h in search_notes(conn, "slept")] == ["Old friend"]


CANARY = "ZQCANARY7F3A9C"


def test_purge_says_what_will_go_then_leaves_the_canary_in_no_file(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    key = db_key(vault_path, PASSPHRASE)
    old = NOW - timedelta(days=400)
    with vault.transaction() as conn:
        gone = save_contact(conn, Contact(f"{CANARY}alias", tags=(CANARY,)), now=old)
        snap = snapshot_of(service("a", "Shelter A"), old)
        save_encounter(
            conn,
            EncounterDraft(gone, old, f"{CANARY} place", note=f"{CANARY} note", referrals=[snap]),
            now=old,
        )
        kept = save_contact(conn, Contact("Kept with follow-up"), now=old)
        save_encounter(conn, EncounterDraft(kept, old, note="old note"), now=old)
        add_follow_up(conn, kept, NOW.date(), "still open", now=old)
        recent = save_contact(conn, Contact("Recent"), now=NOW)
        save_encounter(conn, EncounterDraft(recent, NOW, note="fresh"), now=NOW)
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert files_holding(vault_path, key, CANARY), "the check can see the canary before"

    plan = plan_purge(vault.conn, cutoff_for(365, NOW))
    assert (plan.encounters, plan.referrals, plan.contacts, plan.follow_ups) == (2, 1, 1, 0)
    assert files_holding(vault_path, key, CANARY), "planning deletes nothing"
    done = run_purge(vault, 365, now=NOW)
    assert done == plan
    assert files_holding(vault_path, key, CANARY) == []
    aliases = [r[0] for r in vault.conn.execute("SELECT alias FROM contact ORDER BY id")]
    assert aliases == ["Kept with follow-up", "Recent"]
    assert search_notes(vault.conn, "fresh")[0].contact.alias == "Recent"
    vault.close()
    assert files_holding(vault_path, key, CANARY) == []


def test_retention_shorter_than_a_month_is_refused() -> None:
    with pytest.raises(UserFacingError, match="at least 30 days"):
        cutoff_for(7, NOW)
