"""Refer (Ctrl+R from a service's detail): pick or create the person, get the code, give a slip.

The referral joins today's encounter with that person (one is started if there is none), keeps
a snapshot of the service, and gets a short code. The slip offered afterwards is built from
the directory record and the code only: it never carries the alias.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from outreach.changes import NOTES
from outreach.gui.errors import Failure
from outreach.gui.forms import child, embed_form
from outreach.gui.session import Session
from outreach.gui.view import Clock
from outreach.notes.contacts import Contact, alias_key, contact_for_alias, recent_contacts
from outreach.notes.encounters import todays_encounter
from outreach.notes.referrals import add_referral, snapshot_of
from outreach.vault import Vault


@dataclass(frozen=True)
class ReferralMade:
    contact_id: int
    referral_id: int
    code: str


class ReferDialog(QDialog):
    def __init__(
        self,
        session: Session,
        record: Mapping[str, Any],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refer"))
        self.session = session
        self.record = dict(record)
        self.clock = clock
        self.made: ReferralMade | None = None
        self.form = embed_form("refer_dialog", self)
        self.pages = child(self.form, QStackedWidget, "pages")
        self.alias = child(self.form, QComboBox, "aliasCombo")
        self.alias_hint = child(self.form, QLabel, "aliasHint")
        self.error = child(self.form, QLabel, "errorLabel")
        self.code_label = child(self.form, QLabel, "codeLabel")
        self.done_label = child(self.form, QLabel, "doneLabel")
        self.feedback = child(self.form, QLabel, "feedbackLabel")
        self.print_button = child(self.form, QPushButton, "printButton")
        self.pdf_button = child(self.form, QPushButton, "pdfButton")
        self.copy_button = child(self.form, QPushButton, "copyButton")
        pick_buttons = child(self.form, QDialogButtonBox, "pickButtons")
        self.refer_button = pick_buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.refer_button.setText(self.tr("&Refer"))
        pick_buttons.accepted.connect(self.refer)
        pick_buttons.rejected.connect(self.reject)
        child(self.form, QDialogButtonBox, "doneButtons").rejected.connect(self.accept)
        child(self.form, QLabel, "serviceLabel").setText(
            self.tr("Refer someone to <b>%1</b>.").replace("%1", _escape(str(record.get("name"))))
        )
        self._contacts: dict[str, int] = {}
        completer = QCompleter(self.alias.model(), self.alias)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.alias.setCompleter(completer)
        alias_edit = self.alias.lineEdit()
        assert alias_edit is not None  # the combo is editable in the form
        self.alias_edit: QLineEdit = alias_edit
        self.alias_edit.setMaxLength(80)
        self.alias.currentTextChanged.connect(self._alias_changed)
        self.print_button.clicked.connect(self.print_slip)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.copy_button.clicked.connect(self.copy_slip)
        self.alias.setFocus()
        self.session.query(lambda conn: recent_contacts(conn, 2000)).owned_by(
            self, "contacts"
        ).on_success(self._fill).run()

    def wipe(self) -> None:
        """Forget the alias being typed and the people listed (on lock and on close)."""
        self.alias_edit.setText("")
        self.alias.clear()
        self._contacts = {}

    def _fill(self, contacts: list[Contact]) -> None:
        typed = self.alias.currentText()
        self.alias.blockSignals(True)
        for contact in contacts:
            key = alias_key(contact.alias)
            if contact.id is not None and key not in self._contacts:
                self._contacts[key] = contact.id
                self.alias.addItem(contact.alias, contact.id)
        self.alias.setCurrentIndex(-1)
        self.alias.setEditText(typed)
        self.alias.blockSignals(False)

    @property
    def contact_id(self) -> int | None:
        return self._contacts.get(alias_key(self.alias.currentText()))

    def _alias_changed(self, text: str) -> None:
        new = bool(text.strip()) and self.contact_id is None
        self.alias_hint.setText(self.tr("Someone new: they will be added.") if new else "")

    def refer(self) -> None:
        alias = " ".join(self.alias.currentText().split())
        if not alias:
            self.error.setText(self.tr("Type an alias: whom are you referring?"))
            return
        self.refer_button.setEnabled(False)
        contact_id, record, now = self.contact_id, self.record, self.clock()

        def write(vault: Vault) -> ReferralMade:
            with vault.transaction() as conn:
                person = contact_id or contact_for_alias(conn, alias, now=now)
                encounter = todays_encounter(conn, person, now=now)
                referral_id, code = add_referral(conn, encounter, snapshot_of(record, now), now=now)
            return ReferralMade(person, referral_id, code)

        self.session.write(write).owned_by(self, "refer").announces(lambda _: NOTES).on_success(
            self._made
        ).on_failure(self._failed).run()

    def _made(self, made: ReferralMade) -> None:
        self.made = made
        self.alias_edit.setText("")
        self.alias.clear()
        self.code_label.setText(made.code)
        self.done_label.setText(
            self.tr("Referred to %1. The referral code is:").replace(
                "%1", str(self.record.get("name"))
            )
        )
        self.pages.setCurrentIndex(1)
        self.adjustSize()
        self.print_button.setFocus()

    def _failed(self, failure: Failure) -> None:
        self.refer_button.setEnabled(True)
        self.error.setText(failure.text)

    # -- the slip: the record and the code, never the alias ------------------------------------
    def print_slip(self) -> None:
        from outreach.gui.slip import print_slip

        if self.made is not None:
            print_slip(self, self.record, self.clock(), code=self.made.code)

    def save_pdf(self) -> None:
        from outreach.gui.slip import ask_save_slip_pdf

        if self.made is not None:
            saved = ask_save_slip_pdf(self, self.record, self.clock(), code=self.made.code)
            if saved is not None:
                self.feedback.setText(self.tr("Saved the slip to %1.").replace("%1", saved.name))

    def copy_slip(self) -> None:
        from outreach.gui.slip import copy_slip_text

        if self.made is not None:
            copy_slip_text(self.record, self.clock(), code=self.made.code)
            self.feedback.setText(self.tr("Copied the slip."))


def _escape(text: str) -> str:
    import html

    return html.escape(text)
