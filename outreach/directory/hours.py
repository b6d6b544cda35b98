"""Opening hours: is this door open now, until when, and when does it open next.

Hours are evaluated on the service's own wall clock (its ``x_timezone``, else
the schedules' numeric HSDS ``timezone`` offset, else the device's zone), so a
window of 09:00-17:00 means 09:00-17:00 there, on daylight-saving days too.

"Hours unknown" is never reported as "closed": no schedules, unreadable
schedules, or schedules that no longer cover today all give ``"unknown"``.

For many records at once (search's "open now"), compile once with
:func:`compile_hours` (store :func:`compiled_to_json` next to the record) and
call :func:`open_state_compiled`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any, Literal
from zoneinfo import ZoneInfo

from dateutil.tz import tzlocal

from outreach.directory.day_words import open_state_text
from outreach.directory.hours_compile import (
    DAY_MINUTES,
    CompiledHours,
    Rule,
    Window,
    compile_hours,
    merge_windows,
    recurs_on,
)
from outreach.directory.hours_json import compiled_from_json, compiled_to_json
from outreach.directory.hours_select import zone_key_for

__all__ = [
    "CompiledHours",
    "DayHours",
    "OpenState",
    "compile_hours",
    "compiled_from_json",
    "compiled_to_json",
    "open_state",
    "open_state_compiled",
    "service_timezone",
    "week_hours",
]

#: How far ahead the next opening (and the end of a long opening) is looked for.
LOOKAHEAD_DAYS = 14
HOLIDAY_CLOSURE = "Holiday closure"

_UNKNOWN_PLAN: tuple[tuple[Window, ...], bool, str] = ((), True, "")


@dataclass(frozen=True)
class OpenState:
    """Whether a service is open at a moment, and what happens next."""

    status: Literal["open", "closed", "unknown"]
    closes_at: datetime | None = None  # when open: end of the current opening (aware)
    next_open: datetime | None = None  # when closed: next opening within 14 days (aware)
    reason: str = ""  # e.g. "Closed for holiday", "Open 24 hours"

    @property
    def is_open(self) -> bool | None:
        """``True``/``False``, or ``None`` when the hours are unknown."""
        if self.status == "unknown":
            return None
        return self.status == "open"

    def label(self, now: datetime) -> str:
        """Short English text for a badge, with times relative to ``now`` (the GUI words the
        same state in its language: :func:`outreach.directory.day_words.open_state_text`)."""
        return open_state_text(self, now)


@dataclass(frozen=True)
class DayHours:
    """The opening windows of one date, in the service's wall-clock time."""

    day: date
    windows: tuple[tuple[time, time], ...]  # closes may be <= opens for past-midnight windows
    closed_reason: str = ""  # "Holiday closure" etc.
    unknown: bool = False


def service_timezone(record: Mapping[str, Any]) -> tzinfo:
    """The zone a record's hours are written in; the device's zone when unknown."""
    return zone_from_key(zone_key_for(record) if isinstance(record, Mapping) else "")


def open_state(
    record: Mapping[str, Any], at: datetime, location_id: str | None = None
) -> OpenState:
    """Whether the service is open at ``at`` (aware; ``ValueError`` when naive)."""
    _require_aware(at)
    return open_state_compiled(compile_hours(record, location_id), at)


def week_hours(
    record: Mapping[str, Any], start: date, days: int = 7, location_id: str | None = None
) -> list[DayHours]:
    """Hours for ``days`` dates from ``start``, for the detail pane's week view."""
    compiled = compile_hours(record, location_id)
    result: list[DayHours] = []
    for offset in range(max(days, 0)):
        day = start + timedelta(days=offset)
        windows, unknown, reason = _day_plan(compiled, day.toordinal())
        result.append(
            DayHours(
                day=day,
                windows=tuple((_clock(s), _clock(e)) for s, e in windows),
                closed_reason=reason,
                unknown=unknown,
            )
        )
    return result


def open_state_compiled(compiled: CompiledHours, at: datetime) -> OpenState:
    """:func:`open_state` for hours already read by :func:`compile_hours`."""
    _require_aware(at)
    if not compiled.groups:
        return OpenState(status="unknown", reason=compiled.note or "No opening hours listed")
    zone = zone_from_key(compiled.zone)
    local = at.astimezone(zone)
    today = local.toordinal()
    minute = local.hour * 60 + local.minute
    windows, unknown, reason = _day_plan(compiled, today)
    end = _open_until(windows, minute)
    previous, _, _ = _day_plan(compiled, today - 1)
    for start, stop in previous:
        if stop > DAY_MINUTES and start <= minute + DAY_MINUTES < stop:
            end = max(end or 0, stop - DAY_MINUTES)
    if end is not None:
        return _open_state(compiled, zone, today, end)
    if unknown:
        return OpenState(status="unknown", reason="Hours not known for this day")
    closed_reason = "Closed for holiday" if reason == HOLIDAY_CLOSURE else ""
    return OpenState(
        status="closed",
        next_open=_next_opening(compiled, zone, today, minute, windows),
        reason=closed_reason,
    )


