"""The three phases of a sync: plan (vault), fetch (no vault at all), apply (vault).

A real feed over HTTP on 127.0.0.1 and real SQLCipher vaults throughout.
"""

from __future__ import annotations

import json
import pickle
import threading
from pathlib import Path

import pytest

from outreach.cancel import CancelToken
from outreach.errors import Cancelled, FeedError
from outreach.feed.client import get_feed, record_check, remove_feed
from outreach.feed.fetcher import RequestsFetcher
from outreach.feed.phases import (
    ChangedMeanwhile,
    apply_fetched,
    fetch_bundle,
    fetch_update,
    prepare_sync,
)
from outreach.feed.sync import SyncStatus, sync
from outreach.packs import applied_version
from outreach.vault import Vault
from tests.feed_support import (
    VAULT_PASSPHRASE,
    Fault,
    directory_snapshot,
    served_world,
)


def fast_fetcher() -> RequestsFetcher:
    return RequestsFetcher(connect_timeout=10, read_timeout=30, max_seconds=120)


@pytest.fixture
def world(tmp_path: Path):
    with served_world(tmp_path) as parts:
        yield parts


def test_fetch_needs_no_vault_at_all(world) -> None:
    """Plan, close the vault, fetch (the vault is unreachable), reopen and apply."""
    _setup, vault, server, cache = world
    plan = prepare_sync(vault.conn)
    assert (plan.feed.name, plan.feed.url, plan.previous_version) == (
        "County 211",
        server.url,
        None,
    )
    vault.close()
    fetched = fetch_update(plan, cache, fetcher=fast_fetcher())
    assert fetched.outcome is None
    assert fetched.pack is not None
    assert fetched.pack.manifest.version == 1
    assert fetched.bytes_downloaded == len(fetched.pack.data)
    assert fetched.newest_root is not None
    # A plain value: it crosses threads (or processes) as it is.
    fetched = pickle.loads(pickle.dumps(fetched))
    reopened = Vault.open(vault.path, VAULT_PASSPHRASE)
    try:
        result = apply_fetched(reopened, fetched)
        assert result.status is SyncStatus.UPDATED, result.message
        assert (result.version, result.added) == (1, 40)
        assert applied_version(reopened.conn) == 1
        feed = get_feed(reopened.conn)
        assert feed.last_verified_at is not None
        assert feed.last_problem is None
    finally:
        reopened.close()


def test_prepare_names_a_missing_feed(world) -> None:
    _setup, vault, _server, _cache = world
    with pytest.raises(FeedError, match="No feed named 'Elsewhere'"):
        prepare_sync(vault.conn, "Elsewhere")


def test_up_to_date_fetch_downloads_no_pack_and_records_the_check(world) -> None:
    _setup, vault, server, cache = world
    assert sync(vault, get_feed(vault.conn), cache, fetcher=fast_fetcher()).version == 1
    plan = prepare_sync(vault.conn)
    assert plan.previous_version == 1
    server.requests.clear()
    fetched = fetch_update(plan, cache, fetcher=fast_fetcher())
    assert fetched.pack is None
    assert fetched.outcome is not None
    assert fetched.outcome.status is SyncStatus.UP_TO_DATE
    assert not any(path.endswith(".ocpack") for path in server.requests)
    with vault.transaction() as conn:
        conn.execute("UPDATE feed SET last_verified_at = NULL")
    assert apply_fetched(vault, fetched).status is SyncStatus.UP_TO_DATE
    assert get_feed(vault.conn).last_verified_at is not None


def test_the_last_problem_is_kept_as_codes_and_old_sentences_still_show(world) -> None:
    _setup, vault, server, cache = world
    server.faults["timestamp.json"] = Fault("status", status=503)
    fetched = fetch_update(prepare_sync(vault.conn), cache, fetcher=fast_fetcher())
    apply_fetched(vault, fetched)
    (stored,) = vault.conn.execute("SELECT last_error FROM feed").fetchone()
    # Codes and the detail, no English: the GUI words it in Spanish, the CLI in English.
    assert json.loads(stored) == {"status": "offline", "reason": "HTTP_ERROR", "detail": "503"}
    # A vault from before codes holds the sentence itself: shown as it was written.
    sentence = "Could not reach the feed 'County 211': the server answered HTTP 502."
    with vault.transaction() as conn:
        conn.execute("UPDATE feed SET last_error = ?", (sentence,))
    problem = get_feed(vault.conn).last_problem
    assert problem is not None
    assert problem.message == sentence


