"""Reading a notes spreadsheet, and the report of what an import did with each row.

The notes have their own small reader rather than the directory importers' one: the layers
keep ``outreach.notes`` and ``outreach.importers`` independent of each other. Problems name a
row and a column and never quote a cell, since any cell may say something about a person.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from outreach.errors import ImportFailed, ImportProblem

Severity = Literal["skipped", "warning"]
MAX_PROBLEMS = 200


@dataclass(frozen=True)
class RowProblem:
    row: int | None  # spreadsheet row: the header is row 1
    column: str | None
    message: str
    severity: Severity

    def describe(self, file: str) -> str:
        where = [file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message} ({self.severity})"


@dataclass
class NotesImportReport:
    file: str
    imported: int = 0
    skipped: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    problem_total: int = 0

    def _add(self, problem: RowProblem) -> None:
        self.problem_total += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)

    def skip(self, row: int | None, column: str | None, message: str) -> None:
        self.skipped += 1
        self._add(RowProblem(row, column, message, "skipped"))

    def warn(self, row: int | None, column: str | None, message: str) -> None:
        self._add(RowProblem(row, column, message, "warning"))

    def summary_lines(self, max_problems: int = 20) -> list[str]:
        lines = [f"{self.file}: {self.imported} encounters imported, {self.skipped} rows skipped"]
        if not self.problem_total:
            return [*lines, "No problems found."]
        lines.append(f"Problems: {self.problem_total}")
        lines += ["  " + p.describe(self.file) for p in self.problems[:max_problems]]
        hidden = self.problem_total - min(max_problems, len(self.problems))
        if hidden > 0:
            lines.append(f"  … and {hidden} more")
        return lines

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "imported": self.imported,
            "skipped": self.skipped,
            "problem_total": self.problem_total,
            "problems": [
                {"row": p.row, "column": p.column, "message": p.message, "severity": p.severity}
                for p in self.problems
            ],
        }


def normalise_header(name: str) -> str:
    """``" Date of contact "`` → ``"date_of_contact"``, whatever the case or spacing."""
    return "_".join(name.replace("\ufeff", "").strip().lower().replace("-", " ").split())


def _decode(data: bytes, report: NotesImportReport) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the machine's code page; Latin-1 decodes anything.
        for encoding, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            report.warn(None, None, f"not UTF-8; read the file as {label}")
            return text
    raise ImportFailed(ImportProblem.CANNOT_DECODE, file=report.file)  # pragma: no cover


def read_table(
    path: Path, report: NotesImportReport
) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """The normalised header and ``(row number, {column: value})`` for each non-blank row."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(
            ImportProblem.CANNOT_READ_FILE, file=path.name, reason=exc.strerror
        ) from exc
    text = _decode(data, report).replace("\x00", "")
    first = text.split("\n", 1)[0]
    # A spreadsheet saved where the decimal mark is a comma separates with ";".
    delimiter = ";" if first.count(";") > first.count(",") else ","
    lines: list[list[str]] = []
    try:
        lines.extend(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:
        report.warn(len(lines) + 1, None, "unreadable CSV from here on; the rest was skipped")
    if not lines or not any(cell.strip() for cell in lines[0]):
        raise ImportFailed(ImportProblem.EMPTY, file=path.name)
    header = [normalise_header(name) for name in lines[0]]
    rows = []
    for number, values in enumerate(lines[1:], start=2):
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(header) and any(v.strip() for v in values[len(header) :]):
            report.warn(number, None, "more values than columns; the extra ones were ignored")
        padded = values + [""] * (len(header) - len(values))
        rows.append((number, dict(zip(header, padded, strict=False))))
    return header, rows
