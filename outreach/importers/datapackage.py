"""Folders of HSDS CSV tables: telling versions apart and reading tables into rows."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from outreach.importers.csvsource import CsvTable, normalise_column
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
_TABLE_SUFFIXES = (".csv",)
# Columns of services.csv that settle it when the file names do not.
_V1_SERVICE_COLUMNS = frozenset({"fees", "taxonomy_ids"})
_V3_SERVICE_COLUMNS = frozenset({"fees_description", "assured_date", "alert", "minimum_age"})


@dataclass
class TableFiles:
    """Where the tables of one export are: name → file, and how they were found."""

    folder: Path
    files: dict[str, Path] = field(default_factory=dict)
    #: Tables datapackage.json names at a path where no file is, with where they were found.
    moved: list[tuple[str, str]] = field(default_factory=list)
    #: Tables datapackage.json names that are nowhere to be found.
    missing: list[str] = field(default_factory=list)

    def relative(self, path: Path) -> str:
        """``data/phones.csv``: a file's name as the report shows it."""
        try:
            return path.relative_to(self.folder).as_posix()
        except ValueError:
            return path.name


def _csv_files(folder: Path) -> dict[str, Path]:
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return {}
    return {
        normalise_column(p.stem): p
        for p in entries
        if p.is_file() and p.suffix.lower() in _TABLE_SUFFIXES
    }


def locate_tables(folder: Path) -> TableFiles:
    """Find an export's tables: where datapackage.json says, then ``data/``, then the folder.

    Real exports often move the CSV files (into ``data/``, or out of it) without updating
    the resource paths; a table is looked for in each place in turn.
    """
    found = TableFiles(folder)
    beside = _csv_files(folder)
    in_data = _csv_files(folder / "data") if (folder / "data").is_dir() else {}
    for resource_path in _datapackage_paths(folder):
        name = normalise_column(resource_path.stem)
        declared = folder / resource_path
        if declared.is_file():
            found.files.setdefault(name, declared)
            continue
        actual = in_data.get(name) or beside.get(name)
        if actual is None:
            found.missing.append(resource_path.as_posix())
            continue
        found.files.setdefault(name, actual)
        found.moved.append((resource_path.as_posix(), found.relative(actual)))
    for name, path in {**in_data, **beside}.items():
        found.files.setdefault(name, path)
    return found


def table_files(folder: Path) -> dict[str, Path]:
    """CSV files of an export by normalised table name (``Services.CSV`` → ``services``)."""
    return locate_tables(folder).files


def _datapackage_paths(folder: Path) -> list[Path]:
    """The resource paths datapackage.json lists (empty when there is none or it is broken)."""
    try:
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return []
    resources = package.get("resources") if isinstance(package, dict) else None
    paths = []
    for resource in resources if isinstance(resources, list) else ():
        if not isinstance(resource, dict):
            continue
        raw = resource.get("path") or (f"{resource['name']}.csv" if resource.get("name") else "")
        if isinstance(raw, list):  # a resource may be split over several files
            raw = raw[0] if raw else ""
        if isinstance(raw, str) and raw and "://" not in raw and ".." not in raw:
            paths.append(Path(raw.lstrip("/")))
    return paths


def _header(path: Path) -> set[str]:
    try:
        with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as handle:
            first = handle.readline()
    except OSError:
        return set()
    return {normalise_column(name.strip('"')) for name in first.split(",")}


def _datapackage_tables(folder: Path) -> set[str]:
    return {normalise_column(path.stem) for path in _datapackage_paths(folder)}


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
