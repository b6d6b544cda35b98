"""Settings → Feeds → Remove feed…, by keyboard, after a real sync from a feed on 127.0.0.1:
asks first, keeps the services the feed delivered, forgets the feed and its cache."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from outreach.directory.store import count_services
from outreach.feed.client import feed_cache_folder
from outreach.gui.app import AppController
from outreach.gui.settings_dialog import SettingsDialog
from outreach.paths import feed_cache_dir
from outreach.vault import Vault
from tests.feed_support import make_feed, serve, trust

WAIT = 20_000


def _on_db(controller: AppController, fn):  # type: ignore[no-untyped-def]
    assert controller.session is not None
    return controller.session.run_db(fn).result(timeout=30)


def _feeds(controller: AppController) -> list[str]:
    return [r[0] for r in _on_db(controller, lambda c: c.execute("SELECT name FROM feed"))]


def test_remove_a_feed_by_keyboard_keeps_what_it_delivered(  # type: ignore[no-untyped-def]
    qtbot, controller: AppController, vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    setup = make_feed(tmp_path / "coordinator")
    setup.publish(1)
    with serve(setup.feed_dir) as server:
        trust(vault, setup, server.url)
        controller.open_session(vault)
        # The check at unlock syncs version 1 (40 services) and fills the feed's cache.
        qtbot.waitUntil(lambda: _on_db(controller, count_services) == 40, timeout=WAIT)
        qtbot.waitUntil(lambda: controller.sync.running is None, timeout=WAIT)
    cache = feed_cache_folder(feed_cache_dir(vault_path), "County 211")
    assert cache.is_dir()

    dialog = SettingsDialog(controller.settings, controller.window, session=controller.session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    tab = dialog.feeds_tab
    qtbot.waitUntil(lambda: [f.name for f in tab.feeds] == ["County 211"], timeout=WAIT)
    dialog.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tab.remove_button.isEnabled(), timeout=WAIT)

    # Alt+R, then Escape at the question: nothing happens.
    qtbot.keyClick(dialog, "r", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.confirm_box is not None, timeout=WAIT)
    box = tab.confirm_box
    assert box is not None
    assert "County 211" in box.text()
    assert "services it delivered stay in your directory" in box.informativeText()
    assert "notes are not touched" in box.informativeText()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box, timeout=WAIT)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.confirm_box is None, timeout=WAIT)
    assert _feeds(controller) == ["County 211"]

    # Again, and Alt+R at the question: the feed goes, its services stay.
    dialog.activateWindow()  # offscreen Qt gives the focus back to no one
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT)
    qtbot.keyClick(dialog, "r", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.confirm_box is not None, timeout=WAIT)
    box = tab.confirm_box
    assert box is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box, timeout=WAIT)
    with qtbot.waitSignal(tab.feed_removed, timeout=WAIT) as removed:
        qtbot.keyClick(box, "r", Qt.KeyboardModifier.AltModifier)
    assert removed.args == ["County 211"]
    qtbot.waitUntil(lambda: "No feed yet" in tab.list.item(0).text(), timeout=WAIT)
    assert _feeds(controller) == []
    assert _on_db(controller, count_services) == 40
    assert not cache.exists()
    assert not tab.remove_button.isEnabled()


def test_remove_is_off_without_a_feed_or_a_vault(qtbot, controller, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    controller.open_session(vault)
    dialog = SettingsDialog(controller.settings, controller.window, session=controller.session)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.feeds_tab.list.count() == 1, timeout=WAIT)
    assert "No feed yet" in dialog.feeds_tab.list.item(0).text()
    assert not dialog.feeds_tab.remove_button.isEnabled()
    dialog.feeds_tab.ask_to_remove()
    assert dialog.feeds_tab.confirm_box is None
