"""Turning what a person types into a safe FTS5 MATCH expression.

User text never reaches FTS5 syntax: it is cut into words exactly where the tokenizer cuts
(so quotes, ``*``, ``-``, ``:``, ``NEAR``, ``AND``, parentheses are just text), and each word
is emitted as a double-quoted string. The last word is a prefix ("as you type"). Synonym
phrases become OR groups. Typo tolerance swaps a word that is not in the index for the
indexed words one edit away (deletion, transposition, substitution or insertion).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from outreach.directory.synonyms import SynonymTable, default_synonyms
from outreach.directory.text import words
from outreach.vault.db import Connection

# A one-letter prefix matches most of the vocabulary: slow, and useless as a filter.
MIN_PREFIX = 2
# Words shorter than this are not typo-corrected: too many neighbours one edit away.
MIN_TYPO_LENGTH = 4
MAX_TYPO_CANDIDATES = 4
# Longer words are not typo-corrected: the candidates grow with the word (a pasted
# 20,000-letter "word" once asked for 11 GiB), and no real word is this long.
MAX_TYPO_LENGTH = 24
# What a search reads of its text: a sentence's worth. Anything longer is a paste, not a query.
MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 32
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


@dataclass(frozen=True)
class ParsedQuery:
    """The words of a query and how they group (synonym spans)."""

    tokens: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return not self.tokens


def parse(text: str) -> ParsedQuery:
    """The words of ``text``, bounded (:data:`MAX_QUERY_CHARS`, :data:`MAX_QUERY_WORDS`)."""
    return ParsedQuery(tuple(words(text[:MAX_QUERY_CHARS]))[:MAX_QUERY_WORDS])


def _quote(word: str) -> str:
    # words() yields only letters and digits, but quoting is what makes any text inert.
    return '"' + word.replace('"', '""') + '"'


def _phrase(phrase: Sequence[str], prefix: bool) -> str:
    text = '"' + " ".join(w.replace('"', '""') for w in phrase) + '"'
    return text + "*" if prefix else text


def build_match(
    parsed: ParsedQuery,
    *,
    synonyms: SynonymTable | None = None,
    corrections: dict[str, tuple[str, ...]] | None = None,
) -> str | None:
    """The MATCH expression for ``parsed`` (None when there are no words)."""
    table = synonyms if synonyms is not None else default_synonyms()
    corrections = corrections or {}
    tokens = list(parsed.tokens)
    if not tokens:
        return None
    last = len(tokens) - 1
    groups: list[str] = []
    index = 0
    while index < len(tokens):
        length, group = table.match_at(tokens, index)
        if length:
            span = tuple(tokens[index : index + length])
            typed_prefix = index + length - 1 == last and len(span[-1]) >= MIN_PREFIX
            options = {_phrase(p, False) for p in group if p != span}
            options.add(_phrase(span, typed_prefix))
            groups.append("(" + " OR ".join(sorted(options)) + ")")
            index += length
            continue
        token = tokens[index]
        prefix = index == last and len(token) >= MIN_PREFIX
        term = _quote(token) + ("*" if prefix else "")
        fixes = corrections.get(token, ())
        if fixes:
            term = "(" + " OR ".join([term, *(_quote(f) for f in fixes)]) + ")"
        groups.append(term)
        index += 1
    return " AND ".join(groups)


def edits1(word: str) -> set[str]:
    """Every string one edit from ``word`` (the classic deletion/transposition/replace/insert)."""
    letters = _ALPHABET + "".join(sorted({c for c in word if c not in _ALPHABET}))
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in letters}
    inserts = {a + c + b for a, b in splits for c in letters}
    return (deletes | transposes | replaces | inserts) - {word}


def _in_vocabulary(conn: Connection, token: str, as_prefix: bool) -> bool:
    if as_prefix:
        row = conn.execute(
            "SELECT 1 FROM service_fts_vocab WHERE term >= ? AND term < ? LIMIT 1",
            (token, token + "\U0010ffff"),
        ).fetchone()
    else:
        row = conn.execute("SELECT 1 FROM service_fts_vocab WHERE term = ?", (token,)).fetchone()
    return row is not None


def typo_corrections(conn: Connection, parsed: ParsedQuery) -> dict[str, tuple[str, ...]]:
    """For each word the index does not know, the indexed words one edit away (most used
    first). The last word counts as known when some indexed word starts with it."""
    corrections: dict[str, tuple[str, ...]] = {}
    last = len(parsed.tokens) - 1
    for position, token in enumerate(parsed.tokens):
        if not MIN_TYPO_LENGTH <= len(token) <= MAX_TYPO_LENGTH or token in corrections:
            continue
        if _in_vocabulary(conn, token, as_prefix=position == last):
            continue
        candidates = sorted(edits1(token))
        placeholders = ",".join("?" * len(candidates))
        rows = conn.execute(
            f"SELECT term, doc FROM service_fts_vocab WHERE term IN ({placeholders})"
            " ORDER BY doc DESC, term LIMIT ?",
            (*candidates, MAX_TYPO_CANDIDATES),
        ).fetchall()
        if rows:
            corrections[token] = tuple(term for term, _ in rows)
    return corrections
