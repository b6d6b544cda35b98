"""Forgot the passphrase: unlock with the recovery code, set a new passphrase, get a new code.

A recovery only re-seals the same database key, so the dialog offers (ticked by default) to
re-encrypt the vault with a fresh key in the same step: old copies of the key file then stop
working, and only one new recovery code is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from outreach.errors import PassphraseTooShort, UserFacingError
from outreach.gui.errors import classify, error_style, user_text
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
        self.rekey = child(form, QCheckBox, "rekey")
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
        self.rekey.setEnabled(False)
        rekey = self.rekey.isChecked()
        self.error.setText(
            self.tr("Checking…") if not rekey else self.tr("Checking, then re-encrypting…")
        )
        path = self._path
        self._tasks.run_db(lambda: _recover(path, code, new, rekey), self._done, self._failed)

    def _done(self, result: tuple[Vault, str, UserFacingError | None]) -> None:
        self._vault, new_code, rekey_problem = result
        self.buttons.setEnabled(True)
        self.new_passphrase.clear()
        self.confirm.clear()
        self.code.clear()
        self.error.setStyleSheet("")
        shown_once = self.tr(
            "Your NEW recovery code is below: write it down now, it is shown once."
        )
        if rekey_problem is not None:
            first = self.tr(
                "Done, but the vault was not re-encrypted: %1 Old copies of its key file still "
                "open it; re-encrypt later in Settings."
            ).replace("%1", user_text(rekey_problem))
        elif self.rekey.isChecked():
            first = self.tr(
                "Done, and the vault is re-encrypted: old copies of its key file no longer open it."
            )
        else:
            first = self.tr(
                "Done. Old copies of the key file still open the vault with the old passphrase "
                "or this used code; Settings → Re-encrypt the vault makes them useless."
            )
        self.error.setText(first + "\n" + shown_once)
        self.new_code.setText(new_code)
        self.new_code.setVisible(True)
        self.rekey.setVisible(False)
        self.adjustSize()  # room for the longer message and the code

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.rekey.setEnabled(True)
        self.error.setStyleSheet(error_style())
        self.error.setText(classify(exc, "recovery").text)  # a bug is logged there, by type
        # Straight back to the field that was wrong, ready to type over.
        field = self.new_passphrase if isinstance(exc, PassphraseTooShort) else self.code
        field.setFocus()
        field.selectAll()


def _recover(
    path: Path, code: str, new: str, rekey: bool
) -> tuple[Vault, str, UserFacingError | None]:
    """Recover, then (if asked) re-encrypt; a refused re-encryption leaves the recovery done
    and says why (database worker)."""
    vault, new_code = Vault.recover(path, code, new)
    if not rekey:
        return vault, new_code, None
    try:
        return vault, vault.rekey_in_place(new), None
    except UserFacingError as exc:
        if not vault.is_open:
            raise
        return vault, new_code, exc  # worded on the GUI thread, in its language
