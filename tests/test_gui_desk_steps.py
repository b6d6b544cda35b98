"""The Coordinator view's signing steps besides publishing: a wrong passphrase, refresh,
a USB bundle, key rotation, and adding an S3 bucket; each through its dialog."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from outreach.feed.repository import FeedRepository
from outreach.gui.desk.view import CoordinatorView
from outreach.gui.session import Session
from outreach.gui.tasks import Tasks
from outreach.gui.view import ViewContext, system_clock
from outreach.settings import Settings
from outreach.vault import Vault
from tests.desk_support import sample_copy
from tests.test_gui_desk import SECRETS, enter_passphrases, publish, set_up_feed, settle


@pytest.fixture
def published_view(qtbot, vault: Vault, tmp_path: Path) -> Iterator[CoordinatorView]:  # type: ignore[no-untyped-def]
    tasks = Tasks()
    settings = Settings()
    view = CoordinatorView(ViewContext(settings, system_clock))
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    view.attach(Session(vault, tasks, settings))
    set_up_feed(qtbot, view, tmp_path / "feed", tmp_path / "keys")
    settle(qtbot, view)
    view.import_export([sample_copy(tmp_path)])
    settle(qtbot, view)
    yield view
    view.detach()
    tasks.shutdown()


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_wrong_passphrase_publishes_nothing_and_says_so(  # type: ignore[no-untyped-def]
    qtbot, published_view: CoordinatorView, tmp_path: Path
) -> None:
    view = published_view
    panel = view.publish_panel
    panel.passphrase_dialog = None
    click(qtbot, panel.publish_button)
    qtbot.waitUntil(lambda: panel.passphrase_dialog is not None, timeout=60_000)
    dialog = panel.passphrase_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.fields["targets"], "not the passphrase")
    qtbot.keyClicks(dialog.fields["online"], SECRETS["online"])
    qtbot.keyClick(dialog.fields["online"], Qt.Key.Key_Return)
    settle(qtbot, view)
    assert "Wrong passphrase for the targets key" in panel.result.text()
    assert FeedRepository(tmp_path / "feed").index().latest_version == 0
    assert all(not field.text() for field in dialog.fields.values())
    publish(qtbot, view)  # the right one works at once
    assert "Version 1 is live" in panel.result.text()


def test_refresh_bundle_and_rotation_from_the_health_tab(  # type: ignore[no-untyped-def]
    qtbot, published_view: CoordinatorView, tmp_path: Path, monkeypatch
) -> None:
    view = published_view
    panel = view.publish_panel
    publish(qtbot, view)
    feed = tmp_path / "feed"
    before = FeedRepository(feed).timestamp.signed.version

    panel.passphrase_dialog = None
    click(qtbot, panel.refresh_button)
    enter_passphrases(qtbot, view, ("online",))
    settle(qtbot, view)
    assert FeedRepository(feed).timestamp.signed.version == before + 1
    assert "All signatures are valid" in panel.health_summary.text()

    bundle = tmp_path / "usb.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bundle), ""))
    panel.passphrase_dialog = None
    click(qtbot, panel.bundle_button)
    enter_passphrases(qtbot, view, ("online",))
    settle(qtbot, view)
    with zipfile.ZipFile(bundle) as archive:
        assert "timestamp.json" in archive.namelist()

    root_before = FeedRepository(feed).root.signed.version
    panel.rotate_role.setCurrentIndex(panel.rotate_role.findData("online"))
    panel.passphrase_dialog = None
    click(qtbot, panel.rotate_button)
    enter_passphrases(qtbot, view, ("root", "targets", "online"))
    settle(qtbot, view)
    assert FeedRepository(feed).root.signed.version == root_before + 1
    assert any(p.name.startswith("online.key.retired-") for p in (tmp_path / "keys").iterdir())


def test_adding_an_s3_bucket_target(qtbot, published_view: CoordinatorView) -> None:  # type: ignore[no-untyped-def]
    view = published_view
    panel = view.publish_panel
    click(qtbot, panel.add_s3)
    dialog = panel.s3_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.bucket, "county-feeds")
    qtbot.keyClicks(dialog.prefix, "county/")
    qtbot.keyClicks(dialog.endpoint, "https://example.r2.cloudflarestorage.com")
    dialog.accept()
    settle(qtbot, view)
    assert panel.targets.item(0).text() == (
        "s3://county-feeds/county at https://example.r2.cloudflarestorage.com"
    )


def test_the_import_report_is_one_click_away(qtbot, published_view: CoordinatorView) -> None:  # type: ignore[no-untyped-def]
    view = published_view
    assert view.import_report.isEnabled()
    click(qtbot, view.import_report)
    box = view.report_box
    assert box is not None
    assert "13 services read from export" in box.text()
    assert "services:" in box.detailedText()
    box.close()
