"""Folders of HSDS CSV tables: telling versions apart and reading tables into rows."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from outreach.importers.csvsource import CsvTable, normalise_column, read_csv
from outreach.importers.normalize import RecordCleaner
from outreach.importers.report import ImportReport
from outreach.importers.tabular import TableRow, TabularRows

# Table files only HSDS 1.x/2.x exports have, and only 3.x ones have.
_V1_TABLES = frozenset(
    {
        "services_at_location",
        "physical_addresses",
        "postal_addresses",
        "regular_schedules",
        "holiday_schedules",
        "services_taxonomy",
        "service_taxonomy",
        "taxonomy",
        "eligibility",
        "payments_accepted",
        "accessibility_for_disabilities",
        "service_attributes",
    }
)
_V3_TABLES = frozenset(
    {
        "addresses",
        "schedules",
        "attributes",
        "taxonomy_terms",
        "taxonomies",
        "cost_options",
        "organization_identifiers",
        "accessibility",
    }
)
# Columns of services.csv that settle it when the file names do not.
_V1_SERVICE_COLUMNS = frozenset({"fees", "taxonomy_ids"})
_V3_SERVICE_COLUMNS = frozenset({"fees_description", "assured_date", "alert", "minimum_age"})


def table_files(folder: Path) -> dict[str, Path]:
    """CSV files in ``folder`` by normalised table name (``Services.CSV`` → ``services``)."""
    return {
        normalise_column(p.stem): p
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix.lower() == ".csv"
    }


def _header(path: Path) -> set[str]:
    try:
        with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as handle:
            first = handle.readline()
    except OSError:
        return set()
    return {normalise_column(name.strip('"')) for name in first.split(",")}


def _datapackage_tables(folder: Path) -> set[str]:
    try:
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8-sig"))
        resources = package.get("resources") or []
        return {
            normalise_column(Path(str(r.get("path") or r.get("name") or "")).stem)
            for r in resources
            if isinstance(r, dict)
        }
    except (OSError, ValueError, AttributeError):
        return set()


def detect_datapackage(folder: Path) -> str | None:
    """``"hsds3-csv"``, ``"hsds1-csv"`` or None when ``folder`` has no services table."""
    files = table_files(folder)
    if "services" not in files:
        return None
    names = set(files)
    v1 = len(names & _V1_TABLES)
    v3 = len(names & _V3_TABLES)
    columns = _header(files["services"])
    v1 += 2 * len(columns & _V1_SERVICE_COLUMNS)
    v3 += 2 * len(columns & _V3_SERVICE_COLUMNS)
    if "schedules" in files and _header(files["schedules"]) & {"byday", "freq"}:
        v3 += 2
    if v1 == v3:
        described = _datapackage_tables(folder)
        v1 += len(described & _V1_TABLES)
        v3 += len(described & _V3_TABLES)
    return "hsds1-csv" if v1 > v3 else "hsds3-csv"


RowTransform = Callable[[dict[str, str], int], dict[str, Any] | None]


def read_table_rows(
    table: CsvTable,
    kind: str,
    tables: TabularRows,
    cleaner: RecordCleaner,
    report: ImportReport,
    *,
    table_name: str,
    transform: RowTransform | None = None,
) -> None:
    """Clean every row of ``table`` as an HSDS ``kind`` and add it to ``tables``.

    ``transform`` maps an older version's row to the 3.x shape first (it may return
    None after reporting the row as skipped).
    """
    for row_number, raw in table.records():
        shaped = transform(raw, row_number) if transform is not None else raw
        if shaped is None:
            continue
        obj = cleaner.clean_object(shaped, kind, file=table.name, row=row_number, table=table_name)
        if obj is None:
            if kind != "phone":  # a phone without a number was already reported
                report.skip(table_name, table.name, row_number, None, "row has no content")
            continue
        tables.add(kind, TableRow(table.name, row_number, obj, table_name))


def read_tables(
    folder: Path,
    plan: Iterable[tuple[str, str]],
    tables: TabularRows,
    cleaner: RecordCleaner,
    report: ImportReport,
) -> None:
    """Read each ``(table name, kind)`` of ``plan`` that exists in ``folder``."""
    files = table_files(folder)
    for name, kind in plan:
        path = files.get(name)
        if path is not None:
            csv_table = read_csv(path, report, table=name)
            read_table_rows(csv_table, kind, tables, cleaner, report, table_name=name)
