"""Reading real-world CSV files: any common encoding, ragged rows, odd headers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from outreach.errors import ImportFailed, ImportProblem
from outreach.importers.report import ImportReport


@dataclass
class CsvTable:
    """A CSV file decoded into a normalised header and raw rows.

    Row numbers are spreadsheet rows: the header is row 1, the first data row is row 2.
    """

    path: Path
    header: list[str]
    rows: list[tuple[int, list[str]]]

    @property
    def name(self) -> str:
        return self.path.name

    def records(self) -> Iterator[tuple[int, dict[str, str]]]:
        """``(row number, {column: value})`` for every row; short rows are padded."""
        header = self.header
        width = len(header)
        for number, values in self.rows:
            if len(values) < width:
                values = values + [""] * (width - len(values))
            yield number, dict(zip(header, values, strict=False))


def normalise_column(name: str) -> str:
    """``" Service ID "`` → ``"service_id"`` so headers match whatever their case or spacing."""
    return "_".join(name.replace("\ufeff", "").strip().lower().replace("-", " ").split())


def decode_bytes(data: bytes, file: str, report: ImportReport) -> str:
    """Text from UTF-8 (with or without BOM), falling back to Windows-1252 then Latin-1."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        for encoding, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            report.warn(file, line, None, f"not UTF-8; read the file as {label}")
            return text
    raise ImportFailed(ImportProblem.CANNOT_DECODE, file=file)  # pragma: no cover


def read_csv(path: Path, report: ImportReport, *, table: str) -> CsvTable:
    """Read ``path`` whole; a broken line ends the file with a problem, never a traceback."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(
            ImportProblem.CANNOT_READ_FILE, file=path.name, reason=exc.strerror
        ) from exc
    text = decode_bytes(data, path.name, report)
    if "\x00" in text:
        report.warn(path.name, None, None, "contains NUL bytes; they were removed")
        text = text.replace("\x00", "")
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for values in reader:
            rows.append(values)
    except csv.Error as exc:
        report.skip(
            table, path.name, len(rows) + 1, None, f"unreadable CSV ({exc}); rest of file skipped"
        )
    if not rows:
        report.warn(path.name, None, None, "empty file")
        return CsvTable(path, [], [])
    header = [normalise_column(name) for name in rows[0]]
    width = len(header)
    body: list[tuple[int, list[str]]] = []
    overfull: list[tuple[int, int]] = []
    for number, values in enumerate(rows[1:], start=2):
        if not any(values):
            continue  # blank line
        if len(values) > width:
            if any(v.strip() for v in values[width:]):
                overfull.append((number, len(values)))
            values = values[:width]  # only empty trailing values: a stray delimiter
        body.append((number, values))
    if overfull:
        raise RaggedCsv(path.name, width, overfull, len(body))
    return CsvTable(path, header, body)


class RaggedCsv(ImportFailed):
    """Rows carry more values than the header has columns: the header lacks a column.

    Reading such a file would put values under the wrong names (an address in the phone
    column), so the file is refused as a whole.
    """

    def __init__(self, file: str, width: int, rows: list[tuple[int, int]], total: int) -> None:
        self.file = file
        self.rows = total
        listed = ", ".join(f"row {row} has {count}" for row, count in rows[:5])
        more = f" and {len(rows) - 5} more" if len(rows) > 5 else ""
        super().__init__(
            f"{file}: the header has {width} columns but {len(rows):,} rows have more values "
            f"({listed}{more}); a column name is probably missing from the header, so the "
            f"values cannot be matched to columns. File not read; add the missing column "
            f"name and import again."
        )
