"""File → Import directory…: choose the source, then import it off the GUI thread.

Parsing runs on a network-pool worker (it reads files, not the vault); writing runs on the
database worker in one transaction, so Cancel or a failure at any point leaves the vault
exactly as it was. The outcome is shown in an :class:`ImportReportDialog`.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from outreach.cancel import CancelToken, Progress
from outreach.directory.store import UpsertSummary, upsert_records
from outreach.gui.background import Background
from outreach.gui.colours import Role, text_style
from outreach.gui.errors import Failure, FailureKind
from outreach.gui.forms import child, embed_form
from outreach.gui.import_report import ImportReportDialog
from outreach.gui.progress import TaskProgress
from outreach.gui.session import Session
from outreach.importers import ImportResult, import_path
from outreach.vault import Vault


@dataclass(frozen=True)
class ImportRequest:
    """What to import: a file or folder, an optional column mapping and time zone."""

    path: Path
    mapping: Path | None = None
    timezone: str | None = None


class ImportDialog(QDialog):
    """Asks for the source, mapping and time zone; :attr:`request` is set on accept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import directory"))
        form = embed_form("import_dialog", self)
        self.source = child(form, QLineEdit, "sourcePath")
        self.mapping = child(form, QLineEdit, "mappingPath")
        self.timezone = child(form, QComboBox, "timezone")
        self.error = child(form, QLabel, "error")
        self.error.setStyleSheet(text_style(Role.ERROR))
        self.buttons = child(form, QDialogButtonBox, "buttons")
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        child(form, QPushButton, "chooseFile").clicked.connect(self._choose_file)
        child(form, QPushButton, "chooseFolder").clicked.connect(self._choose_folder)
        child(form, QPushButton, "chooseMapping").clicked.connect(self._choose_mapping)
        # This device's zone first, named, then every other: not Africa/Abidjan at the top.
        own = system_zone_name()
        self.timezone.addItem(
            self.tr("From the data (or this device: %1)").replace("%1", own)
            if own
            else self.tr("From the data (or this device)"),
            "",
        )
        if own:
            self.timezone.addItem(own, own)
            self.timezone.insertSeparator(self.timezone.count())
        for zone in sorted(zoneinfo.available_timezones() - {own}):
            if "/" in zone and not zone.startswith(("Etc/", "SystemV/", "posix/", "right/")):
                self.timezone.addItem(zone, zone)
        self.timezone.setCurrentIndex(0)
        self.source.textChanged.connect(self._update_button)
        self.request: ImportRequest | None = None
        self.resize(600, 250)
        self._update_button()

    def _update_button(self) -> None:
        self.import_button.setEnabled(bool(self.source.text().strip()))
        self.error.clear()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a directory export"),
            "",
            self.tr("Directory exports (*.json *.csv *.tsv *.txt);;All files (*)"),
        )
        if path:
            self.source.setText(path)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose an HSDS folder"))
        if path:
            self.source.setText(path)

    def _choose_mapping(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a column mapping"),
            "",
            self.tr("Column mappings (*.toml *.json);;All files (*)"),
        )
        if path:
            self.mapping.setText(path)

    def selected_timezone(self) -> str | None:
        """The chosen IANA zone, or None for "from the data"."""
        text = self.timezone.currentText().strip()
        data = self.timezone.currentData()
        if self.timezone.currentIndex() == 0 and text == self.timezone.itemText(0):
            return None
        return str(data) if data and data == text else text or None

    def accept(self) -> None:
        source = Path(self.source.text().strip()).expanduser()
        if not source.exists():
            self.error.setText(
                self.tr("There is no file or folder at %1.").replace("%1", str(source))
            )
            return
        mapping_text = self.mapping.text().strip()
        mapping = Path(mapping_text).expanduser() if mapping_text else None
        if mapping is not None and not mapping.is_file():
            self.error.setText(
                self.tr("There is no mapping file at %1.").replace("%1", str(mapping))
            )
            return
        self.request = ImportRequest(source, mapping, self.selected_timezone())
        super().accept()


@dataclass(frozen=True)
class ImportOutcome:
    """A finished import: where from, what the importer reported, what the store did."""

    request: ImportRequest
    result: ImportResult | None = None
    summary: UpsertSummary | None = None
    failure: str | None = None  # set when nothing was imported (message for the user)
    cancelled: bool = False


def parse_source(request: ImportRequest, cancel: CancelToken, progress: Progress) -> ImportResult:
    """Read and clean the source into records (worker thread; never touches the vault)."""
    return import_path(
        request.path,
        mapping=request.mapping,
        timezone=request.timezone,
        cancel=cancel,
        progress=progress,
    )


def write_records(
    vault: Vault, result: ImportResult, source: str, cancel: CancelToken, progress: Progress
) -> UpsertSummary:
    """Store the records in ONE transaction (database worker); Cancelled rolls it all back."""
    cancel.raise_if_set()
    with vault.transaction() as conn:
        return upsert_records(conn, result.records, source=source, cancel=cancel, progress=progress)


class ImportRunner(QObject):
    """Runs one import: parse on a worker, write on the database worker, then report.

    ``finished`` carries the :class:`ImportOutcome` (also in :attr:`outcome`) and the report
    dialog is opened, unless the import was cancelled. The write announces what it changed
    through the session, so the views refresh themselves.
    """

    finished = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        session: Session,
        request: ImportRequest,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.session = session
        self.request = request
        self.outcome: ImportOutcome | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.progress = TaskProgress(
            parent,
            self.tr("Importing"),
            self.tr("Reading %1…").replace("%1", request.path.name),
        )

    def start(self) -> None:
        self.progress.show()
        token, report = self.progress.cancel_token, self.progress.report
        request = self.request
        Background.on_network(
            self.session.tasks, lambda: parse_source(request, token, report)
        ).owned_by(self).on_success(self._parsed).on_failure(self._failed).run()

    def _parsed(self, result: ImportResult) -> None:
        token, report = self.progress.cancel_token, self.progress.report
        self.progress.setLabelText(
            self.tr("Saving %1 services…").replace("%1", f"{len(result.records):,}")
        )
        source = result.source or self.request.path.name
        # A cancel that came while parsing is noticed by write_records before it writes.
        self.session.write(
            lambda vault: write_records(vault, result, source, token, report)
        ).owned_by(self).announces(lambda summary: summary.changes).on_success(
            lambda summary: self._finish(
                ImportOutcome(self.request, result=result, summary=summary)
            )
        ).on_failure(self._failed).run()

    def _failed(self, failure: Failure) -> None:
        if failure.kind is FailureKind.CANCELLED:
            self._finish(ImportOutcome(self.request, cancelled=True))
        else:
            self._finish(ImportOutcome(self.request, failure=failure.text))

    def _finish(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        self.progress.finish()
        if not outcome.cancelled:
            self.report_dialog = ImportReportDialog(
                self.parent_widget,
                self.request.path.name,
                report=outcome.result.report if outcome.result else None,
                summary=outcome.summary,
                failure=outcome.failure,
            )
            self.report_dialog.open()
        self.finished.emit(outcome)


def open_import_dialog(parent: QWidget, session: Session) -> ImportRunner | None:
    """Ask for a source, then start importing it; returns the runner (None if dismissed)."""
    dialog = ImportDialog(parent)
    if not dialog.exec() or dialog.request is None:
        return None
    runner = ImportRunner(parent, session, dialog.request)
    runner.start()
    return runner


def system_zone_name() -> str:
    """This device's IANA zone ("America/Chicago"), or "" when Qt cannot name one."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if name and QTimeZone(name.encode()).isValid() else ""
