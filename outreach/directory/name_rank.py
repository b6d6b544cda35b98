"""Services whose name is what was typed, to rank them before everything else.

bm25 weighs how often and where a word occurs, so a service called exactly "Haven Detox"
can trail three others that say "haven" more often. A worker who types a name means that
service: an exact name match comes first, then names that start with the typed words
("promesa" -> "Promesa Inc"): the typed last word whole before names where it is only the
start of a longer word, then shorter names before longer ones.

Found through the ``sort_name`` index (the folded name): a range scan on the first word,
then a word-by-word check, so the cost does not grow with the directory.
"""

from __future__ import annotations

from outreach.directory.query import MIN_PREFIX, ParsedQuery
from outreach.directory.text import words
from outreach.vault.db import Connection

#: Names sharing the first word that are checked at most (a very common first word such
#: as "recovery" stops here; the rest keep their bm25 place).
MAX_CANDIDATES = 2000
_LAST_CHAR = "\U0010ffff"


def name_matches(conn: Connection, parsed: ParsedQuery) -> tuple[list[int], list[int]]:
    """(exact, prefix): service nums whose name equals the typed words, and those whose name
    starts with them (the last typed word may be unfinished). Hidden services included: the
    caller's own filters decide what is shown."""
    tokens = list(parsed.tokens)
    if not tokens or (len(tokens) == 1 and len(tokens[0]) < MIN_PREFIX):
        return [], []
    first = tokens[0]
    rows = conn.execute(
        "SELECT num, name FROM service WHERE sort_name >= ? AND sort_name < ? LIMIT ?",
        (first, first + _LAST_CHAR, MAX_CANDIDATES),
    ).fetchall()
    exact: list[tuple[int, str, int]] = []
    prefix: list[tuple[bool, int, str, int]] = []
    *whole, last = tokens
    for num, name in rows:
        name_words = words(name)
        if name_words == tokens:
            exact.append((len(name_words), name.casefold(), int(num)))
        elif (
            len(name_words) >= len(tokens)
            and name_words[: len(whole)] == whole
            and name_words[len(whole)].startswith(last)
            and (len(last) >= MIN_PREFIX or name_words[len(whole)] == last)
        ):
            # The typed word whole ("recovery center") before a longer one ("recoveryworks").
            whole_word = name_words[len(whole)] == last
            prefix.append((not whole_word, len(name_words), name.casefold(), int(num)))
    return [num for *_, num in sorted(exact)], [num for *_, num in sorted(prefix)]


def names_first(
    ranked: list[tuple[int, float | None]], first: list[int]
) -> list[tuple[int, float | None]]:
    """``ranked`` with the nums in ``first`` moved to the front, in ``first``'s order."""
    position = {num: index for index, num in enumerate(first)}
    promoted = sorted(
        (item for item in ranked if item[0] in position), key=lambda i: position[i[0]]
    )
    return promoted + [item for item in ranked if item[0] not in position]
