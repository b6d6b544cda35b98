"""Turn a record's HSDS schedules into :class:`CompiledHours`, a small plain form.

Compiling happens once (at import, or when a record is shown); evaluating the
compiled form is then a couple of table lookups. The compiled form holds only
strings, ints and tuples so it pickles and round-trips through JSON.

Three kinds of rule come out of the schedules:

* ``regular`` — weekly or monthly hours, optionally limited to
  ``valid_from``..``valid_to`` (and ``dtstart``/``until``/``count``). On a date no
  regular rule covers, the hours are unknown (the listed hours are out of date).
* ``closure`` — ``x_closed: true`` from ``valid_from`` to ``valid_to``: closed.
* ``special`` — dated hours with no recurrence (HSDS 1.x ``holiday_schedules``):
  they replace every other rule on their dates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from dateutil.rrule import rrule, rrulestr

from outreach.directory.hours_parse import (
    DAY_MINUTES,
    WEEKDAY_CODES,
    parse_clock,
    parse_date,
    parse_day_list,
    parse_flag,
    parse_int_list,
    parse_positive_int,
    says_always_open,
)
from outreach.directory.hours_select import select_schedules, zone_key

Window = tuple[int, int]
"""Minutes after the day's midnight; the end may pass 1440 for past-midnight hours."""

ALL_DAYS = 0b1111111
ALWAYS: tuple[Window, ...] = ((0, DAY_MINUTES),)
_RECURRENCE_KEYS = ("freq", "byday", "bymonthday", "byweekno", "byyearday", "weekday")
_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
# Any Monday: an anchor for rules whose pattern does not depend on where they start.
_ANCHOR = date(2001, 1, 1)


@dataclass(frozen=True, slots=True)
class Rule:
    """One schedule, read. Dates are ordinals (``date.toordinal()``)."""

    kind: str  # "regular", "closure" or "special"
    first: int | None = None  # first date covered
    last: int | None = None  # last date covered
    weekdays: int = ALL_DAYS  # bit 0 = Monday; used when ``recurrence`` is empty
    recurrence: str = ""  # RFC 5545 DTSTART + RRULE text, evaluated with dateutil
    windows: tuple[Window, ...] = ()
    unreadable: bool = False  # days it covers have unknown hours


@dataclass(frozen=True, slots=True)
class CompiledHours:
    """Pre-read opening hours of one service (at one location, or all of them).

    ``zone`` is an IANA name, a fixed offset like ``"-05:00"``, or ``""`` for the
    device's zone. ``groups`` holds one tuple of rules per place whose hours are
    combined (open if any place is open). ``week`` is a Monday-first table of
    windows, present when the hours are plain weekly hours, for speed.
    """

    zone: str
    groups: tuple[tuple[Rule, ...], ...]
    week: tuple[tuple[Window, ...], ...] | None = None
    note: str = ""  # why the hours are unknown when there are no rules


def compile_hours(record: Mapping[str, Any], location_id: str | None = None) -> CompiledHours:
    """Read the schedules that apply to ``record`` (at ``location_id``) once.

    Never raises on bad data: unreadable schedules make their days unknown.
    """
    if not isinstance(record, Mapping):
        return CompiledHours(zone="", groups=(), note="No opening hours listed")
    schedule_groups = select_schedules(record, location_id)
    zone = zone_key(record, [item for group in schedule_groups for item in group])
    groups: list[tuple[Rule, ...]] = []
    if parse_flag(record.get("x_open_24_7")):
        groups.append((Rule(kind="regular", windows=ALWAYS),))
    for schedules in schedule_groups:
        rules = _combine([rule for item in schedules if (rule := read_schedule(item)) is not None])
        if rules:
            groups.append(rules)
    note = "" if groups else "No opening hours listed"
    return CompiledHours(zone=zone, groups=tuple(groups), week=week_table(groups), note=note)


def _combine(rules: list[Rule]) -> tuple[Rule, ...]:
    """Join rules that differ only in their weekdays ("MO 9-5", "TU 9-5" -> "MO,TU 9-5")."""
    if len(rules) <= 1:
        return tuple(rules)
    joined: dict[tuple[Any, ...], int] = {}
    for rule in rules:
        key = (rule.kind, rule.first, rule.last, rule.recurrence, rule.windows, rule.unreadable)
        joined[key] = joined.get(key, 0) | rule.weekdays
    if len(joined) == len(rules):
        return tuple(rules)
    return tuple(
        Rule(kind, first, last, weekdays, recurrence, windows, unreadable)
        for (kind, first, last, recurrence, windows, unreadable), weekdays in joined.items()
    )


