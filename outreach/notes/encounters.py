"""Encounters: when, where, needs, supplies handed out, the narrative, and referrals made."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from outreach.clock import local_date, system_clock
from outreach.errors import UserFacingError
from outreach.notes import lists
from outreach.notes.problems import NotesProblem
from outreach.notes.referrals import ServiceSnapshot, Status, add_referral, set_status
from outreach.notes.stamps import parse_stamp, stamp
from outreach.vault.db import Connection, inserted_id

#: An encounter dated more than this before it is saved is marked "entered later".
ENTERED_LATER_AFTER = timedelta(minutes=30)
#: Clock drift allowed for an encounter dated a little in the future.
FUTURE_SLACK = timedelta(minutes=5)
NOTE_MAX = 20_000
PLACE_MAX = 200
SUPPLY_MAX = 10_000


class InvalidEncounter(UserFacingError):
    """An encounter field is out of range (the message names the field, never its text)."""


@dataclass
class EncounterDraft:
    """What the form (or an import row) hands over to :func:`save_encounter`."""

    contact_id: int
    occurred_at: datetime | None = None  # None: now
    place: str = ""
    needs: set[str] = field(default_factory=set)
    supplies: dict[str, int] = field(default_factory=dict)
    note: str = ""
    referrals: list[ServiceSnapshot] = field(default_factory=list)
    #: Answers to "Did they get to X?" for the contact's open referrals.
    outcomes: dict[int, Status] = field(default_factory=dict)


@dataclass(frozen=True)
class SavedEncounter:
    id: int
    referral_codes: tuple[str, ...]
    referral_ids: tuple[int, ...]


@dataclass(frozen=True)
class Encounter:
    id: int
    contact_id: int
    occurred_at: datetime
    recorded_at: datetime
    entered_later: bool
    place: str
    needs: tuple[str, ...]
    supplies: tuple[tuple[str, int], ...]
    note: str


def _check(draft: EncounterDraft, now: datetime) -> datetime:
    when = draft.occurred_at or now
    if when.tzinfo is None:
        raise InvalidEncounter(NotesProblem.ENCOUNTER_NEEDS_ZONE)
    if when > now + FUTURE_SLACK:
        raise InvalidEncounter(NotesProblem.ENCOUNTER_IN_FUTURE)
    if len(draft.note) > NOTE_MAX:
        raise InvalidEncounter(NotesProblem.NOTE_TOO_LONG, limit=NOTE_MAX)
    if len(draft.place) > PLACE_MAX:
        raise InvalidEncounter(NotesProblem.PLACE_TOO_LONG, limit=PLACE_MAX)
    for key, quantity in draft.supplies.items():
        if not isinstance(quantity, int) or not 0 <= quantity <= SUPPLY_MAX:
            label = lists.supply_label(key)
            raise InvalidEncounter(NotesProblem.SUPPLY_COUNT, supply=label, limit=SUPPLY_MAX)
    return when


def save_encounter(
    conn: Connection, draft: EncounterDraft, *, now: datetime | None = None
) -> SavedEncounter:
    """Store an encounter with its needs, supplies, referrals and outcome answers.

    Runs inside the caller's transaction; a bad field raises before anything is written.
    """
    now = now or system_clock()
    when = _check(draft, now)
    if conn.execute("SELECT 1 FROM contact WHERE id = ?", (draft.contact_id,)).fetchone() is None:
        raise InvalidEncounter(NotesProblem.CONTACT_GONE)
    later = draft.occurred_at is not None and now - when > ENTERED_LATER_AFTER
    cur = conn.execute(
        "INSERT INTO encounter (contact_id, occurred_at, recorded_at, entered_later, place, note)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (draft.contact_id, stamp(when), stamp(now), int(later), draft.place.strip(), draft.note),
    )
    encounter_id = inserted_id(cur)
    _write_items(conn, encounter_id, draft.needs, draft.supplies)
    for referral_id, status in draft.outcomes.items():
        set_status(conn, referral_id, status, on=local_date(when), now=now)
    made = [add_referral(conn, encounter_id, snapshot, now=now) for snapshot in draft.referrals]
    return SavedEncounter(
        encounter_id, tuple(code for _, code in made), tuple(rid for rid, _ in made)
    )


def _write_items(
    conn: Connection, encounter_id: int, needs: set[str], supplies: Mapping[str, int]
) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO encounter_need (encounter_id, need) VALUES (?, ?)",
        [(encounter_id, need) for need in sorted(needs)],
    )
    conn.executemany(
        "INSERT INTO encounter_supply (encounter_id, supply, quantity) VALUES (?, ?, ?)",
        [(encounter_id, key, n) for key, n in sorted(supplies.items()) if n > 0],
    )


def update_encounter(
    conn: Connection, encounter_id: int, draft: EncounterDraft, *, now: datetime | None = None
) -> None:
    """Correct an encounter's place, needs, supplies and note (its time and referrals stay)."""
    now = now or system_clock()
    _check(
        EncounterDraft(
            draft.contact_id, None, draft.place, note=draft.note, supplies=draft.supplies
        ),
        now,
    )
    cur = conn.execute(
        "UPDATE encounter SET place = ?, note = ? WHERE id = ?",
        (draft.place.strip(), draft.note, encounter_id),
    )
    if cur.rowcount != 1:
        raise InvalidEncounter(NotesProblem.ENCOUNTER_PURGED)
    conn.execute("DELETE FROM encounter_need WHERE encounter_id = ?", (encounter_id,))
    conn.execute("DELETE FROM encounter_supply WHERE encounter_id = ?", (encounter_id,))
    _write_items(conn, encounter_id, draft.needs, draft.supplies)


