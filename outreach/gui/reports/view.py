"""Reports: the anonymous counts by month for coordinators and funders, with a chart.

What is shown is exactly what ``outreach notes report`` writes: counts already suppressed by
the core, no alias, no text, no day. Saving writes the same CSV.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from outreach.changes import Changes
from outreach.clock import local_date
from outreach.gui import wording
from outreach.gui.forms import child, embed_form
from outreach.gui.reports.chart import MonthChart
from outreach.gui.session import Session
from outreach.gui.view import View, ViewContext
from outreach.notes import lists
from outreach.notes.report import Report, ReportRow, build_report
from outreach.vault.keyfile import write_atomically


def measure_label(row: ReportRow, language: str) -> str:
    words = {
        "encounters": QCoreApplication.translate("Reports", "Encounters"),
        "distinct_contacts": QCoreApplication.translate("Reports", "People met"),
        "referrals_made": QCoreApplication.translate("Reports", "Referrals made"),
        "referrals_attained": QCoreApplication.translate("Reports", "Referrals attained"),
        "median_days_to_attained": QCoreApplication.translate("Reports", "Median days to attained"),
    }
    if row.measure == "needs":
        name = lists.need_label(row.category, language)
        if row.category == "other":
            name = QCoreApplication.translate("Reports", "other")
        return QCoreApplication.translate("Reports", "Need: %1").replace("%1", name)
    if row.measure == "supplies":
        name = lists.supply_label(row.category, language)
        if row.category == "other":
            name = QCoreApplication.translate("Reports", "other")
        return QCoreApplication.translate("Reports", "Handed out: %1").replace("%1", name)
    return words.get(row.measure, row.measure)


class ReportView(View):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = embed_form("report_view", self)
        self.first = child(self.form, QDateEdit, "fromDate")
        self.last = child(self.form, QDateEdit, "toDate")
        self.table = child(self.form, QTableWidget, "table")
        self.message = child(self.form, QLabel, "messageLabel")
        self.save_button = child(self.form, QPushButton, "saveButton")
        child(self.form, QPushButton, "makeButton").clicked.connect(self.make)
        self.save_button.clicked.connect(self.ask_save)
        self.chart = MonthChart()
        host = child(self.form, QWidget, "chartHost")
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart)
        self.report: Report | None = None
        today = local_date(context.clock())
        start = date(today.year - 1, today.month, 1)
        self.first.setDate(QDate(start.year, start.month, 1))
        self.last.setDate(QDate(today.year, today.month, 1))

    def attach(self, session: Session) -> None:
        super().attach(session)
        self.make()

    def detach(self) -> None:
        super().detach()
        self.report = None
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.chart.clear()
        self.message.clear()
        self.save_button.setEnabled(False)

    def on_changes(self, changes: Changes) -> None:
        if changes.notes and self.report is not None:
            self.make()

    def make(self) -> None:
        if self.session is None:
            return
        first, last = _day(self.first.date()), _day(self.last.date())
        self.session.query(lambda conn: build_report(conn, first, last)).owned_by(
            self, "report"
        ).on_success(self.show_report).on_failure(lambda f: self.message.setText(f.text)).run()

    def show_report(self, report: Report) -> None:
        self.report = report
        language = _language()
        months = list(report.months)
        self.table.clear()
        self.table.setColumnCount(len(months) + 2)
        self.table.setRowCount(len(report.rows))
        total = QCoreApplication.translate("Reports", "Total")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("Reports", "Measure"), *months, total]
        )
        for r, row in enumerate(report.rows):
            self.table.setItem(r, 0, QTableWidgetItem(measure_label(row, language)))
            for c, cell in enumerate([*row.cells, row.total], start=1):
                self.table.setItem(r, c, QTableWidgetItem(cell))
        self.table.verticalHeader().hide()
        self.table.resizeColumnsToContents()
        self.chart.show_row(months, list(report.rows[0].cells))
        self.message.setText(QCoreApplication.translate("Reports", "Chart: encounters per month."))
        self.save_button.setEnabled(True)

    def save_csv(self, path: str) -> None:
        if self.report is not None:
            write_atomically(Path(path), self.report.to_csv(_language()).encode("utf-8"))

    def ask_save(self) -> None:
        if self.report is None:
            return
        name = f"outreach-report-{self.report.months[0]}-{self.report.months[-1]}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Reports", "Save the report"),
            name,
            QCoreApplication.translate("Reports", "CSV files (*.csv)"),
        )
        if path:
            try:
                self.save_csv(path)
            except OSError as exc:
                self.message.setText(
                    QCoreApplication.translate(
                        "Reports", "Could not save the report (%1)."
                    ).replace("%1", exc.strerror or type(exc).__name__)
                )
                return
            self.message.setText(
                QCoreApplication.translate("Reports", "Saved the report to %1.").replace("%1", path)
            )


def _language() -> str:
    """ "es" or "en": which words of resources/notes.toml the report's categories use."""
    return wording.ui_locale().name()[:2]


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