_SCHEDULE_FIELDS = (
    "x_closed", "closed", "valid_from", "valid_to", "opens_at", "closes_at", "x_24_hours",
    "byday", "weekday", "freq", "interval", "count", "dtstart", "until", "bymonthday",
    "byweekno", "byyearday", "wkst", "description",
)  # fmt: skip


def read_schedule(item: Mapping[str, Any]) -> Rule | None:
    """One HSDS schedule as a :class:`Rule`; ``None`` when it says nothing about hours."""
    get = item.get
    values = [get(field) for field in _SCHEDULE_FIELDS]
    if values[4] not in (None, "") or values[5] not in (None, ""):
        values[-1] = None  # the description only matters when there are no times
    try:
        return _read_schedule_memo(tuple(values))
    except TypeError:  # an unhashable value (a list byday): read it directly
        return _read_schedule(item)


@lru_cache(maxsize=8192)
def _read_schedule_memo(values: tuple[Any, ...]) -> Rule | None:
    return _read_schedule(dict(zip(_SCHEDULE_FIELDS, values, strict=True)))


def _read_schedule(item: Mapping[str, Any]) -> Rule | None:
    valid_from = parse_date(item.get("valid_from"))
    valid_to = parse_date(item.get("valid_to"))
    first = valid_from.toordinal() if valid_from else None
    last = valid_to.toordinal() if valid_to else None
    if parse_flag(item.get("x_closed")) or parse_flag(item.get("closed")):
        if first is None and last is None:
            # "Closed" with no dates: we cannot tell when, so nothing is certain.
            return Rule(kind="regular", unreadable=True)
        return Rule(kind="closure", first=first, last=last)
    windows = read_windows(item)
    has_recurrence = any(item.get(key) not in (None, "") for key in _RECURRENCE_KEYS)
    if first is not None and last is not None and not has_recurrence:
        return Rule(
            kind="special",
            first=first,
            last=last,
            windows=windows or (),
            unreadable=windows is None,
        )
    is_blank = all(item.get(key) in (None, "") for key in ("opens_at", "closes_at", "description"))
    if windows is None and not has_recurrence and is_blank:
        return None  # an empty row: no times, no days, no words
    try:
        return _regular_rule(item, first, last, windows)
    except _Unreadable:
        return Rule(kind="regular", first=first, last=last, unreadable=True)


class _Unreadable(Exception):
    """A recurrence field is present but cannot be read."""


def read_windows(item: Mapping[str, Any]) -> tuple[Window, ...] | None:
    """The opening window a schedule gives, or ``None`` when its times are unusable."""
    raw_open, raw_close = item.get("opens_at"), item.get("closes_at")
    if raw_open in (None, "") and raw_close in (None, ""):
        if parse_flag(item.get("x_24_hours")) or says_always_open(item.get("description")):
            return ALWAYS
        return None
    opens, closes = parse_clock(raw_open), parse_clock(raw_close)
    if opens is None or closes is None or opens == DAY_MINUTES:
        return None
    if closes == DAY_MINUTES - 1 or (closes == 0 and opens == 0):
        closes = DAY_MINUTES  # "23:59" and "00:00-00:00" mean to the end of the day
    if closes == opens:
        return None  # "09:00-09:00": 24 hours or a typo? Not ours to guess.
    if closes < opens:
        closes += DAY_MINUTES  # past midnight: belongs to the day it opens
    return ((opens, closes),)


