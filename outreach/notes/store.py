"""Reading and writing notes. Callers own transactions; nothing here logs note text."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Referral:
    id: int
    encounter_id: int
    service_id: str
    service_name: str
    organization: str
    phone: str
    outcome: str | None
    created_at: str


def add_contact(conn: Any, alias: str) -> int:
    """A contact needs only an alias; no real name is ever required."""
    alias = alias.strip()
    if not alias:
        raise ValueError("A contact needs an alias.")
    cur = conn.execute("INSERT INTO contact (alias, created_at) VALUES (?, ?)", (alias, _now()))
    return int(cur.lastrowid)


def add_encounter(
    conn: Any,
    contact_id: int,
    *,
    note: str = "",
    needs: str = "",
    place: str = "",
    occurred_at: datetime | None = None,
) -> int:
    when = (occurred_at or datetime.now(UTC)).isoformat(timespec="seconds")
    cur = conn.execute(
        "INSERT INTO encounter (contact_id, occurred_at, place, needs, note)"
        " VALUES (?, ?, ?, ?, ?)",
        (contact_id, when, place, needs, note),
    )
    return int(cur.lastrowid)


def service_snapshot(record: Mapping[str, Any]) -> dict[str, str]:
    """What a referral keeps of a service so the note stays readable if the service goes."""
    organization = record.get("organization") or {}
    phones = record.get("phones") or []
    return {
        "name": str(record.get("name", "")),
        "organization": str(organization.get("name", "")),
        "phone": str(phones[0].get("number", "")) if phones else "",
    }


def add_referral(
    conn: Any, encounter_id: int, record: Mapping[str, Any], outcome: str | None = None
) -> int:
    cur = conn.execute(
        "INSERT INTO referral (encounter_id, service_id, service_snapshot, outcome, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (encounter_id, record["id"], json.dumps(service_snapshot(record)), outcome, _now()),
    )
    return int(cur.lastrowid)


def referrals_for_encounter(conn: Any, encounter_id: int) -> list[Referral]:
    rows = conn.execute(
        "SELECT id, encounter_id, service_id, service_snapshot, outcome, created_at"
        " FROM referral WHERE encounter_id = ? ORDER BY id",
        (encounter_id,),
    ).fetchall()
    result = []
    for rid, eid, sid, snapshot, outcome, created in rows:
        snap = json.loads(snapshot)
        result.append(
            Referral(
                rid,
                eid,
                sid,
                snap.get("name", ""),
                snap.get("organization", ""),
                snap.get("phone", ""),
                outcome,
                created,
            )
        )
    return result


def encounter_note(conn: Any, encounter_id: int) -> str:
    row = conn.execute("SELECT note FROM encounter WHERE id = ?", (encounter_id,)).fetchone()
    return "" if row is None else str(row[0] or "")


def purge_older_than(conn: Any, days: int, *, today: date | None = None) -> int:
    """Delete encounters (and their referrals) older than ``days``; then contacts left empty.

    secure_delete is on, so the freed pages are zeroed, not merely unlinked.
    """
    cutoff = (today or datetime.now(UTC).date()) - timedelta(days=days)
    cur = conn.execute("DELETE FROM encounter WHERE occurred_at < ?", (cutoff.isoformat(),))
    conn.execute(
        "DELETE FROM contact WHERE id NOT IN (SELECT contact_id FROM encounter)"
        " AND id NOT IN (SELECT contact_id FROM follow_up WHERE done_at IS NULL)"
    )
    return int(cur.rowcount)


def referral_counts(conn: Any) -> list[tuple[str, str, int]]:
    """Referral counts per service and month, with no personal data: (month, service, n)."""
    rows = conn.execute(
        "SELECT substr(created_at, 1, 7), service_snapshot FROM referral"
    ).fetchall()
    counts: dict[tuple[str, str], int] = {}
    for month, snapshot in rows:
        key = (month, json.loads(snapshot).get("name", ""))
        counts[key] = counts.get(key, 0) + 1
    return sorted((m, s, n) for (m, s), n in counts.items())
