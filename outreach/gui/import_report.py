"""The dialog shown after File → Import directory…: counts per table, how the export was read,
and three tabs: every problem counted by kind, the first problems one by one, and the files in
the folder that were not read (with their row counts)."""

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
    QTabWidget,
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
        self.notes = child(form, QLabel, "notesLabel")
        self.details = child(form, QTabWidget, "details")
        self.kinds = child(form, QTableWidget, "kinds")
        self.unread = child(form, QTableWidget, "unread")
        self.kinds_tab = child(form, QWidget, "kindsTab")
        self.problems_tab = child(form, QWidget, "problemsTab")
        self.unread_tab = child(form, QWidget, "unreadTab")
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
        for widget in (
            self.tables,
            self.tables_label,
            self.notes,
            self.problems_label,
            self.details,
        ):
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
        # As tall as its rows (up to a point): the room below is for the problems.
        fitted = (
            header.sizeHint().height()
            + self.tables.verticalHeader().length()
            + 2 * self.tables.frameWidth()
        )
        self.tables.setMaximumHeight(min(fitted, 260))

    def _fill_problems(self, report: ImportReport) -> None:
        self.notes.setText("\n".join(report.notes))
        self.notes.setVisible(bool(report.notes))
        summary = [
            self.tr("Problems: %1").replace("%1", f"{report.problem_total:,}")
            if report.problem_total
            else self.tr("No problems found.")
        ]
        if report.unread:
            summary.append(
                self.tr("Files in the folder that were not read: %1").replace(
                    "%1", f"{len(report.unread):,}"
                )
            )
        self.problems_label.setText(" · ".join(summary))
        if report.problem_total:
            self._fill_kinds(report)
            self._fill_first_problems(report)
        if report.unread:
            self._fill_unread(report)
        # Only the tabs with something in them, in this order: by kind, first ones, unread.
        for tab, wanted in (
            (self.kinds_tab, bool(report.problem_total)),
            (self.problems_tab, bool(report.problem_total)),
            (self.unread_tab, bool(report.unread)),
        ):
            if not wanted:
                self.details.removeTab(self.details.indexOf(tab))
        self.details.setVisible(self.details.count() > 0)

    def _fill_kinds(self, report: ImportReport) -> None:
        """Every problem counted, by kind, the most frequent first (not only the stored ones)."""
        kinds = sorted(report.kinds.items(), key=lambda item: -item[1])
        tab = self.kinds_tab
        title = self.tr("Problems by &kind (%1)").replace("%1", f"{len(kinds):,}")
        self.details.setTabText(self.details.indexOf(tab), title)
        _fill_table(
            self.kinds,
            [self.tr("Rows"), self.tr("Result"), self.tr("What happened")],
            [
                (_number_item(count), *_items(_severity_text(self, severity), text))
                for kind, count in kinds
                for severity, _sep, text in [kind.partition(": ")]
            ],
            stretch=2,
        )

    def _fill_first_problems(self, report: ImportReport) -> None:
        shown = report.problems[:SHOWN_PROBLEMS]
        tab = self.problems_tab
        title = (
            self.tr("&First %1 problems").replace("%1", f"{len(shown):,}")
            if report.problem_total > len(shown)
            else self.tr("&Each problem (%1)").replace("%1", f"{len(shown):,}")
        )
        self.details.setTabText(self.details.indexOf(tab), title)
        _fill_table(
            self.problems,
            [
                self.tr("File"),
                self.tr("Row"),
                self.tr("Field"),
                self.tr("What happened"),
                self.tr("Result"),
            ],
            [
                _items(
                    problem.file,
                    "" if problem.row is None else str(problem.row),
                    problem.field or "",
                    problem.message,
                    _severity_text(self, problem.severity),
                )
                for problem in shown
            ],
            stretch=3,
        )

    def _fill_unread(self, report: ImportReport) -> None:
        tab = self.unread_tab
        title = self.tr("Files &not read (%1)").replace("%1", f"{len(report.unread):,}")
        self.details.setTabText(self.details.indexOf(tab), title)
        _fill_table(
            self.unread,
            [self.tr("File"), self.tr("Rows"), self.tr("Why it was not read")],
            [
                (
                    *_items(unread.name),
                    _number_item(unread.rows) if unread.rows is not None else _items("")[0],
                    *_items(unread.reason),
                )
                for unread in report.unread
            ],
            stretch=2,
        )

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


def _items(*texts: str) -> tuple[QTableWidgetItem, ...]:
    """Cells whose tooltip repeats them (long messages are cut in narrow columns)."""
    cells = []
    for text in texts:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        cells.append(item)
    return tuple(cells)


def _fill_table(
    table: QTableWidget,
    headers: list[str],
    rows: list[tuple[QTableWidgetItem, ...]],
    *,
    stretch: int,
) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, item in enumerate(cells):
            table.setItem(row, column, item)
    # The ``stretch`` column ("What happened") takes the room that is left and wraps; each
    # row grows to show it whole (elided, a message was cut off mid-sentence).
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    rows_header = table.verticalHeader()
    rows_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    rows_header.hide()


def _number_item(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem(f"{value:,}")
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)
