"""Reading the SAMHSA source files (the layout of ``../shared/data``, see its SOURCES.md).

The workbooks are read with ``python-calamine`` (a development dependency: only the build
reads Excel, never the app).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from outreach.errors import UserFacingError

DIRECTORY_2023 = "samhsa-national-directory-2023"
WORKBOOKS = {
    "su": "national-directory-su-facilities-2023.xlsx",
    "mh": "national-directory-mh-facilities-2023.xlsx",
}
CODE_BOOKS = {"su": "service-codes-su-2023.csv", "mh": "service-codes-mh-2023.csv"}
OTP_DIRECTORY = "samhsa-otp-directory-2026"
GEOCODED = "samhsa-treatment-facilities"
GEOCODED_FACILITIES = "SAMHSA_Nationwide_Substance_Use_Treatment_Data.csv"
GEOCODED_OTPS = "Opioid_Treatment_Directory_Geocoded.csv"
FACILITIES_SHEET = "Facilities List"


class SourceProblem(UserFacingError):
    """A source file is missing or not in the expected shape (the message says which)."""


def _need(path: Path) -> Path:
    if not path.is_file():
        raise SourceProblem(f"{path}: file not found.")
    return path


def workbook_rows(path: Path) -> list[dict[str, Any]]:
    """The ``Facilities List`` sheet as dicts keyed by its header row (values as text)."""
    from python_calamine import CalamineWorkbook

    try:
        sheet = CalamineWorkbook.from_path(str(_need(path))).get_sheet_by_name(FACILITIES_SHEET)
        rows = sheet.to_python()
    except SourceProblem:
        raise
    except Exception as exc:  # calamine raises its own types for broken files
        raise SourceProblem(f"{path}: cannot read sheet {FACILITIES_SHEET!r} ({exc}).") from exc
    if not rows:
        raise SourceProblem(f"{path}: sheet {FACILITIES_SHEET!r} is empty.")
    header = [str(cell).strip() for cell in rows[0]]
    missing = {"Name1", "Street1", "Zip", "Phone", "Service_code_info"} - set(header)
    if missing:
        raise SourceProblem(f"{path}: sheet {FACILITIES_SHEET!r} lacks {sorted(missing)}.")
    return [dict(zip(header, (_text(cell) for cell in row), strict=False)) for row in rows[1:]]


def _text(cell: Any) -> str:
    # A ZIP typed as a number loses its leading zero and gains ".0"; keep digits as digits.
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return "" if cell is None else str(cell)


def workbook_date(path: Path) -> str:
    """The workbook's own last-modified date (docProps/core.xml), ISO: the data's date."""
    try:
        with zipfile.ZipFile(_need(path)) as book:
            core = book.read("docProps/core.xml").decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise SourceProblem(f"{path}: no document properties to date it by ({exc}).") from exc
    match = re.search(r"<dcterms:modified[^>]*>(\d{4}-\d{2}-\d{2})", core)
    if not match:
        raise SourceProblem(f"{path}: the document properties carry no modified date.")
    return match.group(1)


def csv_rows(path: Path) -> list[dict[str, str]]:
    """A CSV file as dicts; UTF-8, or Windows-1252 as the geocoded OTP list is ("Clínica")."""
    try:
        raw = _need(path).read_bytes()
    except OSError as exc:
        raise SourceProblem(f"{path}: cannot be read ({exc}).") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def otp_date(path: Path) -> str:
    """The export's date from its name ("…-1779729812.csv" is Unix time, 2026-05-25)."""
    match = re.search(r"-(\d{9,11})\.csv$", path.name)
    if not match:
        raise SourceProblem(f"{path}: the file name carries no export time.")
    return datetime.fromtimestamp(int(match.group(1)), UTC).date().isoformat()


def code_names(data: Path) -> dict[str, str]:
    """Code -> SAMHSA's name, from both code books (the same code means the same in both)."""
    names: dict[str, str] = {}
    for file_name in CODE_BOOKS.values():
        path = data / DIRECTORY_2023 / file_name
        for number, row in enumerate(csv_rows(path), start=2):
            row = {key.lower(): value for key, value in row.items() if key}
            code = (row.get("service_code") or "").strip()
            name = " ".join((row.get("service_name") or "").split())
            if not code or not name:
                raise SourceProblem(f"{path}, row {number}: service_code or service_name empty.")
            names.setdefault(code, name)
    return names


def otp_file(data: Path) -> Path:
    """The OTP export (its name carries the export's Unix time)."""
    found = sorted((data / OTP_DIRECTORY).glob("opioid-treatment-directory-*.csv"))
    if not found:
        raise SourceProblem(f"{data / OTP_DIRECTORY}: no opioid-treatment-directory-*.csv.")
    return found[-1]
