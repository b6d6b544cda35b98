"""The desk from a terminal: ``pack diff``, the guard on ``feed publish``, ``outreach desk``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from outreach.cli import main
from outreach.desk.workspace import desk_dir_for
from outreach.feed.repository import FeedRepository
from tests.desk_support import BUBBLES, drop_rows, sample_copy
from tests.feed_support import PASSPHRASES, pack_bytes

DIFF_OK = 0
DIFF_WARNS = 3


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for slot, secret in PASSPHRASES.items():
        monkeypatch.setenv(f"OUTREACH_{slot.upper()}_KEY_PASSPHRASE", secret)
    monkeypatch.setenv("OUTREACH_HOME", str(tmp_path / "home"))
    return tmp_path


def every_file_text(*folders: Path) -> bytes:
    return b"".join(
        path.read_bytes() for folder in folders for path in folder.rglob("*") if path.is_file()
    )


def test_pack_diff_text_and_json(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (env / "v1.ocpack").write_bytes(pack_bytes(1, count=20))
    (env / "v2.ocpack").write_bytes(pack_bytes(2, count=19, changed=2))
    assert main(["pack", "diff", str(env / "v1.ocpack"), str(env / "v2.ocpack")]) == DIFF_OK
    out = capsys.readouterr().out
    assert "0 added, 2 updated, 1 removed, 17 unchanged" in out
    assert "was: Shelter number 0\n" in out
    assert "now: Shelter number 0 (v2)\n" in out
    args = ["pack", "diff", str(env / "v1.ocpack"), str(env / "v2.ocpack"), "--json"]
    assert main([*args, "--kind", "removed"]) == DIFF_OK
    review = json.loads(capsys.readouterr().out)
    assert (review["updated"], review["removed"], review["warnings"]) == (2, 1, [])
    assert [c["id"] for c in review["changes"]] == ["svc-19"]


def test_pack_diff_warns_and_refuses_nonsense(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (env / "v1.ocpack").write_bytes(pack_bytes(1, count=20))
    (env / "v2.ocpack").write_bytes(pack_bytes(2, count=10))
    args = ["pack", "diff", str(env / "v1.ocpack"), str(env / "v2.ocpack"), "--json"]
    assert main(args) == DIFF_WARNS
    assert json.loads(capsys.readouterr().out)["warnings"][0]["code"] == "removed"
    (env / "junk.ocpack").write_bytes(b"not a pack")
    assert main(["pack", "diff", str(env / "v1.ocpack"), str(env / "junk.ocpack")]) == 1
    assert "junk.ocpack" in capsys.readouterr().err


def test_feed_publish_refuses_a_large_change(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed, keys = str(env / "feed"), str(env / "keys")
    assert main(["feed", "init", feed, "--keys", keys, "--name", "County 211"]) == 0
    (env / "v1.ocpack").write_bytes(pack_bytes(1, count=20))
    (env / "v2.ocpack").write_bytes(pack_bytes(2, count=10))
    assert main(["feed", "publish", feed, str(env / "v1.ocpack"), "--keys", keys]) == 0
    capsys.readouterr()
    assert main(["feed", "publish", feed, str(env / "v2.ocpack"), "--keys", keys]) == 1
    err = capsys.readouterr().err
    assert "10 of 20 (50%) services would be removed" in err
    assert "--allow-large-change" in err
    assert FeedRepository(Path(feed)).index().latest_version == 1
    publish = ["feed", "publish", feed, str(env / "v2.ocpack"), "--keys", keys]
    assert main([*publish, "--allow-large-change"]) == 0
    assert FeedRepository(Path(feed)).index().latest_version == 2


def test_desk_round_trip(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed, keys = env / "feed", env / "keys"
    export = sample_copy(env)
    assert main(["feed", "init", str(feed), "--keys", str(keys), "--name", "Example City"]) == 0
    assert main(["desk", "import", str(feed), str(export)]) == 0
    out = capsys.readouterr().out
    assert "Draft: 13 services, version 1 when published." in out
    assert main(["desk", "keys", str(feed), str(keys)]) == 0
    assert main(["desk", "target", str(feed), "add-folder", str(env / "www")]) == 0
    assert main(["desk", "publish", str(feed)]) == 0
    assert "Version 1 is published" in capsys.readouterr().out
    assert (env / "www" / "timestamp.json").read_bytes() == (feed / "timestamp.json").read_bytes()

    assert main(["desk", "correct", str(feed), BUBBLES, "--phone", "(223) 555 0100"]) == 0
    assert main(["desk", "review", str(feed), "--json"]) == 0
    capsys.readouterr()
    assert main(["desk", "review", str(feed), "--json", "--search", "555 0100"]) == 0
    review = json.loads(capsys.readouterr().out)
    (change,) = review["changes"]
    assert change["fields"][0]["field"] == "phones"
    assert change["fields"][0]["new"].startswith("(223) 555 0100")
    assert main(["desk", "corrections", str(feed), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["outcomes"][0]["state"] == "applied"
    assert main(["desk", "publish", str(feed)]) == 0
    assert "Version 2 is published" in capsys.readouterr().out

    # Next month's export lost most services: the desk refuses without the flag.
    drop_rows(export, "services", keep=6)
    assert main(["desk", "import", str(feed), str(export)]) == 0
    assert "WARNING" in capsys.readouterr().out
    assert main(["desk", "publish", str(feed)]) == 1
    assert "--allow-large-change" in capsys.readouterr().err
    assert main(["desk", "corrections", str(feed)]) == 0
    assert "no longer in the export" in capsys.readouterr().out
    assert main(["desk", "publish", str(feed), "--allow-large-change"]) == 0

    written = every_file_text(feed, keys, desk_dir_for(feed), env / "www", env / "home")
    for secret in PASSPHRASES.values():
        assert secret.encode() not in written


def test_bad_correction_and_unknown_service(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = env / "feed"
    assert main(["feed", "init", str(feed), "--keys", str(env / "keys"), "--name", "X"]) == 0
    assert main(["desk", "import", str(feed), str(sample_copy(env))]) == 0
    capsys.readouterr()
    assert main(["desk", "correct", str(feed), BUBBLES, "--hours", "sometimes"]) == 1
    assert "sometimes" in capsys.readouterr().err
    assert main(["desk", "correct", str(feed), "nope", "--phone", "555"]) == 1
    assert "'nope'" in capsys.readouterr().err
    assert main(["desk", "import", str(feed), str(env / "missing")]) == 1
    assert "missing" in capsys.readouterr().err
    assert main(["desk", "review", str(env / "not-a-feed")]) == 1


def test_health_refresh_with_a_passphrase_file_and_schedule(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    feed, keys = env / "feed", env / "keys"
    assert main(["feed", "init", str(feed), "--keys", str(keys), "--name", "X"]) == 0
    assert main(["feed", "init", str(env / "short"), "--keys", str(env / "k2"), "--name", "Y",
                 "--expires", "timestamp=2h"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["desk", "health", str(feed), "--json"]) == 0
    roles = {item["role"]: item["state"] for item in json.loads(capsys.readouterr().out)}
    assert roles == {"timestamp": "ok", "snapshot": "ok", "targets": "ok", "root": "ok"}
    assert main(["desk", "health", str(env / "short")]) == 3
    assert "renew soon" in capsys.readouterr().out

    secret_file = env / "online-passphrase"
    secret_file.write_text(PASSPHRASES["online"] + "\n")
    monkeypatch.delenv("OUTREACH_ONLINE_KEY_PASSPHRASE")
    monkeypatch.setenv("OUTREACH_ONLINE_KEY_PASSPHRASE_FILE", str(secret_file))
    before = FeedRepository(feed).timestamp.signed.version
    assert main(["desk", "refresh", str(feed), "--keys", str(keys)]) == 0
    assert FeedRepository(feed).timestamp.signed.version == before + 1
    monkeypatch.setenv("OUTREACH_ONLINE_KEY_PASSPHRASE_FILE", str(env / "nowhere"))
    assert main(["desk", "refresh", str(feed), "--keys", str(keys)]) == 1
    assert "passphrase file" in capsys.readouterr().err

    for platform, words in (
        ("linux", "15 3 * * *"),
        ("windows", "schtasks /Create"),
        ("macos", "StartCalendarInterval"),
    ):
        schedule = ["desk", "schedule", str(feed), "--keys", str(keys)]
        assert main([*schedule, "--platform", platform]) == 0
        text = capsys.readouterr().out
        assert words in text
        assert str(feed.resolve()) in text
        assert PASSPHRASES["online"] not in text
