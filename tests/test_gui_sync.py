"""Feeds, Sync now, the automatic check and Import pack from file, in a real offscreen app
against a real TUF feed served over HTTP on 127.0.0.1 and a real SQLCipher vault."""

from __future__ import annotations

import socket
from datetime import timedelta
from pathlib import Path

import pytest

from outreach.directory.store import count_services
from outreach.feed.bundle import make_bundle
from outreach.feed.client import make_invite
from outreach.gui.app import AppController
from outreach.gui.main_window import MainAction
from outreach.gui.settings_dialog import SettingsDialog
from outreach.gui.sync import SyncController
from outreach.packs import applied_version
from outreach.settings import Settings
from outreach.vault import Vault
from tests.feed_support import (
    FeedSetup,
    directory_snapshot,
    make_feed,
    pack_bytes,
    passphrase_for,
    serve,
    trust,
)


@pytest.fixture
def feed(tmp_path: Path) -> FeedSetup:
    setup = make_feed(tmp_path / "coordinator")
    setup.publish(1)
    return setup


def _sync_ctl(controller: AppController) -> SyncController:
    ctl = controller.sync
    assert isinstance(ctl, SyncController)
    return ctl


def _unlock(qtbot, controller: AppController, vault: Vault) -> SyncController:  # type: ignore[no-untyped-def]
    """Open the session as the unlock dialog does, then wait for the automatic check."""
    ctl = _sync_ctl(controller)
    controller.open_session(vault)
    qtbot.waitUntil(
        lambda: ctl.last_run is not None or "Offline" in ctl.status_text, timeout=20_000
    )
    qtbot.waitUntil(lambda: ctl.running is None, timeout=20_000)
    return ctl


def _on_db(controller: AppController, fn):  # type: ignore[no-untyped-def]
    assert controller.session is not None
    return controller.session.run_db(fn).result(timeout=30)


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def test_add_feed_from_invite_lists_it(qtbot, controller, vault, feed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _unlock(qtbot, controller, vault)
    dialog = SettingsDialog(controller.settings, controller.window, session=controller.session)
    qtbot.addWidget(dialog)
    tab = dialog.feeds_tab
    qtbot.waitUntil(lambda: tab.list.count() == 1)
    assert "No feed yet" in tab.list.item(0).text()

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 1, "name": "X", "url": "ftp://nope"}', encoding="utf-8")
    tab.add_from_file(bad)
    qtbot.waitUntil(lambda: not tab.error.isHidden(), timeout=10_000)
    assert "bad.json" in tab.error.text()
    assert "url" in tab.error.text()
    assert _on_db(
        controller, lambda conn: conn.execute("SELECT count(*) FROM feed").fetchone()
    ) == (0,)

    invite = tmp_path / "county.invite.json"
    invite.write_bytes(make_invite(feed.repo, "http://127.0.0.1:9/feed/"))
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.add_from_file(invite)
    assert tab.error.isHidden()
    assert [f.name for f in tab.feeds] == ["County 211"]
    text = tab.list.item(0).text()
    assert "County 211 — http://127.0.0.1:9/feed/" in text
    assert "Last checked: never" in text


