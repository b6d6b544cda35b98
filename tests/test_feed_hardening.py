"""The feed under attack and damage (issue 11, items 13 to 18).

Each test reproduces a defect an independent review found; they all failed before the fix.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from tuf.api import exceptions as tuf_exc

from outreach.cli import main
from outreach.errors import FeedError
from outreach.feed.client import add_feed, get_feed, list_feeds, make_invite
from outreach.feed.fetcher import RequestsFetcher
from outreach.feed.outcome import SyncReason
from outreach.feed.repository import FeedRepository
from outreach.feed.sync import SyncStatus, sync
from outreach.packs import applied_version
from outreach.vault import Vault
from tests.feed_support import (
    PASSPHRASES,
    VAULT_PASSPHRASE,
    Fault,
    directory_snapshot,
    make_feed,
    make_vault,
    passphrase_for,
    served_world,
)

# -- 13: a dripping server is cut off --------------------------------------------------------


def _dripping_fetcher(**limits: float) -> RequestsFetcher:
    # The read timeout is far longer than the gap between bytes: it alone would never fire.
    return RequestsFetcher(connect_timeout=5, read_timeout=30, **limits)  # type: ignore[arg-type]


def test_a_server_dripping_bytes_is_cut_off_by_the_minimum_rate(tmp_path: Path) -> None:
    with served_world(tmp_path) as (_setup, vault, server, cache):
        before = directory_snapshot(vault)
        server.faults["timestamp.json"] = Fault("drip", seconds=0.05)
        fetcher = _dripping_fetcher(max_seconds=600, min_bytes_per_s=200, rate_window_s=0.5)
        try:
            result = sync(vault, get_feed(vault.conn), cache, fetcher=fetcher)
        finally:
            fetcher.close()
        assert server.faults["timestamp.json"].started.is_set()
        assert result.status is SyncStatus.OFFLINE, result.message
        assert result.reason is SyncReason.STALLED
        assert applied_version(vault.conn) is None
        assert directory_snapshot(vault) == before


def test_a_file_past_its_deadline_is_cut_off_even_mid_read(tmp_path: Path) -> None:
    with served_world(tmp_path) as (setup, _vault, server, _cache):
        name = "1.root.json"
        server.faults[name] = Fault("drip", seconds=0.02)
        size = (setup.feed_dir / name).stat().st_size
        fetcher = _dripping_fetcher(max_seconds=0.5, min_bytes_per_s=0, rate_window_s=0.1)
        try:
            with pytest.raises(tuf_exc.SlowRetrievalError, match=r"longer than 0\.5 s"):
                fetcher.download_bytes(server.url + name, size + 10)
        finally:
            fetcher.close()


def test_a_normal_download_is_not_disturbed(tmp_path: Path) -> None:
    with served_world(tmp_path) as (setup, _vault, server, _cache):
        name = "1.root.json"
        expected = (setup.feed_dir / name).read_bytes()
        fetcher = RequestsFetcher()
        try:
            for _ in range(3):  # kept-alive connections are watched too
                assert fetcher.download_bytes(server.url + name, len(expected)) == expected
        finally:
            fetcher.close()


# -- 14: a damaged USB bundle is a refusal --------------------------------------------------


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OUTREACH_ROOT_KEY_PASSPHRASE", PASSPHRASES["root"])
    monkeypatch.setenv("OUTREACH_TARGETS_KEY_PASSPHRASE", PASSPHRASES["targets"])
    monkeypatch.setenv("OUTREACH_ONLINE_KEY_PASSPHRASE", PASSPHRASES["online"])
    monkeypatch.setenv("OUTREACH_PASSPHRASE", VAULT_PASSPHRASE)
    monkeypatch.setenv("OUTREACH_FEED_KEYS", str(tmp_path / "keys"))
    monkeypatch.setenv("OUTREACH_VAULT", str(tmp_path / "vault.db"))
    make_vault(tmp_path).close()
    setup = make_feed(tmp_path)
    setup.publish(1)
    return tmp_path


def _trust_by_invite(env: Path, url: str = "https://example.org/feed/") -> None:
    invite = env / "invite.json"
    invite.write_bytes(make_invite(FeedRepository(env / "feed"), url))
    assert main(["feed", "add", str(invite)]) == 0


def test_a_damaged_bundle_is_refused_not_offline(
    cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _trust_by_invite(cli_env)
    bundle = cli_env / "stick.zip"
    assert main(["feed", "bundle", str(cli_env / "feed"), "--out", str(bundle)]) == 0
    with zipfile.ZipFile(bundle) as archive:
        info = archive.getinfo("timestamp.json")
    data = bytearray(bundle.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 20] ^= 0x55  # inside the stored timestamp.json: its CRC no longer matches
    bundle.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["feed", "import-pack", str(bundle)]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err
    assert "reach" not in err
    with Vault.open(cli_env / "vault.db", VAULT_PASSPHRASE) as vault:
        assert applied_version(vault.conn) is None


# -- 15: expiries that are not in the future are refused -------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["refresh", "{feed}", "--expires", "timestamp=0h"],
        ["refresh", "{feed}", "--expires", "snapshot=0d"],
        ["bundle", "{feed}", "--out", "{env}/b.zip", "--days", "0"],
        ["bundle", "{feed}", "--out", "{env}/b.zip", "--days", "-3"],
        ["refresh", "{feed}", "--expires", "timestamp=99999999999999d"],
    ],
)
def test_expiries_not_in_the_future_are_refused(
    cli_env: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    feed = cli_env / "feed"
    before = {p.name: p.read_bytes() for p in feed.iterdir() if p.is_file()}
    argv = [a.format(feed=feed, env=cli_env) for a in args]
    capsys.readouterr()
    assert main(["feed", *argv]) == 1
    assert "error:" in capsys.readouterr().err
    after = {p.name: p.read_bytes() for p in feed.iterdir() if p.is_file()}
    assert after == before, "nothing may be signed into the feed folder"
    assert not (cli_env / "b.zip").exists()


def test_expiries_under_a_day_are_signed_with_a_warning(
    cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["feed", "refresh", str(cli_env / "feed"), "--expires", "timestamp=6h"]) == 0
    err = capsys.readouterr().err
    assert "warning" in err
    assert "less than a day" in err


# -- 16: an invite after a key rotation; removing a feed -------------------------------------


def test_an_invite_whose_root_chains_to_the_trusted_one_is_accepted(tmp_path: Path) -> None:
    with served_world(tmp_path) as (setup, vault, server, cache):
        old = get_feed(vault.conn)
        for role in ("root", "online"):  # two rotations the worker never synced through
            setup.repo.rotate_key(setup.key_dir, role, passphrase_for)
            setup.reload()
        invite = make_invite(setup.repo, server.url)
        feed = add_feed(vault, invite)
        assert feed.trusted_root != old.trusted_root
        assert json.loads(feed.trusted_root)["signed"]["version"] == 3
        assert sync(vault, feed, cache).ok


def test_an_invite_from_other_keys_is_still_refused(tmp_path: Path) -> None:
    with served_world(tmp_path) as (_setup, vault, server, _cache):
        impostor = make_feed(tmp_path / "impostor")
        impostor.publish(1)
        with pytest.raises(FeedError, match="Remove the feed first"):
            add_feed(vault, make_invite(impostor.repo, server.url))


def test_a_feed_can_be_removed(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _trust_by_invite(cli_env)
    capsys.readouterr()
    assert main(["feed", "remove", "County 211"]) == 0
    assert "County 211" in capsys.readouterr().out
    with Vault.open(cli_env / "vault.db", VAULT_PASSPHRASE) as vault:
        assert list_feeds(vault.conn) == []
    assert main(["feed", "remove", "County 211"]) == 1


# -- 17: the rollback memory lives in the vault ----------------------------------------------


def test_a_stale_feed_is_refused_with_the_metadata_cache_deleted(tmp_path: Path) -> None:
    with served_world(tmp_path) as (setup, vault, server, cache):
        assert sync(vault, get_feed(vault.conn), cache).ok
        stale = {p.name: p.read_bytes() for p in setup.feed_dir.iterdir() if p.is_file()}
        setup.repo.refresh(setup.key_dir, passphrase_for)  # timestamp version 2
        setup.reload()
        assert sync(vault, get_feed(vault.conn), cache).ok
        verified_before = get_feed(vault.conn).last_verified_at
        # An attacker serves the old, still valid metadata and deletes the cache beside the vault.
        for name, data in stale.items():
            (setup.feed_dir / name).write_bytes(data)
        shutil.rmtree(cache)
        result = sync(vault, get_feed(vault.conn), cache)
        assert result.status is SyncStatus.REJECTED, result.message
        assert "rollback" in result.message
        assert get_feed(vault.conn).last_verified_at == verified_before
        assert server.url


# -- 18: feed names keep their case in messages ----------------------------------------------


def test_feed_names_keep_their_case_in_messages(tmp_path: Path) -> None:
    with served_world(tmp_path) as (_setup, vault, server, cache):
        server.faults["timestamp.json"] = Fault("replace", body=b"{}")
        result = sync(vault, get_feed(vault.conn), cache)
        assert result.status is SyncStatus.REJECTED
        assert "'County 211'" in result.message
