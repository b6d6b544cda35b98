"""Synonym groups from ``resources/synonyms.toml``: the words field workers use."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from outreach.directory.text import load_resource, words


@dataclass(frozen=True)
class SynonymTable:
    """Phrases (as folded word tuples) mapped to the group of equivalent phrases."""

    groups: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
    longest: int

    def match_at(self, tokens: list[str], start: int) -> tuple[int, tuple[tuple[str, ...], ...]]:
        """The longest synonym phrase starting at ``tokens[start]``: (length, group) or (0, ())."""
        for length in range(min(self.longest, len(tokens) - start), 0, -1):
            group = self.groups.get(tuple(tokens[start : start + length]))
            if group:
                return length, group
        return 0, ()


def build_table(groups: list[list[str]]) -> SynonymTable:
    """Build a table; a phrase listed in several groups gets the union of those groups."""
    merged: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for group in groups:
        phrases = {tuple(words(phrase)) for phrase in group}
        phrases.discard(())
        for phrase in phrases:
            merged.setdefault(phrase, set()).update(phrases)
    return SynonymTable(
        groups={phrase: tuple(sorted(group)) for phrase, group in merged.items()},
        longest=max((len(phrase) for phrase in merged), default=0),
    )


@lru_cache(maxsize=1)
def default_synonyms() -> SynonymTable:
    return build_table(load_resource("synonyms.toml")["groups"])
