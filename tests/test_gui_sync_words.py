"""Sync outcomes and progress are codes in the core, worded by the GUI: in Spanish, a refusal,
an expired feed and the progress of a download read in Spanish (a real app, a real feed)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QWidget

from outreach.cancel import Stage, Step
from outreach.feed.bundle import make_bundle
from outreach.feed.client import Feed
from outreach.feed.outcome import SyncReason, SyncResult, SyncStatus
from outreach.gui import wording
from outreach.gui.feeds import FeedsTab
from outreach.gui.main_window import MainAction
from outreach.gui.sync_words import sync_result_text
from tests.feed_support import Fault, make_feed, passphrase_for, serve, trust

WAIT = 20_000


@pytest.mark.parametrize("reason", list(SyncReason))
def test_the_english_interface_says_what_the_command_line_says(reason: SyncReason) -> None:
    result = SyncResult(
        SyncStatus.REJECTED, reason, feed="County 211", detail="HTTP 503", version=7, added=1200
    )
    assert sync_result_text(result) == result.message


@pytest.mark.parametrize("stage", list(Stage))
def test_every_progress_stage_is_worded(stage: Stage) -> None:
    step = Step(stage, "county-2.ocpack")
    assert wording.progress_text(step) == step, "English: the core's own words"


def test_spanish_refusals_expiry_and_progress_in_a_real_app(  # type: ignore[no-untyped-def]
    qtbot, spanish, controller, vault, tmp_path: Path
) -> None:
    setup = make_feed(tmp_path / "coordinator")
    setup.publish(1)
    with serve(setup.feed_dir) as server:
        trust(vault, setup, server.url)
        controller.open_session(vault)
        ctl = controller.sync
        qtbot.waitUntil(lambda: ctl.last_run is not None and ctl.running is None, timeout=WAIT)
        qtbot.waitUntil(lambda: ctl.changes_box is not None, timeout=WAIT)
        ctl.changes_box.close()

        # Progress of a manual sync, held mid-download: the core's step, worded in Spanish.
        setup.publish(2, count=45, changed=3)
        hold = Fault("hold", seconds=30)
        server.faults[".ocpack"] = hold
        controller.window.action(MainAction.SYNC_NOW).trigger()
        progress = ctl.progress
        assert progress is not None
        assert progress.windowTitle() == "Sincronizar"
        qtbot.waitUntil(hold.started.is_set, timeout=WAIT)
        # The feed's metadata was downloaded before the held pack: "Downloading timestamp.json".
        qtbot.waitUntil(lambda: progress.labelText().startswith("Descargando "), timeout=WAIT)
        assert progress.labelText().endswith(".json")
        hold.release.set()
        qtbot.waitUntil(lambda: ctl.running is None, timeout=WAIT)
        assert "Actualizado a la versión 2" not in ctl.status_text  # the box says it
        assert ctl.status_text == "Directorio actualizado a la versión 2."
        del server.faults[".ocpack"]

        # An expired feed, from the automatic check: a Spanish warning in the status bar.
        setup.repo.refresh(setup.key_dir, passphrase_for, timestamp_valid=timedelta(seconds=-60))
        ctl.check_automatically()
        qtbot.waitUntil(lambda: ctl.running is None, timeout=WAIT)
        assert ctl.status_text == (
            "⚠ Las firmas de la fuente 'County 211' han caducado, así que ahora no se puede "
            "verificar; se conserva el directorio actual."
        )

    # A tampered bundle from a USB stick: refused, in Spanish.
    import zipfile

    bundle = tmp_path / "county-usb.zip"
    setup.publish(3)
    make_bundle(setup.repo, bundle, setup.key_dir, passphrase_for)
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(tampered, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith(".ocpack"):
                data = data[:-1] + bytes([data[-1] ^ 1])
            out.writestr(item, data)
    ctl.import_pack_file(tampered)
    qtbot.waitUntil(lambda: ctl.message_box is not None, timeout=WAIT)
    text = ctl.message_box.text()
    assert "no cambió nada" in text
    assert "County 211" in text
    assert "nothing changed" not in text.lower()


def test_a_feed_last_problem_reads_in_spanish(qtbot, spanish) -> None:  # type: ignore[no-untyped-def]
    settings_page = QWidget()
    qtbot.addWidget(settings_page)
    feeds = FeedsTab(settings_page, QListWidget(), QPushButton(), QLabel(), session=None)
    stalled = SyncResult(SyncStatus.OFFLINE, SyncReason.STALLED, feed="County 211")
    feed = Feed("County 211", "https://example.org/", b"{}", "2026-01-01", last_problem=stalled)
    assert feeds.describe(feed).splitlines()[-1] == (
        "Último problema: No se pudo conectar con la fuente 'County 211': el servidor dejó de"
        " responder. No cambió nada."
    )
