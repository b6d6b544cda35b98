"""What an import produced and what it had to skip, repair or warn about."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["skipped", "repaired", "warning"]

#: Problems kept in full; past this only the counts grow, so a million-row
#: export full of the same mistake cannot fill memory or the screen.
MAX_STORED_PROBLEMS = 200

# Quoted values and numbers in a message: what differs between two problems of one kind.
_PARTICULARS = re.compile(r"'[^']*'|\"[^\"]*\"|\d[\d,.:]*")


def problem_kind(severity: str, message: str) -> str:
    """``skipped: duplicate id … (first at row …); kept the first``: a problem's kind."""
    return f"{severity}: {_PARTICULARS.sub('…', message)}"


@dataclass
class UnreadFile:
    """A file in the export that the import did not read, and why."""

    name: str
    rows: int | None
    reason: str

    def describe(self) -> str:
        size = "" if self.rows is None else f" ({self.rows:,} rows)"
        return f"{self.name}{size}: {self.reason}"


@dataclass
class Problem:
    """One thing wrong with the input, located as precisely as the source allows."""

    file: str
    row: int | None
    field: str | None
    message: str
    severity: Severity

    def describe(self) -> str:
        """``file, row 12, field name: message`` (row and field only when known)."""
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field:
            where.append(f"field {self.field}")
        return f"{', '.join(where)}: {self.message} ({self.severity})"


@dataclass
class TableCounts:
    """Rows of one source table that were imported, skipped, and repaired on the way."""

    imported: int = 0
    skipped: int = 0
    repaired: int = 0


@dataclass
class ImportReport:
    """Per-table counts and the first problems of one import."""

    format: str
    tables: dict[str, TableCounts] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    problem_total: int = 0
    #: Every problem counted by kind (problem_kind), however many there are.
    kinds: dict[str, int] = field(default_factory=dict)
    #: Files in the export that were not read.
    unread: list[UnreadFile] = field(default_factory=list)
    #: Notes on where tables were found and how columns were read (shown once each).
    notes: list[str] = field(default_factory=list)
    _noted: set[str] = field(default_factory=set, repr=False)
    _repaired_rows: set[tuple[str, str, object]] = field(default_factory=set, repr=False)

    # -- recording -------------------------------------------------------------

    def counts(self, table: str) -> TableCounts:
        """The counts for ``table``, created on first use."""
        counts = self.tables.get(table)
        if counts is None:
            counts = self.tables[table] = TableCounts()
        return counts

    def imported(self, table: str, how_many: int = 1) -> None:
        self.counts(table).imported += how_many

    def _add(self, problem: Problem) -> None:
        self.problem_total += 1
        kind = problem_kind(problem.severity, problem.message)
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        if len(self.problems) < MAX_STORED_PROBLEMS:
            self.problems.append(problem)

    def skip(
        self, table: str, file: str, row: int | None, field_name: str | None, message: str
    ) -> None:
        """A row of ``table`` was left out entirely."""
        self.counts(table).skipped += 1
        self._add(Problem(file, row, field_name, message, "skipped"))

    def repair(
        self, table: str, file: str, row: int | None, field_name: str | None, message: str
    ) -> None:
        """A row was kept after fixing a value; each row counts once however many fixes."""
        key = (table, file, row)
        if row is None or key not in self._repaired_rows:
            if row is not None:
                self._repaired_rows.add(key)
            self.counts(table).repaired += 1
        self._add(Problem(file, row, field_name, message, "repaired"))

    def warn(self, file: str, row: int | None, field_name: str | None, message: str) -> None:
        """Something was dropped or looks wrong, but the row was kept."""
        self._add(Problem(file, row, field_name, message, "warning"))

    def note(self, text: str) -> None:
        """Something the user should know about how the export was read (once per text)."""
        if text not in self._noted:
            self._noted.add(text)
            self.notes.append(text)

    def not_read(self, name: str, rows: int | None, reason: str) -> None:
        """A file of the export was left unread."""
        self.unread.append(UnreadFile(name, rows, reason))

    # -- presenting ------------------------------------------------------------

    def summary_lines(self, max_problems: int = 20) -> list[str]:
        """Human-readable lines: counts per table, then the first problems."""
        lines = [f"Format: {self.format}"]
        for name in sorted(self.tables):
            c = self.tables[name]
            lines.append(
                f"  {name}: {c.imported} imported, {c.skipped} skipped, {c.repaired} repaired"
            )
        lines.extend(self.notes)
        if self.unread:
            lines.append(f"Files not read: {len(self.unread)}")
            lines.extend("  " + unread.describe() for unread in self.unread)
        if self.problem_total:
            lines.append(f"Problems: {self.problem_total}")
            for kind, count in sorted(self.kinds.items(), key=lambda item: -item[1]):
                lines.append(f"  {count:,} × {kind}")
            lines.append("First problems:")
            lines.extend("  " + p.describe() for p in self.problems[:max_problems])
            hidden = self.problem_total - min(max_problems, len(self.problems))
            if hidden > 0:
                lines.append(f"  … and {hidden} more")
        else:
            lines.append("No problems found.")
        return lines

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (for ``--json`` and the GUI)."""
        return {
            "format": self.format,
            "tables": {
                name: {"imported": c.imported, "skipped": c.skipped, "repaired": c.repaired}
                for name, c in sorted(self.tables.items())
            },
            "problem_total": self.problem_total,
            "problem_kinds": dict(sorted(self.kinds.items(), key=lambda item: -item[1])),
            "notes": list(self.notes),
            "unread_files": [
                {"file": u.name, "rows": u.rows, "reason": u.reason} for u in self.unread
            ],
            "problems": [
                {
                    "file": p.file,
                    "row": p.row,
                    "field": p.field,
                    "message": p.message,
                    "severity": p.severity,
                }
                for p in self.problems
            ],
        }


@dataclass
class ImportResult:
    """Records ready for the store, and the report describing how they were made."""

    records: list[dict[str, Any]]
    report: ImportReport
    #: What the records are (a mapping's ``source`` name, else the file or folder name).
    source: str = ""
