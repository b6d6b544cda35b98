"""Opening hours written as text ("Mon-Fri 9-5; Sat 10-2") read into HSDS schedules.

Only what reads one way is turned into schedules: a wrong guess sends someone to a
locked door, while hours kept as the schedule's description cost a phone call. So a
text is parsed only when every part of it is understood; otherwise it is kept whole.
"""

from __future__ import annotations

import re
from typing import Any

from outreach.directory.hours_parse import WEEKDAY_CODES, parse_day_list, says_always_open
from outreach.importers.clean import stable_id

_TIME = (
    r"(?:(?P<h{n}>\d{{1,2}})(?:[:.](?P<m{n}>[0-5]\d))?\s*(?P<a{n}>[ap]\.?\s?m\b\.?)?"
    r"|(?P<w{n}>noon|midnight))"
)
_RANGE = re.compile(
    _TIME.format(n=1) + r"\s*(?:-|–|—|to|until)\s*" + _TIME.format(n=2), re.IGNORECASE
)
_ALWAYS = re.compile(
    r"^(?:open\s+)?(?:24\s*(?:hours?|hrs?|h)|24\s*/\s*7)"
    r"(?:\s*(?:a|per|/|each|every)\s*day|\s*daily|,?\s*7\s*days(?:\s*a\s*week)?)?\.?$",
    re.IGNORECASE,
)
_MONDAY_TO_FRIDAY = re.compile(r"\bM\s*-\s*F\b")
_SEGMENT_SPLIT = re.compile(r"\s*(?:;|\n|\|)\s*")
_NOISE = re.compile(r"^[\s,:.]+|[\s,:.]+$")
_ALL_WEEK = ",".join(WEEKDAY_CODES)
_EVERY_DAY = re.compile(r"^(?:daily|every ?day|7 days(?: a week)?|mon(?:day)?\s*-\s*sun(?:day)?)$",
                        re.IGNORECASE)  # fmt: skip


def _meridiem(text: str | None) -> str | None:
    if not text:
        return None
    letter = text.strip().lower()[0]
    return {"a": "am", "p": "pm", "n": "pm", "m": "am"}.get(letter)


def _clock(hour: int, minute: int, meridiem: str | None) -> int | None:
    """Minutes after midnight, or None when the hour cannot be such a time."""
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    elif hour > 24:
        return None
    return hour * 60 + minute


def _part(match: re.Match[str], n: int) -> tuple[int, int, str | None]:
    word = (match[f"w{n}"] or "").lower()
    if word:
        return 12, 0, "pm" if word == "noon" else "am"
    return int(match[f"h{n}"]), int(match[f"m{n}"] or 0), _meridiem(match[f"a{n}"])


def _times(match: re.Match[str]) -> tuple[str, str] | None:
    h1, m1, a1 = _part(match, 1)
    h2, m2, a2 = _part(match, 2)
    if a1 is None and a2 is not None and h1 <= 12:
        # "9-5pm": the first time takes the second's half of the day unless that would
        # put the opening after the closing ("10-2pm" opens at 10am).
        first, second = _clock(h1, m1, a2), _clock(h2, m2, a2)
        if first is None or second is None:
            return None
        a1 = a2 if first < second else "am"
    if a1 is None and a2 is None:
        if not 6 <= h1 <= 12:
            return None  # "1-4" could be night or afternoon: not ours to guess
        a1 = "pm" if h1 == 12 else "am"
        a2 = "pm" if h2 <= h1 or h2 == 12 else "am"
    opens, closes = _clock(h1, m1, a1), _clock(h2, m2, a2)
    if opens is None or closes is None or opens == closes:
        return None
    return _text(opens), _text(closes)


def _text(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _days(text: str) -> str | None:
    """``MO,TU,WE`` from ``"Monday - Wednesday"``; None when it is not a day list."""
    cleaned = _MONDAY_TO_FRIDAY.sub("Mon-Fri", _NOISE.sub("", text))
    if not cleaned:
        return None
    if _EVERY_DAY.match(cleaned):
        return _ALL_WEEK
    cleaned = re.sub(r"\s*(?:&|and)\s*", ",", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"\s*(?:-|–|through|thru|to)\s*", "-", cleaned, flags=re.IGNORECASE)
    parsed = parse_day_list(cleaned.replace(" ", ","))
    if not parsed or any(ordinal is not None for _, ordinal in parsed):
        return None
    return ",".join(WEEKDAY_CODES[day] for day, _ in parsed)


def parse_hours_text(text: str) -> list[dict[str, Any]] | None:
    """Schedules (without ids) for hours written as text, or None when any part is unclear.

    ``"7:30 am - 4:00 pm, Monday - Friday"``, ``"Mon-Fri 9-5; Sat 10-2"`` and ``"24 hours"``
    are read; ``"Call for hours"`` or ``"Mon 9-5 except holidays"`` are not.
    """
    stripped = text.strip()
    if not stripped:
        return None
    if _ALWAYS.match(stripped) or (
        says_always_open(stripped) and not any(c.isdigit() for c in stripped.replace("24", ""))
    ):
        return [{"freq": "WEEKLY", "byday": _ALL_WEEK, "opens_at": "00:00", "closes_at": "00:00"}]
    schedules: list[dict[str, Any]] = []
    for segment in _SEGMENT_SPLIT.split(stripped):
        if not segment:
            continue
        matches = list(_RANGE.finditer(segment))
        if len(matches) != 1:
            return None
        match = matches[0]
        times = _times(match)
        rest = (segment[: match.start()] + " " + segment[match.end() :]).strip()
        days = _days(rest) if rest else None  # times without days: which days?
        if times is None or days is None:
            return None
        schedules.append(
            {"freq": "WEEKLY", "byday": days, "opens_at": times[0], "closes_at": times[1]}
        )
    return schedules or None


def schedules_from_text(text: str, owner: str) -> tuple[list[dict[str, Any]], bool]:
    """HSDS schedules for hours text, and whether it was read as times.

    Text that cannot be read whole is kept as one schedule's description, which the
    detail pane shows as written.
    """
    parsed = parse_hours_text(text)
    if parsed is None:
        return [{"id": stable_id(owner, "hours", text), "description": text.strip()}], False
    for index, schedule in enumerate(parsed):
        schedule["id"] = stable_id(owner, "hours", text, str(index))
    return parsed, True
