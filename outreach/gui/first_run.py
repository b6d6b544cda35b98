"""First run: choose a passphrase, create the vault, show the recovery code once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from outreach.gui.colours import strength_style
from outreach.gui.errors import error_style, show_error
from outreach.gui.forms import child, embed_form
from outreach.gui.tasks import Tasks
from outreach.vault import DEFAULT_KDF, KdfParams, Vault
from outreach.vault.vault import MIN_PASSPHRASE_CHARS

#: Tests swap in cheaper Argon2id parameters; the app always uses the default.
VAULT_KDF: KdfParams = DEFAULT_KDF


def passphrase_strength(text: str) -> tuple[int, str]:
    """A rough 0–3 score and a hint; length and unrelated words matter most."""
    if len(text) < MIN_PASSPHRASE_CHARS:
        hint = QCoreApplication.translate(
            "FirstRunDialog", "Too short: use at least %1 characters."
        )
        return 0, hint.replace("%1", str(MIN_PASSPHRASE_CHARS))
    words = len(text.split())
    classes = sum(
        any(test(ch) for ch in text)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    score = 1
    if len(text) >= 14 or (words >= 3 and len(text) >= 12):
        score = 2
    if len(text) >= 20 or (words >= 4 and len(text) >= 16) or (len(text) >= 14 and classes >= 3):
        score = 3
    hints = {
        1: QCoreApplication.translate("FirstRunDialog", "Weak: add more words."),
        2: QCoreApplication.translate(
            "FirstRunDialog", "Fair: one or two more words make it strong."
        ),
        3: QCoreApplication.translate("FirstRunDialog", "Strong."),
    }
    return score, hints[score]


class FirstRunDialog(QDialog):
    def __init__(self, vault_path: Path, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up Outreach Companion"))
        self.vault: Vault | None = None
        self._vault_path = vault_path
        self._tasks = tasks
        form = embed_form("first_run_dialog", self)
        self.pages = child(form, QStackedWidget, "pages")
        self.passphrase = child(form, QLineEdit, "passphrase")
        self.confirm = child(form, QLineEdit, "confirm")
        self.strength = child(form, QLabel, "strength")
        self.error = child(form, QLabel, "error")
        self.create_button = child(form, QPushButton, "create")
        self.recovery_code = child(form, QLineEdit, "recoveryCode")
        self.kept_code = child(form, QCheckBox, "keptCode")
        self.done_button = child(form, QPushButton, "done")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(mono.pointSize() + 4)
        mono.setWeight(QFont.Weight.Bold)
        self.recovery_code.setFont(mono)
        self.error.setStyleSheet(error_style())
        self.passphrase.textChanged.connect(self._validate)
        self.confirm.textChanged.connect(self._validate)
        self.create_button.clicked.connect(self._create)
        self.confirm.returnPressed.connect(self._create)
        self.kept_code.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        self.setMinimumWidth(480)

    def _validate(self) -> None:
        text = self.passphrase.text()
        score, hint = passphrase_strength(text)
        self.strength.setText(self.tr(hint))
        self.strength.setStyleSheet(strength_style(score))
        matches = text == self.confirm.text()
        self.error.setText("" if matches or not self.confirm.text() else self.tr("The two differ."))
        self.create_button.setEnabled(score > 0 and matches)

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        secret = self.passphrase.text()
        self.create_button.setEnabled(False)
        self.create_button.setText(self.tr("Creating…"))
        path, kdf = self._vault_path, VAULT_KDF
        self._tasks.run_db(
            lambda: Vault.create(path, secret, kdf=kdf), self._on_created, self._on_failed
        )

    def _on_created(self, result: tuple[Vault, str]) -> None:
        self.vault, code = result
        self.passphrase.clear()
        self.confirm.clear()
        self.recovery_code.setText(code)
        self.pages.setCurrentIndex(1)
        # Enter on this page means Continue (once the box is ticked), as Create did before.
        self.create_button.setDefault(False)
        self.done_button.setDefault(True)
        self.kept_code.setFocus()

    def _on_failed(self, exc: BaseException) -> None:
        self.create_button.setText(self.tr("&Create vault"))
        self._validate()
        show_error(self, exc)

    def reject(self) -> None:
        # Once the vault exists, leaving means going on to the app; the code stays unseen.
        if self.vault is not None and not self.kept_code.isChecked():
            return
        super().reject()
