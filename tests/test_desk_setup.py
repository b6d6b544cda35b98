"""Setting a feed up from the desk: key placement, the key sheet, invites with a QR code."""

from __future__ import annotations

import json
from pathlib import Path

from outreach.desk.setup import (
    create_feed,
    create_invite,
    issued_invites,
    key_folder_warnings,
    key_sheet_html,
    qr_png,
    root_fingerprint,
)
from outreach.feed.client import read_invite
from tests.feed_support import PASSPHRASES, passphrase_for


def test_key_folder_inside_or_beside_the_feed(tmp_path: Path) -> None:
    feed = tmp_path / "feed"
    (inside,) = key_folder_warnings(feed / "keys", feed)
    assert inside.code == "inside"
    (same,) = key_folder_warnings(tmp_path / "keys", feed)  # tmp_path is one disk
    assert same.code == "same-disk"
    assert "removable" in same.message
    assert [w.code for w in key_folder_warnings(feed, feed)] == ["inside"]


def test_create_feed_remembers_the_keys_and_prints_a_sheet(tmp_path: Path) -> None:
    desk = create_feed(tmp_path / "feed", tmp_path / "keys", "County 211", passphrase_for)
    assert desk.settings().key_dir == str((tmp_path / "keys").resolve())
    sheet = key_sheet_html(desk.repo, tmp_path / "keys")
    for words in ("County 211", "root.key", "targets.key", "online.key", "not on this sheet"):
        assert words in sheet
    assert root_fingerprint(desk.repo).replace(" ", "")[:16] in sheet.replace(" ", "")
    for secret in PASSPHRASES.values():
        assert secret not in sheet


def test_invite_file_qr_and_list(tmp_path: Path) -> None:
    desk = create_feed(tmp_path / "feed", tmp_path / "keys", "County 211", passphrase_for)
    invite = create_invite(desk, "https://feeds.example.org/county", tmp_path / "county.invite")
    name, url, root = read_invite(invite.path.read_bytes())
    assert (name, url) == ("County 211", "https://feeds.example.org/county/")
    assert json.loads(root)["signed"]["_type"] == "root"
    assert invite.qr_text.startswith("https://feeds.example.org/county/#root-sha256=")
    assert len(invite.qr_text.split("=")[1]) == 64
    assert qr_png(invite.qr_text).startswith(b"\x89PNG")
    assert [i.path for i in issued_invites(desk)] == [invite.path]
    assert desk.settings().feed_url == "https://feeds.example.org/county/"
