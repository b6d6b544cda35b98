"""Search stays live while a sync waits on a stalled server; cancel and lock drop the download.

A real offscreen app, a real SQLCipher vault and a real TUF feed on 127.0.0.1 whose pack
response sends its first bytes and then holds the rest until the test lets it go.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
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

#: How long the server holds the pack back unless the test lets it go (teardown always does).
HOLD_SECONDS = 600
#: "Live" without a stopwatch: an answer queued behind the held download could only come after
#: the hold ends, ten times later than this deadline; an answer that is not queued comes in
#: milliseconds, or seconds on a busy core, always long before it.
LIVE_DEADLINE_MS = 60_000


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
        hold = Fault("hold", seconds=HOLD_SECONDS)
        server.faults[".ocpack"] = hold  # the delta and the full pack alike
        yield ctl, setup, server, hold


def on_db(controller: AppController, fn):  # type: ignore[no-untyped-def]
    assert controller.session is not None
    return controller.session.run_db(fn).result(timeout=30)


def _downloads_running() -> bool:
    return any(t.name == "outreach-net" and t.is_alive() for t in threading.enumerate())


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

    # The database worker is free: a query through the session comes back while held.
    assert on_db(controller, count_services) == 40
    assert not hold.release.is_set()

    # And so does a search typed into the directory view (debounce included).
    qtbot.keyClicks(view.search_edit, "Shelter number 7")
    qtbot.waitUntil(lambda: not view.searching, timeout=LIVE_DEADLINE_MS)
    assert "Shelter number 7" in [hit.name for hit in view.model.hits()]
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
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.running is None and ctl.progress is None, timeout=LIVE_DEADLINE_MS)
    assert not hold.release.is_set(), "Cancel waited for the server to let go"
    assert ctl.status_text == "Sync cancelled; nothing changed."
    assert pipeline is not None
    assert pipeline.stage == "done"

    # The server lets go: the download notices the cancel and its bytes are never applied.
    hold.release.set()
    qtbot.waitUntil(lambda: not _downloads_running(), timeout=LIVE_DEADLINE_MS)
    QCoreApplication.processEvents()  # what the download delivered reaches the pipeline
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
