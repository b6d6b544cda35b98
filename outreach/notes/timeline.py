"""A contact's timeline: encounters with their referrals, and follow-ups, newest first."""

from __future__ import annotations

from dataclasses import dataclass

from outreach.notes.contacts import Contact, get_contact
from outreach.notes.encounters import Encounter, encounters_for_contact
from outreach.notes.followups import FollowUp, follow_ups_for_contact
from outreach.notes.referrals import Referral, referrals_for_contact
from outreach.vault.db import Connection


@dataclass(frozen=True)
class EncounterEntry:
    encounter: Encounter
    referrals: tuple[Referral, ...]


@dataclass(frozen=True)
class Timeline:
    contact: Contact
    encounters: tuple[EncounterEntry, ...]
    follow_ups: tuple[FollowUp, ...]
    open_referrals: tuple[Referral, ...]
    more: bool  # older encounters exist beyond ``limit``


def timeline(conn: Connection, contact_id: int, *, limit: int = 500) -> Timeline | None:
    """Everything noted about one contact; None if the contact is gone."""
    contact = get_contact(conn, contact_id)
    if contact is None:
        return None
    encounters = encounters_for_contact(conn, contact_id, limit + 1)
    more = len(encounters) > limit
    encounters = encounters[:limit]
    by_encounter: dict[int, list[Referral]] = {}
    all_referrals = referrals_for_contact(conn, contact_id)
    for referral in all_referrals:
        by_encounter.setdefault(referral.encounter_id, []).append(referral)
    return Timeline(
        contact,
        tuple(EncounterEntry(e, tuple(by_encounter.get(e.id, ()))) for e in encounters),
        tuple(follow_ups_for_contact(conn, contact_id)),
        tuple(r for r in reversed(all_referrals) if r.is_open),
        more,
    )
