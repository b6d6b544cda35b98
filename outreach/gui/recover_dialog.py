"""Forgot the passphrase: unlock with the recovery code, set a new passphrase, get a new code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from outreach.gui.errors import classify, error_style
from outreach.gui.forms import child, embed_form
from outreach.gui.tasks import Tasks
from outreach.vault import Vault


class RecoverDialog(QDialog):
    recovered = Signal(object)

    def __init__(self, vault_path: Path, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover access"))
        self._path = vault_path
        self._tasks = tasks
        self._vault: Vault | None = None
        form = embed_form("recover_dialog", self)
        self.code = child(form, QLineEdit, "code")
        self.new_passphrase = child(form, QLineEdit, "newPassphrase")
        self.confirm = child(form, QLineEdit, "confirm")
        self.error = child(form, QLabel, "error")
        self.new_code = child(form, QLineEdit, "newCode")
        self.buttons = child(form, QDialogButtonBox, "buttons")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.error.setStyleSheet(error_style())
        # Room for the whole code and its placeholder, so the format is visible while typing.
        for field in (self.code, self.new_code):
            metrics = field.fontMetrics()
            sample = field.placeholderText() or "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"
            field.setMinimumWidth(metrics.horizontalAdvance(sample + "MM") + 16)

    def _submit(self) -> None:
        if self._vault is not None:  # second OK: the user has seen the new code
            self.recovered.emit(self._vault)
            self.accept()
            return
        if self.new_passphrase.text() != self.confirm.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        code, new = self.code.text(), self.new_passphrase.text()
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Checking…"))
        path = self._path
        self._tasks.run_db(lambda: Vault.recover(path, code, new), self._done, self._failed)

    def _done(self, result: tuple[Vault, str]) -> None:
        self._vault, new_code = result
        self.buttons.setEnabled(True)
        self.new_passphrase.clear()
        self.confirm.clear()
        self.code.clear()
        self.error.setStyleSheet("")
        self.error.setText(
            self.tr("Done. Your NEW recovery code is below: write it down now, it is shown once.")
        )
        self.new_code.setText(new_code)
        self.new_code.setVisible(True)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setStyleSheet(error_style())
        self.error.setText(classify(exc, "recovery").text)  # a bug is logged there, by type
