"""Unlock by Enter opens nothing else; locking closes every window and dialog the app owns."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from outreach.gui.app import AppController
from outreach.gui.recover_dialog import RecoverDialog
from outreach.gui.tasks import Tasks
from outreach.settings import Settings
from outreach.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def controller(qtbot, vault_path: Path):  # type: ignore[no-untyped-def]
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    ctl = AppController(vault_path, Settings())
    qtbot.addWidget(ctl.window)
    ctl.start()
    yield ctl
    ctl.shutdown()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.close()


def _recover_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, RecoverDialog)]


def _type_and_enter(qtbot, dialog, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog.passphrase.setFocus()
    qtbot.keyClicks(dialog.passphrase, text)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def test_enter_with_a_wrong_passphrase_only_reports_it(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    dialog = controller.unlock_dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    _type_and_enter(qtbot, dialog, "wrong guess here")
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.error.text(), timeout=10_000)
    # A second Enter while the error shows must not reach "Forgot passphrase…" either.
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.passphrase.isReadOnly(), timeout=10_000)
    assert not [d for d in _recover_dialogs() if d.isVisible()]
    assert not dialog.recover_button.autoDefault()


def test_enter_with_the_right_passphrase_opens_only_the_main_window(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    dialog = controller.unlock_dialog
    qtbot.waitExposed(dialog)
    _type_and_enter(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.window.isVisible(), timeout=10_000)
    assert not _recover_dialogs()


def _unlock(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    _type_and_enter(qtbot, controller.unlock_dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.window.isVisible(), timeout=10_000)


def test_lock_closes_modeless_and_modal_dialogs(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    _unlock(qtbot, controller)
    modeless = QMessageBox(QMessageBox.Icon.Information, "x", "y", parent=controller.window)
    modeless.setModal(False)
    modeless.show()
    orphan = QDialog()  # a top-level dialog without a parent is the app's too
    qtbot.addWidget(orphan)
    orphan.show()
    results: list[str] = []

    def lock_from_inside_the_file_dialog() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        file_dialog = next(w for w in shown if isinstance(w, QFileDialog))
        assert file_dialog.isModal()
        controller.lock()

    def ask() -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, _when_visible(lock_from_inside_the_file_dialog))
        path, _ = QFileDialog.getSaveFileName(
            controller.window, "Save", "", options=QFileDialog.Option.DontUseNativeDialog
        )
        results.append(path)

    ask()
    assert results == [""], "the file dialog must come back empty after a lock"
    assert controller.is_locked
    assert not modeless.isVisible()
    assert not orphan.isVisible()
    assert controller.unlock_dialog.isVisible()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [controller.unlock_dialog]


def _file_dialog_visible() -> bool:
    return any(isinstance(w, QFileDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def _when_visible(action):  # type: ignore[no-untyped-def]
    """Poll (through the event loop, not a sleep) until the file dialog shows, then act."""
    from PySide6.QtCore import QTimer

    def check() -> None:
        if _file_dialog_visible():
            action()
        else:
            QTimer.singleShot(10, check)

    return check


# -- errors go through the one policy and its wording -------------------------------------------


def _recover_with(qtbot, vault_path: Path, code: str, new_passphrase: str) -> RecoverDialog:  # type: ignore[no-untyped-def]
    """The recovery dialog once it answered OK with ``code`` and ``new_passphrase`` twice."""
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)[0].close()
    tasks = Tasks()
    dialog = RecoverDialog(vault_path, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClicks(dialog.new_passphrase, new_passphrase)
    qtbot.keyClicks(dialog.confirm, new_passphrase)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    try:
        qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10_000)
        return dialog
    finally:
        tasks.shutdown()


def test_after_a_wrong_code_typing_replaces_the_code(qtbot, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _recover_with(qtbot, vault_path, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "a new passphrase")
    qtbot.waitUntil(dialog.code.hasFocus, timeout=10_000)
    qtbot.keyClicks(QApplication.focusWidget(), "BBBBB")
    assert dialog.code.text() == "BBBBB"
    assert dialog.new_passphrase.text() == "a new passphrase", "kept: only the code was wrong"


def test_a_wrong_recovery_code_reads_in_spanish(qtbot, spanish, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _recover_with(qtbot, vault_path, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "a new passphrase")
    assert dialog.error.text() == "Código de recuperación incorrecto."


def test_a_bug_while_unlocking_is_logged_by_type_and_shown_as_one(  # type: ignore[no-untyped-def]
    qtbot, controller, monkeypatch, caplog
) -> None:
    message = "-".join(("slept", "under", "the", "bridge"))  # not in any source line

    def broken_open(*args: object, **kwargs: object) -> Vault:
        raise RuntimeError(message)  # a bug: nothing to make one happen for real

    monkeypatch.setattr(Vault, "open", broken_open)
    dialog = controller.unlock_dialog
    qtbot.waitExposed(dialog)
    _type_and_enter(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: "Something went wrong" in dialog.error.text(), timeout=10_000)
    assert "RuntimeError" in dialog.error.text()
    assert "unlock: RuntimeError" in caplog.text
    assert message not in caplog.text
    assert message not in dialog.error.text()


def test_a_too_short_new_passphrase_reads_in_spanish(qtbot, spanish, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _recover_with(qtbot, vault_path, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "short")
    assert dialog.error.text() == "La frase de contraseña debe tener al menos 8 caracteres."


def test_closing_recovery_puts_typing_back_in_the_passphrase(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    dialog = controller.unlock_dialog
    qtbot.waitExposed(dialog)
    dialog.recover_button.setFocus()
    qtbot.keyClick(dialog.recover_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in _recover_dialogs()), timeout=10_000)
    recover = next(d for d in _recover_dialogs() if d.isVisible())
    qtbot.keyClick(recover, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not recover.isVisible(), timeout=10_000)
    # A passphrase with a space in it must not press "Forgot passphrase…" again.
    qtbot.waitUntil(dialog.passphrase.hasFocus, timeout=10_000)
    qtbot.keyClicks(QApplication.focusWidget(), "correct horse")
    assert dialog.passphrase.text() == "correct horse"
    assert len([d for d in _recover_dialogs() if d.isVisible()]) == 0
