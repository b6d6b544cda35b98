"""Retention: notes older than the retention period are purged, after saying what will go.

Encounters older than the cutoff go with their needs, supplies and referrals (and those
referrals' follow-ups); done follow-ups older than the cutoff go; a contact goes when nothing
is left of them and they have no open follow-up. The vault runs with ``secure_delete`` and the
full-text indexes with FTS5's ``secure-delete``, so freed pages are zeroed and index entries
removed; a WAL checkpoint then empties the write-ahead log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from outreach.clock import local_date, system_clock
from outreach.errors import UserFacingError
from outreach.notes.problems import NotesProblem
from outreach.notes.stamps import stamp
from outreach.vault import Vault
from outreach.vault.db import Connection

MIN_RETENTION_DAYS = 30


@dataclass(frozen=True)
class PurgePlan:
    """What a purge will remove (counts only: this is shown before anything goes)."""

    cutoff: date
    encounters: int
    referrals: int
    follow_ups: int
    contacts: int

    @property
    def empty(self) -> bool:
        return not (self.encounters or self.referrals or self.follow_ups or self.contacts)


def cutoff_for(days: int, now: datetime | None = None) -> date:
    if days < MIN_RETENTION_DAYS:
        raise UserFacingError(NotesProblem.RETENTION_MINIMUM, days=MIN_RETENTION_DAYS)
    return local_date(now or system_clock()) - timedelta(days=days)


def _cut(cutoff: date) -> str:
    # Encounters are stored in UTC; the cutoff is the start of the worker's day, in UTC.
    start = datetime.combine(cutoff, datetime.min.time()).astimezone()
    return stamp(start)


_OLD_ENCOUNTERS = "SELECT id FROM encounter WHERE occurred_at < :cut"
_OLD_FOLLOW_UPS = (
    "SELECT id FROM follow_up WHERE (done_at IS NOT NULL AND done_at < :cut)"
    " OR referral_id IN (SELECT r.id FROM referral r WHERE r.encounter_id IN ("
    + _OLD_ENCOUNTERS
    + "))"
)
_GONE_CONTACTS = (
    "SELECT c.id FROM contact c WHERE c.created_at < :cut"
    " AND NOT EXISTS (SELECT 1 FROM encounter e"
    "   WHERE e.contact_id = c.id AND e.occurred_at >= :cut)"
    " AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.contact_id = c.id AND f.done_at IS NULL"
    "   AND f.id NOT IN (" + _OLD_FOLLOW_UPS + "))"
)


def plan_purge(conn: Connection, cutoff: date) -> PurgePlan:
    """Count what :func:`purge` would remove for ``cutoff``; changes nothing."""
    cut = {"cut": _cut(cutoff)}

    def count(sql: str) -> int:
        return int(conn.execute(f"SELECT count(*) FROM ({sql})", cut).fetchone()[0])

    return PurgePlan(
        cutoff,
        count(_OLD_ENCOUNTERS),
        count("SELECT id FROM referral WHERE encounter_id IN (" + _OLD_ENCOUNTERS + ")"),
        count(_OLD_FOLLOW_UPS),
        count(_GONE_CONTACTS),
    )


def purge(conn: Connection, cutoff: date) -> PurgePlan:
    """Remove what :func:`plan_purge` counted, in the caller's transaction; returns the counts.

    Call :func:`compact_after_purge` once the transaction is committed.
    """
    plan = plan_purge(conn, cutoff)
    if plan.empty:
        return plan
    cut = {"cut": _cut(cutoff)}
    gone = [row[0] for row in conn.execute(_GONE_CONTACTS, cut).fetchall()]
    conn.execute("DELETE FROM follow_up WHERE id IN (" + _OLD_FOLLOW_UPS + ")", cut)
    conn.execute("DELETE FROM encounter WHERE occurred_at < :cut", cut)
    conn.executemany("DELETE FROM contact WHERE id = ?", [(cid,) for cid in gone])
    # Merge the index segments so no page still holds a deleted token.
    conn.execute("INSERT INTO encounter_fts(encounter_fts) VALUES ('optimize')")
    conn.execute("INSERT INTO contact_fts(contact_fts) VALUES ('optimize')")
    return plan


def compact_after_purge(conn: Connection) -> None:
    """Move the WAL into the database and truncate it, so deleted pages leave the -wal file."""
    if conn.in_transaction:
        raise RuntimeError("compact_after_purge runs after the purge is committed")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def run_purge(vault: Vault, days: int, *, now: datetime | None = None) -> PurgePlan:
    """Purge notes older than ``days`` in one transaction, then checkpoint the WAL."""
    cutoff = cutoff_for(days, now)
    with vault.transaction() as conn:
        plan = purge(conn, cutoff)
    if not plan.empty:
        compact_after_purge(vault.conn)
    return plan
