"""Contacts & notes: find a person, read their timeline, log an encounter, chase follow-ups.

Everything shown here is health data about people who use drugs. It is read on the database
worker, shown only while unlocked, copied to the clipboard for 30 seconds at most, and wiped
from every widget (and every editor's undo history) on lock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TypeVar

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from outreach.changes import NOTES, Changes
from outreach.clock import local_date
from outreach.gui.clipboard_guard import ClipboardGuard
from outreach.gui.forms import child, embed_form
from outreach.gui.notes import words
from outreach.gui.notes.contact_model import CONTACT_ID_ROLE, ContactListModel
from outreach.gui.notes.encounter_dialog import EncounterDialog
from outreach.gui.notes.person_dialogs import ContactDialog, FollowUpDialog
from outreach.gui.notes.retention_prompt import RetentionPrompt
from outreach.gui.notes.timeline_tree import TimelineTree
from outreach.gui.session import Session
from outreach.gui.view import View, ViewContext
from outreach.notes.contacts import Contact, recent_contacts
from outreach.notes.followups import FollowUp, due_list, mark_done, snooze
from outreach.notes.referrals import Status, follow_up_unanswered, set_status
from outreach.notes.search import NotesHit, search_notes
from outreach.notes.timeline import Timeline, timeline
from outreach.vault import Vault
from outreach.vault.db import Connection

DEBOUNCE_MS = 150
T = TypeVar("T")


class NotesView(View):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = embed_form("notes_view", self)
        self.tabs = child(self.form, QTabWidget, "leftTabs")
        self.search = child(self.form, QLineEdit, "searchEdit")
        self.contacts = child(self.form, QListView, "contactList")
        self.contact_count = child(self.form, QLabel, "contactCount")
        self.due = child(self.form, QListWidget, "dueList")
        self.due_empty = child(self.form, QLabel, "dueEmpty")
        self.title = child(self.form, QLabel, "contactTitle")
        self.facts = child(self.form, QLabel, "contactFacts")
        self.note_view = child(self.form, QPlainTextEdit, "noteView")
        self.timeline = TimelineTree(child(self.form, QTreeWidget, "timelineTree"))
        child(self.form, QSplitter, "splitter").setStretchFactor(1, 2)
        self.model = ContactListModel(self)
        self.contacts.setModel(self.model)
        self.guard = ClipboardGuard(self)
        for widget in (self.note_view, self.timeline.tree, self.contacts, self.due):
            self.guard.watch(widget)
        self.due_label = QLabel(self.status_area)
        status_layout = self.status_area.layout()
        assert status_layout is not None  # View gives every status area a layout
        status_layout.addWidget(self.due_label)
        self.new_encounter_action = QAction(self.tr("&New encounter…"), self)
        self.new_encounter_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_encounter_action.triggered.connect(self.new_encounter)
        self.find_action = QAction(self.tr("&Find in notes"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.find_action.triggered.connect(self.focus_search)
        self.retention = RetentionPrompt(
            self, context.clock, lambda: context.settings.retention_days
        )
        self.purge_action = QAction(self.tr("Delete &old notes…"), self)
        self.purge_action.triggered.connect(self.purge_old_notes)
        child(self.form, QPushButton, "newEncounterButton").clicked.connect(self.new_encounter)
        self.edit_button = child(self.form, QPushButton, "editPersonButton")
        self.edit_button.clicked.connect(self.edit_person)
        self.follow_up_button = child(self.form, QPushButton, "followUpButton")
        self.follow_up_button.clicked.connect(self.add_follow_up)
        self.side_dialog: ContactDialog | FollowUpDialog | None = None
        self.current_contact: Contact | None = None
        child(self.form, QPushButton, "doneButton").clicked.connect(self.mark_done)
        child(self.form, QPushButton, "snoozeButton").clicked.connect(lambda: self.snooze(1))
        child(self.form, QPushButton, "snoozeWeekButton").clicked.connect(lambda: self.snooze(7))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self._enter_list)
        self.contacts.selectionModel().selectionChanged.connect(self._on_contact_selected)
        self.timeline.tree.currentItemChanged.connect(lambda *_: self._show_note())
        self.timeline.outcome_chosen.connect(self.set_outcome)
        self.dialog: EncounterDialog | None = None
        self.contact_id: int | None = None
        self.due_items: list[FollowUp] = []

    # -- View ------------------------------------------------------------------------------------
    def view_actions(self) -> list[QAction]:
        return [self.new_encounter_action, self.find_action, self.purge_action]

    def attach(self, session: Session) -> None:
        super().attach(session)
        after_days = self.context.settings.referral_follow_up_days
        now = self.context.clock()
        # Referrals left unanswered for N days become follow-ups, once, on unlock.
        session.write(
            lambda vault: _with_tx(
                vault, lambda conn: follow_up_unanswered(conn, after_days=after_days, now=now)
            )
        ).owned_by(self, "overdue").announces(lambda n: NOTES if n else Changes()).run()
        self.reload()
        self.retention.on_empty = lambda: None
        self.retention.check(session)  # asks first; nothing goes without a yes

    def purge_old_notes(self) -> None:
        """On demand: say what is older than the retention period, and purge it if asked."""
        if self.session is None:
            return
        self.retention.on_empty = self._nothing_to_purge
        self.retention.check(self.session)

    def _nothing_to_purge(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Delete old notes"),
            self.tr("No notes are older than the retention period."),
        )

    def detach(self) -> None:
        side, self.side_dialog = self.side_dialog, None
        if side is not None:
            side.wipe()
            if self.session is not None:
                self.session.tasks.drop(side)
            side.reject()
            side.deleteLater()
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.wipe()
            if self.session is not None:
                self.session.tasks.drop(dialog)
            dialog.reject()
            dialog.deleteLater()
        if self.session is not None:  # the prompt's work is its own, not the view's
            self.session.tasks.drop(self.retention)
        super().detach()
        self.guard.clear_if_ours()
        self._debounce.stop()
        self.search.setText("")
        self.model.clear()
        self.contact_count.clear()
        self._clear_contact()
        self.due.clear()
        self.due_items = []
        self.due_label.clear()

    def on_changes(self, changes: Changes) -> None:
        if changes.notes:
            self.reload()

    def activated(self) -> None:
        self.focus_search()

    # -- reading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self.run_search()
        self.load_due()
        if self.contact_id is not None:
            self.load_timeline(self.contact_id)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def _enter_list(self) -> None:
        """Enter in the search box: into the list, on its first person if none is chosen."""
        self.contacts.setFocus()
        if not self.contacts.currentIndex().isValid() and self.model.rowCount():
            self.contacts.setCurrentIndex(self.model.index(0))

    def run_search(self) -> None:
        if self.session is None:
            return
        query = self.search.text()
        if query.strip():
            self.session.query(lambda conn: search_notes(conn, query)).owned_by(
                self, "search"
            ).on_success(self._show_hits).run()
        else:
            self.session.query(lambda conn: recent_contacts(conn, 500)).owned_by(
                self, "search"
            ).on_success(self._show_contacts).run()

    def _show_hits(self, hits: list[NotesHit]) -> None:
        self.model.set_hits(hits)
        self._after_list()

    def _show_contacts(self, contacts: list[Contact]) -> None:
        self.model.set_contacts(contacts)
        self._after_list()

    def _after_list(self) -> None:
        count = self.model.rowCount()
        self.contact_count.setText(
            self.tr("1 person") if count == 1 else self.tr("%1 people").replace("%1", str(count))
        )
        if self.contact_id is not None:
            row = self.model.row_of(self.contact_id)
            if row >= 0:
                self.contacts.setCurrentIndex(self.model.index(row))

    def _on_contact_selected(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        contact_id = indexes[0].data(CONTACT_ID_ROLE)
        if contact_id is not None and contact_id != self.contact_id:
            self.contact_id = int(contact_id)
            self.load_timeline(self.contact_id)

    def load_timeline(self, contact_id: int) -> None:
        if self.session is None:
            return
        self.session.query(lambda conn: timeline(conn, contact_id)).owned_by(
            self, "timeline"
        ).on_success(self._show_timeline).run()

    def _show_timeline(self, result: Timeline | None) -> None:
        if result is None:  # purged or deleted meanwhile
            self.contact_id = None
            self._clear_contact()
            return
        contact = result.contact
        self.current_contact = contact
        self.edit_button.setEnabled(True)
        self.follow_up_button.setEnabled(True)
        self.title.setText(contact.alias)
        facts = []
        if contact.do_not_contact:
            facts.append(self.tr("Do not contact."))
        if contact.how_to_reach:
            facts.append(self.tr("How to reach: %1").replace("%1", contact.how_to_reach))
        if contact.consent is not None:
            facts.append(
                self.tr("Consent to notes: yes")
                if contact.consent
                else self.tr("Consent to notes: no")
            )
        self.facts.setText("  ".join(facts))
        self.timeline.show(result)
        self._show_note()

    def _show_note(self) -> None:
        encounter = self.timeline.current_encounter()
        self.note_view.setPlainText(self.timeline.notes.get(encounter, "") if encounter else "")
        self.note_view.document().clearUndoRedoStacks()

    def _clear_contact(self) -> None:
        self.current_contact = None
        self.edit_button.setEnabled(False)
        self.follow_up_button.setEnabled(False)
        self.title.clear()
        self.facts.clear()
        self.timeline.clear()
        self.note_view.setPlainText("")
        self.note_view.document().clearUndoRedoStacks()

    def load_due(self) -> None:
        if self.session is None:
            return
        now = self.context.clock()
        self.session.query(lambda conn: due_list(conn, now=now)).owned_by(self, "due").on_success(
            self._show_due
        ).run()

    def _show_due(self, items: list[FollowUp]) -> None:
        today = local_date(self.context.clock())
        current = self.due.currentRow()
        self.due.clear()
        self.due_items = items
        for item in items:
            row = QListWidgetItem(words.due_line(item, today))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.due.addItem(row)
        if items:
            self.due.setCurrentRow(min(max(current, 0), len(items) - 1))
        self.due_empty.setVisible(not items)
        self.due_label.setText(words.due_count(len(items)) if items else "")
        title = (
            self.tr("D&ue today (%1)").replace("%1", str(len(items)))
            if items
            else self.tr("D&ue today")
        )
        self.tabs.setTabText(1, title)

    # -- writing ---------------------------------------------------------------------------------
    def new_encounter(self) -> None:
        if self.session is None:
            return
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = EncounterDialog(
            self.session, self.context.clock, self.guard, self, contact_id=self.contact_id
        )
        dialog.saved.connect(self._encounter_saved)
        dialog.finished.connect(lambda _: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def edit_person(self) -> None:
        if self.session is not None and self.current_contact is not None:
            self._open_side(
                ContactDialog(self.session, self.context.clock, self.current_contact, self)
            )

    def add_follow_up(self) -> None:
        contact = self.current_contact
        if self.session is not None and contact is not None and contact.id is not None:
            self._open_side(FollowUpDialog(self.session, self.context.clock, contact.id, self))

    def _open_side(self, dialog: ContactDialog | FollowUpDialog) -> None:
        if self.side_dialog is not None:
            self.side_dialog.wipe()
            self.side_dialog.reject()
        self.side_dialog = dialog
        dialog.finished.connect(lambda _: self._side_closed(dialog))
        dialog.open()

    def _side_closed(self, dialog: ContactDialog | FollowUpDialog) -> None:
        dialog.wipe()
        if self.side_dialog is dialog:
            self.side_dialog = None
        dialog.deleteLater()

    def _dialog_closed(self, dialog: EncounterDialog) -> None:
        dialog.wipe()
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _encounter_saved(self, contact_id: int) -> None:
        # The list reloads on the change the save announced; show the person just written.
        self.contact_id = contact_id
        self.load_timeline(contact_id)
        row = self.model.row_of(contact_id)
        if row >= 0:
            self.contacts.setCurrentIndex(self.model.index(row))

    def set_outcome(self, referral_id: int, status: str) -> None:
        if self.session is None:
            return
        now = self.context.clock()
        self.session.write(
            lambda vault: _with_tx(
                vault, lambda conn: set_status(conn, referral_id, Status(status), now=now)
            )
        ).owned_by(self, "outcome").announces(lambda _: NOTES).run()

    def _current_follow_up(self) -> int | None:
        row = self.due.currentItem()
        return None if row is None else int(row.data(Qt.ItemDataRole.UserRole))

    def mark_done(self) -> None:
        follow_up = self._current_follow_up()
        if self.session is None or follow_up is None:
            return
        now = self.context.clock()
        self.session.write(
            lambda vault: _with_tx(vault, lambda conn: mark_done(conn, follow_up, now=now))
        ).owned_by(self, "due-write").announces(lambda _: NOTES).run()

    def snooze(self, days: int) -> None:
        follow_up = self._current_follow_up()
        if self.session is None or follow_up is None:
            return
        now = self.context.clock()
        until = local_date(now) + timedelta(days=days)
        self.session.write(
            lambda vault: _with_tx(vault, lambda conn: snooze(conn, follow_up, until, now=now))
        ).owned_by(self, "due-write").announces(lambda _: NOTES).run()


def _with_tx(vault: Vault, fn: Callable[[Connection], T]) -> T:
    with vault.transaction() as conn:
        return fn(conn)
