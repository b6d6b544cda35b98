"""Importers: real, messy directory exports → clean records (docs/records.md) and a report.

Formats: HSDS 3.x JSON (``hsds3-json``), HSDS 3.x CSV datapackages (``hsds3-csv``),
HSDS 1.x/2.x and Ohana API CSV folders (``hsds1-csv``), iCarol resource exports
(``icarol-csv``) and plain CSV files with a column mapping (``mapped-csv``). Everything
that can be imported is; the rest is reported by file, row and field.
:class:`~outreach.errors.ImportFailed` is raised only when nothing can be imported at all.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from outreach.cancel import NEVER_CANCELLED, CancelToken, Progress, no_progress
from outreach.errors import ImportFailed, ImportProblem
from outreach.importers.csvsource import normalise_column
from outreach.importers.datapackage import detect_datapackage
from outreach.importers.hsds_csv import import_hsds_csv
from outreach.importers.hsds_json import JSON_SUFFIXES, import_hsds_json, json_files
from outreach.importers.icarol import import_icarol_csv, is_icarol_header
from outreach.importers.mapped_csv import import_mapped_csv
from outreach.importers.mapping import bundled_mapping_for, load_mapping
from outreach.importers.normalize import RecordCleaner
from outreach.importers.report import ImportReport, ImportResult, Problem, TableCounts

__all__ = [
    "FORMATS",
    "ImportReport",
    "ImportResult",
    "Problem",
    "TableCounts",
    "detect_format",
    "import_path",
]

FORMATS = ("hsds3-json", "hsds3-csv", "hsds1-csv", "icarol-csv", "mapped-csv")
_TEXT_TABLE_SUFFIXES = (".csv", ".txt", ".tsv")


def detect_format(path: Path) -> str:
    """One of :data:`FORMATS` for a file or folder; ImportFailed when it is none of them."""
    if not path.exists():
        raise ImportFailed(ImportProblem.NO_SUCH_PATH, file=path)
    if path.is_dir():
        found = detect_datapackage(path)
        if found:
            return found
        if json_files(path):
            return "hsds3-json"
        raise ImportFailed(ImportProblem.FOLDER_WITHOUT_DATA, file=path.name)
    suffix = path.suffix.lower()
    if path.name.lower() == "datapackage.json":
        found = detect_datapackage(path.parent)
        if found:
            return found
        raise ImportFailed(ImportProblem.DATAPACKAGE_ALONE, file=path.name)
    if suffix in JSON_SUFFIXES:
        return "hsds3-json"
    if suffix in _TEXT_TABLE_SUFFIXES:
        if normalise_column(path.stem) == "services":
            found = detect_datapackage(path.parent)
            if found:
                return found
        if is_icarol_header(_header_columns(path)):
            return "icarol-csv"
        return "mapped-csv"
    raise ImportFailed(ImportProblem.UNKNOWN_FORMAT, file=path.name)


def import_path(
    path: Path,
    *,
    mapping: Path | None = None,
    timezone: str | None = None,
    cancel: CancelToken = NEVER_CANCELLED,
    progress: Progress = no_progress,
) -> ImportResult:
    """Import ``path`` (a file or folder) into records and a report.

    ``mapping`` is a column mapping for a plain CSV file (a path, or the name of one in
    resources/mappings); without one, a shipped mapping is used when the file's columns
    match it. ``timezone`` (IANA) overrides the zone of every imported service.
    """
    path = Path(path)
    if timezone is not None:
        _check_timezone(timezone)
    fmt = "mapped-csv" if mapping is not None and path.is_file() else detect_format(path)
    report = ImportReport(fmt)
    cleaner = RecordCleaner(report, source=path.name, timezone=timezone)
    try:
        with _collector_paused():
            records = _run(fmt, path, mapping, cleaner, report, cancel, progress)
    except RecursionError as exc:
        raise ImportFailed(ImportProblem.TOO_DEEP, file=path.name) from exc
    except OSError as exc:
        raise ImportFailed(ImportProblem.CANNOT_READ, file=path.name, reason=exc.strerror) from exc
    return ImportResult(records, report, cleaner.source)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building records.

    An import allocates hundreds of thousands of small, acyclic dicts; the collector's
    full passes over them cost about a fifth of the time and free nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _run(
    fmt: str,
    path: Path,
    mapping: Path | None,
    cleaner: RecordCleaner,
    report: ImportReport,
    cancel: CancelToken,
    progress: Progress,
) -> list[dict[str, Any]]:
    if fmt == "hsds3-json":
        return import_hsds_json(path, cleaner, report, cancel=cancel, progress=progress)
    if fmt in ("hsds3-csv", "hsds1-csv"):
        folder = path if path.is_dir() else path.parent
        cleaner.source = folder.name
        return import_hsds_csv(folder, cleaner, report, cancel=cancel, progress=progress)
    if fmt == "icarol-csv":
        return import_icarol_csv(path, cleaner, report, cancel=cancel, progress=progress)
    column_mapping = load_mapping(mapping or _auto_mapping(path))
    return import_mapped_csv(
        path, column_mapping, cleaner, report, cancel=cancel, progress=progress
    )


def _header_columns(path: Path) -> set[str]:
    try:
        with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as handle:
            first_line = handle.readline()
    except OSError as exc:
        raise ImportFailed(ImportProblem.CANNOT_READ, file=path.name, reason=exc.strerror) from exc
    return {normalise_column(c.strip('"')) for c in first_line.split(",")}


def _auto_mapping(path: Path) -> Path:
    columns = _header_columns(path)
    found = bundled_mapping_for(columns)
    if found is None:
        raise ImportFailed(ImportProblem.NEEDS_MAPPING, file=path.name)
    return found


def _check_timezone(zone: str) -> None:
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ImportFailed(ImportProblem.UNKNOWN_ZONE, zone=repr(zone)) from exc
