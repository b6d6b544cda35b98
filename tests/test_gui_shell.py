"""The desktop shell in a real (offscreen) window: first run, unlock, lock, auto-lock."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from outreach.gui.first_run import passphrase_strength
from outreach.gui.main_window import MainAction
from outreach.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def _existing_vault(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    vault.close()


def test_first_run_creates_vault_and_shows_recovery_code(qtbot, controller, vault_path) -> None:  # type: ignore[no-untyped-def]
    controller.start()
    dialog = controller.first_run_dialog
    assert dialog is not None
    assert controller.unlock_dialog is None
    qtbot.keyClicks(dialog.passphrase, "short")
    assert not dialog.create_button.isEnabled()
    assert "Too short" in dialog.strength.text()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "purple lantern river stone")
    qtbot.keyClicks(dialog.confirm, "purple lantern river")
    assert not dialog.create_button.isEnabled(), "mismatched confirmation must block"
    qtbot.keyClicks(dialog.confirm, " stone")
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    code = dialog.recovery_code.text()
    assert len(code.replace("-", "")) == 25
    assert not dialog.done_button.isEnabled(), "must confirm the code was kept"
    dialog.kept_code.setChecked(True)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window.isVisible(), timeout=5000)
    assert vault_path.exists()
    assert not controller.is_locked
    assert dialog.passphrase.text() == ""


def test_wrong_then_right_passphrase(qtbot, controller, vault_path) -> None:  # type: ignore[no-untyped-def]
    _existing_vault(vault_path)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase, "wrong guess here")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.error.text(), timeout=10_000)
    assert dialog.error.isVisible()
    assert not controller.window.isVisible()
    assert dialog.passphrase.text() == ""
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window.isVisible(), timeout=10_000)
    assert not controller.is_locked


def test_repeated_failures_disable_the_button(qtbot, controller, vault_path) -> None:  # type: ignore[no-untyped-def]
    _existing_vault(vault_path)
    controller.start()
    dialog = controller.unlock_dialog
    for attempt in range(3):
        qtbot.keyClicks(dialog.passphrase, f"wrong guess {attempt}")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.passphrase.isReadOnly(), timeout=10_000)
    assert not dialog.unlock_button.isEnabled()
    assert "Wait" in dialog.unlock_button.text()


def _unlock(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    dialog = controller.unlock_dialog
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window.isVisible(), timeout=10_000)


def test_lock_action_closes_vault_and_returns_to_unlock(qtbot, controller, vault_path) -> None:  # type: ignore[no-untyped-def]
    _existing_vault(vault_path)
    controller.start()
    _unlock(qtbot, controller)
    session = controller.session
    lock = controller.window.action(MainAction.LOCK)
    assert lock.shortcut().toString() == "Ctrl+L"
    lock.trigger()
    assert controller.is_locked
    assert not controller.window.isVisible()
    assert controller.unlock_dialog.isVisible()
    qtbot.waitUntil(lambda: not session.is_open, timeout=5000)
    _unlock(qtbot, controller)
    assert not controller.is_locked


def test_auto_lock_after_idle(qtbot, controller, vault_path) -> None:  # type: ignore[no-untyped-def]
    _existing_vault(vault_path)
    controller.settings.auto_lock_minutes = 1
    controller.start()
    _unlock(qtbot, controller)
    controller.idle.set_timeout(0.3)  # seconds; the setting is in minutes
    qtbot.waitUntil(lambda: controller.is_locked, timeout=5000)
    assert controller.unlock_dialog.isVisible()
    assert not controller.window.isVisible()


def test_activity_postpones_auto_lock(qtbot, controller, vault_path) -> None:  # type: ignore[no-untyped-def]
    _existing_vault(vault_path)
    controller.start()
    _unlock(qtbot, controller)
    # No race against the clock (a loaded machine delivers events late): a key press must
    # move the last-activity time on, and the lock must then wait a full timeout from it.
    controller.idle.set_timeout(3600)
    before = controller.idle._last
    qtbot.waitUntil(lambda: time.monotonic() > before, timeout=5000)
    qtbot.keyClick(controller.window, Qt.Key.Key_Shift)
    pressed = controller.idle._last
    assert pressed > before
    assert not controller.is_locked
    controller.idle.set_timeout(0.3)
    qtbot.waitUntil(lambda: controller.is_locked, timeout=5000)
    assert time.monotonic() - pressed >= 0.3


@pytest.mark.parametrize(
    ("text", "score"),
    [("abc", 0), ("abcdefgh", 1), ("purple lantern", 2), ("purple lantern river stone", 3)],
)
def test_passphrase_strength_hint(text: str, score: int) -> None:
    assert passphrase_strength(text)[0] == score


def test_screen_lock_or_sleep_locks_the_vault(qtbot, controller, vault_path) -> None:  # type: ignore[no-untyped-def]
    _existing_vault(vault_path)
    controller.start()
    _unlock(qtbot, controller)
    controller.screen_lock.on_screensaver(False)  # screensaver ending changes nothing
    assert not controller.is_locked
    controller.screen_lock.on_sleep(True)  # what logind sends before suspend
    assert controller.is_locked
    assert controller.unlock_dialog.isVisible()
    controller.screen_lock.on_screensaver(True)  # already locked: no second dialog, no error
    assert controller.is_locked
