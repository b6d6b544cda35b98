"""Category keywords are found as whole words, leftmost and longest first, never overlapping.

The matcher looks keywords up by their first word (for import speed); these tests hold it to
the plain definition: the regular expression ``\\b(?:k1|k2|…)\\b`` with the longest keywords
first, over the folded text.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from outreach.directory import derive
from outreach.directory.text import fold, load_resource


def _keywords() -> dict[str, set[str]]:
    by_keyword: dict[str, set[str]] = {}
    for category, spec in load_resource("categories.toml")["categories"].items():
        for keyword in spec["keywords"]:
            by_keyword.setdefault(fold(keyword), set()).add(category)
    return by_keyword


KEYWORDS = _keywords()
DEFINITION = re.compile(
    r"\b(?:" + "|".join(re.escape(k) for k in sorted(KEYWORDS, key=len, reverse=True)) + r")\b"
)


def by_definition(text: str) -> list[str]:
    found: set[str] = set()
    for match in DEFINITION.finditer(fold(text)):
        found |= KEYWORDS[match.group()]
    return sorted(found)


def fold_by_definition(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


PIECES = st.one_of(
    st.sampled_from(sorted(KEYWORDS)),
    st.sampled_from(["health", "center", "treat", "mat_", "Mental", "DETOX", "Salud", "niño"]),
    st.sampled_from([" ", "  ", "-", "_", ",", "\n", "é", "", "x"]),
    st.text(max_size=6),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=12))
def test_categories_found_as_the_definition_finds_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert derive.category_keywords_in(text) == by_definition(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_fold_strips_accents_as_defined(text: str) -> None:
    assert fold(text) == fold_by_definition(text)


def test_overlapping_keywords_count_once_leftmost_longest() -> None:
    # "mental health" is taken first, so "health center" (medical) is not also found.
    assert derive.category_keywords_in("Mental health center") == ["Mental health"]
    assert derive.category_keywords_in("community health center") == ["Medical"]
    # Whole words only: "matter" holds "mat", "detoxing" holds "detox".
    assert derive.category_keywords_in("no matter; detoxing") == []
    assert derive.category_keywords_in("Medication-Assisted Treatment, DETOX") == [
        "Detox / withdrawal",
        "Substance use treatment",
    ]
