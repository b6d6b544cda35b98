"""A hostile or broken feed server: each fault gets a clear message and an untouched vault.

Every test syncs a vault to version 1, publishes version 2, breaks one thing on a real HTTP
server on 127.0.0.1, syncs again and checks the outcome, the message and that the directory
tables are exactly as before.
"""

from __future__ import annotations

import json
import shutil
import socket
from datetime import timedelta
from pathlib import Path

import pytest
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import Metadata, Timestamp
from tuf.api.serialization.json import JSONSerializer

from outreach.errors import FeedError
from outreach.feed.client import get_feed
from outreach.feed.fetcher import RequestsFetcher
from outreach.feed.repository import Expiries
from outreach.feed.sync import SyncResult, SyncStatus, sync
from outreach.packs import applied_version
from tests.feed_support import (
    Fault,
    directory_snapshot,
    passphrase_for,
    served_world,
)


def fast_fetcher() -> RequestsFetcher:
    return RequestsFetcher(connect_timeout=10, read_timeout=5, max_seconds=120)


class World:
    def __init__(self, tmp_path: Path, server, setup, vault) -> None:
        self.tmp_path, self.server, self.setup, self.vault = tmp_path, server, setup, vault
        self.cache = tmp_path / "cache"

    def sync(self) -> SyncResult:
        return sync(self.vault, get_feed(self.vault.conn), self.cache, fetcher=fast_fetcher())

    def full_pack_path(self, version: int) -> str:
        return str(self.setup.repo.target_file(f"packs/county-211-{version}.ocpack").name)

    def timestamp(self) -> Metadata[Timestamp]:
        return Metadata[Timestamp].from_bytes((self.setup.feed_dir / "timestamp.json").read_bytes())


@pytest.fixture
def world(tmp_path: Path):
    with served_world(tmp_path) as (setup, vault, server, _cache):
        w = World(tmp_path, server, setup, vault)
        assert w.sync().version == 1
        setup.publish(2, count=40, changed=30)  # delta too big: the full pack is fetched
        yield w


def assert_refused(world: World, status: SyncStatus, *words: str) -> SyncResult:
    before = directory_snapshot(world.vault)
    result = world.sync()
    assert result.status is status, result.message
    for word in words:
        assert word in result.message
    assert applied_version(world.vault.conn) == 1
    assert directory_snapshot(world.vault) == before
    problem = get_feed(world.vault.conn).last_problem  # kept as codes, worded the same again
    assert problem is not None
    assert problem.message == result.message
    return result


def test_tampered_pack_same_length_is_refused(world: World) -> None:
    name = world.full_pack_path(2)
    good = (world.setup.feed_dir / "packs" / name).read_bytes()
    evil = good[:100] + bytes([good[100] ^ 0xFF]) + good[101:]
    world.server.faults[name] = Fault("replace", body=evil)
    assert_refused(world, SyncStatus.REJECTED, "does not match its signed hash")


def test_unsigned_timestamp_is_refused(world: World) -> None:
    md = world.timestamp()
    md.signatures.clear()
    world.server.faults["timestamp.json"] = Fault("replace", body=md.to_bytes())
    assert_refused(world, SyncStatus.REJECTED, "not signed by its trusted keys")


def test_edited_snapshot_is_refused(world: World) -> None:
    version = world.timestamp().signed.snapshot_meta.version
    path = world.setup.feed_dir / f"{version}.snapshot.json"
    raw = json.loads(path.read_bytes())
    raw["signed"]["expires"] = "2099-01-01T00:00:00Z"  # signature no longer covers it
    world.server.faults[path.name] = Fault("replace", body=json.dumps(raw).encode())
    assert_refused(world, SyncStatus.REJECTED, "not signed by its trusted keys")


def test_timestamp_signed_by_the_wrong_key_is_refused(world: World) -> None:
    md = world.timestamp()
    md.signed.version += 1
    md.sign(CryptoSigner.generate_ed25519())
    world.server.faults["timestamp.json"] = Fault("replace", body=md.to_bytes())
    assert_refused(world, SyncStatus.REJECTED, "not signed by its trusted keys")


def test_older_timestamp_is_a_rollback(world: World) -> None:
    old = (world.setup.feed_dir / "timestamp.json").read_bytes()
    world.setup.repo.refresh(world.setup.key_dir, passphrase_for)
    assert world.sync().version == 2  # the client has now seen a newer timestamp
    world.server.faults["timestamp.json"] = Fault("replace", body=old)
    before = directory_snapshot(world.vault)
    result = world.sync()
    assert result.status is SyncStatus.REJECTED
    assert "rollback" in result.message
    assert applied_version(world.vault.conn) == 2
    assert directory_snapshot(world.vault) == before


