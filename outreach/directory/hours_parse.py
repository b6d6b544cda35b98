"""Lenient readers for the values found in real schedule exports.

Every function here returns ``None`` (or raises nothing) when a value cannot be
read with confidence: a wrong guess would send someone to a closed door, while
"hours unknown" only costs a phone call. What a person would read the same way
every time ("9am", "9:00 AM", "0900", "Mon", "Monday", "Mon-Fri") is accepted.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

#: Minutes in a day; a window ending at 24:00 ends at this minute.
DAY_MINUTES = 1440

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

_DAY_NAMES: dict[str, int] = {}
for _index, _names in enumerate(
    (
        ("mo", "mon", "monday"),
        ("tu", "tue", "tues", "tuesday"),
        ("we", "wed", "weds", "wednesday"),
        ("th", "thu", "thur", "thurs", "thursday"),
        ("fr", "fri", "friday"),
        ("sa", "sat", "saturday"),
        ("su", "sun", "sunday"),
    )
):
    for _name in _names:
        _DAY_NAMES[_name] = _index

_DAY_GROUPS: dict[str, tuple[int, ...]] = {
    "weekdays": (0, 1, 2, 3, 4),
    "weekday": (0, 1, 2, 3, 4),
    "weekends": (5, 6),
    "weekend": (5, 6),
    "daily": (0, 1, 2, 3, 4, 5, 6),
    "everyday": (0, 1, 2, 3, 4, 5, 6),
    "every day": (0, 1, 2, 3, 4, 5, 6),
}

_CLOCK = re.compile(
    r"""^\s*
    (?P<hour>\d{1,2})
    (?:[:.](?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?)?
    \s*(?P<meridiem>a\.?m\.?|p\.?m\.?)?
    \s*(?P<zone>z|[+-]\d{2}(?::?\d{2})?)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_COMPACT = re.compile(
    r"^\s*(?P<hour>\d{1,2})(?P<minute>\d{2})\s*(?P<meridiem>[ap]\.?m\.?)?\s*$", re.I
)
_ORDINAL_DAY = re.compile(r"^([+-]?\d{1,2})?\s*([a-z]+)$")
_RANGE_WORD = re.compile(r"\s*(?:-|–|\bto\b|\bthrough\b|\bthru\b)\s*(?=[a-z])")
_DAY_SEPARATOR = re.compile(r"(?:\s*[,;/&]\s*|\s+and\s+|\s+)")
# Only phrases that claim round-the-clock opening: "24 hours in advance" must not match.
_ALWAYS_TEXT = re.compile(
    r"\b24\s*[/x]\s*7\b"
    r"|\bopen\s+24\s*(?:hours?|hrs?|h)\b"
    r"|\b24\s*(?:-\s*)?(?:hours?|hrs?|h)\s*(?:a|per|/|each|every)\s*day\b"
    r"|\b24\s*(?:hours?|hrs?|h)\s*(?:daily|,?\s*7\s*days)\b"
    r"|\baround the clock\b",
    re.IGNORECASE,
)
_TRUE_TEXT = frozenset({"true", "t", "yes", "y", "1", "closed"})


def parse_clock(value: Any) -> int | None:
    """Minutes after midnight for a time of day, or ``None`` when unreadable.

    Accepts ``HH:MM``, ``HH:MM:SS``, ``9am``, ``9:00 AM``, ``0900``, ``noon``,
    ``midnight`` and a trailing ``Z``/``-05:00`` (wall-clock time is kept; the
    service's zone decides). ``24:00`` is returned as 1440 (end of day).
    ``25:00``, ``9`` (no minutes, no am/pm) and anything else return ``None``.
    """
    if not isinstance(value, str):
        return None
    return _parse_clock_text(value)


@lru_cache(maxsize=2048)
def _parse_clock_text(value: str) -> int | None:
    text = value.strip()
    # Fast path for the common clean shapes "HH:MM" and "HH:MM:SS".
    if len(text) in (5, 8) and text[2] == ":" and text[:2].isdigit() and text[3:5].isdigit():
        if len(text) == 8 and not (text[5] == ":" and text[6:].isdigit() and text[6:] < "60"):
            return None
        hour, minute = int(text[:2]), int(text[3:5])
        return _checked(hour, minute)
    lowered = text.lower()
    if lowered == "noon":
        return 12 * 60
    if lowered == "midnight":
        return 0
    match = _CLOCK.match(text)
    if match is None:
        match = _COMPACT.match(text)
        if match is None or len(text.split()[0].rstrip("apmAPM.")) not in (3, 4):
            return None
    hour = int(match["hour"])
    meridiem = match["meridiem"]
    if not match["minute"] and not meridiem:
        return None  # "9" alone: a count, a day or an hour? Not a time we can trust.
    minute = int(match["minute"]) if match["minute"] else 0
    if match.groupdict().get("second") and int(match["second"]) > 59:
        return None
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem[0] in "pP" else 0)
    return _checked(hour, minute)


