"""Importing the notes spreadsheet a team already keeps: one row per encounter.

Contacts are matched by alias (ignoring case in any script), needs and supplies by their
English or Spanish words (``resources/notes.toml``), referrals by the service's name in the
directory. Rows with a problem are left out and reported by row and column; no message ever
repeats a cell's text, since any cell of a notes spreadsheet may hold something about a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from outreach.clock import system_clock
from outreach.directory.text import fold
from outreach.errors import Cancelled
from outreach.notes import lists
from outreach.notes.contacts import ALIAS_MAX, Contact, alias_index, alias_key, save_contact
from outreach.notes.csv_read import NotesImportReport, read_table
from outreach.notes.encounters import NOTE_MAX, PLACE_MAX, EncounterDraft, save_encounter
from outreach.notes.import_columns import NotesColumns, columns_from_headers, load_columns_mapping
from outreach.notes.referrals import ServiceSnapshot, snapshot_of
from outreach.vault.db import Connection

_SPLIT = re.compile(r"[;,|/\n]+")
_SUPPLY = re.compile(r"^(.*?)[\s:=x×]*(\d+)$|^(\d+)\s*(.*)$")


@dataclass
class NotesRow:
    number: int
    alias: str
    occurred_at: datetime
    place: str = ""
    needs: set[str] = field(default_factory=set)
    supplies: dict[str, int] = field(default_factory=dict)
    note: str = ""
    referred_to: list[str] = field(default_factory=list)
    tags: tuple[str, ...] = ()


@dataclass
class NotesImport:
    rows: list[NotesRow]
    report: NotesImportReport
    columns: NotesColumns
    contacts_added: int = 0
    referrals: int = 0


class _RowProblem(Exception):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


def read_notes_csv(
    path: Path, *, mapping: Path | None = None, now: datetime | None = None
) -> NotesImport:
    """Parse the file into rows ready to store; touches no vault."""
    now = now or system_clock()
    report = NotesImportReport(path.name)
    header, table = read_table(path, report)
    columns = load_columns_mapping(mapping, header) if mapping else columns_from_headers(header)
    rows: list[NotesRow] = []
    for number, values in table:
        try:
            rows.append(_row(number, values, columns, now, report))
        except _RowProblem as problem:
            report.skip(number, problem.column, str(problem))
    return NotesImport(rows, report, columns)


def _cell(values: dict[str, str], columns: NotesColumns, name: str, sep: str = " ") -> str:
    parts = [values.get(c, "").strip() for c in columns.fields.get(name, ())]
    return sep.join(p for p in parts if p)


def _row(
    number: int,
    values: dict[str, str],
    columns: NotesColumns,
    now: datetime,
    report: NotesImportReport,
) -> NotesRow:
    alias = " ".join(_cell(values, columns, "alias").split())
    if not alias:
        raise _RowProblem("alias", "no alias; every encounter needs one")
    day = parse_day(_cell(values, columns, "date"), columns.date_order)
    at = parse_time(_cell(values, columns, "time"))
    occurred = datetime.combine(day, at or time(12, 0)).astimezone()
    if occurred > now:
        if at is not None or day > now.astimezone().date():
            raise _RowProblem("time" if at else "date", "the encounter would be in the future")
        occurred = now  # today, no time given: as of now rather than a noon still to come
    row = NotesRow(number, alias, occurred, _cell(values, columns, "place"))
    if len(alias) > ALIAS_MAX:
        raise _RowProblem("alias", f"longer than {ALIAS_MAX} characters")
    if len(row.place) > PLACE_MAX:
        raise _RowProblem("place", f"longer than {PLACE_MAX} characters")
    row.note = _cell(values, columns, "note", "\n\n")
    if len(row.note) > NOTE_MAX:
        raise _RowProblem("note", f"longer than {NOTE_MAX} characters")
    for position, word in enumerate(_items(_cell(values, columns, "needs", ";")), start=1):
        key = lists.need_key(word)
        if key is None:
            report.warn(number, "needs", f"item {position} is not on the needs list; left out")
        else:
            row.needs.add(key)
    for position, word in enumerate(_items(_cell(values, columns, "supplies", ";")), start=1):
        parsed = _supply(word)
        if parsed is None:
            report.warn(
                number, "supplies", f"item {position} is not on the supplies list; left out"
            )
        else:
            row.supplies[parsed[0]] = row.supplies.get(parsed[0], 0) + parsed[1]
    referred = _cell(values, columns, "referred_to", ";")
    row.referred_to = [part.strip() for part in re.split(r"[;|\n]+", referred) if part.strip()]
    row.tags = tuple(_items(_cell(values, columns, "tags", ";")))
    return row


def _items(text: str) -> list[str]:
    return [part.strip() for part in _SPLIT.split(text) if part.strip()]


def _supply(word: str) -> tuple[str, int] | None:
    match = _SUPPLY.match(word.strip())
    name, quantity = word, 1
    if match:
        if match.group(2):
            name, quantity = match.group(1), int(match.group(2))
        else:
            name, quantity = match.group(4), int(match.group(3))
    key = lists.supply_key(name.strip(" :=x×"))
    if key is None or not 0 < quantity <= 10_000:
        return None
    return key, quantity


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_SLASHED = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")


def parse_day(text: str, order: str) -> date:
    """``2025-03-04``, or ``03/04/2025`` read as month/day (``mdy``) or day/month (``dmy``)."""
    text = text.strip()
    if not text:
        raise _RowProblem("date", "no date")
    try:
        iso = _ISO.match(text)
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        slashed = _SLASHED.match(text)
        if slashed:
            first, second, year = int(slashed[1]), int(slashed[2]), int(slashed[3])
            year = year + 2000 if year < 100 else year
            month, day = (first, second) if order == "mdy" else (second, first)
            return date(year, month, day)
    except ValueError:
        pass
    hint = "MM/DD/YYYY" if order == "mdy" else "DD/MM/YYYY"
    raise _RowProblem("date", f"not a date (use YYYY-MM-DD or {hint})")


def parse_time(text: str) -> time | None:
    text = text.strip().lower().replace(".", "")
    if not text:
        return None
    match = re.match(r"^(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*(am|pm|a m|p m)?$", text)
    if match:
        hour, minute = int(match[1]), int(match[2] or 0)
        suffix = (match[3] or "").replace(" ", "")
        if suffix == "pm" and hour < 12:
            hour += 12
        if suffix == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise _RowProblem("time", "not a time (use HH:MM)")


def _service_names(conn: Connection) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for service_id, name in conn.execute("SELECT id, name FROM service ORDER BY id"):
        names.setdefault(fold(" ".join(name.split())), []).append(service_id)
    return names


def store_notes(
    conn: Connection,
    parsed: NotesImport,
    *,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> NotesImport:
    """Write the parsed rows in the caller's transaction (roll it back to undo all of it)."""
    from outreach.directory.store import get_record

    now = now or system_clock()
    services = _service_names(conn) if any(r.referred_to for r in parsed.rows) else {}
    contacts: dict[str, int] = {}
    known = alias_index(conn)  # once: one pass over the aliases, not one per person
    for index, row in enumerate(parsed.rows):
        if cancelled and cancelled():
            raise Cancelled()
        key = alias_key(row.alias)
        contact_id = contacts.get(key)
        if contact_id is None:
            existing = known.get(key)
            if existing:
                contact_id = existing[0]
            else:
                contact_id = save_contact(conn, Contact(row.alias, tags=row.tags), now=now)
                parsed.contacts_added += 1
            contacts[key] = contact_id
        snapshots: list[ServiceSnapshot] = []
        for position, name in enumerate(row.referred_to, start=1):
            ids = services.get(fold(" ".join(name.split())), [])
            record = get_record(conn, ids[0]) if len(ids) == 1 else None
            if record is not None:
                snapshots.append(snapshot_of(record, row.occurred_at))
                continue
            why = "several services have this name" if ids else "no service of this name"
            parsed.report.warn(
                row.number,
                "referred_to",
                f"referral {position}: {why} in the directory; kept by name only",
            )
            snapshots.append(ServiceSnapshot("", name))
        draft = EncounterDraft(
            contact_id, row.occurred_at, row.place, row.needs, row.supplies, row.note, snapshots
        )
        save_encounter(conn, draft, now=now)
        parsed.referrals += len(snapshots)
        parsed.report.imported += 1
        if progress:
            progress(index + 1, len(parsed.rows))
    return parsed
