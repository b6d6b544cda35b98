"""HSDS 1.x / 2.x CSV datapackages, as 211 systems export them, mapped onto HSDS 3 objects."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from outreach.cancel import CancelToken, Progress
from outreach.errors import ImportFailed
from outreach.importers.clean import clean_text, parse_bool, stable_id
from outreach.importers.csvsource import CsvTable, read_csv
from outreach.importers.datapackage import RowTransform, read_table_rows, table_files
from outreach.importers.normalize import RecordCleaner
from outreach.importers.report import ImportReport
from outreach.importers.tabular import TabularRows, assemble_services

# HSDS 1.x/2.x regular_schedules.weekday: ISO numbering (1 = Monday … 7 = Sunday); some
# exports write 0 for Sunday, or the day's name.
_WEEKDAYS = {
    "1": "MO", "2": "TU", "3": "WE", "4": "TH", "5": "FR", "6": "SA", "7": "SU", "0": "SU",
    "monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR",
    "saturday": "SA", "sunday": "SU", "mon": "MO", "tue": "TU", "tues": "TU", "wed": "WE",
    "thu": "TH", "thur": "TH", "thurs": "TH", "fri": "FR", "sat": "SA", "sun": "SU",
    "mo": "MO", "tu": "TU", "we": "WE", "th": "TH", "fr": "FR", "sa": "SA", "su": "SU",
}  # fmt: skip


class _Hsds1Reader:
    """Reads one 1.x/2.x folder table by table, renaming to the 3.x shape."""

    def __init__(self, folder: Path, cleaner: RecordCleaner, report: ImportReport) -> None:
        self.files = table_files(folder)
        self.cleaner = cleaner
        self.report = report
        self.tables = TabularRows()
        # 1.x keeps these on their own tables; 3.x has them as service text fields.
        self.eligibility: dict[str, list[str]] = defaultdict(list)
        self.payments: dict[str, list[str]] = defaultdict(list)

    def _open(self, *names: str) -> CsvTable | None:
        for name in names:
            path = self.files.get(name)
            if path is not None:
                return read_csv(path, self.report, table=name)
        return None

    def read(
        self, names: tuple[str, ...], kind: str, transform: RowTransform | None = None
    ) -> None:
        table = self._open(*names)
        if table is not None:
            read_table_rows(
                table,
                kind,
                self.tables,
                self.cleaner,
                self.report,
                table_name=table.path.stem.lower(),
                transform=transform,
            )

    def read_all(self) -> None:
        self.read(("organizations",), "organization", _organization)
        self.read(("programs",), "program")
        self.read(("services",), "service", _service)
        self.read(("locations",), "location")
        self.read(("services_at_location", "service_at_location"), "service_at_location")
        self.read(("physical_addresses",), "address", _address("physical"))
        self.read(("postal_addresses",), "address", _address("postal"))
        self.read(("addresses",), "address", _address("physical"))
        self.read(("phones",), "phone", _phone)
        self.read(("contacts",), "contact")
        self.read(("regular_schedules",), "schedule", self._regular_schedule)
        self.read(("holiday_schedules",), "schedule", self._holiday_schedule)
        self.read(("languages",), "language", _language)
        self.read(("required_documents",), "required_document")
        self.read(("accessibility_for_disabilities",), "accessibility", _accessibility)
        self.read(("service_areas",), "service_area", _service_area)
        self.read(("funding",), "funding")
        self.read(("taxonomy", "taxonomy_terms"), "taxonomy_term", _taxonomy_term)
        self.read(("services_taxonomy", "service_taxonomy", "service_attributes"), "attribute",
                  _service_taxonomy)  # fmt: skip
        self._collect_text(("eligibility",), "eligibility", self.eligibility)
        self._collect_text(("payments_accepted",), "payment", self.payments)
        self._taxonomy_ids_column()

    def _collect_text(
        self, names: tuple[str, ...], column: str, into: dict[str, list[str]]
    ) -> None:
        table = self._open(*names)
        if table is None:
            return
        for row, raw in table.records():
            text, _ = clean_text(raw.get(column, ""))
            service_id = raw.get("service_id", "").strip()
            if not text or not service_id:
                self.report.skip(table.path.stem, table.name, row, column, "empty row")
                continue
            into[service_id].append(text)
            self.report.imported(table.path.stem)

    def _regular_schedule(self, raw: dict[str, str], row: int) -> dict[str, Any] | None:
        day = raw.pop("weekday", "").strip()
        if day:
            byday = _WEEKDAYS.get(day.lower())
            if byday is None:
                self.report.skip(
                    "regular_schedules", "regular_schedules.csv", row, "weekday",
                    f"unknown weekday {day!r}",
                )  # fmt: skip
                return None
            raw["byday"] = byday
            raw["freq"] = "WEEKLY"
        return raw

    def _holiday_schedule(self, raw: dict[str, str], _row: int) -> dict[str, Any] | None:
        shaped: dict[str, Any] = dict(raw)
        shaped["valid_from"] = shaped.pop("start_date", "")
        shaped["valid_to"] = shaped.pop("end_date", "") or shaped["valid_from"]
        closed = parse_bool(shaped.pop("closed", ""))
        # Closed unless the row gives special opening hours for those dates.
        shaped["x_closed"] = closed if closed is not None else not shaped.get("opens_at")
        if not shaped["x_closed"]:
            del shaped["x_closed"]
        return shaped

    def _taxonomy_ids_column(self) -> None:
        """1.x services.csv may list taxonomy ids in one comma-separated column."""
        services_path = self.files.get("services")
        if services_path is None:
            return
        for table_row in self.tables.rows.get("service", []):
            ids = table_row.obj.pop("taxonomy_ids", "")
            for term_id in str(ids).replace(";", ",").split(","):
                term_id = term_id.strip()
                if term_id and table_row.obj.get("id"):
                    link = {
                        "id": stable_id(str(table_row.obj["id"]), "taxonomy", term_id),
                        "link_id": table_row.obj["id"],
                        "link_type": "service",
                        "taxonomy_term_id": term_id,
                    }
                    self.tables.add("attribute", type(table_row)(
                        table_row.file, table_row.row, link, "services_taxonomy"))  # fmt: skip

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
            if payments:
                note = "Payment accepted: " + ", ".join(payments)
                existing = table_row.obj.get("fees_description")
                table_row.obj["fees_description"] = f"{existing}\n{note}" if existing else note


def _organization(raw: dict[str, str], _row: int) -> dict[str, Any]:
    if "url" in raw and not raw.get("website"):
        raw["website"] = raw.pop("url")
    return raw


def _service(raw: dict[str, str], _row: int) -> dict[str, Any]:
    if raw.get("fees") and not raw.get("fees_description"):
        raw["fees_description"] = raw.pop("fees")
    return raw


def _address(address_type: str) -> RowTransform:
    def shape(raw: dict[str, str], _row: int) -> dict[str, Any]:
        extra = [raw.pop(key, "").strip() for key in ("address_3", "address_4")]
        lines = [raw.get("address_2", "").strip(), *extra]
        raw["address_2"] = ", ".join(line for line in lines if line)
        raw.setdefault("address_type", address_type)
        if not raw["address_type"]:
            raw["address_type"] = address_type
        return raw

    return shape


def _phone(raw: dict[str, str], _row: int) -> dict[str, Any]:
    shaped: dict[str, Any] = dict(raw)
    codes = shaped.pop("language", "")
    department = shaped.pop("department", "")
    if department and not shaped.get("description"):
        shaped["description"] = department
    languages = [c.strip() for c in codes.replace(";", ",").split(",") if c.strip()]
    if languages:
        phone_key = shaped.get("id") or shaped.get("number", "")
        shaped["languages"] = [
            {"id": stable_id(phone_key, "language", code), "code": code} for code in languages
        ]
    return shaped


def _language(raw: dict[str, str], _row: int) -> dict[str, Any]:
    if "language" in raw and not raw.get("name"):
        raw["name"] = raw.pop("language")
    return raw


def _accessibility(raw: dict[str, str], _row: int) -> dict[str, Any]:
    if "accessibility" in raw and not raw.get("description"):
        raw["description"] = raw.pop("accessibility")
    return raw


def _service_area(raw: dict[str, str], _row: int) -> dict[str, Any]:
    if "service_area" in raw and not raw.get("name"):
        raw["name"] = raw.pop("service_area")
    return raw


def _taxonomy_term(raw: dict[str, str], _row: int) -> dict[str, Any]:
    shaped: dict[str, Any] = dict(raw)
    vocabulary = shaped.pop("vocabulary", "")
    if vocabulary and not shaped.get("taxonomy"):
        shaped["taxonomy"] = vocabulary
    shaped.pop("parent_name", None)
    return shaped


def _service_taxonomy(raw: dict[str, str], _row: int) -> dict[str, Any]:
    shaped: dict[str, Any] = dict(raw)
    shaped["link_id"] = shaped.pop("service_id", "")
    shaped["link_type"] = "service"
    term = shaped.pop("taxonomy_id", "") or shaped.pop("taxonomy_term_id", "")
    shaped["taxonomy_term_id"] = term
    detail = shaped.pop("taxonomy_detail", "")
    if detail:
        shaped["value"] = detail
    return shaped


def import_hsds1_csv(
    folder: Path,
    cleaner: RecordCleaner,
    report: ImportReport,
    *,
    cancel: CancelToken,
    progress: Progress,
) -> list[dict[str, Any]]:
    """Records from an HSDS 1.x or 2.x CSV datapackage folder."""
    reader = _Hsds1Reader(folder, cleaner, report)
    if "services" not in reader.files:
        raise ImportFailed(f"{folder.name}: no services.csv in this folder.")
    progress(0, 2, "Reading tables")
    reader.read_all()
    reader.fold_text_tables()
    cancel.raise_if_set()
    progress(1, 2, "Joining tables")
    records = assemble_services(reader.tables, cleaner, report, cancel=cancel)
    progress(2, 2, "Done")
    return records
