"""The notes API in one place, for callers that want a single import.

``add_contact``/``add_encounter``/``add_referral`` keep the step-1 signatures that packs and
crash tests use; new code uses the modules directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from outreach.notes import lists
from outreach.notes.contacts import Contact, get_contact, save_contact
from outreach.notes.encounters import EncounterDraft, get_encounter, save_encounter
from outreach.notes.referrals import add_referral as _add_referral
from outreach.notes.referrals import referrals_for_encounter, snapshot_of
from outreach.vault.db import Connection

__all__ = [
    "add_contact",
    "add_encounter",
    "add_referral",
    "encounter_note",
    "get_contact",
    "referrals_for_encounter",
]


def add_contact(conn: Connection, alias: str, *, now: datetime | None = None) -> int:
    """A contact needs only an alias; no real name is ever required."""
    return save_contact(conn, Contact(alias), now=now)


def add_encounter(
    conn: Connection,
    contact_id: int,
    *,
    note: str = "",
    needs: str | set[str] = "",
    place: str = "",
    occurred_at: datetime | None = None,
    now: datetime | None = None,
) -> int:
    if isinstance(needs, str):
        keys = {lists.need_key(w) or w.strip() for w in needs.split(",") if w.strip()}
    else:
        keys = set(needs)
    draft = EncounterDraft(contact_id, occurred_at, place, keys, note=note)
    return save_encounter(conn, draft, now=now).id


def add_referral(conn: Connection, encounter_id: int, record: Mapping[str, Any]) -> int:
    """Refer to a directory record from an encounter; returns the referral id."""
    referral_id, _code = _add_referral(conn, encounter_id, snapshot_of(record))
    return referral_id


def encounter_note(conn: Connection, encounter_id: int) -> str:
    encounter = get_encounter(conn, encounter_id)
    return "" if encounter is None else encounter.note