def _open_until(windows: tuple[Window, ...], minute: int) -> int | None:
    for start, stop in windows:
        if start <= minute < stop:
            return stop
    return None


def _open_state(compiled: CompiledHours, zone: tzinfo, today: int, end: int) -> OpenState:
    """Follow an opening across midnights until it ends (or for 14 days: 24/7)."""
    day, minute = today, end
    for _ in range(LOOKAHEAD_DAYS + 1):
        while minute >= DAY_MINUTES:
            day, minute = day + 1, minute - DAY_MINUTES
        windows, _, _ = _day_plan(compiled, day)
        further = _open_until(windows, minute)
        if further is None or further <= minute:
            return OpenState(status="open", closes_at=_at(zone, day, minute))
        minute = further
    return OpenState(status="open", reason="Open 24 hours")


def _next_opening(
    compiled: CompiledHours, zone: tzinfo, today: int, minute: int, windows: tuple[Window, ...]
) -> datetime | None:
    later = [start for start, _ in windows if start > minute]
    if later:
        return _at(zone, today, min(later))
    for day in range(today + 1, today + LOOKAHEAD_DAYS + 1):
        windows, unknown, _ = _day_plan(compiled, day)
        if windows:
            return _at(zone, day, windows[0][0])
        if unknown:
            return None  # it may open that day; we cannot say when
    return None


def _day_plan(compiled: CompiledHours, ordinal: int) -> tuple[tuple[Window, ...], bool, str]:
    """(windows, unknown, closed reason) of one date, all places combined."""
    week = compiled.week
    if week is not None:
        return week[(ordinal + 6) % 7], False, ""
    if not compiled.groups:
        return _UNKNOWN_PLAN
    if len(compiled.groups) == 1:
        return _group_plan(compiled.groups[0], ordinal)
    windows: list[Window] = []
    unknown = False
    reasons: set[str] = set()
    for rules in compiled.groups:
        group_windows, group_unknown, reason = _group_plan(rules, ordinal)
        windows.extend(group_windows)
        unknown = unknown or group_unknown
        reasons.add(reason)
    # A holiday is only "the" reason when every place is closed for it.
    reason = reasons.pop() if len(reasons) == 1 else ""
    return merge_windows(windows), unknown, reason


def _group_plan(rules: tuple[Rule, ...], ordinal: int) -> tuple[tuple[Window, ...], bool, str]:
    weekday_bit = 1 << (ordinal + 6) % 7
    regular: list[Window] = []
    special: list[Window] = []
    covered = regular_unknown = has_special = special_unknown = closed = False
    for rule in rules:
        if (rule.first is not None and ordinal < rule.first) or (
            rule.last is not None and ordinal > rule.last
        ):
            continue
        if rule.kind == "closure":
            closed = True
        elif rule.kind == "special":
            has_special = True
            special.extend(rule.windows)
            special_unknown = special_unknown or rule.unreadable
        else:
            covered = True
            if (
                recurs_on(rule.recurrence, ordinal)
                if rule.recurrence
                else rule.weekdays & weekday_bit
            ):
                regular.extend(rule.windows)
                regular_unknown = regular_unknown or rule.unreadable
    if has_special:
        return merge_windows(special), special_unknown, ""
    if closed:
        return (), False, HOLIDAY_CLOSURE
    if not covered:
        return _UNKNOWN_PLAN  # the listed hours do not reach this date
    return merge_windows(regular), regular_unknown, ""


@lru_cache(maxsize=256)
def zone_from_key(key: str) -> tzinfo:
    """The ``tzinfo`` for a :class:`CompiledHours` zone key."""
    if not key:
        return tzlocal()
    if key[0] in "+-":
        minutes = int(key[1:3]) * 60 + int(key[4:6])
        return timezone(timedelta(minutes=-minutes if key[0] == "-" else minutes))
    try:
        return ZoneInfo(key)
    except (ValueError, KeyError, OSError):
        return tzlocal()


def _at(zone: tzinfo, ordinal: int, minute: int) -> datetime:
    # Wall-clock arithmetic: 09:00 on a DST day is 09:00 local, whatever the offset.
    base = datetime.fromordinal(ordinal) + timedelta(minutes=minute)
    return base.replace(tzinfo=zone)


def _clock(minute: int) -> time:
    minute %= DAY_MINUTES
    return time(minute // 60, minute % 60)


def _require_aware(at: datetime) -> None:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("opening hours need a timezone-aware datetime")
