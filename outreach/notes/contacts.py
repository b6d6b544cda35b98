"""Contacts: an alias is the only required field; there is no name or phone number field."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from typing import Any

from outreach.clock import system_clock
from outreach.errors import UserFacingError
from outreach.notes.problems import NotesProblem
from outreach.notes.stamps import stamp
from outreach.vault.db import Connection, inserted_id

ALIAS_MAX = 80
TEXT_MAX = 500


def tidy_alias(alias: str) -> str:
    """An alias as stored: spacing collapsed, accents composed (é typed as e + ´ is é)."""
    return unicodedata.normalize("NFC", " ".join(alias.split()))


def alias_key(alias: str) -> str:
    """How aliases compare: case folded in every script ("JOSÉ" is "josé", "STRASSE" is
    "straße"). Accents still count: "Jose" and "José" may be two people, and merging two
    people's notes is worse than asking which one was meant. SQLite's NOCASE and lower()
    fold ASCII only, so the comparison is made here."""
    return unicodedata.normalize("NFC", tidy_alias(alias).casefold())


class InvalidContact(UserFacingError):
    """A contact field is missing or out of range (the message names the field, not its text)."""


@dataclass(frozen=True)
class Contact:
    """A person the worker meets, known by an alias they chose or were given."""

    alias: str
    id: int | None = None
    age_range: str = ""
    birth_year: int | None = None
    gender: str = ""
    languages: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    how_to_reach: str = ""
    do_not_contact: bool = False
    consent: bool | None = None  # verbal consent to keep notes; None = not asked yet
    consent_on: date | None = None
    created_at: str = field(default="", compare=False)

    def checked(self, today: date) -> Contact:
        alias = tidy_alias(self.alias)
        if not alias:
            raise InvalidContact(NotesProblem.ALIAS_NEEDED)
        if len(alias) > ALIAS_MAX:
            raise InvalidContact(NotesProblem.ALIAS_TOO_LONG, limit=ALIAS_MAX)
        if self.birth_year is not None and not (today.year - 120 <= self.birth_year <= today.year):
            raise InvalidContact(NotesProblem.BIRTH_YEAR, first=today.year - 120, last=today.year)
        if len(self.how_to_reach) > TEXT_MAX:
            raise InvalidContact(NotesProblem.REACH_TOO_LONG, limit=TEXT_MAX)
        if self.consent_on is not None and self.consent_on > today:
            raise InvalidContact(NotesProblem.CONSENT_IN_FUTURE)
        tags = tuple(dict.fromkeys(t.strip() for t in self.tags if t.strip()))
        languages = tuple(dict.fromkeys(x.strip() for x in self.languages if x.strip()))
        return replace(self, alias=alias, tags=tags, languages=languages)


_COLUMNS = (
    "id",
    "alias",
    "age_range",
    "birth_year",
    "gender",
    "languages",
    "tags",
    "how_to_reach",
    "do_not_contact",
    "consent",
    "consent_on",
    "created_at",
)
SELECT_CONTACT = "SELECT " + ", ".join(_COLUMNS) + " FROM contact"


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(part for part in (text or "").split("\n") if part)


def contact_from_row(row: tuple[Any, ...]) -> Contact:
    cid, alias, age, year, gender, langs, tags, reach, dnc, consent, consent_on, created = row
    return Contact(
        alias=alias,
        id=cid,
        age_range=age or "",
        birth_year=year,
        gender=gender or "",
        languages=_split(langs),
        tags=_split(tags),
        how_to_reach=reach or "",
        do_not_contact=bool(dnc),
        consent=None if consent is None else bool(consent),
        consent_on=date.fromisoformat(consent_on) if consent_on else None,
        created_at=created,
    )


def _values(contact: Contact) -> tuple[Any, ...]:
    return (
        contact.alias,
        contact.age_range or None,
        contact.birth_year,
        contact.gender or None,
        "\n".join(contact.languages),
        "\n".join(contact.tags),
        contact.how_to_reach,
        int(contact.do_not_contact),
        None if contact.consent is None else int(contact.consent),
        contact.consent_on.isoformat() if contact.consent_on else None,
    )


def save_contact(conn: Connection, contact: Contact, *, now: datetime | None = None) -> int:
    """Insert a contact (``id`` None) or update it; returns its id."""
    now = now or system_clock()
    contact = contact.checked(now.date())
    if contact.id is None:
        cur = conn.execute(
            "INSERT INTO contact (alias, age_range, birth_year, gender, languages, tags,"
            " how_to_reach, do_not_contact, consent, consent_on, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*_values(contact), stamp(now)),
        )
        return inserted_id(cur)
    cur = conn.execute(
        "UPDATE contact SET alias = ?, age_range = ?, birth_year = ?, gender = ?, languages = ?,"
        " tags = ?, how_to_reach = ?, do_not_contact = ?, consent = ?, consent_on = ?"
        " WHERE id = ?",
        (*_values(contact), contact.id),
    )
    if cur.rowcount != 1:
        raise InvalidContact(NotesProblem.CONTACT_GONE)
    return contact.id


def get_contact(conn: Connection, contact_id: int) -> Contact | None:
    row = conn.execute(SELECT_CONTACT + " WHERE id = ?", (contact_id,)).fetchone()
    return None if row is None else contact_from_row(row)


def contacts_by_alias(conn: Connection, alias: str) -> list[Contact]:
    """Contacts whose alias is ``alias`` by :func:`alias_key` (aliases need not be unique)."""
    ids = alias_index(conn).get(alias_key(alias), [])
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(SELECT_CONTACT + f" WHERE id IN ({marks}) ORDER BY id", ids).fetchall()
    return [contact_from_row(r) for r in rows]


def alias_index(conn: Connection) -> dict[str, list[int]]:
    """Every contact id by its alias key, oldest first (one pass over the aliases; a worker's
    few thousand contacts take about a millisecond)."""
    index: dict[str, list[int]] = {}
    for contact_id, alias in conn.execute("SELECT id, alias FROM contact ORDER BY id"):
        index.setdefault(alias_key(alias), []).append(contact_id)
    return index


def recent_contacts(conn: Connection, limit: int = 200) -> list[Contact]:
    """Contacts, most recently met first (contacts never met: newest first, after them)."""
    rows = conn.execute(
        SELECT_CONTACT.replace("FROM contact", "FROM contact c")
        + " ORDER BY (SELECT max(occurred_at) FROM encounter e WHERE e.contact_id = c.id) DESC"
        " NULLS LAST, c.id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [contact_from_row(r) for r in rows]


def delete_contact(conn: Connection, contact_id: int) -> None:
    """Forget a contact and everything noted about them (encounters, referrals, follow-ups)."""
    conn.execute("DELETE FROM contact WHERE id = ?", (contact_id,))


CONTACT_FIELDS = tuple(f.name for f in fields(Contact))


def contact_for_alias(conn: Connection, alias: str, *, now: datetime | None = None) -> int:
    """The contact an alias names (the most recent of several), or a new one with it.

    The forms resolve the alias here, in the write itself, so a person typed before the list
    of contacts arrived is never added twice.
    """
    found = contacts_by_alias(conn, alias)
    if found and found[-1].id is not None:
        return found[-1].id
    return save_contact(conn, Contact(alias), now=now)
