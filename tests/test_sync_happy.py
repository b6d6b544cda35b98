"""Sync against a real feed served over HTTP on 127.0.0.1: updates, deltas, repeats."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from outreach.feed.client import get_feed
from outreach.feed.fetcher import RequestsFetcher
from outreach.feed.sync import SyncStatus, sync
from outreach.packs import applied_version, pack_state
from tests.feed_support import directory_snapshot, serve, served_world


def fast_fetcher() -> RequestsFetcher:
    return RequestsFetcher(connect_timeout=10, read_timeout=30, max_seconds=120)


@pytest.fixture
def world(tmp_path: Path):
    with served_world(tmp_path) as parts:
        yield parts


def test_first_sync_installs_the_full_pack(world) -> None:
    _setup, vault, _server, cache = world
    result = sync(vault, get_feed(vault.conn), cache, fetcher=fast_fetcher())
    assert result.status is SyncStatus.UPDATED, result.message
    assert (result.version, result.previous_version, result.used_delta) == (1, None, False)
    assert result.added == 40
    assert applied_version(vault.conn) == 1
    assert pack_state(vault.conn).verified_at is not None
    feed = get_feed(vault.conn)
    assert feed.last_verified_at is not None
    assert feed.last_problem is None


def test_delta_is_chosen_when_the_vault_has_its_base(world) -> None:
    setup, vault, server, cache = world
    assert sync(vault, get_feed(vault.conn), cache, fetcher=fast_fetcher()).ok
    setup.publish(2, changed=2)
    assert setup.repo.index().deltas == {1: "packs/county-211-1-to-2.ocpack"}
    server.requests.clear()
    result = sync(vault, get_feed(vault.conn), cache, fetcher=fast_fetcher())
    assert result.status is SyncStatus.UPDATED, result.message
    assert result.used_delta
    assert (result.added, result.updated, result.removed) == (0, 2, 0)
    assert any("1-to-2.ocpack" in path for path in server.requests)
    assert not any(path.endswith("county-211-2.ocpack") for path in server.requests)
    assert applied_version(vault.conn) == 2


def test_full_pack_is_chosen_when_the_vault_is_further_behind(world) -> None:
    setup, vault, server, cache = world
    assert sync(vault, get_feed(vault.conn), cache, fetcher=fast_fetcher()).ok
    setup.publish(2, changed=1)
    setup.publish(3, changed=3)
    result = sync(vault, get_feed(vault.conn), cache, fetcher=fast_fetcher())
    assert result.status is SyncStatus.UPDATED, result.message
    assert not result.used_delta
    assert result.version == 3
    assert result.previous_version == 1
    assert any(path.endswith("county-211-3.ocpack") for path in server.requests)


def test_syncing_twice_changes_nothing(world) -> None:
    _setup, vault, server, cache = world
    assert sync(vault, get_feed(vault.conn), cache, fetcher=fast_fetcher()).ok
    before = directory_snapshot(vault)
    server.requests.clear()
    result = sync(vault, get_feed(vault.conn), cache, fetcher=fast_fetcher())
    assert result.status is SyncStatus.UP_TO_DATE
    assert "up to date" in result.message
    assert directory_snapshot(vault) == before
    assert not any(path.endswith(".ocpack") for path in server.requests)


def test_a_lost_cache_still_refuses_going_back(world, tmp_path: Path) -> None:
    """The applied version and the metadata versions seen live in the vault, so a wiped TUF
    cache cannot roll it back: the stale mirror is refused, not called "up to date"."""
    setup, vault, _server, cache = world
    old_copy = tmp_path / "feed-at-v1"
    shutil.copytree(setup.feed_dir, old_copy)
    setup.publish(2, changed=2)
    assert sync(vault, get_feed(vault.conn), cache, fetcher=fast_fetcher()).version == 2
    before = directory_snapshot(vault)
    # A mirror still serving version 1 (validly signed) and a client that lost its cache.
    with serve(old_copy) as stale:
        feed = get_feed(vault.conn)
        feed = type(feed)(**{**feed.__dict__, "url": stale.url})
        result = sync(vault, feed, tmp_path / "fresh-cache", fetcher=fast_fetcher())
    assert result.status is SyncStatus.REJECTED
    assert "rollback" in result.message
    assert applied_version(vault.conn) == 2
    assert directory_snapshot(vault) == before
