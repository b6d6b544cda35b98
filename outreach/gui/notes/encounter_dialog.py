"""New encounter (Ctrl+N): alias, place, needs, supplies, note, Save with Ctrl+Enter.

Built for a doorway at night: every field is reached by keyboard (Tab, or Alt+the underlined
letter of each need), the alias completes from the people already met, and the open
referrals of the chosen person are asked about ("Did they get to X?"). Nothing typed here is
ever put in a log, a title or an error message; :meth:`EncounterDialog.wipe` empties every
editor and its undo history on lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from outreach.changes import NOTES
from outreach.gui.clipboard_guard import ClipboardGuard
from outreach.gui.errors import Failure
from outreach.gui.forms import child, embed_form
from outreach.gui.notes import words
from outreach.gui.session import Session
from outreach.gui.view import Clock
from outreach.notes import lists
from outreach.notes.contacts import Contact, alias_key, contact_for_alias, recent_contacts
from outreach.notes.encounters import (
    ENTERED_LATER_AFTER,
    SUPPLY_MAX,
    EncounterDraft,
    save_encounter,
)
from outreach.notes.referrals import Referral, Status, open_referrals
from outreach.vault import Vault

#: "Did they get to …?" questions shown before the list scrolls (each is a row's height).
OUTCOME_ROWS_SHOWN = 3


def letters_in_use(dialog: QWidget) -> str:
    """The Alt+letters the dialog's own labels and buttons already answer to, in the
    language shown (Spanish "&Lugar" takes L, English "&Place" takes P)."""
    letters = []
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        key = QKeySequence.mnemonic(widget.text()).toString()
        if key.startswith("Alt+"):
            letters.append(key.removeprefix("Alt+").lower())
    return "".join(letters)


@dataclass(frozen=True)
class SavedResult:
    contact_id: int
    encounter_id: int


class EncounterDialog(QDialog):
    """The form; ``saved`` carries the contact's id once the encounter is stored."""

    saved = Signal(int)

    def __init__(
        self,
        session: Session,
        clock: Clock,
        guard: ClipboardGuard,
        parent: QWidget | None = None,
        contact_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New encounter"))
        self.session = session
        self.clock = clock
        self.form = embed_form("encounter_dialog", self)
        self.alias = child(self.form, QComboBox, "aliasCombo")
        alias_edit = self.alias.lineEdit()
        assert alias_edit is not None  # the combo is editable in the form
        self.alias_edit: QLineEdit = alias_edit
        self.alias_hint = child(self.form, QLabel, "aliasHint")
        self.place = child(self.form, QLineEdit, "placeEdit")
        self.when = child(self.form, QDateTimeEdit, "whenEdit")
        self.later_label = child(self.form, QLabel, "laterLabel")
        self.note = child(self.form, QPlainTextEdit, "noteEdit")
        self.error = child(self.form, QLabel, "errorLabel")
        self.outcomes_box = child(self.form, QGroupBox, "outcomesBox")
        # The questions sit in a scroll area: past OUTCOME_ROWS_SHOWN open referrals it
        # scrolls, so the form (and its Save button) still fits a 768-pixel-high screen.
        self.outcomes_scroll = QScrollArea()
        self.outcomes_scroll.setWidgetResizable(True)
        self.outcomes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.outcomes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outcomes_scroll.setAccessibleName(self.tr("Referrals waiting for an answer"))
        questions = QWidget()
        self.outcomes_layout = QFormLayout(questions)
        self.outcomes_layout.setContentsMargins(0, 0, 0, 0)
        self.outcomes_scroll.setWidget(questions)
        _layout(self.form, QFormLayout, "outcomesLayout").addRow(self.outcomes_scroll)
        self.buttons = child(self.form, QDialogButtonBox, "buttons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.needs: dict[str, QCheckBox] = {}
        self.supplies: dict[str, QSpinBox] = {}
        self.supply_labels: dict[str, QLabel] = {}
        self.outcomes: dict[int, QComboBox] = {}
        self._contacts: dict[str, int] = {}  # folded alias -> contact id (most recent first)
        self._wanted_contact = contact_id
        self._saving = False
        self._build_lists()
        guard.watch(self.note)
        completer = QCompleter(self.alias.model(), self.alias)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.alias.setCompleter(completer)
        self.alias_edit.setMaxLength(80)
        self.alias_edit.setPlaceholderText(self.tr("Who you met (an alias, never a real name)"))
        self.alias.currentTextChanged.connect(self._alias_changed)
        self._resolve = QTimer(self)
        self._resolve.setSingleShot(True)
        self._resolve.setInterval(150)
        self._resolve.timeout.connect(self._look_up_contact)
        self.when.setDateTime(_qt(self.clock()))
        self.when.dateTimeChanged.connect(self._when_changed)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.outcomes_box.hide()
        self.alias.setFocus()
        self.session.query(lambda conn: recent_contacts(conn, 2000)).owned_by(
            self, "contacts"
        ).on_success(self._fill_aliases).run()

    # -- building --------------------------------------------------------------------------------
    def _build_lists(self) -> None:
        needs_layout = _layout(self.form, QGridLayout, "needsLayout")
        items = lists.needs()
        supplies = lists.supplies()
        # One pass over both lists, so no two of them share an Alt+letter.
        labels = words.with_mnemonics(
            [words.need_label(i.key) for i in items]
            + [words.supply_label(i.key) for i in supplies],
            letters_in_use(self),
        )
        supply_labels = labels[len(items) :]
        for index, (item, label) in enumerate(zip(items, labels, strict=False)):
            box = QCheckBox(label)
            box.setObjectName(f"need_{item.key}")
            self.needs[item.key] = box
            needs_layout.addWidget(box, index // 3, index % 3)
        supplies_layout = _layout(self.form, QGridLayout, "suppliesLayout")
        for index, (item, text) in enumerate(zip(supplies, supply_labels, strict=True)):
            spin = QSpinBox()
            spin.setObjectName(f"supply_{item.key}")
            spin.setRange(0, SUPPLY_MAX)
            spin.setAccessibleName(words.supply_label(item.key))
            caption = QLabel(text)
            caption.setBuddy(spin)
            self.supplies[item.key] = spin
            self.supply_labels[item.key] = caption
            supplies_layout.addWidget(caption, index // 2, (index % 2) * 2)
            supplies_layout.addWidget(spin, index // 2, (index % 2) * 2 + 1)

    def _fill_aliases(self, contacts: list[Contact]) -> None:
        typed = self.alias.currentText()
        self.alias.blockSignals(True)
        self.alias.clear()
        self._contacts = {}
        for contact in contacts:
            if contact.id is None:
                continue
            key = alias_key(contact.alias)
            if key not in self._contacts:
                self._contacts[key] = contact.id
                self.alias.addItem(contact.alias, contact.id)
        self.alias.setCurrentIndex(-1)
        wanted = next((c for c in contacts if c.id == self._wanted_contact), None)
        self.alias.setEditText(wanted.alias if wanted else typed)
        self.alias.blockSignals(False)
        self._alias_changed(self.alias.currentText())
        if wanted is not None:
            self.place.setFocus()

    # -- the chosen person -------------------------------------------------------------------------
    @property
    def contact_id(self) -> int | None:
        """The person the alias names, or None for a new one."""
        return self._contacts.get(alias_key(self.alias.currentText()))

    def _alias_changed(self, text: str) -> None:
        if not text.strip():
            self.alias_hint.setText("")
        elif self.contact_id is None:
            self.alias_hint.setText(self.tr("Someone new: they will be added."))
        else:
            self.alias_hint.setText("")
        self._resolve.start()

    def _look_up_contact(self) -> None:
        contact_id = self.contact_id
        if contact_id is None:
            self._show_open_referrals([])
            return
        self.session.query(lambda conn: open_referrals(conn, contact_id)).owned_by(
            self, "referrals"
        ).on_success(self._show_open_referrals).run()

    def _show_open_referrals(self, referrals: list[Referral]) -> None:
        layout = self.outcomes_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.outcomes = {}
        for referral in referrals:
            combo = QComboBox()
            combo.addItem(self.tr("Not asked"), None)
            for status, label in words.outcome_choices():
                combo.addItem(label.replace("&", ""), status.value)
            question = QLabel(self.tr("Did they get to %1?").replace("%1", referral.service.name))
            question.setBuddy(combo)
            layout.addRow(question, combo)
            self.outcomes[referral.id] = combo
        self.outcomes_box.setVisible(bool(referrals))
        if referrals:
            # As wide as the questions (and a scroll bar), as high as three of them.
            whole = layout.sizeHint()
            bar = self.outcomes_scroll.verticalScrollBar().sizeHint().width()
            self.outcomes_scroll.setMinimumWidth(whole.width() + bar)
            shown = min(len(referrals), OUTCOME_ROWS_SHOWN)
            self.outcomes_scroll.setFixedHeight(whole.height() * shown // len(referrals) + 2)

    def _when_changed(self, value: QDateTime) -> None:
        later = self.clock() - _from_qt(value) > ENTERED_LATER_AFTER
        self.later_label.setText(self.tr("entered later") if later else "")

    # -- saving --------------------------------------------------------------------------------
    def draft(self, contact_id: int) -> EncounterDraft:
        when = _from_qt(self.when.dateTime())
        now = self.clock()
        # Left at the time the form opened: the encounter is "now", not a minute ago.
        occurred = None if abs(now - when) <= timedelta(minutes=5) else when
        outcomes = {
            referral_id: Status(combo.currentData())
            for referral_id, combo in self.outcomes.items()
            if combo.currentData()
        }
        return EncounterDraft(
            contact_id,
            occurred,
            self.place.text(),
            {key for key, box in self.needs.items() if box.isChecked()},
            {key: spin.value() for key, spin in self.supplies.items() if spin.value()},
            self.note.toPlainText(),
            outcomes=outcomes,
        )

    def save(self) -> None:
        alias = " ".join(self.alias.currentText().split())
        if not alias:
            self.error.setText(self.tr("Type an alias: who did you meet?"))
            self.alias.setFocus()
            return
        if self._saving:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        contact_id = self.contact_id
        draft = self.draft(contact_id or 0)
        now = self.clock()

        def write(vault: Vault) -> SavedResult:
            with vault.transaction() as conn:
                person = contact_id or contact_for_alias(conn, alias, now=now)
                draft.contact_id = person
                saved = save_encounter(conn, draft, now=now)
            return SavedResult(person, saved.id)

        self.session.write(write).owned_by(self, "save").announces(lambda _: NOTES).on_success(
            self._saved
        ).on_failure(self._failed).run()

    def _saved(self, result: SavedResult) -> None:
        self._saving = False
        self.saved.emit(result.contact_id)
        self.wipe()
        self.accept()

    def _failed(self, failure: Failure) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.error.setText(failure.text)

    # -- privacy ---------------------------------------------------------------------------------
    def wipe(self) -> None:
        """Empty every editor, including what Undo could bring back (on lock and after saving)."""
        self.note.setPlainText("")
        self.note.document().clearUndoRedoStacks()
        self.place.setText("")  # setText also clears a line edit's undo history
        self.alias_edit.setText("")
        self.alias.clear()
        self._contacts = {}
        for box in self.needs.values():
            box.setChecked(False)
        for spin in self.supplies.values():
            spin.setValue(0)
        self._show_open_referrals([])
        self.error.clear()
        self.alias_hint.clear()


L = TypeVar("L", bound=QLayout)


def _layout(form: QWidget, kind: type[L], name: str) -> L:
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"form {form.objectName()} has no layout named {name!r}")
    return found


def _qt(moment: datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime.fromSecsSinceEpoch(int(local.timestamp()))


def _from_qt(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch()).astimezone()
