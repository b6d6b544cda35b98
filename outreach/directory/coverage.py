"""Honest empty answers: which categories a search asked for that the directory has none of.

A search for "syringe" in the starter directory finds nothing because SAMHSA lists no syringe
services programmes at all, not because none are near. Saying "Nothing found" would send a
worker looking for a typo; saying what the directory does not cover sends them to the right
place (their coordinator's feed).
"""

from __future__ import annotations

from dataclasses import dataclass

from outreach.directory.derive import category_keywords_in
from outreach.directory.search import categories
from outreach.directory.synonyms import default_synonyms
from outreach.directory.text import words
from outreach.vault.db import Connection


@dataclass(frozen=True)
class EmptyAnswer:
    """Categories asked for that no active service has; ``starter`` when the directory is
    the bundled starter pack (so the message can name it; the caller knows, from
    ``outreach.packs.state.pack_state``)."""

    categories: tuple[str, ...]
    starter: bool


def _asked_text(query: str) -> str:
    """The query's words plus every synonym of them ("needle exchange" -> syringe services)."""
    tokens = words(query)
    table = default_synonyms()
    parts = [" ".join(tokens)]
    start = 0
    while start < len(tokens):
        length, group = table.match_at(tokens, start)
        if length:
            parts.extend(" ".join(phrase) for phrase in group)
            start += length
        else:
            start += 1
    return "\n".join(parts)


def uncovered(
    conn: Connection, query: str, category: str | None = None, *, starter: bool = False
) -> EmptyAnswer | None:
    """What the query (or the category filter) asked for that the directory has no service
    in at all; ``None`` when everything asked for is covered (then "nothing found" is just
    the filters or the distance)."""
    asked = set(category_keywords_in(_asked_text(query)))
    if category:
        asked.add(category.strip())
    if not asked:
        return None
    counts = dict(categories(conn))
    missing = tuple(
        name for name in counts if counts[name] == 0 and name.casefold() in _casefolded(asked)
    )
    if not missing:
        return None
    return EmptyAnswer(missing, starter)


def _casefolded(names: set[str]) -> set[str]:
    return {name.casefold() for name in names}


def empty_answer_text(answer: EmptyAnswer) -> str:
    """The sentence for people (English; the GUI words it itself)."""
    what = " or ".join(CATEGORY_PHRASES.get(name, name.lower()) for name in answer.categories)
    directory = "The starter directory" if answer.starter else "The directory"
    return f"{directory} has no {what}; your coordinator's feed can add them."


#: How each category reads in "The directory has no …".
CATEGORY_PHRASES = {
    "Substance use treatment": "substance use treatment services",
    "Detox / withdrawal": "detox or withdrawal services",
    "Naloxone": "naloxone services",
    "Syringe services": "syringe services programmes",
    "Mental health": "mental health services",
    "Shelter": "shelters",
    "Food": "food services",
    "Medical": "medical services",
    "Legal aid": "legal aid services",
    "Housing": "housing services",
    "Crisis": "crisis services",
}
