"""Referrals that close the loop: a snapshot of the service, a short code, a dated history.

A referral keeps what the service was when the referral was made (name, organization,
address, phone, hours), so a later pack that changes or removes the service never rewrites
the note. It has no foreign key to the directory on purpose.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from outreach.clock import local_date, system_clock
from outreach.errors import UserFacingError
from outreach.notes.problems import NotesProblem
from outreach.notes.stamps import stamp
from outreach.vault.db import Connection, inserted_id

#: No 0/O, 1/I/L or U (read as V): a code read aloud or off a crumpled slip stays unambiguous.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 6
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class Status(StrEnum):
    MADE = "made"
    ATTAINED = "attained"
    NOT_ATTAINED = "not_attained"
    DECLINED = "declined"
    NO_SHOW = "no_show"
    UNKNOWN = "unknown"


OUTCOMES = (Status.ATTAINED, Status.NOT_ATTAINED, Status.DECLINED, Status.NO_SHOW, Status.UNKNOWN)


class InvalidReferral(UserFacingError):
    pass


@dataclass(frozen=True)
class ServiceSnapshot:
    """What a referral keeps of a service at the time it was made."""

    service_id: str
    name: str
    organization: str = ""
    address: str = ""
    phone: str = ""
    hours: str = ""
    categories: tuple[str, ...] = ()

    def to_json(self) -> str:
        return json.dumps(
            {
                "name": self.name,
                "organization": self.organization,
                "address": self.address,
                "phone": self.phone,
                "hours": self.hours,
                "categories": list(self.categories),
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, service_id: str, text: str) -> ServiceSnapshot:
        doc = json.loads(text)
        return cls(
            service_id,
            str(doc.get("name", "")),
            str(doc.get("organization", "")),
            str(doc.get("address", "")),
            str(doc.get("phone", "")),
            str(doc.get("hours", "")),
            tuple(doc.get("categories", ())),
        )


def snapshot_of(record: Mapping[str, Any], now: datetime | None = None) -> ServiceSnapshot:
    """The snapshot of a directory record (docs/records.md); tolerant of sparse records."""
    from outreach.directory import derive, facts

    service_id = str(record.get("id", "")).strip()
    name = str(record.get("name", "")).strip()
    if not service_id or not name:
        raise InvalidReferral(NotesProblem.REFERRAL_NEEDS_SERVICE)
    organization = facts.organization_name(record)
    if not organization and isinstance(record.get("organization"), Mapping):
        organization = str(record["organization"].get("name", ""))
    phones = facts.phones(record)
    addresses = facts.addresses(record)
    try:
        summary = facts.hours_summary(record, now or system_clock())
        hours = "; ".join(f"{_WEEKDAYS[day.weekday()]} {text}" for day, text in summary.week)
        if summary.status == "unknown":
            hours = ""
    except Exception:  # hours are a courtesy on the snapshot; a malformed schedule costs only them
        hours = ""
    return ServiceSnapshot(
        service_id,
        name,
        organization,
        addresses[0].text if addresses else "",
        phones[0].dial_text if phones else "",
        hours,
        tuple(derive.derive_categories(dict(record))),
    )


def new_code(conn: Connection) -> str:
    """A fresh code not used by any referral in this vault."""
    for _ in range(100):
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if conn.execute("SELECT 1 FROM referral WHERE code = ?", (code,)).fetchone() is None:
            return code
    raise RuntimeError("could not draw an unused referral code")  # 30**6 codes: never in practice


def normalise_code(text: str) -> str:
    """What a person types or reads back ("k7p-3qx", "K7P 3QX") as a stored code."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def add_referral(
    conn: Connection, encounter_id: int, snapshot: ServiceSnapshot, *, now: datetime | None = None
) -> tuple[int, str]:
    """Refer from an encounter; returns the referral's id and its code."""
    now = now or system_clock()
    code = new_code(conn)
    made_at = _encounter_time(conn, encounter_id) or stamp(now)
    cur = conn.execute(
        "INSERT INTO referral (encounter_id, service_id, service_snapshot, created_at, code,"
        " status, status_on) VALUES (?, ?, ?, ?, ?, 'made', ?)",
        (encounter_id, snapshot.service_id, snapshot.to_json(), made_at, code, made_at[:10]),
    )
    referral_id = inserted_id(cur)
    conn.execute(
        "INSERT INTO referral_status_history (referral_id, status, status_on, recorded_at)"
        " VALUES (?, 'made', ?, ?)",
        (referral_id, made_at[:10], stamp(now)),
    )
    return referral_id, code


def _encounter_time(conn: Connection, encounter_id: int) -> str | None:
    row = conn.execute("SELECT occurred_at FROM encounter WHERE id = ?", (encounter_id,)).fetchone()
    if row is None:
        raise InvalidReferral(NotesProblem.ENCOUNTER_GONE)
    return str(row[0])


