"""HSDS CSV datapackages of any version (1.x, 2.x, 3.x) and Ohana API CSV exports.

Real exports mix the versions' table names (a 2.0 export may have ``schedules.csv``
beside ``regular_schedules.csv``; Ohana's has ``mail_addresses.csv`` and services that
point at their location), so every known table is read whatever version the folder
looks like, each reshaped to HSDS 3 on the way, and the rows are joined by
:func:`~outreach.importers.tabular.assemble_services`.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path
from typing import Any

from outreach.cancel import CancelToken, Progress, Stage, Step
from outreach.errors import ImportFailed, ImportProblem
from outreach.importers import older_rows as older
from outreach.importers.clean import clean_text, stable_id
from outreach.importers.csvsource import CsvTable, RaggedCsv, read_csv
from outreach.importers.datapackage import RowTransform, TableFiles, locate_tables, read_table_rows
from outreach.importers.normalize import RecordCleaner
from outreach.importers.report import ImportReport
from outreach.importers.tabular import TableRow, TabularRows, assemble_services

# Tables that hold whole text fields of a service in 1.x, folded into the service.
#: Where a record keeps the payments its source lists (HSDS 1's payment_accepted table).
PAYMENTS_FIELD = "x_accepted_payments"
_TEXT_TABLES = {"eligibility": "eligibility", "payments_accepted": "payment"}
# Files every export may carry that are not data.
_NOT_DATA = frozenset({"datapackage.json"})


class _FolderReader:
    """Reads one export folder table by table into cleaned rows."""

    def __init__(self, folder: Path, cleaner: RecordCleaner, report: ImportReport) -> None:
        self.located: TableFiles = locate_tables(folder)
        self.files = self.located.files
        self.cleaner = cleaner
        self.report = report
        self.tables = TabularRows()
        self.read_paths: set[Path] = set()
        # 1.x keeps these on their own tables; 3.x has them as service text fields.
        self.eligibility: dict[str, list[str]] = defaultdict(list)
        self.payments: dict[str, list[str]] = defaultdict(list)
        self._file = ""

    def _open(self, *names: str) -> CsvTable | None:
        for name in names:
            path = self.files.get(name)
            if path is None:
                continue
            self.read_paths.add(path)
            try:
                return read_csv(path, self.report, table=name)
            except RaggedCsv as refused:
                if name == "services":
                    raise
                self.report.not_read(self.located.relative(path), refused.rows, str(refused))
                return None
        return None

    def read(
        self, names: tuple[str, ...], kind: str, transform: RowTransform | None = None
    ) -> None:
        table = self._open(*names)
        if table is not None:
            self._file = table.name
            read_table_rows(
                table,
                kind,
                self.tables,
                self.cleaner,
                self.report,
                table_name=next(n for n in names if self.files.get(n) == table.path),
                transform=transform,
            )

    def read_all(self) -> None:
        self.read(("organizations",), "organization", older.organization_row)
        self.read(("programs",), "program")
        self.read(("services",), "service", older.service_row)
        self.read(("locations",), "location", older.location_row)
        self.read(("service_at_locations", "service_at_location", "services_at_location",
                   "services_at_locations"), "service_at_location")  # fmt: skip
        self.read(("addresses",), "address", older.address_row("physical"))
        self.read(("physical_addresses",), "address", older.address_row("physical"))
        self.read(("postal_addresses",), "address", older.address_row("postal"))
        self.read(("mail_addresses",), "address", older.address_row("postal"))
        self.read(("phones",), "phone", older.phone_row)
        self.read(("contacts",), "contact")
        self.read(("regular_schedules",), "schedule", self._schedule)
        self.read(("schedules",), "schedule", self._schedule)
        self.read(("holiday_schedules",), "schedule", older.holiday_schedule_row)
        self.read(("languages",), "language")
        self.read(("required_documents",), "required_document")
        self.read(("accessibility_for_disabilities", "accessibility"), "accessibility")
        self.read(("service_areas",), "service_area")
        self.read(("funding",), "funding")
        self.read(("cost_options",), "cost_option")
        self.read(("organization_identifiers",), "organization_identifier")
        self.read(("metadata",), "metadata")
        self.read(("taxonomies",), "taxonomy")
        self.read(("taxonomy_terms", "taxonomy"), "taxonomy_term", older.taxonomy_term_row)
        self.read(("services_taxonomy", "service_taxonomy", "service_attributes"), "attribute",
                  older.service_taxonomy_row)  # fmt: skip
        self.read(("attributes",), "attribute")
        for name, column in _TEXT_TABLES.items():
            self._collect_text(name, column)
        self._taxonomy_ids_column()
        self._service_location_column()

    def _collect_text(self, name: str, column: str) -> None:
        table = self._open(name)
        if table is None:
            return
        into = self.eligibility if name == "eligibility" else self.payments
        for row, raw in table.records():
            text, _ = clean_text(raw.get(column, ""))
            service_id = raw.get("service_id", "").strip()
            if not text or not service_id:
                self.report.skip(name, table.name, row, column, "empty row")
                continue
            for one_id in older.split_ids(service_id):
                into[one_id].append(text)
            self.report.imported(name)

    def _schedule(self, raw: dict[str, str], row: int) -> dict[str, Any] | None:
        """A 1.x ``weekday`` row or a 2.x/3.x RRULE-style row (``byday`` may hold names)."""
        day = raw.pop("weekday", "").strip()
        if day:
            byday = older.WEEKDAYS.get(day.lower())
            if byday is None:
                message = f"unknown weekday {day!r}"
                self.report.skip(Path(self._file).stem, self._file, row, "weekday", message)
                return None
            raw["byday"] = byday
            raw.setdefault("freq", "WEEKLY")
            if not raw["freq"]:
                raw["freq"] = "WEEKLY"
        byday_text = raw.get("byday", "").strip()
        if byday_text:
            days = [older.WEEKDAYS.get(d.strip().lower(), d.strip().upper())
                    for d in byday_text.replace(";", ",").split(",") if d.strip()]  # fmt: skip
            raw["byday"] = ",".join(days)
            if not raw.get("freq"):
                raw["freq"] = "WEEKLY"
        if raw.get("freq"):
            raw["freq"] = raw["freq"].strip().upper()
        return raw

    def _taxonomy_ids_column(self) -> None:
        """1.x and Ohana services.csv may list taxonomy ids in one comma-separated column."""
        for table_row in self.tables.rows.get("service", []):
            ids = table_row.obj.pop("taxonomy_ids", "")
            service_id = table_row.obj.get("id")
            if not service_id:
                continue
            for term_id in older.split_ids(str(ids)):
                link = {
                    "id": stable_id(str(service_id), "taxonomy", term_id),
                    "link_id": service_id,
                    "link_type": "service",
                    "taxonomy_term_id": term_id,
                }
                self.tables.add(
                    "attribute",
                    TableRow(table_row.file, table_row.row, link, "services.taxonomy_ids"),
                )

    def _service_location_column(self) -> None:
        """Ohana's services.csv names its location in ``location_id`` (no link table)."""
        known = {
            (str(r.obj.get("service_id")), str(r.obj.get("location_id")))
            for r in self.tables.rows.get("service_at_location", [])
        }
        for table_row in self.tables.rows.get("service", []):
            location_ids = str(table_row.obj.pop("location_id", ""))
            service_id = str(table_row.obj.get("id", ""))
            if not service_id:
                continue
            for location_id in older.split_ids(location_ids):
                if (service_id, location_id) in known:
                    continue
                known.add((service_id, location_id))
                link = {
                    "id": stable_id(service_id, "service_at_location", location_id),
                    "service_id": service_id,
                    "location_id": location_id,
                }
                self.tables.add(
                    "service_at_location",
                    TableRow(table_row.file, table_row.row, link, "services.location_id"),
                )

    def fold_text_tables(self) -> None:
        for table_row in self.tables.rows.get("service", []):
            service_id = str(table_row.obj.get("id", ""))
            eligibility = self.eligibility.get(service_id)
            if eligibility:
                text = "; ".join(eligibility)
                existing = table_row.obj.get("eligibility_description")
                table_row.obj["eligibility_description"] = (
                    f"{existing}\n{text}" if existing else text
                )
            payments = self.payments.get(service_id)
            if payments:  # a fact, worded where it is shown (in the worker's language)
                table_row.obj[PAYMENTS_FIELD] = list(payments)

    def report_layout(self) -> None:
        """Say where moved tables were found, and list every file that was not read."""
        for declared, actual in self.located.moved:
            self.report.note(f"datapackage.json lists {declared}; read {actual} instead")
        for declared in self.located.missing:
            self.report.note(f"datapackage.json lists {declared}, which is not in the folder")
        refused = {u.name for u in self.report.unread}
        folder = self.located.folder
        candidates = [folder, folder / "data"]
        for place in candidates:
            try:
                entries = sorted(p for p in place.iterdir() if p.is_file())
            except OSError:
                continue
            for path in entries:
                name = self.located.relative(path)
                if path in self.read_paths or name in refused or path.name in _NOT_DATA:
                    continue
                if path.name.startswith("."):
                    continue
                rows = _count_rows(path) if path.suffix.lower() == ".csv" else None
                reason = (
                    "not an HSDS table this importer knows"
                    if path.suffix.lower() == ".csv"
                    else "not a CSV table"
                )
                self.report.not_read(name, rows, reason)


def _count_rows(path: Path) -> int | None:
    try:
        with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as handle:
            return max(sum(1 for values in csv.reader(handle) if any(values)) - 1, 0)
    except (OSError, csv.Error):
        return None


def import_hsds_csv(
    folder: Path,
    cleaner: RecordCleaner,
    report: ImportReport,
    *,
    cancel: CancelToken,
    progress: Progress,
) -> list[dict[str, Any]]:
    """Records from an HSDS (1.x, 2.x or 3.x) or Ohana CSV export folder."""
    reader = _FolderReader(folder, cleaner, report)
    if "services" not in reader.files:
        raise ImportFailed(ImportProblem.NO_SERVICES_CSV, file=folder.name)
    progress(0, 2, Step(Stage.READING_TABLES))
    reader.read_all()
    reader.fold_text_tables()
    reader.report_layout()
    cancel.raise_if_set()
    progress(1, 2, Step(Stage.JOINING_TABLES))
    records = assemble_services(reader.tables, cleaner, report, cancel=cancel)
    progress(2, 2, Step(Stage.DONE))
    return records
