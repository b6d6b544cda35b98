"""A day's opening hours in words: one wording, in whichever language's words it is given.

The core gives English words (what the command line prints, what a referral's snapshot keeps);
the GUI gives the interface language's (``outreach.gui.wording.hours_words``). So the rules of
what a day says ("Closed", "Open 24 hours", a holiday's reason) live here once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time

from outreach.directory.hours import DayHours


def _as_given(reason: str) -> str:
    return reason


@dataclass(frozen=True)
class HoursWords:
    """The words of a day's hours. English here; the GUI passes translated ones."""

    unknown: str = "Hours unknown"
    closed: str = "Closed"
    open_all_day: str = "Open 24 hours"
    #: A closed day on the slip, ``%1`` its reason: "Closed (Holiday closure)".
    closed_because: str = "Closed (%1)"
    #: A reason the core gives in English (a holiday closure…) in these words.
    reason: Callable[[str], str] = _as_given


ENGLISH_HOURS = HoursWords()


def windows_text(windows: tuple[tuple[time, time], ...]) -> str:
    """ "09:00–17:00, 18:00–22:00": 24-hour clock in every language (as signs show it)."""
    return ", ".join(f"{start:%H:%M}–{end:%H:%M}" for start, end in windows)


def day_text(day: DayHours, words: HoursWords = ENGLISH_HOURS) -> str:
    """ "09:00–17:00, 18:00–22:00", "Closed", "Holiday closure", "Open 24 hours" or
    "Hours unknown"."""
    if day.unknown:
        return words.unknown
    if day.closed_reason:
        return words.reason(day.closed_reason)
    if not day.windows:
        return words.closed
    if len(day.windows) == 1 and day.windows[0][0] == day.windows[0][1] == time(0, 0):
        return words.open_all_day
    return windows_text(day.windows)


def slip_day_text(day: DayHours, words: HoursWords = ENGLISH_HOURS) -> str:
    """A day on the slip: a closure says it is closed and why, a 24-hour day shows its window."""
    if day.unknown:
        return words.unknown
    if day.closed_reason:
        return words.closed_because.replace("%1", words.reason(day.closed_reason))
    if not day.windows:
        return words.closed
    return windows_text(day.windows)
