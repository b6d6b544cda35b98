"""How records live in the vault: upsert, remove, replace, read back.

The caller owns the transaction (``with vault.transaction(): ...``); nothing here commits,
so an import or a pack apply is all-or-nothing. Writes go in chunks through ``executemany``
against tables keyed by an integer ``num`` that this module assigns itself, so no per-row
``lastrowid`` round trips are needed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from outreach.cancel import NEVER_CANCELLED, CancelToken, Progress, Stage, Step, no_progress
from outreach.changes import DIRECTORY, NOTHING, Changes
from outreach.directory import derive
from outreach.directory.hours import compile_hours, compiled_to_json
from outreach.directory.identity import RecordFault, record_fault
from outreach.directory.text import fold
from outreach.errors import UserFacingError
from outreach.vault.db import Connection

_CHUNK = 1000
#: Statuses search never shows; such services are kept but not full-text indexed.
HIDDEN_STATUSES = frozenset({"inactive", "defunct"})


class InvalidRecord(UserFacingError):
    """A record cannot be stored (missing id or name); nothing from the batch was written."""


@dataclass
class UpsertSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def changes(self) -> Changes:
        return DIRECTORY if self.added or self.updated else NOTHING


@dataclass
class ChangeSummary:
    added: int = 0
    updated: int = 0
    removed: int = 0


def canonical_json(record: dict[str, Any]) -> str:
    """The one serialisation of a record (docs/records.md): sorted keys, no spaces, UTF-8."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(record: dict[str, Any]) -> str:
    """SHA-256 hex of :func:`canonical_json`; packs compare these to compute deltas."""
    return hashlib.sha256(canonical_json(record).encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def set_directory_info(conn: Connection, **values: str) -> None:
    """Store key/value facts about the directory (source name, import time, pack version)."""
    conn.executemany(
        "INSERT INTO directory_info (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [(key, str(value)) for key, value in values.items()],
    )


def get_directory_info(conn: Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM directory_info").fetchall())


def _check(record: Any, position: int) -> str:
    fault = record_fault(record)
    if fault is RecordFault.NOT_AN_OBJECT:
        raise InvalidRecord(f"Record {position}: expected an object, got {type(record).__name__}.")
    if fault is RecordFault.NO_ID:
        raise InvalidRecord(f"Record {position}: field 'id' is missing or empty.")
    if fault is RecordFault.NO_NAME:
        raise InvalidRecord(
            f"Record {position} (id {record['id']!r}): field 'name' is missing or empty."
        )
    return str(record["id"])


def _hours_json(record: dict[str, Any]) -> str | None:
    """Compiled opening hours, or None when the record lists none (search: "unknown")."""
    compiled = compile_hours(record)
    return compiled_to_json(compiled) if compiled.groups else None


def _organization(record: dict[str, Any]) -> tuple[str | None, str | None, str]:
    org = record.get("organization")
    org = org if isinstance(org, dict) else {}
    org_id = record.get("organization_id") or org.get("id")
    name = org.get("name")
    search_text = " ".join(v for v in (name, org.get("alternate_name")) if isinstance(v, str))
    return (
        org_id if isinstance(org_id, str) else None,
        name if isinstance(name, str) else None,
        search_text,
    )


def _age(value: Any) -> float | None:
    try:
        return float(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None


class _Writer:
    """Accumulates one chunk of row tuples per table and flushes them with executemany."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        row = conn.execute(
            "SELECT (SELECT coalesce(max(num), 0) FROM service),"
            " (SELECT coalesce(max(point), 0) FROM service_point)"
        ).fetchone()
        self.next_num = int(row[0]) + 1
        self.next_point = int(row[1]) + 1
        self.existing: dict[str, tuple[int, str]] = {
            rid: (num, digest)
            for rid, num, digest in conn.execute("SELECT id, num, content_hash FROM service")
        }
        self._reset()

    def _reset(self) -> None:
        self.pending: set[int] = set()
        self.stale: list[tuple[int]] = []
        self.services: list[tuple[Any, ...]] = []
        self.docs: list[tuple[int, str]] = []
        self.fts: list[tuple[Any, ...]] = []
        self.categories: list[tuple[str, int]] = []
        self.languages: list[tuple[str, int]] = []
        self.points: list[tuple[Any, ...]] = []
        self.boxes: list[tuple[int, float, float, float, float]] = []

    def add(self, record: dict[str, Any], source: str, updated_at: str) -> str:
        """Queue one record; returns "added", "updated" or "unchanged"."""
        text = canonical_json(record)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        record_id: str = record["id"]
        known = self.existing.get(record_id)
        if known is not None and known[1] == digest:
            return "unchanged"
        if known is not None:
            num = known[0]
            if num in self.pending:
                # The same id twice in one chunk: write the first before replacing it.
                self.flush()
            self.stale.append((num,))
            outcome = "updated"
        else:
            num = self.next_num
            self.next_num += 1
            outcome = "added"
        self.existing[record_id] = (num, digest)
        self.pending.add(num)
        org_id, org_name, _ = _organization(record)
        name = record["name"].strip()
        status = record.get("status") if isinstance(record.get("status"), str) else "active"
        self.services.append(
            (
                num,
                record_id,
                name,
                fold(name),
                org_id,
                org_name,
                digest,
                record.get("assured_date") if isinstance(record.get("assured_date"), str) else None,
                status,
                int(derive.derive_free(record)),
                int(derive.derive_walk_in(record)),
                _age(record.get("minimum_age")),
                _age(record.get("maximum_age")),
                _hours_json(record),
                record.get("x_timezone") if isinstance(record.get("x_timezone"), str) else None,
                derive.display_address(record),
                record.get("x_source") if isinstance(record.get("x_source"), str) else source,
                updated_at,
            )
        )
        self.docs.append((num, text))
        categories = derive.derive_categories(record)
        self.categories.extend((category, num) for category in categories)
        self.languages.extend((code, num) for code in derive.derive_languages(record))
        if status not in HIDDEN_STATUSES:
            self.fts.append((num, *index_columns(record, categories)))
        for point in derive.derive_points(record):
            self.points.append(
                (
                    self.next_point,
                    num,
                    point.location_id,
                    point.lat,
                    point.lon,
                    point.postcode,
                    point.city,
                    point.region,
                    int(point.approximate),
                )
            )
            self.boxes.append((self.next_point, point.lat, point.lat, point.lon, point.lon))
            self.next_point += 1
        return outcome

    def flush(self) -> None:
        if self.stale:
            _delete_nums(self.conn, self.stale)
        conn = self.conn
        conn.executemany(
            "INSERT INTO service (num, id, name, sort_name, organization_id, organization_name,"
            " content_hash, assured_date, status, free, walk_in, min_age, max_age, hours,"
            " timezone, address, source, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self.services,
        )
        conn.executemany("INSERT INTO service_doc (num, doc) VALUES (?, ?)", self.docs)
        conn.executemany(
            "INSERT INTO service_fts (rowid, name, alternate_name, organization, taxonomy,"
            " description) VALUES (?, ?, ?, ?, ?, ?)",
            self.fts,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO service_category (category, num) VALUES (?, ?)",
            self.categories,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO service_language (code, num) VALUES (?, ?)", self.languages
        )
        conn.executemany(
            "INSERT INTO service_point"
            " (point, num, location_id, lat, lon, postcode, city, region, approximate)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self.points,
        )
        conn.executemany(
            "INSERT INTO service_point_rtree (point, min_lat, max_lat, min_lon, max_lon)"
            " VALUES (?, ?, ?, ?, ?)",
            self.boxes,
        )
        self._reset()


def index_columns(
    record: dict[str, Any], categories: list[str] | None = None
) -> tuple[str, str, str, str, str]:
    """The text indexed for a record, per FTS column in weight order: name, alternate name,
    organization, taxonomy (terms, derived categories, program), description (+ location
    names and cities, so "detox chicago" works)."""
    if categories is None:
        categories = derive.derive_categories(record)
    org_text = _organization(record)[2]
    program = record.get("program")
    program_name = program.get("name") if isinstance(program, dict) else None
    taxonomy = [*derive.taxonomy_terms(record), *categories]
    if isinstance(program_name, str):
        taxonomy.append(program_name)
    description = [record.get("description")]
    for location in derive.locations(record):
        description.append(location.get("name"))
        for address in location.get("addresses") or ():
            if isinstance(address, dict):
                description.append(address.get("city"))
    alternate = record.get("alternate_name")
    return (
        record["name"],
        alternate if isinstance(alternate, str) else "",
        org_text,
        "\n".join(taxonomy),
        "\n".join(d for d in description if isinstance(d, str)),
    )


def _delete_nums(conn: Connection, nums: list[tuple[int]]) -> None:
    conn.executemany(
        "DELETE FROM service_point_rtree WHERE point IN"
        " (SELECT point FROM service_point WHERE num = ?)",
        nums,
    )
    for table in (
        "service_point",
        "service_category",
        "service_language",
        "service_doc",
        "service",
    ):
        conn.executemany(f"DELETE FROM {table} WHERE num = ?", nums)
    conn.executemany("DELETE FROM service_fts WHERE rowid = ?", nums)


def upsert_records(
    conn: Connection,
    records: Iterable[dict[str, Any]],
    *,
    source: str,
    cancel: CancelToken = NEVER_CANCELLED,
    progress: Progress = no_progress,
) -> UpsertSummary:
    """Add new records, replace changed ones (by ``content_hash``), skip unchanged ones.

    Raises :class:`InvalidRecord` for a record without id or name, and ``Cancelled`` when
    ``cancel`` is set; in both cases the caller's transaction should be rolled back.
    """
    total = len(records) if hasattr(records, "__len__") else 0  # type: ignore[arg-type]
    summary = UpsertSummary()
    writer = _Writer(conn)
    updated_at = _now()
    pending = 0
    for position, record in enumerate(records, start=1):
        _check(record, position)
        outcome = writer.add(record, source, updated_at)
        setattr(summary, outcome, getattr(summary, outcome) + 1)
        pending += 1
        if pending >= _CHUNK:
            cancel.raise_if_set()
            writer.flush()
            pending = 0
            progress(position, total, Step(Stage.INDEXING))
    cancel.raise_if_set()
    writer.flush()
    if summary.added or summary.updated:
        set_directory_info(conn, updated_at=updated_at)
    progress(summary.added + summary.updated + summary.unchanged, total, Step(Stage.INDEXING))
    return summary


def remove_records(conn: Connection, ids: Iterable[str]) -> int:
    """Delete the services with these ids; unknown ids are ignored. Returns how many went."""
    nums: list[tuple[int]] = []
    for record_id in ids:
        row = conn.execute("SELECT num FROM service WHERE id = ?", (record_id,)).fetchone()
        if row is not None:
            nums.append((int(row[0]),))
    if nums:
        _delete_nums(conn, nums)
        set_directory_info(conn, updated_at=_now())
    return len(nums)


def replace_directory(
    conn: Connection,
    records: Iterable[dict[str, Any]],
    *,
    source: str,
    cancel: CancelToken = NEVER_CANCELLED,
    progress: Progress = no_progress,
) -> ChangeSummary:
    """Make the directory exactly ``records`` (a full snapshot): upsert, then drop the rest."""
    seen: set[str] = set()

    def remember(items: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                seen.add(item["id"])
            yield item

    sized: Iterable[dict[str, Any]] = records
    if hasattr(records, "__len__"):
        sized = _Sized(remember(records), len(records))  # type: ignore[arg-type]
    else:
        sized = remember(records)
    upserted = upsert_records(conn, sized, source=source, cancel=cancel, progress=progress)
    gone = [rid for (rid,) in conn.execute("SELECT id FROM service") if rid not in seen]
    cancel.raise_if_set()
    removed = remove_records(conn, gone)
    return ChangeSummary(added=upserted.added, updated=upserted.updated, removed=removed)


class _Sized:
    """An iterator that still reports the length of what it wraps (for progress totals)."""

    def __init__(self, items: Iterator[dict[str, Any]], length: int) -> None:
        self._items = items
        self._length = length

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return self._items

    def __len__(self) -> int:
        return self._length


def record_hashes(conn: Connection) -> dict[str, str]:
    """id -> content_hash for every stored service."""
    return dict(conn.execute("SELECT id, content_hash FROM service").fetchall())


def get_record(conn: Connection, service_id: str) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT d.doc FROM service s JOIN service_doc d ON d.num = s.num WHERE s.id = ?",
        (service_id,),
    ).fetchone()
    return json.loads(row[0]) if row else None


def iter_records(conn: Connection) -> Iterator[dict[str, Any]]:
    """Every stored record, in id order (a fresh cursor, so callers may stop early)."""
    cursor = conn.execute(
        "SELECT d.doc FROM service s JOIN service_doc d ON d.num = s.num ORDER BY s.id"
    )
    for (doc,) in cursor:
        yield json.loads(doc)


def count_services(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM service").fetchone()[0])


def verified_date_span(conn: Connection) -> tuple[date, date] | None:
    """The oldest and newest "last verified" date (``assured_date``) among the services, or
    None when none has one: how old the data itself is, whenever it was loaded."""
    row = conn.execute(
        "SELECT min(substr(assured_date, 1, 10)), max(substr(assured_date, 1, 10)) FROM service"
        " WHERE assured_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
    ).fetchone()
    try:
        return (date.fromisoformat(row[0]), date.fromisoformat(row[1])) if row[0] else None
    except ValueError:  # a well-shaped impossible date ("2023-02-30")
        return None
