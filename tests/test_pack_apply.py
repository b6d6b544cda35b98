"""Applying packs to a real SQLCipher vault: versions, deltas, rollback, cancel, notes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from outreach.cancel import CancelToken
from outreach.directory import store
from outreach.errors import Cancelled, PackRejected
from outreach.feed.outcome import applied_outcome
from outreach.notes import store as notes
from outreach.packs import (
    applied_version,
    apply_pack,
    build_pack,
    make_delta,
    mark_verified,
    pack_state,
    read_pack,
)
from outreach.packs.format import canonical_json
from outreach.vault import Vault
from tests.conftest import PASSPHRASE
from tests.pack_samples import sample_records

CREATED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def _pack(records: list[dict], version: int, name: str = "Test county"):
    return read_pack(
        build_pack(records, version=version, name=name, source="unit", created=CREATED)
    )


def _directory(vault: Vault) -> dict[str, dict]:
    return {r["id"]: r for r in store.iter_records(vault.conn)}


def test_full_pack_fills_an_empty_vault_and_records_its_version(vault: Vault) -> None:
    records = sample_records(30)
    result = apply_pack(vault, _pack(records, 1))
    assert (result.version, result.previous_version, result.kind) == (1, None, "full")
    assert (result.added, result.updated, result.removed) == (30, 0, 0)
    assert not result.already_installed
    assert _directory(vault) == {r["id"]: r for r in records}
    assert applied_version(vault.conn) == 1
    state = pack_state(vault.conn)
    assert (state.name, state.version, state.kind, state.starter) == (
        "Test county",
        1,
        "full",
        False,
    )
    assert state.created == datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    assert state.applied_at is not None
    assert state.applied_at.tzinfo == UTC
    assert state.verified_at is None


def test_fresh_vault_reports_nothing_installed(vault: Vault) -> None:
    assert applied_version(vault.conn) is None
    assert pack_state(vault.conn).version is None
    assert pack_state(vault.conn).starter is False


def test_same_version_twice_changes_nothing_and_says_so(vault: Vault) -> None:
    apply_pack(vault, _pack(sample_records(10), 2))
    before = pack_state(vault.conn)
    again = apply_pack(vault, _pack(sample_records(10), 2))
    assert again.already_installed
    assert "already installed" in applied_outcome(again).message
    assert pack_state(vault.conn) == before


def test_older_version_is_refused_and_nothing_changes(vault: Vault) -> None:
    apply_pack(vault, _pack(sample_records(10), 5))
    with pytest.raises(PackRejected, match="Pack version 3 is older than the installed version 5"):
        apply_pack(vault, _pack(sample_records(4, prefix="old"), 3))
    assert applied_version(vault.conn) == 5
    assert store.count_services(vault.conn) == 10


def test_rollback_protection_survives_reopening_the_vault(vault: Vault, vault_path: Path) -> None:
    apply_pack(vault, _pack(sample_records(3), 7))
    vault.close()
    reopened = Vault.open(vault_path, PASSPHRASE)
    try:
        with pytest.raises(PackRejected, match="older than the installed version 7"):
            apply_pack(reopened, _pack(sample_records(3), 6))
        assert applied_version(reopened.conn) == 7
    finally:
        reopened.close()


def test_delta_brings_the_vault_to_the_new_version(vault: Vault) -> None:
    base_records = sample_records(200)
    new_records = [dict(r) for r in base_records[:190]]
    new_records[5]["name"] = "Renamed"
    new_records += sample_records(4, prefix="added")
    base, new = (
        build_pack(base_records, version=1, name="C", source="s"),
        build_pack(new_records, version=2, name="C", source="s"),
    )
    apply_pack(vault, read_pack(base))

    result = apply_pack(vault, read_pack(make_delta(base, new)))

    assert (result.kind, result.version, result.previous_version) == ("delta", 2, 1)
    assert (result.added, result.updated, result.removed) == (4, 1, 10)
    assert _directory(vault) == {r["id"]: r for r in new_records}
    assert pack_state(vault.conn).kind == "delta"
    assert applied_version(vault.conn) == 2


def test_delta_needs_its_base_version(vault: Vault) -> None:
    v1, v2, v3 = (
        build_pack(sample_records(5 + n), version=n, name="C", source="s") for n in (1, 2, 3)
    )
    delta_2_to_3 = read_pack(make_delta(v2, v3))
    with pytest.raises(
        PackRejected, match="needs version 2 of the directory and no version from a feed"
    ):
        apply_pack(vault, delta_2_to_3)
    apply_pack(vault, read_pack(v1))
    with pytest.raises(PackRejected, match="needs version 2 of the directory and version 1 is"):
        apply_pack(vault, delta_2_to_3)
    assert applied_version(vault.conn) == 1
    assert store.count_services(vault.conn) == 6


def test_a_full_pack_may_skip_versions(vault: Vault) -> None:
    apply_pack(vault, _pack(sample_records(5), 1))
    result = apply_pack(vault, _pack(sample_records(3), 9))
    assert (result.version, result.removed) == (9, 2)
    assert store.count_services(vault.conn) == 3


def test_cancel_mid_apply_leaves_the_old_directory(vault: Vault) -> None:
    old = sample_records(50)
    apply_pack(vault, _pack(old, 1))
    token = CancelToken()
    seen: list[int] = []

    def cancel_after_first_chunk(done: int, total: int, message: str) -> None:
        seen.append(total)
        token.cancel()

    with pytest.raises(Cancelled):
        apply_pack(
            vault,
            _pack(sample_records(3000, prefix="new"), 2),
            cancel=token,
            progress=cancel_after_first_chunk,
        )
    assert seen
    assert seen[0] == 3000  # progress knows the total
    assert applied_version(vault.conn) == 1
    assert _directory(vault) == {r["id"]: r for r in old}


def test_an_error_mid_apply_rolls_everything_back(vault: Vault) -> None:
    old = sample_records(20)
    apply_pack(vault, _pack(old, 1))

    def explode(done: int, total: int, message: str) -> None:
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        apply_pack(vault, _pack(sample_records(2500, prefix="new"), 2), progress=explode)
    assert applied_version(vault.conn) == 1
    assert _directory(vault) == {r["id"]: r for r in old}
    # The vault is usable afterwards: no transaction was left open.
    assert apply_pack(vault, _pack(old, 2)).version == 2


def test_apply_inside_a_transaction_of_the_vault(vault: Vault) -> None:
    with vault.transaction():
        apply_pack(vault, _pack(sample_records(4), 2))
    with pytest.raises(PackRejected, match="older"), vault.transaction():
        apply_pack(vault, _pack(sample_records(2), 1))
    assert applied_version(vault.conn) == 2
    assert store.count_services(vault.conn) == 4
    assert not vault.conn.in_transaction


def test_starter_pack_is_replaced_by_any_feed_pack_but_never_replaces_one(vault: Vault) -> None:
    apply_pack(vault, _pack(sample_records(8, prefix="starter"), 3, name="Starter"), starter=True)
    assert pack_state(vault.conn).starter is True
    assert applied_version(vault.conn) is None  # the feed sends a full pack over the starter
    again = apply_pack(
        vault, _pack(sample_records(8, prefix="starter"), 3, name="Starter"), starter=True
    )
    assert again.already_installed

    v1 = build_pack(sample_records(5, prefix="feed"), version=1, name="County 211", source="s")
    v2 = build_pack(sample_records(6, prefix="feed"), version=2, name="County 211", source="s")
    with pytest.raises(PackRejected, match=r"needs version 1 .* no version from a feed"):
        apply_pack(vault, read_pack(make_delta(v1, v2)))
    feed = apply_pack(vault, read_pack(v1))
    assert applied_version(vault.conn) == 1
    assert (feed.version, feed.added, feed.removed) == (1, 5, 8)
    assert pack_state(vault.conn).starter is False
    with pytest.raises(PackRejected, match="starter pack is not needed"):
        apply_pack(
            vault, _pack(sample_records(8, prefix="starter"), 3, name="Starter"), starter=True
        )
    assert sorted(_directory(vault)) == [f"feed-{n:04d}" for n in range(5)]


def test_mark_verified_is_stored_with_or_without_a_pack(vault: Vault) -> None:
    mark_verified(vault.conn, datetime(2024, 6, 1, 8, 30, tzinfo=UTC))
    assert pack_state(vault.conn).verified_at == datetime(2024, 6, 1, 8, 30, tzinfo=UTC)
    assert applied_version(vault.conn) is None
    apply_pack(vault, _pack(sample_records(2), 1))
    assert pack_state(vault.conn).verified_at == datetime(2024, 6, 1, 8, 30, tzinfo=UTC)
    mark_verified(vault.conn, datetime(2024, 6, 2, 8, 30, tzinfo=UTC))
    assert pack_state(vault.conn).verified_at == datetime(2024, 6, 2, 8, 30, tzinfo=UTC)
    assert applied_version(vault.conn) == 1
    with pytest.raises(ValueError, match="timezone-aware"):
        mark_verified(vault.conn, datetime(2024, 6, 2, 8, 30))


def test_a_referral_to_a_removed_service_still_reads_its_name(vault: Vault) -> None:
    records = sample_records(3)
    apply_pack(vault, _pack(records, 1))
    with vault.transaction() as conn:
        contact = notes.add_contact(conn, "Blue jacket")
        encounter = notes.add_encounter(conn, contact, note="needs a bed tonight")
        notes.add_referral(conn, encounter, store.get_record(conn, "svc-0001") or {})
    apply_pack(vault, _pack(records[:1], 2))  # svc-0001 is gone
    assert store.get_record(vault.conn, "svc-0001") is None
    (referral,) = notes.referrals_for_encounter(vault.conn, encounter)
    assert (referral.service_id, referral.service_name) == ("svc-0001", records[1]["name"])
    assert notes.encounter_note(vault.conn, encounter) == "needs a bed tonight"


def test_pack_records_are_stored_in_the_same_canonical_form(vault: Vault) -> None:
    records = sample_records(3)
    apply_pack(vault, _pack(records, 1))
    for record in records:
        assert canonical_json(record) == store.canonical_json(record)
    assert store.record_hashes(vault.conn)["svc-0000"] == store.content_hash(records[0])


def test_apply_joins_a_transaction_the_caller_already_began(vault: Vault) -> None:
    conn = vault.conn
    conn.execute("BEGIN IMMEDIATE")
    notes.add_contact(conn, "caller's own work")
    apply_pack(vault, _pack(sample_records(3), version=1))
    assert conn.in_transaction, "the caller's transaction stays open for the caller to end"
    conn.execute("ROLLBACK")
    assert store.count_services(conn) == 0, "rolled back with the caller's work"
    assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 0
    assert applied_version(conn) is None

    conn.execute("BEGIN IMMEDIATE")
    notes.add_contact(conn, "kept")
    with pytest.raises(PackRejected):
        apply_pack(vault, read_pack(make_delta(_pack_bytes(1), _pack_bytes(2))))
    assert conn.in_transaction, "a refused pack undoes only its own part"
    apply_pack(vault, _pack(sample_records(3), version=1))
    conn.execute("COMMIT")
    assert store.count_services(conn) == 3
    assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 1
    assert applied_version(conn) == 1


def _pack_bytes(version: int) -> bytes:
    return build_pack(
        sample_records(3, text=f"v{version}"),
        version=version,
        name="Test county",
        source="unit",
        created=CREATED,
    )
