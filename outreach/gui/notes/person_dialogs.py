"""Editing a person (alias, age, languages, tags, how to reach, do-not-contact, consent) and
adding a follow-up. Both write on the database worker and announce the change; both are
wiped and closed on lock like every note editor."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from outreach.changes import NOTES
from outreach.clock import local_date
from outreach.gui.errors import Failure
from outreach.gui.forms import child, embed_form
from outreach.gui.session import Session
from outreach.gui.view import Clock
from outreach.notes.contacts import Contact, save_contact
from outreach.notes.followups import add_follow_up
from outreach.vault import Vault

AGE_RANGES = ("", "under 18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+")


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _WritingDialog(QDialog):
    """Save runs ``write`` on the worker; a refusal is shown in the form, never in a log."""

    def __init__(self, session: Session, clock: Clock, form: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.form = embed_form(form, self)
        self.error = child(self.form, QLabel, "errorLabel")
        buttons = child(self.form, QDialogButtonBox, "buttons")
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def save(self) -> None:
        raise NotImplementedError

    def _run(self, write: object) -> None:
        self.save_button.setEnabled(False)
        self.session.write(write).owned_by(self, "save").announces(lambda _: NOTES).on_success(  # type: ignore[arg-type]
            lambda _: self.accept()
        ).on_failure(self._failed).run()

    def _failed(self, failure: Failure) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(failure.text)

    def wipe(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.setText("")  # also clears the line's undo history
        self.error.clear()


class ContactDialog(_WritingDialog):
    def __init__(
        self, session: Session, clock: Clock, contact: Contact, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, clock, "contact_dialog", parent)
        self.setWindowTitle(self.tr("Edit person"))
        self.contact = contact
        self.alias = child(self.form, QLineEdit, "aliasEdit")
        self.age = child(self.form, QComboBox, "ageCombo")
        self.year = child(self.form, QSpinBox, "yearSpin")
        self.gender = child(self.form, QLineEdit, "genderEdit")
        self.languages = child(self.form, QLineEdit, "languagesEdit")
        self.tags = child(self.form, QLineEdit, "tagsEdit")
        self.reach = child(self.form, QLineEdit, "reachEdit")
        self.do_not_contact = child(self.form, QCheckBox, "doNotContactBox")
        self.consent = child(self.form, QComboBox, "consentCombo")
        self.consent_date = child(self.form, QDateEdit, "consentDate")
        today = local_date(clock())
        self.age.addItems(AGE_RANGES)
        self.year.setRange(today.year - 121, today.year)
        self.year.setSpecialValueText(self.tr("not known"))
        self.consent.addItem(self.tr("Not asked yet"), None)
        self.consent.addItem(self.tr("Yes"), True)
        self.consent.addItem(self.tr("No"), False)
        self.consent_date.setMaximumDate(_qdate(today))
        self.consent.currentIndexChanged.connect(
            lambda _: self.consent_date.setEnabled(self.consent.currentData() is not None)
        )
        self.alias.setText(contact.alias)
        self.age.setEditText(contact.age_range)
        self.year.setValue(contact.birth_year or self.year.minimum())
        self.gender.setText(contact.gender)
        self.languages.setText(", ".join(contact.languages))
        self.tags.setText(", ".join(contact.tags))
        self.reach.setText(contact.how_to_reach)
        self.do_not_contact.setChecked(contact.do_not_contact)
        self.consent.setCurrentIndex(self.consent.findData(contact.consent))
        self.consent_date.setDate(_qdate(contact.consent_on or today))
        self.consent_date.setEnabled(contact.consent is not None)
        self.alias.setFocus()

    def edited(self) -> Contact:
        consent = self.consent.currentData()
        year = self.year.value()
        return replace(
            self.contact,
            alias=self.alias.text(),
            age_range=self.age.currentText().strip(),
            birth_year=None if year == self.year.minimum() else year,
            gender=self.gender.text().strip(),
            languages=_split(self.languages.text()),
            tags=_split(self.tags.text()),
            how_to_reach=self.reach.text().strip(),
            do_not_contact=self.do_not_contact.isChecked(),
            consent=consent,
            consent_on=_day(self.consent_date.date()) if consent is not None else None,
        )

    def save(self) -> None:
        contact, now = self.edited(), self.clock()

        def write(vault: Vault) -> int:
            with vault.transaction() as conn:
                return save_contact(conn, contact, now=now)

        self._run(write)


class FollowUpDialog(_WritingDialog):
    def __init__(
        self, session: Session, clock: Clock, contact_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, clock, "follow_up_dialog", parent)
        self.setWindowTitle(self.tr("Add a follow-up"))
        self.contact_id = contact_id
        self.due = child(self.form, QDateEdit, "dueDate")
        self.what = child(self.form, QLineEdit, "whatEdit")
        today = local_date(clock())
        self.due.setMinimumDate(_qdate(today))
        self.due.setDate(_qdate(today + timedelta(days=1)))
        self.what.setFocus()

    def save(self) -> None:
        contact_id, due, text, now = (
            self.contact_id,
            _day(self.due.date()),
            self.what.text(),
            self.clock(),
        )

        def write(vault: Vault) -> int:
            with vault.transaction() as conn:
                return add_follow_up(conn, contact_id, due, text, now=now)

        self._run(write)
