"""The Coordinator view: set up or open a feed, import into a draft, review, correct, publish.

Everything it does is a call into :mod:`outreach.desk` (the same core as ``outreach desk``),
run off the GUI thread; the view only shows the results. Messages appear in the tab they
belong to, not in pop-ups, so the coordinator keeps the review in sight.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from outreach.desk.setup import create_feed, key_sheet_html
from outreach.gui.background import Background
from outreach.gui.colours import Role, text_style
from outreach.gui.desk.dialogs import CorrectionDialog, FeedSetupDialog
from outreach.gui.desk.publish_panel import PublishPanel
from outreach.gui.desk.state import DeskState, read_state
from outreach.gui.errors import Failure
from outreach.gui.forms import child, embed_form
from outreach.gui.session import Session
from outreach.gui.view import View, ViewContext
from outreach.packs.review import ChangeKind, ServiceChange
from outreach.packs.reviewed_fields import FIELD_LABELS, REVIEWED_FIELDS, reviewed_fields

log = logging.getLogger(__name__)

_MARKS = {"added": "+", "updated": "~", "removed": "−", "unchanged": "="}
_CHANGED_BACKGROUND = Qt.GlobalColor.yellow


class ProgressRelay(QObject):
    """Carries progress from a worker thread to the GUI thread (a queued signal)."""

    reported = Signal(int, int, str)

    def report(self, done: int, total: int, message: str) -> None:
        self.reported.emit(done, total, message)


class CoordinatorView(View):
    """The coordinator's desk in the main window.

    It works on files (the feed folder, the desk folder, the export), never on the vault;
    it is a view of the window like the others, filled on unlock and wiped on lock.
    """

    #: Emitted after a feed was opened or set up (the app remembers it in the settings).
    feed_opened = Signal(str)
    #: A background step finished (ok or not); tests wait on :attr:`busy` instead.
    settled = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.settings = context.settings
        self.tasks: Any = None
        self.state: DeskState | None = None
        self.busy = False
        self.setup_dialog: FeedSetupDialog | None = None
        self.correction_dialog: CorrectionDialog | None = None
        form = embed_form("coordinator_view", self)
        self.form = form
        self.feed_title = child(form, QLabel, "feedTitle")
        self.no_feed = child(form, QLabel, "noFeed")
        self.tabs = child(form, QTabWidget, "deskTabs")
        self.setup_button = child(form, QPushButton, "setupFeed")
        self.open_button = child(form, QPushButton, "openFeed")
        self.import_file = child(form, QPushButton, "importFile")
        self.import_folder = child(form, QPushButton, "importFolder")
        self.import_report = child(form, QPushButton, "importReport")
        self.report_box: QMessageBox | None = None
        self.summary = child(form, QLabel, "summary")
        self.warnings = child(form, QLabel, "warnings")
        self.show_kind: dict[ChangeKind, QCheckBox] = {
            "added": child(form, QCheckBox, "showAdded"),
            "updated": child(form, QCheckBox, "showUpdated"),
            "removed": child(form, QCheckBox, "showRemoved"),
            "unchanged": child(form, QCheckBox, "showUnchanged"),
        }
        self.category = child(form, QComboBox, "category")
        self.search = child(form, QLineEdit, "search")
        self.changes = child(form, QListWidget, "changes")
        self.change_title = child(form, QLabel, "changeTitle")
        self.diff = child(form, QTableWidget, "diff")
        self.correct_button = child(form, QPushButton, "correct")
        self.corrections = child(form, QListWidget, "corrections")
        self.forget_button = child(form, QPushButton, "forget")
        self.warnings.setStyleSheet(text_style(Role.ERROR))
        title_font = QFont(self.feed_title.font())
        title_font.setBold(True)
        title_font.setPointSize(title_font.pointSize() + 2)
        self.feed_title.setFont(title_font)
        self.diff.setColumnCount(3)
        self.diff.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Published now"), self.tr("In the draft")]
        )
        self.diff.verticalHeader().setVisible(False)
        header = self.diff.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.progress = ProgressRelay(self)
        self.publish_panel = PublishPanel(self, form)

        self.setup_button.clicked.connect(self.start_setup)
        self.open_button.clicked.connect(self._choose_feed)
        self.import_file.clicked.connect(self._choose_export_file)
        self.import_folder.clicked.connect(self._choose_export_folder)
        self.import_report.clicked.connect(self.show_import_report)
        for box in self.show_kind.values():
            box.toggled.connect(self._fill_changes)
        self.category.currentIndexChanged.connect(self._fill_changes)
        self.search.textChanged.connect(self._fill_changes)
        self.changes.currentItemChanged.connect(self._show_change)
        self.correct_button.clicked.connect(self.start_correction)
        self.forget_button.clicked.connect(self._forget)
        self.corrections.currentItemChanged.connect(
            lambda *_: self.forget_button.setEnabled(self.corrections.currentItem() is not None)
        )
        self.setAcceptDrops(True)
        self._show_state(None)

    # -- the session ----------------------------------------------------------------------

    def attach(self, session: Session) -> None:
        super().attach(session)
        self.tasks = session.tasks
        self._enable()
        if self.settings.desk_feed_dir and self.state is None:
            self.open_feed(Path(self.settings.desk_feed_dir))

    def detach(self) -> None:
        super().detach()  # drops the step in flight: its result is never shown
        self.tasks = None
        self.busy = False
        self._show_state(None)

    # -- running desk steps off the GUI thread --------------------------------------------

    def run_step(
        self,
        work: Callable[[], Any],
        on_ok: Callable[[Any], None],
        show_error: Callable[[str], None],
    ) -> None:
        """Run ``work`` on a worker thread; one step at a time."""
        if self.tasks is None or self.busy:
            return
        self.busy = True
        self._enable()

        def ok(result: Any) -> None:
            self.busy = False
            try:
                on_ok(result)
            finally:
                self._enable()
                self.settled.emit()

        def failed(failure: Failure) -> None:
            self.busy = False
            if not failure.cancelled:
                show_error(failure.text)  # a bug is logged by type and shown as such
            self._enable()
            self.settled.emit()

        (
            Background.on_network(self.tasks, work)
            .owned_by(self, lane="desk")
            .on_success(ok)
            .on_failure(failed)
            .run()
        )

    def reload(self, after: Callable[[], None] | None = None) -> None:
        """Read the desk again and show it."""
        if self.state is None:
            return
        feed_dir = self.state.desk.feed_dir

        def shown(state: DeskState) -> None:
            self._show_state(state)
            if after is not None:
                after()

        self.run_step(lambda: read_state(feed_dir), shown, self.show_review_error)

    # -- opening and setting up -----------------------------------------------------------

    def open_feed(self, feed_dir: Path) -> None:
        def opened(state: DeskState) -> None:
            self._show_state(state)
            self._remember(state)

        self.run_step(lambda: read_state(Path(feed_dir)), opened, self._show_open_error)

    def _remember(self, state: DeskState) -> None:
        """Open this feed again next time (its folder path only: nothing secret)."""
        folder = str(state.desk.feed_dir.resolve())
        if self.settings.desk_feed_dir != folder or not self.settings.publishes_feed:
            self.settings.desk_feed_dir = folder
            self.settings.publishes_feed = True
            self.settings.save()
        self.feed_opened.emit(folder)

    def _choose_feed(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Open a feed folder"))
        if chosen:
            self.open_feed(Path(chosen))

    def _show_open_error(self, message: str) -> None:
        self.no_feed.setText(message)
        self.no_feed.setStyleSheet(text_style(Role.ERROR))
        self.no_feed.show()

    def start_setup(self) -> None:
        dialog = FeedSetupDialog(self)
        self.setup_dialog = dialog
        dialog.create_requested.connect(self._create_feed)
        dialog.print_sheet.clicked.connect(self.publish_panel.print_key_sheet)
        dialog.save_sheet.clicked.connect(self.publish_panel.save_key_sheet_pdf)
        dialog.open()

    def _create_feed(self, name: str, feed_dir: str, key_dir: str, secrets: dict[str, str]) -> None:
        dialog = self.setup_dialog
        assert dialog is not None

        def work() -> tuple[DeskState, str]:
            try:
                desk = create_feed(Path(feed_dir), Path(key_dir), name, secrets.__getitem__)
            finally:
                secrets.clear()
            return read_state(desk.feed_dir), key_sheet_html(desk.repo, Path(key_dir))

        def created(result: tuple[DeskState, str]) -> None:
            state, sheet = result
            self._show_state(state)
            self._remember(state)
            dialog.created(sheet)

        self.run_step(work, created, dialog.failed)

    # -- importing ------------------------------------------------------------------------

    def _choose_export_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import an export"),
            "",
            self.tr("Directory exports (*.json *.csv *.txt *.tsv);;All files (*)"),
        )
        if chosen:
            self.import_export([Path(chosen)])

    def _choose_export_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Import an export folder"))
        if chosen:
            self.import_export([Path(chosen)])

    def import_export(self, paths: list[Path]) -> None:
        if self.state is None:
            return
        desk = self.state.desk
        names = ", ".join(path.name for path in paths)
        self.summary.setText(self.tr("Importing %1…").replace("%1", names))
        self.tabs.setCurrentIndex(0)

        def work() -> tuple[DeskState, tuple[str, ...]]:
            outcome = desk.import_sources(paths, progress=self.progress.report)
            return read_state(desk.feed_dir), outcome.report_lines

        def imported(result: tuple[DeskState, tuple[str, ...]]) -> None:
            state, report = result
            self._show_state(state)
            self.summary.setToolTip("\n".join(report))

        self.run_step(work, imported, self.show_review_error)

    def show_import_report(self) -> None:
        """What the last import read, skipped and repaired, file by file (as the CLI prints)."""
        info = self.state.source_info if self.state else {}
        lines = [str(line) for line in info.get("report") or ()]
        if not lines:
            return
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Import report"))
        box.setText(
            self.tr("%1 services read from %2.")
            .replace("%1", str(info.get("services", "")))
            .replace("%2", ", ".join(Path(p).name for p in info.get("sources") or ()))
        )
        box.setDetailedText("\n".join(lines))
        self.report_box = box
        box.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.state is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and self.state is not None:
            event.acceptProposedAction()
            self.import_export(paths)

    # -- reviewing ------------------------------------------------------------------------

    def show_review_error(self, message: str) -> None:
        self.warnings.setText(message)

    def _show_state(self, state: DeskState | None) -> None:
        self.state = state
        has_feed = state is not None
        self.tabs.setVisible(has_feed)
        self.no_feed.setVisible(not has_feed)
        self.no_feed.setStyleSheet("")
        if state is None:
            self.feed_title.setText(self.tr("No feed open"))
            self.changes.clear()
            self.corrections.clear()
            self.diff.setRowCount(0)
            self.summary.clear()
            self.warnings.clear()
            self.publish_panel.show_state(None)
            self._enable()
            return
        version = (
            self.tr("version %1 is live").replace("%1", str(state.latest_version))
            if state.latest_version
            else self.tr("nothing published yet")
        )
        self.feed_title.setText(f"{state.name} · {version} · {state.desk.feed_dir}")
        review = state.review
        if review is None:
            self.summary.setText(
                self.tr("No draft yet: import your directory export to start the next version.")
            )
            self.warnings.clear()
        else:
            self.summary.setText(
                self.tr("Draft for version %1: %2 added, %3 updated, %4 removed, %5 unchanged.")
                .replace("%1", str(state.latest_version + 1))
                .replace("%2", str(review.count("added")))
                .replace("%3", str(review.count("updated")))
                .replace("%4", str(review.count("removed")))
                .replace("%5", str(review.unchanged))
            )
            self.warnings.setText("\n".join(f"⚠ {w.message}" for w in review.warnings))
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), "")
        for name in review.categories if review else ():
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(0, self.category.findData(current or "")))
        self.category.blockSignals(False)
        self._fill_changes()
        self.corrections.clear()
        for outcome in state.outcomes:
            item = QListWidgetItem(outcome.describe())
            item.setData(Qt.ItemDataRole.UserRole, (outcome.service_id, outcome.field))
            if outcome.state in ("record-gone", "source-agrees", "source-changed"):
                item.setForeground(Qt.GlobalColor.darkYellow)
            self.corrections.addItem(item)
        self.publish_panel.show_state(state)
        self._enable()

    def _fill_changes(self) -> None:
        selected = self.selected_service_id()
        self.changes.clear()
        review = self.state.review if self.state else None
        if review is None:
            self._show_change()
            return
        kinds = [kind for kind, box in self.show_kind.items() if box.isChecked()]
        for change in review.filtered(
            kinds, category=self.category.currentData() or None, search=self.search.text()
        ):
            item = QListWidgetItem(f"{_MARKS[change.kind]}  {change.name}")
            item.setData(Qt.ItemDataRole.UserRole, change)
            self.changes.addItem(item)
            if change.service_id == selected:
                self.changes.setCurrentItem(item)
        if self.changes.currentItem() is None and self.changes.count():
            self.changes.setCurrentRow(0)
        self._show_change()

    def selected_change(self) -> ServiceChange | None:
        item = self.changes.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        return value if isinstance(value, ServiceChange) else None

    def selected_service_id(self) -> str | None:
        change = self.selected_change()
        return change.service_id if change else None

    def _show_change(self, *_: object) -> None:
        change = self.selected_change()
        self.diff.setRowCount(0)
        if change is None or self.state is None:
            self.change_title.clear()
            self._enable()
            return
        kind = {
            "added": self.tr("New service"),
            "updated": self.tr("Changed service"),
            "removed": self.tr("Removed service"),
            "unchanged": self.tr("Unchanged service"),
        }[change.kind]
        other = self.tr(" Other details changed too.") if change.other_changes else ""
        self.change_title.setText(f"<b>{change.name}</b> · {kind}.{other}")
        old = self.state.published.get(change.service_id)
        new = self.state.draft.get(change.service_id)
        old_fields = reviewed_fields(old) if old else {}
        new_fields = reviewed_fields(new) if new else {}
        changed = {field.field for field in change.fields}
        self.diff.setRowCount(len(REVIEWED_FIELDS))
        for row, name in enumerate(REVIEWED_FIELDS):
            cells = [
                QTableWidgetItem(self._field_label(name)),
                QTableWidgetItem(old_fields.get(name, "")),
                QTableWidgetItem(new_fields.get(name, "")),
            ]
            for column, cell in enumerate(cells):
                if name in changed and change.kind == "updated":
                    cell.setBackground(_CHANGED_BACKGROUND)
                    if column == 0:
                        font = cell.font()
                        font.setBold(True)
                        cell.setFont(font)
                self.diff.setItem(row, column, cell)
        self.diff.resizeRowsToContents()
        self._enable()

    def _field_label(self, name: str) -> str:
        labels = {
            "name": self.tr("Name"),
            "status": self.tr("Status"),
            "phones": self.tr("Phones"),
            "hours": self.tr("Hours"),
            "address": self.tr("Address"),
            "description": self.tr("Description"),
            "alert": self.tr("Note for workers"),
        }
        return labels.get(name, FIELD_LABELS.get(name, name))

    # -- correcting -----------------------------------------------------------------------

    def start_correction(self) -> None:
        change = self.selected_change()
        if change is None or self.state is None or change.kind == "removed":
            return
        existing = self.state.desk.overlay().corrections.get(change.service_id)
        dialog = CorrectionDialog(change.name, existing, self)
        self.correction_dialog = dialog
        service_id = change.service_id
        desk = self.state.desk

        def save(changes: dict[str, Any]) -> None:
            def work() -> DeskState:
                desk.correct(service_id, changes)
                return read_state(desk.feed_dir)

            def saved(state: DeskState) -> None:
                dialog.accept()
                self._show_state(state)

            self.run_step(work, saved, dialog.refused)

        dialog.save_requested.connect(save)
        dialog.open()

    def _forget(self) -> None:
        item = self.corrections.currentItem()
        if item is None or self.state is None:
            return
        service_id, field = item.data(Qt.ItemDataRole.UserRole)
        desk = self.state.desk

        def work() -> DeskState:
            desk.forget(service_id, field)
            return read_state(desk.feed_dir)

        self.run_step(work, self._show_state, self.show_review_error)

    # -- enabling -------------------------------------------------------------------------

    def _enable(self) -> None:
        idle = not self.busy and self.tasks is not None
        has_feed = self.state is not None
        self.setup_button.setEnabled(idle)
        self.open_button.setEnabled(idle)
        self.import_file.setEnabled(idle and has_feed)
        self.import_folder.setEnabled(idle and has_feed)
        self.import_report.setEnabled(
            idle and bool(self.state and self.state.source_info.get("report"))
        )
        change = self.selected_change()
        self.correct_button.setEnabled(idle and change is not None and change.kind != "removed")
        self.forget_button.setEnabled(idle and self.corrections.currentItem() is not None)
        self.publish_panel.enable(idle)