def test_offline_fetch_is_recorded_when_applied(world) -> None:
    _setup, vault, server, cache = world
    plan = prepare_sync(vault.conn)
    server.faults["timestamp.json"] = Fault("status", status=503)
    fetched = fetch_update(plan, cache, fetcher=fast_fetcher())
    assert fetched.pack is None
    assert fetched.outcome is not None
    assert fetched.outcome.status is SyncStatus.OFFLINE
    assert "HTTP 503" in fetched.outcome.message
    assert get_feed(vault.conn).last_problem is None, "fetching alone writes nothing"
    before = directory_snapshot(vault)
    assert apply_fetched(vault, fetched) == fetched.outcome
    problem = get_feed(vault.conn).last_problem
    assert problem is not None
    assert problem.message == fetched.outcome.message
    assert directory_snapshot(vault) == before


def test_an_update_applied_meanwhile_is_not_applied_again(world) -> None:
    """Planned at v1, fetched the v1→v2 delta; meanwhile v2 was installed: start again."""
    setup, vault, _server, cache = world
    assert sync(vault, get_feed(vault.conn), cache, fetcher=fast_fetcher()).version == 1
    setup.publish(2, changed=2)
    plan = prepare_sync(vault.conn)
    fetched = fetch_update(plan, cache, fetcher=fast_fetcher())
    assert fetched.used_delta
    assert sync(vault, get_feed(vault.conn), tmp_cache(cache), fetcher=fast_fetcher()).version == 2
    before = directory_snapshot(vault)
    checked = get_feed(vault.conn).last_checked_at
    with pytest.raises(ChangedMeanwhile, match="changed while the update was downloading"):
        apply_fetched(vault, fetched)
    assert applied_version(vault.conn) == 2
    assert directory_snapshot(vault) == before
    assert get_feed(vault.conn).last_checked_at == checked


def tmp_cache(cache: Path) -> Path:
    return cache.with_name(cache.name + "-other")


def test_a_trust_change_meanwhile_is_refused(world) -> None:
    _setup, vault, _server, cache = world
    plan = prepare_sync(vault.conn)
    fetched = fetch_update(plan, cache, fetcher=fast_fetcher())
    with vault.transaction() as conn:
        record_check(conn, "County 211", problem=None, verified=False, trusted_root=b"{}")
    with pytest.raises(ChangedMeanwhile):
        apply_fetched(vault, fetched)
    assert applied_version(vault.conn) is None


def test_a_feed_removed_meanwhile_is_not_applied(world) -> None:
    _setup, vault, _server, cache = world
    fetched = fetch_update(prepare_sync(vault.conn), cache, fetcher=fast_fetcher())
    remove_feed(vault, "County 211")
    result = apply_fetched(vault, fetched)
    assert result.status is SyncStatus.REJECTED
    assert "was removed while it was being checked" in result.message
    assert applied_version(vault.conn) is None


def test_cancelled_fetch_raises_and_writes_nothing(world) -> None:
    _setup, vault, server, cache = world
    token = CancelToken()
    fault = Fault("hold", seconds=120)
    server.faults[".ocpack"] = fault
    plan = prepare_sync(vault.conn)

    def cancel_while_held() -> None:
        # The pack's first bytes are out and the server holds the rest: the user cancels.
        fault.started.wait(60)
        token.cancel()
        fault.release.set()

    helper = threading.Thread(target=cancel_while_held)
    helper.start()
    fetcher = RequestsFetcher(connect_timeout=10, read_timeout=30, max_seconds=120, cancel=token)
    with pytest.raises(Cancelled):
        fetch_update(plan, cache, cancel=token, fetcher=fetcher)
    helper.join(60)
    assert fault.started.is_set(), "the cancel came while the pack was downloading"
    assert applied_version(vault.conn) is None
    assert get_feed(vault.conn).last_checked_at is None


def test_cancel_between_fetch_and_apply_changes_nothing(world) -> None:
    _setup, vault, _server, cache = world
    fetched = fetch_update(prepare_sync(vault.conn), cache, fetcher=fast_fetcher())
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        apply_fetched(vault, fetched, cancel=token)
    assert applied_version(vault.conn) is None
    assert get_feed(vault.conn).last_checked_at is None


def test_an_unreadable_bundle_is_refused_without_recording_a_check(world, tmp_path: Path) -> None:
    _setup, vault, _server, cache = world
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    fetched = fetch_bundle(prepare_sync(vault.conn), junk, cache)
    assert not fetched.consulted
    result = apply_fetched(vault, fetched)
    assert result.status is SyncStatus.REJECTED
    assert "junk.zip: not a ZIP file" in result.message
    assert get_feed(vault.conn).last_checked_at is None