def _checked(hour: int, minute: int) -> int | None:
    if minute > 59:
        return None
    if hour == 24 and minute == 0:
        return DAY_MINUTES
    if hour > 23:
        return None
    return hour * 60 + minute


def parse_zone_suffix(value: Any) -> int | None:
    """UTC offset in minutes from a time written like ``09:00-05:00`` or ``09:00Z``."""
    if not isinstance(value, str):
        return None
    match = _CLOCK.match(value)
    if match is None or not match["zone"]:
        return None
    zone = match["zone"]
    if zone in ("z", "Z"):
        return 0
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:4]) if len(digits) >= 4 else 0
    if hours > 14 or minutes > 59:
        return None
    return sign * (hours * 60 + minutes)


def parse_utc_offset_hours(value: Any) -> int | None:
    """HSDS ``timezone`` (a UTC offset in hours, e.g. ``-5`` or ``5.5``) in minutes."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        hours = float(value)
    except (TypeError, ValueError):
        return None
    if not -14 <= hours <= 14:
        return None
    minutes = hours * 60
    if minutes != int(minutes) or int(minutes) % 15:
        return None
    return int(minutes)


def parse_day_list(value: Any) -> tuple[tuple[int, int | None], ...] | None:
    """Read a ``byday`` value into ``(weekday 0=Monday, ordinal or None)`` pairs.

    Accepts ``"MO,TU"``, ``"1MO,-1FR"``, ``"Mon"``, ``"Monday, Wednesday"``,
    ``"Mon-Fri"``, ``"weekdays"`` and lists of those. Returns ``None`` if any
    part is unreadable, so a half-understood list never narrows the days.
    """
    if isinstance(value, list | tuple):
        if not all(isinstance(item, str) for item in value):
            return None
        return _parse_day_text(",".join(value))
    if isinstance(value, str):
        return _parse_day_text(value)
    return None


@lru_cache(maxsize=1024)
def _parse_day_text(text: str) -> tuple[tuple[int, int | None], ...] | None:
    # "Mon - Fri", "monday to friday" -> "mon-fri"; "-1FR" keeps its sign (a digit follows).
    text = _RANGE_WORD.sub("-", text.strip().lower())
    result: list[tuple[int, int | None]] = []
    for raw in _DAY_SEPARATOR.split(text):
        part = raw.strip().rstrip(".")
        if not part:
            continue
        if part in _DAY_GROUPS:
            result.extend((day, None) for day in _DAY_GROUPS[part])
            continue
        span = part.split("-")
        if len(span) == 2 and span[0] in _DAY_NAMES and span[1] in _DAY_NAMES:
            first, last = _DAY_NAMES[span[0]], _DAY_NAMES[span[1]]
            count = (last - first) % 7 + 1
            result.extend(((first + step) % 7, None) for step in range(count))
            continue
        match = _ORDINAL_DAY.match(part)
        if match is None or match[2] not in _DAY_NAMES:
            return None
        ordinal = int(match[1]) if match[1] else None
        if ordinal is not None and not (1 <= abs(ordinal) <= 5):
            return None
        result.append((_DAY_NAMES[match[2]], ordinal))
    return tuple(dict.fromkeys(result)) or None


def parse_int_list(value: Any, limit: int) -> tuple[int, ...] | None:
    """Comma-separated non-zero integers within ``±limit`` (``bymonthday``, ``byweekno``)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        items: list[Any] = [value]
    elif isinstance(value, str):
        items = [part for part in re.split(r"[,;\s]+", value.strip()) if part]
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        return None
    numbers: list[int] = []
    for item in items:
        try:
            number = int(item)
        except (TypeError, ValueError):
            return None
        if number == 0 or abs(number) > limit:
            return None
        numbers.append(number)
    return tuple(numbers) or None


def parse_positive_int(value: Any) -> int | None:
    """A positive whole number (``interval``, ``count``), accepting ``"2"`` and ``2.0``."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if number != int(number) or number < 1:
        return None
    return int(number)


def parse_date(value: Any) -> date | None:
    """An ISO date (``2024-12-25``, or the date part of an ISO date-time)."""
    if not isinstance(value, str):
        return None
    text = value.strip()[:10]
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_flag(value: Any) -> bool:
    """Truthy flags as exports write them: ``true``, ``"true"``, ``"yes"``, ``1``."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value == 1
    if isinstance(value, str):
        return value.strip().lower() in _TRUE_TEXT
    return False


def says_always_open(text: Any) -> bool:
    """Whether free text claims round-the-clock opening ("24/7", "open 24 hours")."""
    return isinstance(text, str) and _ALWAYS_TEXT.search(text) is not None
