"""Text folding shared by indexing and querying, so both sides see the same words."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

# FTS5's unicode61 tokenizer splits on everything that is not a letter or digit; "_" is
# punctuation to it, so it is a separator here too.
_WORD = re.compile(r"[^\W_]+")

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"


def fold(text: str) -> str:
    """Lowercase and strip accents ("Español" -> "espanol"), as the FTS tokenizer does."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii():
        return decomposed
    # Only the few non-ASCII characters are looked at one by one.
    return _NON_ASCII.sub(_drop_combining, decomposed)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _drop_combining(match: re.Match[str]) -> str:
    return "" if unicodedata.combining(match.group()) else match.group()


def words(text: str) -> list[str]:
    """The folded words of ``text``, split where the FTS5 tokenizer splits."""
    return _WORD.findall(fold(text))


@lru_cache(maxsize=8)
def load_resource(name: str) -> dict[str, Any]:
    """Parse a TOML table from ``resources/`` (cached: these files do not change at run time)."""
    with (RESOURCES_DIR / name).open("rb") as handle:
        return tomllib.load(handle)
