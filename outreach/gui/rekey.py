"""Re-encrypt the vault with a fresh key (Settings, and offered after a recovery).

A passphrase change or a recovery only re-seals the same database key, so a copy of the old
key file (in an old copy of the data folder, on a lost USB stick) still opens the vault with
the old passphrase or the used recovery code. Re-encrypting copies the database under a new
key; afterwards no older key file opens anything. The core does it on the database worker
(``Vault.rekey_in_place``) while a progress dialog shows; the window stays responsive.

Every step is a non-blocking dialog (``open()``, never ``exec()``): confirm → passphrase →
progress → the new recovery code, or a plain sentence saying what went wrong and that
nothing changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from outreach.errors import WrongPassphrase
from outreach.gui.errors import Failure, FailureKind, show_failure
from outreach.gui.progress import TaskProgress
from outreach.gui.session import Session
from outreach.vault import Vault


class RecoveryCodeDialog(QDialog):
    """Shows a new recovery code once; Close needs "I have written it down" ticked."""

    def __init__(self, parent: QWidget | None, intro: str, code: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery code"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.code = QLineEdit(code)
        self.code.setReadOnly(True)
        self.code.setAccessibleName(self.tr("New recovery code"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(mono.pointSize() + 4)
        mono.setWeight(QFont.Weight.Bold)
        self.code.setFont(mono)
        self.code.setMinimumWidth(self.code.fontMetrics().horizontalAdvance(code + "MM") + 16)
        layout.addWidget(self.code)
        self.kept = QCheckBox(self.tr("I have &written down the new recovery code"))
        layout.addWidget(self.kept)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.kept.toggled.connect(self.close_button.setEnabled)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.finished.connect(lambda _result: self.code.clear())

    def reject(self) -> None:
        # Closing before the box is ticked would lose the only copy of the code.
        if self.kept.isChecked() or not self.isVisible():
            super().reject()


class RekeyFlow(QObject):
    """One re-encryption, from the question to the new recovery code.

    ``finished(True)`` after a rekey, ``finished(False)`` after a cancel or a refusal;
    ``vault_closed`` when the vault could not be opened again (the app should lock).
    """

    finished = Signal(bool)
    vault_closed = Signal()

    def __init__(self, parent: QWidget, session: Session, *, confirm: bool = True) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.session = session
        self.confirm = confirm
        self.confirm_box: QMessageBox | None = None
        self.passphrase_dialog: QInputDialog | None = None
        self.progress: TaskProgress | None = None
        self.result_box: QMessageBox | None = None
        self.code_dialog: RecoveryCodeDialog | None = None
        self._still_open = True

    def start(self) -> None:
        if self.confirm:
            self._ask_to_confirm()
        else:
            self._ask_passphrase()

    def _ask_to_confirm(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Re-encrypt the vault"),
            self.tr("Re-encrypt the vault with a fresh key?"),
            QMessageBox.StandardButton.Cancel,
            self.parent_widget,
        )
        box.setInformativeText(
            self.tr(
                "Any old copy of the vault's key file — in an old copy of the data folder, on a "
                "lost USB stick — stops opening this vault, with the old passphrase and with "
                "old recovery codes. Your passphrase stays the same. You get a new recovery "
                "code, and the one you have now stops working. Backups keep working with "
                "their own backup passphrase.\n\nIt takes a few seconds to a minute; nothing "
                "else can be done in the meantime."
            )
        )
        go = box.addButton(self.tr("&Re-encrypt…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box
        box.finished.connect(lambda _r: self._confirmed(box.clickedButton() is go))
        box.open()

    def _confirmed(self, yes: bool) -> None:
        self.confirm_box = None
        if yes:
            self._ask_passphrase()
        else:
            self.finished.emit(False)

    def _ask_passphrase(self) -> None:
        dialog = QInputDialog(self.parent_widget)
        dialog.setWindowTitle(self.tr("Re-encrypt the vault"))
        dialog.setLabelText(self.tr("Your vault &passphrase:"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(self.tr("Re-encrypt"))
        self.passphrase_dialog = dialog
        dialog.finished.connect(lambda result: self._passphrase_given(dialog, result))
        dialog.open()

    def _passphrase_given(self, dialog: QInputDialog, result: int) -> None:
        secret = dialog.textValue()
        dialog.setTextValue("")
        dialog.deleteLater()
        self.passphrase_dialog = None
        if result != QDialog.DialogCode.Accepted or not secret:
            self.finished.emit(False)
            return
        self._run(secret)

    def _run(self, secret: str) -> None:
        self.progress = TaskProgress(
            self.parent_widget,
            self.tr("Re-encrypt the vault"),
            self.tr("Re-encrypting the vault with a fresh key…"),
            cancellable=False,
        )
        self.progress.show()

        def job(vault: Vault) -> str:
            try:
                return vault.rekey_in_place(secret)
            finally:
                self._still_open = vault.is_open

        self.session.write(job).owned_by(self).with_progress(self.progress).on_success(
            self._done
        ).on_failure(self._failed).run()

    def _done(self, code: str) -> None:
        self.progress = None
        if not self.session.is_open:
            # Locked meanwhile: a recovery code is never shown over the lock screen.
            self.finished.emit(True)
            return
        self.code_dialog = RecoveryCodeDialog(
            self.parent_widget,
            self.tr(
                "Done: the vault is re-encrypted with a fresh key. Old copies of its key file "
                "no longer open it. Your passphrase is unchanged.\n\nYour NEW recovery code is "
                "below. Write it down now and keep it apart from this laptop: it is shown only "
                "once, and the old one no longer works."
            ),
            code,
        )
        self.code_dialog.finished.connect(lambda _r: self.finished.emit(True))
        self.code_dialog.open()
        self.code_dialog.kept.setFocus()

    def _failed(self, failure: Failure) -> None:
        self.progress = None
        if not self.session.is_open:  # locked before it ran: nothing was done, nothing to say
            self.finished.emit(False)
            return
        if not self._still_open:
            self.vault_closed.emit()
            show_failure(self.parent_widget, failure)
            self.finished.emit(False)
            return
        if isinstance(failure.exc, WrongPassphrase):
            text = self.tr("Wrong passphrase. Nothing was changed.")
        elif failure.kind is FailureKind.USER:
            text = self.tr("The vault was not re-encrypted: %1 Nothing was changed.").replace(
                "%1", failure.text
            )
        else:
            show_failure(self.parent_widget, failure)
            self.finished.emit(False)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Re-encrypt the vault"),
            text,
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        self.result_box = box
        box.finished.connect(lambda _r: self.finished.emit(False))
        box.open()
