"""The Coordinator view, driven as a coordinator would: from nothing to a published feed.

Set up a feed, drop the HSDS 1.1 sample on the view, review, correct a phone, publish to a
folder a real nginx serves, and a worker's vault syncs it and sees the corrected phone. The
passphrases typed along the way are in no file, log or settings written during the test.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from outreach.directory.store import get_record
from outreach.feed.client import add_feed, get_feed
from outreach.feed.fetcher import RequestsFetcher
from outreach.feed.sync import SyncStatus, sync
from outreach.gui.desk.view import CoordinatorView
from outreach.gui.session import Session
from outreach.gui.tasks import Tasks
from outreach.gui.view import ViewContext, system_clock
from outreach.packs.reviewed_fields import phones_text
from outreach.settings import Settings
from outreach.vault import Vault
from tests.desk_support import BUBBLES, drop_rows, sample_copy
from tests.nginx_support import needs_nginx, nginx_serving

WAIT = 60_000  # generous: one busy core signs, builds packs and copies files
SECRETS = {
    "root": "violet anchor harbour 1927",
    "targets": "copper lantern meadow 4410",
    "online": "silent orchard kettle 7702",
}


@pytest.fixture
def desk_view(qtbot, vault: Vault) -> Iterator[CoordinatorView]:  # type: ignore[no-untyped-def]
    tasks = Tasks()
    settings = Settings()
    view = CoordinatorView(ViewContext(settings, system_clock))
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    view.attach(Session(vault, tasks, settings))
    yield view
    view.detach()
    tasks.shutdown()


def settle(qtbot, view: CoordinatorView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT)


def set_up_feed(qtbot, view: CoordinatorView, feed: Path, keys: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.setup_button, Qt.MouseButton.LeftButton)
    dialog = view.setup_dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Example City 211")
    qtbot.keyClicks(dialog.feed_dir, str(feed))
    qtbot.keyClicks(dialog.key_dir, str(feed / "keys"))
    assert "inside the feed folder" in dialog.placement.text()
    assert not dialog.create_button.isEnabled()
    dialog.key_dir.clear()
    qtbot.keyClicks(dialog.key_dir, str(keys))
    assert "same disk" in dialog.placement.text()  # a warning, not a refusal
    for slot, secret in SECRETS.items():
        qtbot.keyClicks(dialog.passphrases[slot], secret)
        qtbot.keyClicks(dialog.confirms[slot], secret)
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=WAIT)
    assert "root.key" in dialog.sheet.toPlainText()
    sheet = view.publish_panel.save_key_sheet_pdf(str(feed.parent / "key-sheet.pdf"))
    assert sheet is not None
    assert sheet.read_bytes().startswith(b"%PDF")
    assert all(not edit.text() for edit in dialog.passphrases.values())
    qtbot.mouseClick(dialog.finish, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def drop(view: CoordinatorView, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPoint(view.width() // 2, view.height() // 2)
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(point, action, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(view, enter)
    assert enter.isAccepted()
    event = QDropEvent(point.toPointF(), action, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(view, event)


def enter_passphrases(qtbot, view: CoordinatorView, slots: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    dialog = view.publish_panel.passphrase_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=WAIT)
    assert dialog is not None
    for slot in slots:
        qtbot.keyClicks(dialog.fields[slot], SECRETS[slot])
    qtbot.keyClick(dialog.fields[slots[-1]], Qt.Key.Key_Return)


def publish(qtbot, view: CoordinatorView) -> None:  # type: ignore[no-untyped-def]
    view.publish_panel.passphrase_dialog = None
    qtbot.mouseClick(view.publish_panel.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.publish_panel.passphrase_dialog is not None, timeout=WAIT)
    enter_passphrases(qtbot, view, ("targets", "online"))
    settle(qtbot, view)


def select_service(qtbot, view: CoordinatorView, text: str) -> None:  # type: ignore[no-untyped-def]
    view.search.clear()
    qtbot.keyClicks(view.search, text)
    qtbot.waitUntil(lambda: view.changes.count() == 1, timeout=WAIT)


def diff_cells(view: CoordinatorView, label: str) -> tuple[str, str]:
    for row in range(view.diff.rowCount()):
        if view.diff.item(row, 0).text() == label:
            return view.diff.item(row, 1).text(), view.diff.item(row, 2).text()
    raise AssertionError(label)


def every_byte_written(*roots: Path) -> bytes:
    return b"".join(p.read_bytes() for root in roots for p in root.rglob("*") if p.is_file())


@pytest.mark.nginx
@needs_nginx
def test_coordinator_from_nothing_to_a_published_feed(  # type: ignore[no-untyped-def]
    qtbot, desk_view: CoordinatorView, tmp_path: Path, monkeypatch, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    view = desk_view
    feed, keys, web = tmp_path / "county-feed", tmp_path / "usb" / "keys", tmp_path / "www"
    set_up_feed(qtbot, view, feed, keys)
    settle(qtbot, view)
    assert view.state is not None
    assert view.state.name == "Example City 211"
    assert "nothing published yet" in view.feed_title.text()

    # Import: drop the export on the view; it lands in a draft.
    export = sample_copy(tmp_path)
    drop(view, export)
    settle(qtbot, view)
    assert "13 added" in view.summary.text()
    assert not (feed / "packs").exists()  # nothing reaches workers before publishing

    # Review and correct a phone.
    select_service(qtbot, view, "Bubbles")
    published, draft = diff_cells(view, "Phones")
    assert (published, draft.split(";")[0]) == ("", "(223) 4567 12534")
    qtbot.mouseClick(view.correct_button, Qt.MouseButton.LeftButton)
    dialog = view.correction_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.hours, "whenever")
    dialog._save()
    settle(qtbot, view)
    assert "whenever" in dialog.error.text()
    assert dialog.isVisible()
    dialog.hours.clear()
    qtbot.keyClicks(dialog.phone, "(223) 555 0100")
    dialog._save()
    settle(qtbot, view)
    assert not dialog.isVisible()
    select_service(qtbot, view, "Bubbles")
    assert diff_cells(view, "Phones")[1].startswith("(223) 555 0100")
    assert "corrected to '(223) 555 0100'" in view.corrections.item(0).text()

    # Where it is served, then publish.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(web))
    qtbot.mouseClick(view.publish_panel.add_folder, Qt.MouseButton.LeftButton)
    settle(qtbot, view)
    assert view.publish_panel.targets.count() == 1
    publish(qtbot, view)
    result = view.publish_panel.result.text()
    assert "Version 1 is live" in result, result
    assert (web / "timestamp.json").read_bytes() == (feed / "timestamp.json").read_bytes()

    with nginx_serving(web, tmp_path / "nginx") as url:
        # An invite from the Invites tab; the worker opens it.
        invite = tmp_path / "county.invite"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(invite), ""))
        qtbot.keyClicks(view.publish_panel.feed_url, url)
        qtbot.mouseClick(view.publish_panel.create_invite_button, Qt.MouseButton.LeftButton)
        settle(qtbot, view)
        assert not view.publish_panel.qr.pixmap().isNull()
        assert view.publish_panel.invites.count() == 1
        worker = Vault.create(tmp_path / "worker.db", "worker passphrase here", kdf=_fast())[0]
        try:
            add_feed(worker, invite.read_bytes())
            fetcher = RequestsFetcher(connect_timeout=5, read_timeout=5)
            outcome = sync(worker, get_feed(worker.conn), tmp_path / "cache", fetcher=fetcher)
            assert outcome.status is SyncStatus.UPDATED, outcome.message
            record = get_record(worker.conn, BUBBLES)
            assert record is not None
            assert phones_text(record).startswith("(223) 555 0100")
        finally:
            worker.close()

    written = every_byte_written(tmp_path)
    log_text = caplog.text.encode()
    for secret in SECRETS.values():
        assert secret.encode() not in written
        assert secret.encode() not in log_text


def test_the_guard_holds_publishing_until_confirmed(  # type: ignore[no-untyped-def]
    qtbot, desk_view: CoordinatorView, tmp_path: Path, monkeypatch
) -> None:
    view = desk_view
    feed = tmp_path / "feed"
    set_up_feed(qtbot, view, feed, tmp_path / "keys")
    settle(qtbot, view)
    export = sample_copy(tmp_path)
    view.import_export([export])
    settle(qtbot, view)
    publish(qtbot, view)
    assert "Version 1 is live" in view.publish_panel.result.text()
    drop_rows(export, "services", keep=7)
    view.import_export([export])
    settle(qtbot, view)
    assert "6 of 13" in view.warnings.text()
    panel = view.publish_panel
    assert "6 of 13" in panel.publish_warnings.text()
    assert not panel.publish_button.isEnabled()
    panel.allow_large.setChecked(True)
    assert panel.publish_button.isEnabled()
    publish(qtbot, view)
    assert "Version 2 is live" in panel.result.text()


def _fast():  # type: ignore[no-untyped-def]
    from tests.conftest import FAST_KDF

    return FAST_KDF


def test_workers_see_who_corrected_a_service(qapp) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from outreach.gui.directory.detail_html import render_detail

    record = {"id": "s", "name": "Clinic", "x_corrected": {"by": "coordinator", "on": "2026-12-03"}}
    text = render_detail(record, datetime(2026, 12, 3, tzinfo=UTC)).html
    assert "Edited by the coordinator on 2026-12-03" in text
    assert "Edited by" not in render_detail({"id": "s", "name": "Clinic"}, datetime.now(UTC)).html


def test_the_coordinator_view_is_offered_to_publishers_only(qtbot, controller, vault) -> None:  # type: ignore[no-untyped-def]
    from outreach.gui.main_window import MainAction

    window = controller.window
    coordinator = window.view_of(CoordinatorView)
    controller.open_session(vault)
    qtbot.waitUntil(window.isVisible, timeout=10_000)
    assert not window.is_view_shown(coordinator)
    assert not window.view_menu.menuAction().isVisible()
    window.action(MainAction.PUBLISH_FEED).trigger()
    assert window.is_view_shown(coordinator)
    assert window.current_view is coordinator
    assert window.tabs.tabBar().isVisible()
    assert Settings.load().publishes_feed  # remembered
    assert "Set up a new feed" in coordinator.no_feed.text()
    assert coordinator.setup_button.isEnabled()
