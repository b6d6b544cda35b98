"""The core's coded errors worded in the interface language.

A ``UserFacingError`` raised with a code (see :class:`outreach.errors.UserFacingError`) is
worded here from that code and its values; the English source texts say the same as the
core's (a test checks it), so the English interface and the command line agree.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping

from outreach.desk.problems import DeskProblem
from outreach.errors import ExportProblem, ImportProblem, VaultProblem
from outreach.feed.problems import FeedProblem
from outreach.gui.problem_words_feed import desk_words, feed_words, pack_words
from outreach.gui.problem_words_local import export_words, import_words, notes_words, vault_words
from outreach.notes.problems import NotesProblem
from outreach.packs.problems import PackProblem

#: Each family of codes and the function that words it (called when needed, so the
#: translation installed at that moment is used).
_FAMILIES: tuple[tuple[type[enum.Enum], Callable[[], dict[enum.Enum, str]]], ...] = (
    (VaultProblem, vault_words),
    (FeedProblem, feed_words),
    (PackProblem, pack_words),
    (ImportProblem, import_words),
    (NotesProblem, notes_words),
    (DeskProblem, desk_words),
    (ExportProblem, export_words),
)


def problem_text(code: enum.Enum, values: Mapping[str, str]) -> str | None:
    """``code`` worded in the interface language with its ``values``; None if the code is
    not one this module words (the caller then shows the core's English)."""
    for family, words in _FAMILIES:
        if isinstance(code, family):
            return words()[code].format_map(values)
    return None


def named_problem_text(code: str, values: Mapping[str, str]) -> str | None:
    """Like :func:`problem_text` for a code kept as ``"FamilyName.MEMBER"`` (a feed's stored
    problem); None if no family here has it."""
    family_name, _, member = code.partition(".")
    for family, _words in _FAMILIES:
        if family.__name__ == family_name and member in family.__members__:
            return problem_text(family[member], values)
    return None


def worded_families() -> tuple[type[enum.Enum], ...]:
    """The code families worded here (for the tests that check each member)."""
    return tuple(family for family, _ in _FAMILIES)
