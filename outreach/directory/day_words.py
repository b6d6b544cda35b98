"""A day's opening hours in words: one wording, in whichever language's words it is given.

The core gives English words (what the command line prints, what a referral's snapshot keeps);
the GUI gives the interface language's (``outreach.gui.wording.hours_words``). So the rules of
what a day says ("Closed", "Open 24 hours", a holiday's reason) live here once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # hours.py words its badge with this module
    from outreach.directory.hours import DayHours, OpenState

_DAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
#: What the core writes in ``OpenState.reason`` for a holiday.
CLOSED_FOR_HOLIDAY = "Closed for holiday"


def _as_given(reason: str) -> str:
    return reason


def _english_weekday(moment: datetime) -> str:
    """ "Tue" (whatever the machine's locale)."""
    return _DAY_ABBREVIATIONS[moment.weekday()]


def _english_weekday_date(moment: datetime) -> str:
    """ "Tue 12 Mar"."""
    return f"{_english_weekday(moment)} {moment.day} {moment:%b}"


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
    # The badge of an open state: "Open until 17:00", "Closed · opens Tue 09:00".
    open_until: str = "Open until %1"
    closed_for_holiday: str = CLOSED_FOR_HOLIDAY
    opens: str = "opens %1"
    midnight: str = "midnight"
    #: A moment later this week as a weekday ("Tue"), and further off with its date.
    weekday: Callable[[datetime], str] = _english_weekday
    weekday_date: Callable[[datetime], str] = _english_weekday_date


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


def when_text(moment: datetime, now: datetime, words: HoursWords = ENGLISH_HOURS) -> str:
    """ "17:00", "midnight", "Tue 09:00" or "Tue 12 Mar 09:00", in the moment's zone."""
    local_now = now.astimezone(moment.tzinfo)
    days_ahead = (moment.date() - local_now.date()).days
    clock = f"{moment:%H:%M}"
    if days_ahead == 1 and clock == "00:00":
        return words.midnight
    if days_ahead == 0 or (days_ahead == 1 and moment - local_now < timedelta(hours=12)):
        return clock
    if 0 < days_ahead < 7:
        return f"{words.weekday(moment)} {clock}"
    return f"{words.weekday_date(moment)} {clock}"


def open_state_text(state: OpenState, now: datetime, words: HoursWords = ENGLISH_HOURS) -> str:
    """The badge: "Open until 17:00", "Closed · opens Tue 09:00", "Hours unknown"."""
    if state.status == "unknown":
        return words.unknown
    if state.status == "open":
        if state.closes_at is None:
            return words.open_all_day
        return words.open_until.replace("%1", when_text(state.closes_at, now, words))
    head = words.closed_for_holiday if state.reason == CLOSED_FOR_HOLIDAY else words.closed
    if state.next_open is None:
        return head
    return f"{head} · {words.opens.replace('%1', when_text(state.next_open, now, words))}"