def test_settings_without_a_session_disables_feeds(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert not dialog.feeds_tab.add_button.isEnabled()
    assert "Unlock" in dialog.feeds_tab.list.item(0).text()


def test_no_feed_manual_sync_explains_what_to_do(qtbot, controller, vault) -> None:  # type: ignore[no-untyped-def]
    ctl = _unlock(qtbot, controller, vault)
    assert ctl.last_run is not None
    assert ctl.last_run.no_feeds
    assert ctl.message_box is None, "the automatic check stays quiet without feeds"
    controller.window.action(MainAction.SYNC_NOW).trigger()
    qtbot.waitUntil(lambda: ctl.message_box is not None, timeout=10_000)
    assert "No feed is set up" in ctl.message_box.text()


def test_auto_check_then_sync_now_applies_packs_and_shows_changes(  # type: ignore[no-untyped-def]
    qtbot, controller, vault, feed
) -> None:
    with serve(feed.feed_dir) as server:
        trust(vault, feed, server.url)
        ctl = _unlock(qtbot, controller, vault)
        # The automatic check at unlock applied version 1 and said what changed.
        qtbot.waitUntil(lambda: ctl.changes_box is not None, timeout=10_000)
        assert "40 added, 0 updated, 0 removed" in ctl.changes_box.text()
        assert _on_db(controller, applied_version) == 1
        assert _on_db(controller, count_services) == 40

        feed.publish(2, count=45, changed=3)
        controller.window.show()
        assert controller.window.action(MainAction.SYNC_NOW).shortcut().toString() == "F5"
        controller.window.action(MainAction.SYNC_NOW).trigger()
        assert ctl.progress is not None, "a manual sync shows progress with Cancel"
        qtbot.waitUntil(lambda: ctl.running is None and ctl.progress is None, timeout=20_000)
        qtbot.waitUntil(lambda: "version 1 → 2" in ctl.changes_box.text(), timeout=10_000)
        assert "5 added, 3 updated, 0 removed" in ctl.changes_box.text()
        assert not ctl.changes_box.isModal()
        assert "Directory updated to version 2" in ctl.status_text
        assert _on_db(controller, count_services) == 45

        # Again: nothing new, a quiet status-bar line and no new box.
        box = ctl.changes_box
        ctl.sync_now()
        qtbot.waitUntil(lambda: ctl.running is None, timeout=20_000)
        assert "up to date (version 2)" in ctl.status_text
        assert ctl.changes_box is box


def test_offline_is_a_quiet_status_message(qtbot, controller, vault, feed) -> None:  # type: ignore[no-untyped-def]
    with serve(feed.feed_dir) as server:
        trust(vault, feed, server.url)
        ctl = _unlock(qtbot, controller, vault)
        qtbot.waitUntil(lambda: ctl.changes_box is not None, timeout=10_000)
    # The server is gone now: offline.
    before = _on_db(controller, lambda conn: directory_snapshot(vault))
    ctl.changes_box.close()
    ctl.changes_box = None
    controller.window.action(MainAction.SYNC_NOW).trigger()
    qtbot.waitUntil(lambda: ctl.running is None and ctl.progress is None, timeout=30_000)
    assert ctl.status_text.startswith("Offline – using the directory from ")
    assert controller.window.statusBar().currentMessage() == ctl.status_text
    assert ctl.message_box is None, "offline must not pop up a box"
    assert ctl.changes_box is None
    assert _on_db(controller, lambda conn: directory_snapshot(vault)) == before


def test_offline_with_nothing_downloaded_yet(qtbot, controller, vault, feed) -> None:  # type: ignore[no-untyped-def]
    trust(vault, feed, _closed_port_url())
    ctl = _unlock(qtbot, controller, vault)
    assert ctl.status_text == "Offline – no directory has been downloaded yet."
    assert ctl.message_box is None


def test_expired_feed_warns_in_the_status_bar(qtbot, controller, vault, feed) -> None:  # type: ignore[no-untyped-def]
    with serve(feed.feed_dir) as server:
        trust(vault, feed, server.url)
        ctl = _unlock(qtbot, controller, vault)
        qtbot.waitUntil(lambda: ctl.changes_box is not None, timeout=10_000)
        feed.repo.refresh(feed.key_dir, passphrase_for, timestamp_valid=timedelta(seconds=-60))
        ctl.check_automatically()
        qtbot.waitUntil(lambda: ctl.running is None, timeout=20_000)
    assert ctl.status_text.startswith("⚠ ")
    assert "expired" in ctl.status_text
    assert ctl.message_box is None, "an automatic check does not interrupt with a box"
    assert _on_db(controller, applied_version) == 1


def test_import_pack_from_bundle_file(qtbot, controller, vault, feed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    trust(vault, feed, _closed_port_url())  # a worker with no connection
    ctl = _unlock(qtbot, controller, vault)
    bundle = tmp_path / "county-usb.zip"
    make_bundle(feed.repo, bundle, feed.key_dir, passphrase_for)
    ctl.import_pack_file(bundle)
    qtbot.waitUntil(lambda: ctl.changes_box is not None, timeout=20_000)
    assert "40 added" in ctl.changes_box.text()
    assert _on_db(controller, applied_version) == 1


def test_import_pack_refuses_a_lone_pack_and_a_tampered_bundle(  # type: ignore[no-untyped-def]
    qtbot, controller, vault, feed, tmp_path
) -> None:
    trust(vault, feed, _closed_port_url())
    ctl = _unlock(qtbot, controller, vault)
    before = _on_db(controller, lambda conn: directory_snapshot(vault))
    lone = tmp_path / "county-1.ocpack"
    lone.write_bytes(pack_bytes(1))
    ctl.import_pack_file(lone)
    qtbot.waitUntil(lambda: ctl.message_box is not None, timeout=20_000)
    assert "cannot be verified" in ctl.message_box.text()
    ctl.message_box.close()
    ctl.message_box = None

    import zipfile

    bundle = tmp_path / "county-usb.zip"
    make_bundle(feed.repo, bundle, feed.key_dir, passphrase_for)
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(tampered, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.endswith(".ocpack"):
                data = data[:-1] + bytes([data[-1] ^ 1])  # same length, other bytes
            out.writestr(item, data)
    ctl.import_pack_file(tampered)
    qtbot.waitUntil(lambda: ctl.message_box is not None, timeout=20_000)
    assert "nothing changed" in ctl.message_box.text().lower()
    assert ctl.changes_box is None
    assert _on_db(controller, lambda conn: directory_snapshot(vault)) == before


def test_lock_stops_the_timer(qtbot, controller, vault) -> None:  # type: ignore[no-untyped-def]
    ctl = _unlock(qtbot, controller, vault)
    assert ctl.timer.isActive()
    assert ctl.timer.interval() == controller.settings.sync_every_hours * 3600 * 1000
    controller.lock()
    assert not ctl.timer.isActive()
    assert ctl.session is None
    assert ctl.status_text == ""
