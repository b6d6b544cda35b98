"""Full-text search inside the notes: aliases, tags, how-to-reach, places and narratives."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from outreach.directory.text import words
from outreach.notes.contacts import SELECT_CONTACT, Contact, contact_from_row
from outreach.vault.db import Connection

#: Prefix matching needs this many characters: one letter would match half the notes.
MIN_PREFIX = 2


class MatchedIn(StrEnum):
    CONTACT = "contact"  # alias, tags or how to reach
    ENCOUNTER = "encounter"  # a place or a note


@dataclass(frozen=True)
class NotesHit:
    contact: Contact
    matched_in: MatchedIn
    encounter_id: int | None  # the newest matching encounter, when a note or place matched


def match_expression(query: str) -> str | None:
    """An FTS5 query: every word must appear; the last one may be a prefix (search as you type).

    Words are quoted, so FTS5 syntax in what the user types (AND, NEAR, quotes, *) is text.
    """
    terms = words(query)
    if not terms:
        return None
    parts = [f'"{t}"' for t in terms[:-1]]
    last = terms[-1]
    parts.append(f'"{last}"*' if len(last) >= MIN_PREFIX else f'"{last}"')
    return " ".join(parts)


def search_notes(conn: Connection, query: str, *, limit: int = 50) -> list[NotesHit]:
    """Contacts matching ``query``: alias and tag matches first, then the most recent notes."""
    match = match_expression(query)
    if match is None:
        return []
    hits: dict[int, tuple[MatchedIn, int | None]] = {}
    for (cid,) in conn.execute(
        "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY rank LIMIT ?",
        (match, limit),
    ):
        hits[cid] = (MatchedIn.CONTACT, None)
    if len(hits) < limit:
        # Newest encounters first (ids grow with time), stopping once enough contacts are found:
        # a common word can match thousands of notes and ranking them all is not needed.
        cursor = conn.execute(
            "SELECT f.rowid, e.contact_id FROM encounter_fts f JOIN encounter e ON e.id = f.rowid"
            " WHERE encounter_fts MATCH ? ORDER BY f.rowid DESC",
            (match,),
        )
        for eid, cid in cursor:
            if cid not in hits:
                hits[cid] = (MatchedIn.ENCOUNTER, eid)
                if len(hits) >= limit:
                    break
        cursor.close()
    if not hits:
        return []
    ids = list(hits)
    marks = ",".join("?" * len(ids))
    contacts = {
        c.id: c
        for c in map(
            contact_from_row, conn.execute(SELECT_CONTACT + f" WHERE id IN ({marks})", ids)
        )
    }
    return [NotesHit(contacts[cid], *hits[cid]) for cid in ids if cid in contacts]
