"""The dialog shown after File → Import directory…: counts per table and the first problems."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from outreach.directory.store import UpsertSummary
from outreach.gui.forms import child, embed_form
from outreach.importers import ImportReport

#: Problems listed in the dialog; the rest are counted ("… and 812 more").
SHOWN_PROBLEMS = 100


class ImportReportDialog(QDialog):
    """What an import did (``summary`` and ``report``), or why it could not run (``failure``)."""

    def __init__(
        self,
        parent: QWidget | None,
        source_name: str,
        *,
        report: ImportReport | None = None,
        summary: UpsertSummary | None = None,
        failure: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        form = embed_form("import_report", self)
        self.headline = child(form, QLabel, "headline")
        self.tables = child(form, QTableWidget, "tables")
        self.tables_label = child(form, QLabel, "tablesLabel")
        self.problems_label = child(form, QLabel, "problemsLabel")
        self.problems = child(form, QTableWidget, "problems")
        self.copy_button = child(form, QPushButton, "copyReport")
        buttons = child(form, QDialogButtonBox, "buttons")
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.resize(760, 540)
        self._lines: list[str] = []
        if failure is not None:
            self._show_failure(source_name, failure)
        else:
            assert report is not None
            assert summary is not None
            self._show_result(source_name, report, summary)

    def _show_failure(self, source_name: str, message: str) -> None:
        self.headline.setText(
            self.tr("<b>Nothing was imported from %1.</b> The directory is unchanged.<br>%2")
            .replace("%1", _escape(source_name))
            .replace("%2", _escape(message))
        )
        for widget in (self.tables, self.tables_label, self.problems, self.problems_label):
            widget.hide()
        self._lines = [f"Nothing was imported from {source_name}.", message]
        self.resize(560, 160)
        self.adjustSize()

    def _show_result(self, source_name: str, report: ImportReport, summary: UpsertSummary) -> None:
        total = summary.added + summary.updated + summary.unchanged
        self.headline.setText(
            self.tr("<b>Imported %1 services from %2</b> (%3): %4 new, %5 updated, %6 unchanged.")
            .replace("%1", f"{total:,}")
            .replace("%2", _escape(source_name))
            .replace("%3", _escape(report.format))
            .replace("%4", f"{summary.added:,}")
            .replace("%5", f"{summary.updated:,}")
            .replace("%6", f"{summary.unchanged:,}")
        )
        self._fill_tables(report)
        self._fill_problems(report)
        self._lines = [
            f"Imported {total} services from {source_name}: {summary.added} new, "
            f"{summary.updated} updated, {summary.unchanged} unchanged.",
            *report.summary_lines(max_problems=SHOWN_PROBLEMS),
        ]

    def _fill_tables(self, report: ImportReport) -> None:
        headers = [self.tr("Table"), self.tr("Imported"), self.tr("Skipped"), self.tr("Repaired")]
        self.tables.setColumnCount(len(headers))
        self.tables.setHorizontalHeaderLabels(headers)
        names = sorted(report.tables)
        self.tables.setRowCount(len(names))
        for row, name in enumerate(names):
            counts = report.tables[name]
            self.tables.setItem(row, 0, QTableWidgetItem(name))
            for column, value in enumerate((counts.imported, counts.skipped, counts.repaired), 1):
                self.tables.setItem(row, column, _number_item(value))
        header = self.tables.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tables.verticalHeader().hide()

    def _fill_problems(self, report: ImportReport) -> None:
        if not report.problem_total:
            self.problems_label.setText(self.tr("No problems found."))
            self.problems.hide()
            return
        shown = report.problems[:SHOWN_PROBLEMS]
        text = self.tr("Problems: %1 (the first %2 are listed)")
        self.problems_label.setText(
            text.replace("%1", f"{report.problem_total:,}").replace("%2", str(len(shown)))
            if report.problem_total > len(shown)
            else self.tr("Problems: %1").replace("%1", f"{report.problem_total:,}")
        )
        headers = [
            self.tr("File"),
            self.tr("Row"),
            self.tr("Field"),
            self.tr("What happened"),
            self.tr("Result"),
        ]
        self.problems.setColumnCount(len(headers))
        self.problems.setHorizontalHeaderLabels(headers)
        self.problems.setRowCount(len(shown))
        for row, problem in enumerate(shown):
            cells = (
                problem.file,
                "" if problem.row is None else str(problem.row),
                problem.field or "",
                problem.message,
                _severity_text(self, problem.severity),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.problems.setItem(row, column, item)
        # "What happened" takes the room that is left and wraps; each row grows to show it
        # whole (elided, the message was cut off mid-sentence).
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems.setWordWrap(True)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)
        rows = self.problems.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.hide()

    def report_text(self) -> str:
        """The report as plain text (what Copy puts on the clipboard)."""
        return "\n".join(self._lines)

    def copy_to_clipboard(self) -> None:
        QApplication.clipboard().setText(self.report_text())


def _severity_text(widget: QWidget, severity: str) -> str:
    return {
        "skipped": widget.tr("skipped"),
        "repaired": widget.tr("repaired"),
        "warning": widget.tr("warning"),
    }.get(severity, severity)


def _number_item(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem(f"{value:,}")
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)