def todays_encounter(conn: Connection, contact_id: int, *, now: datetime | None = None) -> int:
    """The contact's encounter of today (the worker's day), created if there is none yet.

    Refer from the directory adds its referral here, so one meeting stays one encounter.
    """
    now = now or system_clock()
    today = local_date(now)
    rows = conn.execute(
        "SELECT id, occurred_at FROM encounter WHERE contact_id = ? AND occurred_at >= ?"
        " ORDER BY occurred_at DESC",
        (contact_id, stamp(now - timedelta(days=2))),
    ).fetchall()
    for encounter_id, occurred in rows:
        if local_date(parse_stamp(occurred)) == today:
            return int(encounter_id)
    return save_encounter(conn, EncounterDraft(contact_id), now=now).id


_SELECT = (
    "SELECT id, contact_id, occurred_at, recorded_at, entered_later, place, note FROM encounter"
)


def _encounters(conn: Connection, rows: list[tuple[Any, ...]]) -> list[Encounter]:
    if not rows:
        return []
    ids = [r[0] for r in rows]
    marks = ",".join("?" * len(ids))
    needs: dict[int, list[str]] = {}
    for eid, need in conn.execute(
        f"SELECT encounter_id, need FROM encounter_need WHERE encounter_id IN ({marks})", ids
    ):
        needs.setdefault(eid, []).append(need)
    supplies: dict[int, list[tuple[str, int]]] = {}
    for eid, supply, n in conn.execute(
        "SELECT encounter_id, supply, quantity FROM encounter_supply"
        f" WHERE encounter_id IN ({marks})",
        ids,
    ):
        supplies.setdefault(eid, []).append((supply, n))
    return [
        Encounter(
            eid,
            cid,
            parse_stamp(occ),
            parse_stamp(rec or occ),
            bool(later),
            place or "",
            tuple(needs.get(eid, ())),
            tuple(supplies.get(eid, ())),
            note or "",
        )
        for eid, cid, occ, rec, later, place, note in rows
    ]


def get_encounter(conn: Connection, encounter_id: int) -> Encounter | None:
    rows = conn.execute(_SELECT + " WHERE id = ?", (encounter_id,)).fetchall()
    found = _encounters(conn, rows)
    return found[0] if found else None


def encounters_for_contact(
    conn: Connection, contact_id: int, limit: int | None = None
) -> list[Encounter]:
    """The contact's encounters, newest first."""
    rows = conn.execute(
        _SELECT + " WHERE contact_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?",
        (contact_id, -1 if limit is None else limit),
    ).fetchall()
    return _encounters(conn, rows)
