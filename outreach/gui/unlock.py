"""The unlock dialog: passphrase in, an open Vault out, with growing delays after failures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QWidget

from outreach.errors import WrongPassphrase, WrongSecret
from outreach.gui.errors import classify, error_style, wrong_secret_text
from outreach.gui.forms import child, embed_form
from outreach.gui.tasks import Tasks
from outreach.vault import Vault
from outreach.vault.throttle import UnlockThrottle


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # the open Vault
    recover_requested = Signal()

    def __init__(self, vault_path: Path, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock – Outreach Companion"))
        self._vault_path = vault_path
        self._tasks = tasks
        self._busy = False
        form = embed_form("unlock_dialog", self)
        self.passphrase = child(form, QLineEdit, "passphrase")
        self.unlock_button = child(form, QPushButton, "unlock")
        self.recover_button = child(form, QPushButton, "recover")
        self.error = child(form, QLabel, "error")
        self.error.setStyleSheet(error_style())
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Enter means Unlock and nothing else: "Forgot passphrase…" must never become the
        # dialog's default button (a focused auto-default button does, and Enter clicked it).
        self.recover_button.setAutoDefault(False)
        self.recover_button.setDefault(False)
        self.unlock_button.setAutoDefault(False)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.recover_button.clicked.connect(self.recover_requested.emit)
        self._failed_once = False
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._update_wait)
        self.setMinimumWidth(420)
        self._update_wait()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter unlocks from anywhere in the dialog except on "Forgot passphrase…" itself
        # (Space or Enter there asks for recovery, as its focus frame promises).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if self.recover_button.hasFocus():
                self.recover_button.click()
            else:
                self.try_unlock()
            return
        super().keyPressEvent(event)

    def try_unlock(self) -> None:
        if self._busy or not self.unlock_button.isEnabled():
            return
        secret = self.passphrase.text()
        if not secret:
            self._show_error(self.tr("Enter your passphrase."))
            return
        self._busy = True
        self.unlock_button.setEnabled(False)
        # Read-only, not disabled: a disabled field hands the focus to the next button.
        self.passphrase.setReadOnly(True)
        self.error.setText(self.tr("Unlocking…"))
        self.error.setStyleSheet("")
        self.error.setVisible(True)
        path = self._vault_path
        self._tasks.run_db(lambda: Vault.open(path, secret), self._on_unlocked, self._on_failed)
        # The vault waits out any delay earned by wrong passphrases before it tries, also ones
        # this dialog has not seen (the command line, the recovery form): count those down.
        self._update_wait()

    def _on_unlocked(self, vault: Vault) -> None:
        self._busy = False
        self.passphrase.clear()
        self.passphrase.setReadOnly(False)
        self.unlock_button.setEnabled(True)
        self.error.setVisible(False)
        self._failed_once = False
        self.unlocked.emit(vault)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.passphrase.setReadOnly(False)
        self.passphrase.clear()
        self.passphrase.setFocus()
        self._failed_once = isinstance(exc, WrongPassphrase)
        self._show_error(classify(exc, "unlock").text)  # a bug is logged there, by type
        self._update_wait()

    def _show_error(self, text: str) -> None:
        self.error.setStyleSheet(error_style())
        self.error.setText(text)
        self.error.setVisible(True)
        # After the label's new text and bold style are laid out, not before.
        QTimer.singleShot(0, self, self.fit_height)

    def fit_height(self) -> None:
        """Grow to show every wrapped line (a damaged vault's message runs to four): a
        window's layout does not follow its word-wrapped labels' height by itself."""
        layout = self.layout()
        if layout is None:
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.fit_height)  # the prompt wraps too, in Spanish

    def _update_wait(self) -> None:
        wait = UnlockThrottle(self._vault_path).seconds_to_wait()
        if wait > 0:
            seconds = int(wait) + 1
            self.unlock_button.setEnabled(False)
            self.unlock_button.setText(self.tr("Wait %d s") % seconds)
            if self._busy:
                text = self.tr("Too many wrong passphrases: unlocking in %d s…") % seconds
                self.error.setText(text)
            else:
                self._show_error(self.tr("Wrong passphrase. Try again in %d s.") % seconds)
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            if self._busy:
                self.error.setText(self.tr("Unlocking…"))
            elif self._countdown.isActive() and self._failed_once:
                self._show_error(wrong_secret_text(WrongSecret.PASSPHRASE))
            self._countdown.stop()
            self.unlock_button.setText(self.tr("&Unlock"))
            self.unlock_button.setEnabled(not self._busy)

    def back_from_recovery(self) -> None:
        """Recovery was closed: typing goes to the passphrase again, never to "Forgot
        passphrase…" (a space in the passphrase would press it)."""
        self.passphrase.setFocus()

    def reset(self) -> None:
        self._failed_once = False
        self.passphrase.clear()
        self.error.setVisible(False)
        self._update_wait()
        self.passphrase.setFocus()
