"""Follow-ups: a due date and a short text, on a contact or on one of their referrals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from outreach.clock import local_date, system_clock
from outreach.errors import UserFacingError
from outreach.notes.problems import NotesProblem
from outreach.notes.referrals import ServiceSnapshot
from outreach.notes.stamps import stamp
from outreach.vault.db import Connection, inserted_id

TEXT_MAX = 300


class InvalidFollowUp(UserFacingError):
    pass


class FollowUpState(StrEnum):
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"
    SNOOZED = "snoozed"
    DONE = "done"


@dataclass(frozen=True)
class FollowUp:
    id: int
    contact_id: int
    alias: str
    due_on: date
    text: str
    referral_id: int | None
    referral_service: str  # the referred service's name, for "Did they get to X?"
    referral_code: str
    snoozed_until: date | None
    done_at: str | None

    def state(self, today: date) -> FollowUpState:
        if self.done_at:
            return FollowUpState.DONE
        if self.snoozed_until and self.snoozed_until > today:
            return FollowUpState.SNOOZED
        if self.due_on < today:
            return FollowUpState.OVERDUE
        if self.due_on == today or (self.snoozed_until and self.snoozed_until == today):
            return FollowUpState.DUE_TODAY
        return FollowUpState.UPCOMING


def add_follow_up(
    conn: Connection,
    contact_id: int,
    due_on: date,
    text: str,
    *,
    referral_id: int | None = None,
    now: datetime | None = None,
) -> int:
    now = now or system_clock()
    text = " ".join(text.split())
    if len(text) > TEXT_MAX:
        raise InvalidFollowUp(NotesProblem.FOLLOW_UP_TOO_LONG, limit=TEXT_MAX)
    if not text and referral_id is None:
        raise InvalidFollowUp(NotesProblem.FOLLOW_UP_NEEDS_WORDS)
    if conn.execute("SELECT 1 FROM contact WHERE id = ?", (contact_id,)).fetchone() is None:
        raise InvalidFollowUp(NotesProblem.CONTACT_GONE)
    cur = conn.execute(
        "INSERT INTO follow_up (contact_id, referral_id, due_on, what, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (contact_id, referral_id, due_on.isoformat(), text, stamp(now)),
    )
    return inserted_id(cur)


def mark_done(conn: Connection, follow_up_id: int, *, now: datetime | None = None) -> None:
    _update(conn, follow_up_id, "done_at = ?", stamp(now or system_clock()))


def reopen(conn: Connection, follow_up_id: int) -> None:
    _update(conn, follow_up_id, "done_at = ?", None)


def snooze(
    conn: Connection, follow_up_id: int, until: date, *, now: datetime | None = None
) -> None:
    """Hide a follow-up until ``until`` (a day after today at least)."""
    if until <= local_date(now or system_clock()):
        raise InvalidFollowUp(NotesProblem.SNOOZE_AFTER_TODAY)
    _update(conn, follow_up_id, "snoozed_until = ?", until.isoformat())


def _update(conn: Connection, follow_up_id: int, assignment: str, value: str | None) -> None:
    cur = conn.execute(f"UPDATE follow_up SET {assignment} WHERE id = ?", (value, follow_up_id))
    if cur.rowcount != 1:
        raise InvalidFollowUp(NotesProblem.FOLLOW_UP_GONE)


_SELECT = (
    "SELECT f.id, f.contact_id, c.alias, f.due_on, coalesce(f.what, ''), f.referral_id,"
    " r.service_id, r.service_snapshot, r.code, f.snoozed_until, f.done_at"
    " FROM follow_up f JOIN contact c ON c.id = f.contact_id"
    " LEFT JOIN referral r ON r.id = f.referral_id"
)


def _follow_up(row: tuple[Any, ...]) -> FollowUp:
    fid, cid, alias, due, what, rid, sid, snapshot, code, snoozed, done = row
    service = ServiceSnapshot.from_json(sid, snapshot).name if snapshot else ""
    return FollowUp(
        fid,
        cid,
        alias,
        date.fromisoformat(due),
        what,
        rid,
        service,
        code or "",
        date.fromisoformat(snoozed) if snoozed else None,
        done,
    )


def open_follow_ups(conn: Connection) -> list[FollowUp]:
    """Every follow-up not done, earliest due first (the caller sorts them into states)."""
    rows = conn.execute(_SELECT + " WHERE f.done_at IS NULL ORDER BY f.due_on, f.id").fetchall()
    return [_follow_up(r) for r in rows]


def follow_ups_for_contact(conn: Connection, contact_id: int) -> list[FollowUp]:
    rows = conn.execute(
        _SELECT + " WHERE f.contact_id = ? ORDER BY f.due_on DESC, f.id DESC", (contact_id,)
    ).fetchall()
    return [_follow_up(r) for r in rows]


def due_list(conn: Connection, *, now: datetime | None = None) -> list[FollowUp]:
    """The "Due today" list: overdue first, then due today; snoozed and upcoming left out."""
    today = local_date(now or system_clock())
    wanted = (FollowUpState.OVERDUE, FollowUpState.DUE_TODAY)
    items = [f for f in open_follow_ups(conn) if f.state(today) in wanted]
    return sorted(
        items, key=lambda f: (f.state(today) is not FollowUpState.OVERDUE, f.due_on, f.id)
    )


@dataclass(frozen=True)
class DueCounts:
    due_today: int
    overdue: int
    snoozed: int
    upcoming: int

    @property
    def needing_attention(self) -> int:
        return self.due_today + self.overdue


def due_counts(conn: Connection, *, now: datetime | None = None) -> DueCounts:
    today = local_date(now or system_clock())
    counts = dict.fromkeys(FollowUpState, 0)
    for item in open_follow_ups(conn):
        counts[item.state(today)] += 1
    return DueCounts(
        counts[FollowUpState.DUE_TODAY],
        counts[FollowUpState.OVERDUE],
        counts[FollowUpState.SNOOZED],
        counts[FollowUpState.UPCOMING],
    )
