"""The directory view: search as you type, filters, results, details, the starter offer.

Every database call is background work on the single database worker
(:mod:`outreach.gui.background`), so the window never waits on the vault. Searches run in one
lane: only the latest one's results are shown, and while one runs, newer keystrokes collapse
into a single follow-up search instead of queueing one per key. The view refreshes itself when
the session announces that the directory or the feeds changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QWidget,
)

from outreach.changes import Changes
from outreach.directory.search import categories, languages
from outreach.directory.store import count_services, get_directory_info, verified_date_span
from outreach.gui import wording
from outreach.gui.directory.detail_pane import DetailPane
from outreach.gui.directory.filter_bar import FilterBar
from outreach.gui.directory.results_model import ID_ROLE, ServiceDelegate, ServiceListModel
from outreach.gui.directory.search_job import (
    RESULT_LIMIT,
    FilterState,
    SearchOutcome,
    empty_answer_text,
    run_search,
    unknown_hours_button_text,
    unknown_hours_text,
)
from outreach.gui.directory.starter_offer import StarterOffer
from outreach.gui.directory.status import DirectoryStatus, DirectoryStatusArea, directory_status
from outreach.gui.errors import Failure, FailureKind, show_failure
from outreach.gui.forms import child, embed_form
from outreach.gui.place import HOME_PLACE_KEY, PLACE_ASKED_KEY, PlaceDialog
from outreach.gui.refer_dialog import ReferDialog
from outreach.gui.session import Session
from outreach.gui.view import View, ViewContext
from outreach.packs.starter import starter_update_due
from outreach.packs.state import pack_state
from outreach.vault.db import Connection

#: Milliseconds of quiet typing before a search runs.
DEBOUNCE_MS = 120


def _overview(conn: Connection) -> dict[str, Any]:
    """Everything the view needs after unlock, read in one trip to the worker."""
    return {
        "services": count_services(conn),
        "state": pack_state(conn),
        "info": get_directory_info(conn),
        "data_dates": verified_date_span(conn),
        "categories": categories(conn),
        "languages": languages(conn),
    }


class DirectoryView(View):
    """The main view of an unlocked vault: find a service and refer to it."""

    #: ``(services_text, age_text, warning)`` for the status bar, after every refresh.
    status_changed = Signal(str, str, bool)
    #: The results on screen changed (after a search, a clear or a lock).
    results_changed = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = embed_form("directory_view", self)
        self.search_edit = child(self.form, QLineEdit, "searchEdit")
        self.result_count = child(self.form, QLabel, "resultCount")
        self.message = child(self.form, QLabel, "messageLabel")
        self.pages = child(self.form, QStackedWidget, "pages")
        self.hint_page = child(self.form, QWidget, "hintPage")
        self.results_page = child(self.form, QWidget, "resultsPage")
        self.starter_page = child(self.form, QWidget, "starterPage")
        self.results = child(self.form, QListView, "resultsList")
        self.more_button = child(self.form, QPushButton, "moreButton")
        self.unknown_hours_button = child(self.form, QPushButton, "unknownHoursButton")
        self.detail_browser = child(self.form, QTextBrowser, "detailBrowser")
        self.clock = context.clock
        self.status_bar = DirectoryStatusArea(self.status_area)
        self.find_action = QAction(self.tr("&Find service"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.focus_search)
        self.refer_action = QAction(self.tr("&Refer to this service…"), self)
        self.refer_action.setShortcut(QKeySequence("Ctrl+R"))
        self.refer_action.triggered.connect(self.refer)
        self.refer_dialog: ReferDialog | None = None
        self.model = ServiceListModel(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(ServiceDelegate(self.results))
        # The details need the room: 2/5 of the width for the list, 3/5 for the record.
        splitter = child(self.form, QSplitter, "splitter")
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.filters = FilterBar(self.form, lambda: context.settings.default_radius_km)
        self.detail = DetailPane(self.form, lambda: self.clock())
        self.starter = StarterOffer(self.form)
        self.detail.refer_button.clicked.connect(self.refer)
        # The slip's keys are actions, not the buttons' shortcuts: a button has one shortcut,
        # and Ctrl+P there took the place of its underlined Alt+P.
        self.copy_slip_action = QAction(self.tr("&Copy referral slip"), self)
        self.copy_slip_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_slip_action.triggered.connect(self.detail.copy_referral)
        self.print_slip_action = QAction(self.tr("&Print slip…"), self)
        self.print_slip_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_slip_action.triggered.connect(self.detail.print_slip)
        self.pdf_slip_action = QAction(self.tr("Save slip as P&DF…"), self)
        self.pdf_slip_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.pdf_slip_action.triggered.connect(self.detail.save_slip_pdf)
        #: The worker's place as last put in the Near box ("" for none).
        self._home_place_shown = ""
        self.place_dialog: PlaceDialog | None = None
        self.starter.upgrading.connect(self._show_message)
        self.status: DirectoryStatus | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search_edit.textChanged.connect(self._schedule)
        self.filters.changed.connect(self._schedule)
        #: "Open now" also shows services with unknown hours (until "Open now" is changed).
        self._with_unknown_hours = False
        #: The search on screen: (query, filters, with unknown hours), to tell a new search
        #: (start at the top) from the same one again (keep the place in the list).
        self._shown_key: tuple[str, FilterState, bool] | None = None
        self._last_outcome: SearchOutcome | None = None
        self._loading_more = False
        self.filters.open_now.toggled.connect(self._forget_unknown_hours)
        self.more_button.clicked.connect(self.show_more)
        self.unknown_hours_button.clicked.connect(self._toggle_unknown_hours)
        self.results.selectionModel().selectionChanged.connect(self._on_selection)
        for watched in (self.search_edit, self.results, self.detail_browser):
            watched.installEventFilter(self)
        self.pages.setCurrentWidget(self.hint_page)

    # -- View ----------------------------------------------------------------------------------
    def view_actions(self) -> list[QAction]:
        return [
            self.find_action,
            self.refer_action,
            self.copy_slip_action,
            self.print_slip_action,
            self.pdf_slip_action,
        ]

    def view_keys(self) -> list[tuple[str, str]]:
        # What eventFilter below does, said once for Help → Keyboard shortcuts.
        return [
            (self.tr("↓ or Enter"), self.tr("From the search box to the results")),
            (self.tr("Enter"), self.tr("From a result to its details")),
            (self.tr("Esc"), self.tr("Back to the search box (in the search box: clear it)")),
        ]

    def attach(self, session: Session) -> None:
        """Show the vault's directory: status, filter lists, and the search box focused."""
        super().attach(session)
        self.refresh()
        self.focus_search()

    def on_changes(self, changes: Changes) -> None:
        # The feeds' check times are the directory's age in the status bar.
        if changes.directory or changes.feeds:
            self.refresh()

    def activated(self) -> None:
        if self.session is not None:
            self.focus_search()

    def detach(self) -> None:
        """Wipe everything that came from the vault: text, results, details, lists, status."""
        dialog, self.refer_dialog = self.refer_dialog, None
        if dialog is not None:  # it may hold an alias being typed
            dialog.wipe()
            dialog.reject()
            dialog.deleteLater()
        place_dialog, self.place_dialog = self.place_dialog, None
        if place_dialog is not None:  # closed unanswered: a lock is no answer, ask again
            place_dialog.done(0)
            place_dialog.deleteLater()
        super().detach()
        self._debounce.stop()
        self.starter.reset()
        self._home_place_shown = ""
        # Not blocked: Qt hides the empty box's clear button from the box's own textChanged
        # (blocked, the button stayed after unlock); detached, _schedule ignores it anyway.
        self.search_edit.clear()
        self.filters.blockSignals(True)
        self.filters.clear_choices()
        self.filters.blockSignals(False)
        self.model.clear()
        self.detail.clear()
        self.detail.forget_clipboard()
        self.result_count.clear()
        self._show_message("")
        self._with_unknown_hours = False
        self._shown_key = None
        self._last_outcome = None
        self.more_button.hide()
        self.unknown_hours_button.hide()
        self.status = None
        self.status_bar.clear()
        self.pages.setCurrentWidget(self.hint_page)
        self.results_changed.emit()

    # -- public --------------------------------------------------------------------------------
    def refer(self) -> None:
        """Refer someone to the service on screen (Ctrl+R): the notes hear of it by the change."""
        if self.session is None or self.detail.record is None:
            return
        if self.refer_dialog is not None:
            self.refer_dialog.wipe()
            self.refer_dialog.deleteLater()
        dialog = ReferDialog(self.session, self.detail.record, self.clock, self)
        dialog.finished.connect(lambda _: self._refer_closed(dialog))
        self.refer_dialog = dialog
        dialog.open()

    def _refer_closed(self, dialog: ReferDialog) -> None:
        dialog.wipe()
        if self.refer_dialog is dialog:
            self.refer_dialog = None
        dialog.deleteLater()

    def refresh(self) -> None:
        """Re-read the counts, the data age and the filter lists (after unlock or an update)."""
        session = self.session
        if session is None:
            return
        session.query(_overview).owned_by(self, lane="overview").on_success(
            self._on_overview
        ).on_failure(self._on_failure).run()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @property
    def search_running(self) -> bool:
        """A search was handed to the database worker and has not reported back."""
        session = self.session
        return session is not None and session.tasks.busy(self, "search")

    @property
    def searching(self) -> bool:
        """A search is waiting for the debounce or running on the worker."""
        return self._debounce.isActive() or self.search_running

    # -- overview and starter ------------------------------------------------------------------
    def _on_overview(self, overview: dict[str, Any]) -> None:
        session = self.session
        if session is None:
            return
        self.status = directory_status(
            overview["services"],
            overview["state"],
            overview["info"],
            self.clock(),
            data_dates=overview["data_dates"],
        )
        self.status_bar.show_status(self.status)
        self.filters.fill(overview["categories"], overview["languages"])
        self.status_changed.emit(
            self.status.services_text, self.status.age_text, self.status.warning
        )
        empty = overview["services"] == 0
        self.search_edit.setEnabled(not empty)
        self.filters.set_enabled(not empty)
        if empty:
            self.pages.setCurrentWidget(self.starter_page)
            self.starter.offer(session)
            if not self.starter.place.text():  # a place set in Settings is the answer so far
                self.starter.place.setText(overview["info"].get(HOME_PLACE_KEY, ""))
            self.starter.place.setFocus()  # first the question: where do you work?
        elif self.pages.currentWidget() is self.starter_page:
            self.pages.setCurrentWidget(self.hint_page)
            # The starter page held the focus; without this it falls to the results list.
            self.focus_search()
            self._schedule()
        info, state = overview["info"], overview["state"]
        self._use_home_place(info.get(HOME_PLACE_KEY, ""))
        if starter_update_due(state):
            self.starter.upgrade(session)
        elif (
            state.starter
            and not empty
            and not (info.get(HOME_PLACE_KEY) or info.get(PLACE_ASKED_KEY))
        ):
            self._ask_place(session)  # the old starter pack never asked: ask once, now

    def _use_home_place(self, place: str) -> None:
        """An empty Near box starts at the place the worker works; a new place (from
        Settings) replaces the old one there, but never a place the worker typed."""
        if place == self._home_place_shown:
            return
        near = self.filters.near.text().strip()
        if not near or near == self._home_place_shown:
            self.filters.near.setText(place)
        self._home_place_shown = place

    def _ask_place(self, session: Session) -> None:
        if self.place_dialog is not None:
            return
        dialog = PlaceDialog(self.window(), session)
        self.place_dialog = dialog
        dialog.finished.connect(lambda _result: self._place_answered(dialog))
        dialog.open()

    def _place_answered(self, dialog: PlaceDialog) -> None:
        if self.place_dialog is dialog:
            self.place_dialog = None
            dialog.deleteLater()

    # -- searching -----------------------------------------------------------------------------
    def _schedule(self) -> None:
        if self.session is not None:
            self._debounce.start()

    def _search_key(self) -> tuple[str, FilterState, bool]:
        return (self.search_edit.text(), self.filters.state(), self._with_unknown_hours)

    def _run_search(self, limit: int = RESULT_LIMIT) -> None:
        session = self.session
        if session is None or self.pages.currentWidget() is self.starter_page:
            return
        key = self._search_key()
        query, state, with_unknown = key
        now = self.clock()
        if not query.strip() and state.is_empty:
            if session.tasks.busy(self, "search"):
                # Through the lane, so the search running now is dropped when it reports.
                session.query(lambda conn: None).owned_by(self, lane="search").on_success(
                    self._show_results
                ).run()
            else:
                self._show_results(None)
            return
        session.query(
            lambda conn: run_search(
                conn, query, state, now, limit, include_unknown_hours=with_unknown
            )
        ).owned_by(self, lane="search").on_success(
            lambda outcome: self._show_results(outcome, key)
        ).on_failure(self._search_failed).run()

    def show_more(self) -> None:
        """The next page of the search on screen, added below what is shown."""
        if self._last_outcome is None or not self._last_outcome.more:
            return
        self.more_button.setEnabled(False)
        self._loading_more = True
        self._run_search(limit=self.model.rowCount() + RESULT_LIMIT)

    def _toggle_unknown_hours(self) -> None:
        self._with_unknown_hours = not self._with_unknown_hours
        self._debounce.stop()
        self._run_search()

    def _forget_unknown_hours(self) -> None:
        self._with_unknown_hours = False

    def _search_failed(self, failure: Failure) -> None:
        if failure.kind is not FailureKind.USER:
            self._on_failure(failure)
            return
        self.model.clear()
        self.detail.clear()
        self.result_count.setText(self.tr("No results"))
        self._show_message(failure.text)
        self._last_outcome = None
        self._shown_key = None
        self.more_button.hide()
        self.unknown_hours_button.hide()
        self.results_changed.emit()

    def _show_results(
        self, outcome: SearchOutcome | None, key: tuple[str, FilterState, bool] | None = None
    ) -> None:
        self._last_outcome = outcome
        if outcome is None:
            self.model.clear()
            self.detail.clear()
            self.result_count.clear()
            self._show_message("")
            self._shown_key = None
            self.more_button.hide()
            self.unknown_hours_button.hide()
            self.filters.radius.setEnabled(self.filters.near.isEnabled())
            self.pages.setCurrentWidget(self.hint_page)
            self.results_changed.emit()
            return
        hits = outcome.hits
        loading_more, self._loading_more = self._loading_more, False
        same_search = key is not None and key == self._shown_key
        self._shown_key = key
        keep = self.detail.service_id if same_search else None
        had_rows = self.model.rowCount() if same_search else 0
        list_had_focus = self.results.hasFocus() or self.more_button.hasFocus()
        scrolled = self.results.verticalScrollBar().value()
        self.model.set_hits(hits)
        self.pages.setCurrentWidget(self.results_page)
        self.result_count.setText(_count_text(len(hits), outcome.more))
        self.more_button.setVisible(outcome.more)
        self.more_button.setEnabled(True)
        # A whole state is searched as a whole: a radius means nothing there.
        self.filters.radius.setEnabled(not outcome.whole_region)
        self._show_unknown_hours_button(outcome)
        self._show_message(" ".join(self._notes(outcome)))
        rows = [h.id for h in hits]
        if not hits:
            self.detail.clear()
        elif same_search and loading_more and len(hits) > had_rows:
            # "Show more": go on to the first new one.
            self.results.setCurrentIndex(self.model.index(had_rows))
            self.results.verticalScrollBar().setValue(scrolled)
            self.results.scrollTo(self.model.index(had_rows))
        elif keep in rows:
            # The same search again (the directory changed): stay where the worker was.
            self.results.setCurrentIndex(self.model.index(rows.index(keep)))
            self.results.verticalScrollBar().setValue(scrolled)
        else:
            # A new search: the best (or nearest) result first, at the top of the list.
            # Selected without stealing focus from the search box: the worker keeps typing.
            self.results.setCurrentIndex(self.model.index(0))
            self.results.scrollToTop()
        if list_had_focus and hits and (loading_more or not self.more_button.isVisible()):
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        self.results_changed.emit()

    def _notes(self, outcome: SearchOutcome) -> list[str]:
        notes = []
        if outcome.place_label and outcome.whole_region:
            notes.append(self.tr("In %s.") % outcome.place_label)
        elif outcome.place_label:
            notes.append(self.tr("Near %s.") % outcome.place_label)
            if outcome.other_places:
                notes.append(
                    self.tr("(Also found in %d other states: add “, ST”.)") % outcome.other_places
                )
        if outcome.unknown_hours:
            notes.append(unknown_hours_text(outcome.unknown_hours, self._with_unknown_hours))
        elif not outcome.hits and outcome.empty is not None:
            notes.append(empty_answer_text(outcome.empty))
        elif not outcome.hits:
            notes.append(self.tr("Nothing found. Try another word or fewer filters."))
        return notes

    def _show_unknown_hours_button(self, outcome: SearchOutcome) -> None:
        count = outcome.unknown_hours
        self.unknown_hours_button.setVisible(count > 0)
        if count:
            text = unknown_hours_button_text(count, self._with_unknown_hours)
            self.unknown_hours_button.setText(text)
            self.unknown_hours_button.setAccessibleName(text)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._fit_message()

    def _fit_message(self) -> None:
        """A wrapping label asks for little width: give it its text's width, as room allows,
        so the button that goes with the message sits right after its words."""
        room = self.form.width() - 24
        if self.unknown_hours_button.isVisibleTo(self.form):
            room -= self.unknown_hours_button.sizeHint().width() + 8
        wanted = self.message.fontMetrics().horizontalAdvance(self.message.text()) + 4
        self.message.setMinimumWidth(max(0, min(wanted, room)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_message()

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if self.session is None or not indexes:
            return
        self.detail.show_service(self.session, str(indexes[0].data(ID_ROLE)))

    def _on_failure(self, failure: Failure) -> None:
        show_failure(self, failure)

    # -- keyboard ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_edit:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self._enter_results()
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
        elif watched is self.results:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.detail_browser.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key == Qt.Key.Key_Escape:
                self.focus_search()
                return True
            last = self.results.currentIndex().row() == self.model.rowCount() - 1
            if key == Qt.Key.Key_Down and last and self.more_button.isVisible():
                self.show_more()  # ↓ on the last row goes on to the next page
                return True
        elif watched is self.detail_browser and key == Qt.Key.Key_Escape:
            self.focus_search()
            return True
        return super().eventFilter(watched, event)

    def _enter_results(self) -> bool:
        if self.model.rowCount() == 0 or self.pages.currentWidget() is not self.results_page:
            return False
        if not self.results.currentIndex().isValid():
            self.results.setCurrentIndex(self.model.index(0))
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


def _count_text(hits: int, more: bool = False) -> str:
    """ "No results", "1 result", "37 results", "First 200 results" (more to show)."""
    if hits == 0:
        return QCoreApplication.translate("DirectoryView", "No results")
    if more:
        text = QCoreApplication.translate("DirectoryView", "First %1 results")
        return text.replace("%1", wording.number(hits))
    if hits == 1:
        return QCoreApplication.translate("DirectoryView", "1 result")
    text = QCoreApplication.translate("DirectoryView", "%1 results")
    return text.replace("%1", wording.number(hits))