def test_older_snapshot_is_a_rollback(world: World) -> None:
    repo = world.setup.repo
    assert world.sync().version == 2
    old_snapshot = repo.snapshot.signed.version
    online = repo.load_signers(world.setup.key_dir, passphrase_for, ("online",))["online"]
    # A compromised online key can still not take clients back to an older snapshot.
    md = repo.timestamp
    md.signed.version += 1
    md.signed.snapshot_meta.version = old_snapshot - 1
    md.sign(online)
    (world.setup.feed_dir / "timestamp.json").write_bytes(md.to_bytes(JSONSerializer()))
    result = world.sync()
    assert result.status is SyncStatus.REJECTED
    assert "rollback" in result.message
    assert applied_version(world.vault.conn) == 2


def test_expired_timestamp_freezes_and_keeps_the_directory(world: World) -> None:
    world.setup.repo.refresh(
        world.setup.key_dir, passphrase_for, timestamp_valid=timedelta(seconds=-60)
    )
    assert_refused(world, SyncStatus.FROZEN, "expired", "current directory is kept")


def test_endless_pack_is_cut_at_its_signed_length(world: World) -> None:
    world.server.faults[world.full_pack_path(2)] = Fault("endless")
    assert_refused(world, SyncStatus.REJECTED, "more data than it signed for")


def test_endless_timestamp_is_cut_at_the_limit(world: World) -> None:
    world.server.faults["timestamp.json"] = Fault("endless")
    assert_refused(world, SyncStatus.REJECTED, "more data than it signed for")


def test_body_cut_off_mid_stream(world: World) -> None:
    world.server.faults[world.full_pack_path(2)] = Fault("cut")
    assert_refused(world, SyncStatus.OFFLINE, "Could not reach", "cut off")


def test_stalled_server_times_out(world: World) -> None:
    world.server.faults[world.full_pack_path(2)] = Fault("stall", seconds=120)
    assert_refused(world, SyncStatus.OFFLINE, "stopped responding")


@pytest.mark.parametrize("status", [404, 500])
def test_http_errors_on_metadata(world: World, status: int) -> None:
    world.server.faults["timestamp.json"] = Fault("status", status=status)
    assert_refused(world, SyncStatus.OFFLINE, f"HTTP {status}")


def test_missing_pack_file(world: World) -> None:
    world.server.faults[world.full_pack_path(2)] = Fault("status", status=404)
    assert_refused(world, SyncStatus.OFFLINE, "HTTP 404")


def test_no_network_is_offline_not_a_crash(world: World) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with world.vault.transaction() as conn:
        conn.execute("UPDATE feed SET url = ?", (f"http://127.0.0.1:{port}/",))
    assert_refused(world, SyncStatus.OFFLINE, "Could not reach")


def test_key_rotation_new_key_accepted_old_key_refused(world: World) -> None:
    setup = world.setup
    old_online = setup.repo.load_signers(setup.key_dir, passphrase_for, ("online",))["online"]
    setup.repo.rotate_key(setup.key_dir, "timestamp", passphrase_for)
    setup.repo.rotate_key(setup.key_dir, "root", passphrase_for)
    setup.reload()
    assert setup.repo.root.signed.version == 3
    result = world.sync()
    assert result.status is SyncStatus.UPDATED, result.message
    assert result.version == 2
    # The trusted root in the vault moved on with the chain.
    assert b'"version": 3' in get_feed(world.vault.conn).trusted_root
    # An attacker holding the old online key signs a "newer" timestamp: refused.
    md = setup.repo.timestamp
    md.signed.version += 5
    md.sign(old_online)
    world.server.faults["timestamp.json"] = Fault("replace", body=md.to_bytes())
    before = directory_snapshot(world.vault)
    refused = world.sync()
    assert refused.status is SyncStatus.REJECTED
    assert "not signed by its trusted keys" in refused.message
    assert directory_snapshot(world.vault) == before


def test_rotation_refuses_the_old_key_folder(world: World, tmp_path: Path) -> None:
    setup = world.setup
    stale_keys = tmp_path / "stale-keys"
    shutil.copytree(setup.key_dir, stale_keys)
    setup.repo.rotate_key(setup.key_dir, "targets", passphrase_for, expiries=Expiries())
    with pytest.raises(FeedError, match="not the one this feed's root trusts"):
        setup.reload().load_signers(stale_keys, passphrase_for, ("targets",))
