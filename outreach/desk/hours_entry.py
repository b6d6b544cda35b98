"""Opening hours as a coordinator types them, turned into HSDS weekly schedules.

``"Mon-Fri 09:00-17:00; Sat 10:00-14:00"``, ``"Mon, Wed 9am-1pm, 2pm-5pm"``, ``"24/7"``.
Days missing from the text are closed. Anything that cannot be read with confidence is
refused with the part that could not be read, rather than guessed: a wrong guess sends
someone to a locked door.
"""

from __future__ import annotations

import re
from typing import Any

from outreach.desk.problems import DeskProblem
from outreach.directory.hours_parse import (
    DAY_MINUTES,
    WEEKDAY_CODES,
    parse_clock,
    parse_day_list,
    says_always_open,
)
from outreach.errors import UserFacingError


class HoursNotUnderstood(UserFacingError):
    """The typed hours could not be read; the message quotes the part that was not."""


_PART_SEPARATOR = re.compile(r"[;\n]+")
# The days come first, up to the first digit or a word that starts a time ("noon").
_DAYS_THEN_TIMES = re.compile(r"^\s*(?P<days>.*?)\s*:?\s+(?P<times>(?:\d|noon|midnight).*)$", re.I)
_CLOSED = re.compile(r"^\s*(?P<days>.*?)\s*:?\s+closed\s*$", re.I)
_TIME_RANGE = re.compile(r"\d\s*(?:am|pm)?\s*(?:-|–|—|to)\s*\d", re.I)
_RANGE = re.compile(r"^\s*(?P<start>.+?)\s*(?:-|–|—|to)\s*(?P<end>.+?)\s*$", re.I)


def _clock_text(minutes: int) -> str:
    if minutes == DAY_MINUTES:
        return "24:00"
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_hours_entry(text: str, *, service_id: str) -> dict[str, Any]:
    """The record fields a typed week sets: ``schedules`` and, for 24/7, ``x_open_24_7``.

    Raises :class:`HoursNotUnderstood` naming the part it could not read.
    """
    entry = text.strip()
    if not entry:
        raise HoursNotUnderstood(DeskProblem.HOURS_EMPTY)
    if says_always_open(entry) and not _TIME_RANGE.search(entry):
        return {"schedules": [], "x_open_24_7": True}
    schedules: list[dict[str, Any]] = []
    for part in _PART_SEPARATOR.split(entry):
        if not part.strip():
            continue
        closed = _CLOSED.match(part)
        if closed:
            if parse_day_list(closed["days"]) is None:
                raise HoursNotUnderstood(DeskProblem.HOURS_DAYS_UNREADABLE, part=repr(part.strip()))
            continue  # a closed day is simply a day without opening hours
        match = _DAYS_THEN_TIMES.match(part)
        days = parse_day_list(match["days"]) if match else None
        if match is None or days is None or any(ordinal for _day, ordinal in days):
            raise HoursNotUnderstood(DeskProblem.HOURS_PART_UNREADABLE, part=repr(part.strip()))
        byday = ",".join(WEEKDAY_CODES[day] for day, _ordinal in days)
        for window in match["times"].split(","):
            schedules.append(_window(window, part, byday, service_id, len(schedules)))
    if not schedules:
        raise HoursNotUnderstood(DeskProblem.HOURS_NO_OPENING)
    return {"schedules": schedules}


def _window(window: str, part: str, byday: str, service_id: str, number: int) -> dict[str, Any]:
    span = _RANGE.match(window)
    opens = parse_clock(span["start"]) if span else None
    closes = parse_clock(span["end"]) if span else None
    if span is None or opens is None or closes is None:
        raise HoursNotUnderstood(
            DeskProblem.HOURS_TIMES_UNREADABLE,
            window=repr(window.strip()),
            part=repr(part.strip()),
        )
    if opens == closes:
        raise HoursNotUnderstood(DeskProblem.HOURS_SAME_TIME, window=repr(window.strip()))
    return {
        "id": f"{service_id}/coordinator-hours-{number + 1}",
        "service_id": service_id,
        "freq": "WEEKLY",
        "byday": byday,
        "opens_at": _clock_text(opens),
        "closes_at": _clock_text(closes),
    }