def set_status(
    conn: Connection,
    referral_id: int,
    status: Status | str,
    *,
    on: date | None = None,
    now: datetime | None = None,
) -> None:
    """Record an outcome (or a correction) dated ``on``; the history keeps every step."""
    now = now or system_clock()
    status = Status(status)
    on = on or local_date(now)
    if on > local_date(now):
        raise InvalidReferral(NotesProblem.OUTCOME_IN_FUTURE)
    row = conn.execute("SELECT created_at FROM referral WHERE id = ?", (referral_id,)).fetchone()
    if row is None:
        raise InvalidReferral(NotesProblem.REFERRAL_GONE)
    if on.isoformat() < str(row[0])[:10]:
        raise InvalidReferral(NotesProblem.OUTCOME_BEFORE_REFERRAL)
    conn.execute(
        "UPDATE referral SET status = ?, status_on = ? WHERE id = ?",
        (status.value, on.isoformat(), referral_id),
    )
    conn.execute(
        "INSERT INTO referral_status_history (referral_id, status, status_on, recorded_at)"
        " VALUES (?, ?, ?, ?)",
        (referral_id, status.value, on.isoformat(), stamp(now)),
    )
    if status is not Status.MADE:
        # An answered referral needs no more chasing.
        conn.execute(
            "UPDATE follow_up SET done_at = ? WHERE referral_id = ? AND done_at IS NULL",
            (stamp(now), referral_id),
        )


@dataclass(frozen=True)
class Referral:
    id: int
    encounter_id: int
    contact_id: int
    code: str
    service: ServiceSnapshot
    status: Status
    status_on: date
    made_at: str

    # Older callers read these straight off the referral.
    @property
    def service_id(self) -> str:
        return self.service.service_id

    @property
    def service_name(self) -> str:
        return self.service.name

    @property
    def is_open(self) -> bool:
        return self.status is Status.MADE


_SELECT = (
    "SELECT r.id, r.encounter_id, e.contact_id, r.code, r.service_id, r.service_snapshot,"
    " r.status, r.status_on, r.created_at FROM referral r JOIN encounter e ON e.id = r.encounter_id"
)


def _referral(row: tuple[Any, ...]) -> Referral:
    rid, eid, cid, code, sid, snapshot, status, status_on, made = row
    return Referral(
        rid,
        eid,
        cid,
        code or "",
        ServiceSnapshot.from_json(sid, snapshot),
        Status(status),
        date.fromisoformat(status_on or made[:10]),
        made,
    )


def get_referral(conn: Connection, referral_id: int) -> Referral | None:
    row = conn.execute(_SELECT + " WHERE r.id = ?", (referral_id,)).fetchone()
    return None if row is None else _referral(row)


def referral_by_code(conn: Connection, code: str) -> Referral | None:
    row = conn.execute(_SELECT + " WHERE r.code = ?", (normalise_code(code),)).fetchone()
    return None if row is None else _referral(row)


def referrals_for_encounter(conn: Connection, encounter_id: int) -> list[Referral]:
    rows = conn.execute(_SELECT + " WHERE r.encounter_id = ? ORDER BY r.id", (encounter_id,))
    return [_referral(r) for r in rows.fetchall()]


def referrals_for_contact(conn: Connection, contact_id: int) -> list[Referral]:
    rows = conn.execute(
        _SELECT + " WHERE e.contact_id = ? ORDER BY r.created_at DESC, r.id DESC", (contact_id,)
    )
    return [_referral(r) for r in rows.fetchall()]


def open_referrals(conn: Connection, contact_id: int) -> list[Referral]:
    """Referrals still waiting for an answer: the form asks "Did they get to X?" for each."""
    rows = conn.execute(
        _SELECT + " WHERE e.contact_id = ? AND r.status = 'made' ORDER BY r.created_at, r.id",
        (contact_id,),
    )
    return [_referral(r) for r in rows.fetchall()]


@dataclass(frozen=True)
class StatusStep:
    status: Status
    on: date
    recorded_at: str


def status_history(conn: Connection, referral_id: int) -> list[StatusStep]:
    rows = conn.execute(
        "SELECT status, status_on, recorded_at FROM referral_status_history"
        " WHERE referral_id = ? ORDER BY id",
        (referral_id,),
    ).fetchall()
    return [StatusStep(Status(s), date.fromisoformat(on), at) for s, on, at in rows]


def follow_up_unanswered(conn: Connection, *, after_days: int, now: datetime | None = None) -> int:
    """Turn referrals with no answer after ``after_days`` days into follow-ups; returns how many.

    Idempotent: a referral gets at most one follow-up (a unique index says so). The follow-up is
    due the day the referral became overdue, so an old one shows as overdue at once.
    """
    if after_days < 1:
        raise InvalidReferral(NotesProblem.FOLLOW_UP_AFTER_A_DAY)
    now = now or system_clock()
    cutoff = (local_date(now) - timedelta(days=after_days)).isoformat()
    cur = conn.execute(
        "INSERT INTO follow_up (contact_id, referral_id, due_on, what, created_at)"
        " SELECT e.contact_id, r.id, date(substr(r.created_at, 1, 10), ?), '', ?"
        " FROM referral r JOIN encounter e ON e.id = r.encounter_id"
        " WHERE r.status = 'made' AND substr(r.created_at, 1, 10) <= ?"
        " AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.referral_id = r.id)",
        (f"+{after_days} days", stamp(now), cutoff),
    )
    return int(cur.rowcount)