def _regular_rule(
    item: Mapping[str, Any], first: int | None, last: int | None, windows: tuple[Window, ...] | None
) -> Rule:
    unreadable = windows is None
    windows = windows or ()
    raw_days = item.get("byday")
    if raw_days in (None, ""):
        raw_days = item.get("weekday")
    days = parse_day_list(raw_days) if raw_days not in (None, "") else None
    if raw_days not in (None, "") and days is None:
        return Rule(kind="regular", first=first, last=last, unreadable=True)
    freq_text = item.get("freq")
    freq = freq_text.strip().upper() if isinstance(freq_text, str) and freq_text.strip() else None
    if freq is not None and freq not in _FREQUENCIES:
        return Rule(kind="regular", first=first, last=last, unreadable=True)
    monthdays = _optional_ints(item, "bymonthday", 31)
    weeknos = _optional_ints(item, "byweekno", 53)
    interval = _optional_positive(item, "interval")
    count = _optional_positive(item, "count")
    has_ordinals = days is not None and any(ordinal is not None for _, ordinal in days)
    if freq in (None, "WEEKLY") and (has_ordinals or monthdays):
        freq = "MONTHLY"  # "1MO"/"-1FR" and month days only make sense monthly
    freq = freq or "WEEKLY"
    dtstart = parse_date(item.get("dtstart"))
    until = parse_date(item.get("until"))
    if until is not None:
        last = min(last, until.toordinal()) if last is not None else until.toordinal()
    simple = (
        freq in ("WEEKLY", "DAILY")
        and interval in (None, 1)
        and count is None
        and not has_ordinals
        and not monthdays
        and not weeknos
    )
    if dtstart is not None:
        first = max(first, dtstart.toordinal()) if first is not None else dtstart.toordinal()
    if simple:
        mask = ALL_DAYS if days is None else sum(1 << day for day, _ in days)
        return Rule(
            kind="regular",
            first=first,
            last=last,
            weekdays=mask,
            windows=windows,
            unreadable=unreadable,
        )
    anchor = dtstart or parse_date(item.get("valid_from"))
    needs_anchor = (interval or 1) > 1 or count is not None
    needs_anchor = needs_anchor or (freq == "MONTHLY" and not days and not monthdays)
    if anchor is None and needs_anchor:
        return Rule(kind="regular", first=first, last=last, unreadable=True)
    parts = [f"FREQ={freq}", f"INTERVAL={interval or 1}"]
    if days:
        codes = ",".join(f"{ordinal or ''}{WEEKDAY_CODES[day]}" for day, ordinal in days)
        parts.append(f"BYDAY={codes}")
    if monthdays:
        parts.append("BYMONTHDAY=" + ",".join(map(str, monthdays)))
    if weeknos:
        parts.append("BYWEEKNO=" + ",".join(map(str, weeknos)))
    wkst = item.get("wkst")
    if isinstance(wkst, str) and wkst.strip().upper() in WEEKDAY_CODES:
        parts.append(f"WKST={wkst.strip().upper()}")
    if count is not None:
        parts.append(f"COUNT={count}")
    if until is not None and count is None:  # RFC 5545 allows one of the two; `last` keeps both
        parts.append(f"UNTIL={until:%Y%m%d}T235959")
    text = f"DTSTART:{(anchor or _ANCHOR):%Y%m%d}T000000\nRRULE:{';'.join(parts)}"
    try:
        rule = recurrence_rule(text)
        if count is not None:
            final = rule[-1] if count <= 5000 else None
            if final is not None:
                last = min(last, final.toordinal()) if last is not None else final.toordinal()
    except (ValueError, TypeError, IndexError):
        return Rule(kind="regular", first=first, last=last, unreadable=True)
    return Rule(
        kind="regular",
        first=first,
        last=last,
        recurrence=text,
        windows=windows,
        unreadable=unreadable,
    )


def _optional_ints(item: Mapping[str, Any], key: str, limit: int) -> tuple[int, ...] | None:
    """Parsed values, ``None`` when absent; raises :class:`_Unreadable` when unreadable."""
    raw = item.get(key)
    if raw in (None, ""):
        return None
    parsed = parse_int_list(raw, limit)
    if parsed is None:
        raise _Unreadable(key)
    return parsed


def _optional_positive(item: Mapping[str, Any], key: str) -> int | None:
    raw = item.get(key)
    if raw in (None, ""):
        return None
    parsed = parse_positive_int(raw)
    if parsed is None:
        raise _Unreadable(key)
    return parsed


@lru_cache(maxsize=4096)
def recurrence_rule(text: str) -> rrule:
    """A cached dateutil rule for the RFC 5545 text stored in a :class:`Rule`."""
    parsed = rrulestr(text, cache=True)
    if not isinstance(parsed, rrule):
        raise ValueError("not a single recurrence rule")
    return parsed


@lru_cache(maxsize=65536)
def recurs_on(text: str, ordinal: int) -> bool:
    """Whether the recurrence has an occurrence on the date with this ordinal."""
    try:
        following = recurrence_rule(text).after(
            datetime.fromordinal(ordinal) - timedelta(seconds=1)
        )
    except (ValueError, TypeError):
        return False
    return following is not None and following.toordinal() == ordinal


def week_table(groups: Sequence[tuple[Rule, ...]]) -> tuple[tuple[Window, ...], ...] | None:
    """Monday-first windows when every rule is plain, undated weekly hours; else None."""
    if not groups:
        return None
    for rules in groups:
        for rule in rules:
            plain = rule.kind == "regular" and rule.first is None and rule.last is None
            if not plain or rule.recurrence or rule.unreadable:
                return None
    table: list[tuple[Window, ...]] = []
    for day in range(7):
        windows = [w for rules in groups for r in rules if r.weekdays >> day & 1 for w in r.windows]
        table.append(merge_windows(windows))
    return tuple(table)


def merge_windows(windows: Sequence[Window]) -> tuple[Window, ...]:
    """Sorted windows with overlapping or touching ones joined."""
    if len(windows) <= 1:
        return tuple(windows)
    merged: list[Window] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)
