"""The feed commands end to end, as a coordinator and a worker would type them."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from outreach.cli import main
from outreach.feed.serve import make_server
from outreach.packs import applied_version
from outreach.vault import Vault
from tests.feed_support import FAST_KDF, PASSPHRASES, VAULT_PASSPHRASE, pack_bytes


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OUTREACH_ROOT_KEY_PASSPHRASE", PASSPHRASES["root"])
    monkeypatch.setenv("OUTREACH_TARGETS_KEY_PASSPHRASE", PASSPHRASES["targets"])
    monkeypatch.setenv("OUTREACH_ONLINE_KEY_PASSPHRASE", PASSPHRASES["online"])
    monkeypatch.setenv("OUTREACH_PASSPHRASE", VAULT_PASSPHRASE)
    monkeypatch.setenv("OUTREACH_FEED_KEYS", str(tmp_path / "keys"))
    monkeypatch.setenv("OUTREACH_VAULT", str(tmp_path / "vault.db"))
    Vault.create(tmp_path / "vault.db", VAULT_PASSPHRASE, kdf=FAST_KDF)[0].close()
    for version in (1, 2):
        (tmp_path / f"v{version}.ocpack").write_bytes(pack_bytes(version, changed=version))
    return tmp_path


def open_vault(path: Path) -> Vault:
    return Vault.open(path, VAULT_PASSPHRASE)


def test_coordinator_and_worker_round_trip(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = str(env / "feed")
    assert main(["feed", "init", feed, "--keys", str(env / "keys"), "--name", "County 211"]) == 0
    assert main(["feed", "publish", feed, str(env / "v1.ocpack")]) == 0
    server = make_server(Path(feed))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        invite = str(env / "invite.json")
        assert main(["feed", "invite", feed, "--url", url, "--out", invite]) == 0
        assert json.loads(Path(invite).read_text())["name"] == "County 211"
        assert main(["feed", "add", invite]) == 0
        assert main(["sync"]) == 0
        assert main(["feed", "publish", feed, str(env / "v2.ocpack")]) == 0
        capsys.readouterr()
        assert main(["sync"]) == 0
        assert "Updated to version 2" in capsys.readouterr().out
        assert main(["sync"]) == 0
        assert "up to date (version 2)" in capsys.readouterr().out
    finally:
        server.shutdown()
        server.server_close()
    with open_vault(env / "vault.db") as vault:
        assert applied_version(vault.conn) == 2
    capsys.readouterr()
    assert main(["feed", "status", feed]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["latest_version"] == 2
    assert status["roles"]["root"]["version"] == 1
    assert not status["roles"]["timestamp"]["expired"]


def test_usb_bundle_is_verified_against_the_trusted_root(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = str(env / "feed")
    assert main(["feed", "init", feed, "--keys", str(env / "keys"), "--name", "County 211"]) == 0
    assert main(["feed", "publish", feed, str(env / "v1.ocpack")]) == 0
    invite = str(env / "invite.json")
    assert main(["feed", "invite", feed, "--url", "https://example.org/feed", "--out", invite]) == 0
    assert main(["feed", "add", invite]) == 0
    bundle = env / "stick.zip"
    assert main(["feed", "bundle", feed, "--out", str(bundle)]) == 0
    # A bundle from another feed (other keys) is refused.
    other = str(env / "other")
    assert main(["feed", "init", other, "--keys", str(env / "keys2"), "--name", "Evil"]) == 0
    assert (
        main(["feed", "publish", other, str(env / "v2.ocpack"), "--keys", str(env / "keys2")]) == 0
    )
    evil = env / "evil.zip"
    assert main(["feed", "bundle", other, "--out", str(evil), "--keys", str(env / "keys2")]) == 0
    capsys.readouterr()
    assert main(["feed", "import-pack", str(evil)]) == 1
    assert "not signed by its trusted keys" in capsys.readouterr().err
    with open_vault(env / "vault.db") as vault:
        assert applied_version(vault.conn) is None
    assert main(["feed", "import-pack", str(bundle)]) == 0
    with open_vault(env / "vault.db") as vault:
        assert applied_version(vault.conn) == 1
    (env / "junk.zip").write_bytes(b"not a zip")
    assert main(["feed", "import-pack", str(env / "junk.zip")]) == 1


def test_keys_inside_the_feed_folder_are_refused(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = env / "feed"
    assert main(["feed", "init", str(feed), "--keys", str(feed / "keys")]) == 1
    assert "inside the feed folder" in capsys.readouterr().err
    assert not (feed / "keys").exists()


def test_wrong_key_passphrase_is_refused_without_echoing_it(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = str(env / "feed")
    assert main(["feed", "init", feed, "--keys", str(env / "keys")]) == 0
    monkeypatch.setenv("OUTREACH_TARGETS_KEY_PASSPHRASE", "guess-123")
    assert main(["feed", "publish", feed, str(env / "v1.ocpack")]) == 1
    err = capsys.readouterr().err
    assert "Wrong passphrase for the targets key" in err
    assert "guess-123" not in err


def test_publishing_an_older_version_is_refused(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = str(env / "feed")
    assert main(["feed", "init", feed, "--keys", str(env / "keys")]) == 0
    assert main(["feed", "publish", feed, str(env / "v2.ocpack")]) == 0
    before = sorted(p.name for p in Path(feed).rglob("*"))
    assert main(["feed", "publish", feed, str(env / "v1.ocpack")]) == 1
    assert "already has version 2" in capsys.readouterr().err
    assert sorted(p.name for p in Path(feed).rglob("*")) == before
    (env / "bad.ocpack").write_bytes(b"garbage")
    assert main(["feed", "publish", feed, str(env / "bad.ocpack")]) == 1
    assert "Cannot publish this pack" in capsys.readouterr().err


def test_bad_invite_is_a_clear_error(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = env / "invite.json"
    bad.write_text(json.dumps({"format": 1, "name": "X", "url": "ftp://x", "root": {}}))
    assert main(["feed", "add", str(bad)]) == 1
    assert "'url'" in capsys.readouterr().err
    assert main(["sync"]) == 1
    assert "No feed is set up" in capsys.readouterr().err
