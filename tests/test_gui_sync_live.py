"""Search stays live while a sync waits on a stalled server; cancel and lock drop the download.

A real offscreen app, a real SQLCipher vault and a real TUF feed on 127.0.0.1 whose pack
response sends its first bytes and then holds the rest until the test lets it go.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from outreach.directory.store import count_services
from outreach.gui.app import AppController
from outreach.gui.directory.view import DirectoryView
from outreach.gui.main_window import MainAction
from outreach.gui.sync import SyncController
from outreach.packs import applied_version
from outreach.vault import Vault
from tests.conftest import PASSPHRASE
from tests.feed_support import (
    Fault,
    directory_snapshot,
    make_feed,
    serve,
    trust,
)

#: The bar for "search stays live" (a search on 40 rows takes milliseconds when not queued).
LIVE_SECONDS = 2.0


@pytest.fixture
def synced_v1(qtbot, controller, vault, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Unlocked, version 1 applied by the automatic check, version 2 published and held."""
    setup = make_feed(tmp_path / "coordinator")
    setup.publish(1)
    with serve(setup.feed_dir) as server:
        trust(vault, setup, server.url)
        ctl = controller.sync
        assert isinstance(ctl, SyncController)
        controller.open_session(vault)
        qtbot.waitUntil(lambda: ctl.last_run is not None and ctl.running is None, timeout=20_000)
        assert on_db(controller, applied_version) == 1
        if ctl.changes_box is not None:
            ctl.changes_box.close()
            ctl.changes_box = None
        setup.publish(2, count=45, changed=3)
        hold = Fault("hold", seconds=30)
        server.faults[".ocpack"] = hold  # the delta and the full pack alike
        yield ctl, setup, server, hold


def on_db(controller: AppController, fn):  # type: ignore[no-untyped-def]
    assert controller.session is not None
    return controller.session.run_db(fn).result(timeout=30)


def start_held_sync(qtbot, ctl: SyncController, hold: Fault) -> None:  # type: ignore[no-untyped-def]
    ctl.window.action(MainAction.SYNC_NOW).trigger()
    assert ctl.progress is not None
    qtbot.waitUntil(hold.started.is_set, timeout=20_000)
    assert ctl.running is not None
    assert ctl.pipeline is not None
    assert ctl.pipeline.stage == "fetching"


def test_search_stays_live_while_a_download_stalls(qtbot, controller, synced_v1) -> None:  # type: ignore[no-untyped-def]
    ctl, _setup, _server, hold = synced_v1
    view = controller.window.view_of(DirectoryView)
    qtbot.waitUntil(view.search_edit.isEnabled, timeout=10_000)
    start_held_sync(qtbot, ctl, hold)

    # The database worker is free: a query through the session comes back at once.
    started = time.monotonic()
    assert on_db(controller, count_services) == 40
    db_seconds = time.monotonic() - started
    assert db_seconds < LIVE_SECONDS

    # And so does a search typed into the directory view (debounce included).
    started = time.monotonic()
    qtbot.keyClicks(view.search_edit, "Shelter number 7")
    qtbot.waitUntil(lambda: not view.searching, timeout=int(LIVE_SECONDS * 1000))
    search_seconds = time.monotonic() - started
    assert "Shelter number 7" in [hit.name for hit in view.model.hits()]
    assert search_seconds < LIVE_SECONDS
    assert ctl.running is not None, "the sync was still waiting on the server all along"
    assert not hold.release.is_set()

    hold.release.set()
    qtbot.waitUntil(lambda: ctl.running is None and ctl.progress is None, timeout=20_000)
    assert ctl.changes_box is not None
    assert "version 1 → 2" in ctl.changes_box.text()
    assert "5 added, 3 updated, 0 removed" in ctl.changes_box.text()
    assert on_db(controller, applied_version) == 2
    assert on_db(controller, count_services) == 45


def test_cancel_during_a_stalled_download_answers_at_once(
    qtbot, controller, vault, synced_v1
) -> None:  # type: ignore[no-untyped-def]
    ctl, _setup, server, hold = synced_v1
    before = on_db(controller, lambda conn: directory_snapshot(vault))
    start_held_sync(qtbot, ctl, hold)
    pipeline = ctl.pipeline
    assert ctl.progress is not None
    cancel_button = ctl.progress.findChild(QPushButton)
    assert cancel_button is not None
    started = time.monotonic()
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.running is None and ctl.progress is None, timeout=5_000)
    assert time.monotonic() - started < LIVE_SECONDS, "Cancel does not wait for the server"
    assert not hold.release.is_set(), "the server was still holding when the dialog closed"
    assert ctl.status_text == "Sync cancelled; nothing changed."
    assert pipeline is not None
    assert pipeline.stage == "done"

    # The server lets go: the download notices the cancel and its bytes are never applied.
    hold.release.set()
    qtbot.wait(1500)
    assert on_db(controller, applied_version) == 1
    assert on_db(controller, lambda conn: directory_snapshot(vault)) == before
    assert ctl.changes_box is None

    # A new sync after the cancel works as usual.
    del server.faults[".ocpack"]
    ctl.sync_now()
    qtbot.waitUntil(lambda: ctl.running is None and ctl.progress is None, timeout=20_000)
    assert on_db(controller, applied_version) == 2


def test_lock_during_a_stalled_download_never_applies_it(  # type: ignore[no-untyped-def]
    qtbot, controller, vault, synced_v1
) -> None:
    ctl, _setup, _server, hold = synced_v1
    before = on_db(controller, lambda conn: directory_snapshot(vault))
    start_held_sync(qtbot, ctl, hold)
    pipeline = ctl.pipeline
    assert pipeline is not None
    controller.lock()
    assert ctl.session is None
    assert ctl.running is None
    assert ctl.pipeline is None
    assert pipeline.cancel_token.is_set

    # The pack arrives after the lock: the fetch ends (cancelled), nothing is applied.
    hold.release.set()
    qtbot.waitUntil(lambda: pipeline.stage == "done", timeout=20_000)
    qtbot.waitUntil(lambda: not vault.is_open, timeout=10_000)
    reopened = Vault.open(vault.path, PASSPHRASE)
    try:
        assert applied_version(reopened.conn) == 1
        assert directory_snapshot(reopened) == before
    finally:
        reopened.close()
