"""Opening hours from messy exports: lenient where a human would be, unknown otherwise."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from outreach.directory.hours import open_state, week_hours
from outreach.directory.hours_parse import parse_clock, parse_day_list

NEW_YORK = ZoneInfo("America/New_York")
MONDAY_10 = datetime(2024, 5, 6, 10, 0, tzinfo=NEW_YORK)
MONDAY_8 = datetime(2024, 5, 6, 8, 0, tzinfo=NEW_YORK)


def one_schedule(**fields: Any) -> dict[str, Any]:
    return {
        "id": "svc",
        "name": "Drop-in",
        "x_timezone": "America/New_York",
        "schedules": [{"id": "s1", **fields}],
    }


@pytest.mark.parametrize(
    ("opens", "closes"),
    [
        ("9am", "5pm"),
        ("9:00 AM", "5:00 PM"),
        ("0900", "1700"),
        ("9:00", "17:00"),
        ("09:00:00", "17:00:00"),
        ("9 a.m.", "5 p.m."),
        ("09:00-04:00", "17:00-04:00"),
    ],
)
def test_times_a_human_reads_one_way_are_accepted(opens: str, closes: str) -> None:
    record = one_schedule(byday="MO", opens_at=opens, closes_at=closes)
    state = open_state(record, MONDAY_10)
    assert state.status == "open"
    assert state.closes_at is not None
    assert state.closes_at.astimezone(NEW_YORK).hour == 17
    assert open_state(record, MONDAY_8).status == "closed"


@pytest.mark.parametrize("byday", ["Mon", "Monday", "mo", "MONDAY", "Mon.", ["MO"], "Mon-Fri"])
def test_day_names_a_human_reads_one_way_are_accepted(byday: Any) -> None:
    record = one_schedule(byday=byday, opens_at="09:00", closes_at="17:00")
    assert open_state(record, MONDAY_10).status == "open"
    sunday = datetime(2024, 5, 12, 10, tzinfo=NEW_YORK)
    assert open_state(record, sunday).status == "closed"


@pytest.mark.parametrize(
    ("opens", "closes"),
    [
        ("09:00", "25:00"),
        ("9", "5"),
        ("09:00", "17:75"),
        ("nine", "five"),
        ("09:00", None),
        (None, "17:00"),
        ("09:00", "09:00"),
        ("24:00", "06:00"),
        ("13pm", "17:00"),
        (900, 1700),
    ],
)
def test_unreadable_times_make_hours_unknown(opens: Any, closes: Any) -> None:
    record = one_schedule(byday="MO", opens_at=opens, closes_at=closes)
    state = open_state(record, MONDAY_10)
    assert state.status == "unknown"
    assert state.is_open is None


@pytest.mark.parametrize(
    "fields",
    [
        {"byday": "Mon, Funday"},
        {"byday": "MO,XX"},
        {"byday": "9MO"},
        {"byday": 1},
        {"freq": "FORTNIGHTLY"},
        {"freq": "MONTHLY", "bymonthday": "1,40"},
        {"freq": "MONTHLY", "bymonthday": "first"},
        {"freq": "WEEKLY", "interval": "often", "dtstart": "2024-01-01"},
        {"freq": "WEEKLY", "interval": 0, "dtstart": "2024-01-01"},
        {"freq": "WEEKLY", "count": -3, "dtstart": "2024-01-01"},
        {"freq": "MONTHLY"},  # which day of the month? needs dtstart
    ],
)
def test_unreadable_days_make_hours_unknown(fields: dict[str, Any]) -> None:
    record = one_schedule(opens_at="09:00", closes_at="17:00", **fields)
    assert open_state(record, MONDAY_10).status == "unknown"
    assert open_state(record, MONDAY_8).status == "unknown"


def test_a_broken_day_is_unknown_and_the_good_days_still_answer() -> None:
    record = {
        "id": "svc",
        "name": "Pantry",
        "x_timezone": "America/New_York",
        "schedules": [
            {"id": "a", "byday": "MO-FR", "opens_at": "09:00", "closes_at": "17:00"},
            {"id": "b", "byday": "SA", "opens_at": "10:00", "closes_at": "25:00"},
        ],
    }
    assert open_state(record, MONDAY_10).status == "open"
    saturday = datetime(2024, 5, 11, 12, tzinfo=NEW_YORK)
    assert open_state(record, saturday).status == "unknown"
    friday_evening = datetime(2024, 5, 10, 18, tzinfo=NEW_YORK)
    state = open_state(record, friday_evening)
    assert state.status == "closed"
    assert state.next_open is None  # Saturday may open; we will not claim Monday
    assert state.label(friday_evening) == "Closed"


def test_an_undated_closure_is_unknown_rather_than_open() -> None:
    record = one_schedule(x_closed=True)
    record["schedules"].append({"id": "s2", "opens_at": "09:00", "closes_at": "17:00"})
    assert open_state(record, MONDAY_10).status == "open"
    assert open_state(record, MONDAY_8).status == "unknown"


def test_hsds_1_holiday_columns_are_understood() -> None:
    record = one_schedule(byday="MO-FR", opens_at="09:00", closes_at="17:00")
    record["schedules"].append(
        {"id": "h", "closed": "TRUE", "valid_from": "2024-05-06", "valid_to": "2024-05-06"}
    )
    assert open_state(record, MONDAY_10).reason == "Closed for holiday"


_VALUES: list[Any] = [
    None, "", " ", 0, 1, -1, 3.5, True, False, [], {}, ["MO"], {"a": 1}, "MO", "1MO", "-1FR",
    "Monday", "09:00", "25:00", "9am", "x", "2024-02-30", "2024-05-06", "WEEKLY", "MONTHLY",
    "DAILY", "1,15", "-31", "99", "99999", "America/New_York", "Not/AZone", "\x00", "24/7",
]  # fmt: skip
_KEYS = [
    "opens_at", "closes_at", "byday", "freq", "interval", "count", "dtstart", "until",
    "valid_from", "valid_to", "bymonthday", "byweekno", "wkst", "timezone", "x_closed",
    "closed", "description", "weekday", "x_24_hours",
]  # fmt: skip


def test_random_garbage_never_raises() -> None:
    rng = random.Random(20240506)
    at = datetime(2024, 5, 6, 12, tzinfo=UTC)
    for _ in range(1500):
        schedules = [
            {key: rng.choice(_VALUES) for key in rng.sample(_KEYS, rng.randint(0, 8))}
            for _ in range(rng.randint(0, 4))
        ]
        record: dict[str, Any] = {
            "id": "s",
            "name": "n",
            "x_timezone": rng.choice(_VALUES),
            "schedules": rng.choice([schedules, "schedules", None, [None, 3], schedules]),
            "service_at_locations": rng.choice(
                [None, [None], [{"location": "x"}], [{"schedules": schedules, "location_id": "L"}]]
            ),
        }
        state = open_state(record, at, location_id=rng.choice([None, "L", "missing"]))
        assert state.status in ("open", "closed", "unknown")
        assert len(week_hours(record, date(2024, 5, 6))) == 7


def test_a_record_that_is_not_a_mapping_is_unknown() -> None:
    assert open_state("not a record", MONDAY_10).status == "unknown"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("09:00", 540), ("9:00", 540), ("9am", 540), ("9 AM", 540), ("9:30pm", 1290),
        ("0900", 540), ("930", 570), ("12am", 0), ("12pm", 720), ("noon", 720),
        ("midnight", 0), ("24:00", 1440), ("23:59:59", 1439), ("17:00Z", 1020),
        ("25:00", None), ("9", None), ("12:60", None), ("12:00:61", None), ("0:0", None),
        ("13pm", None), ("", None), ("12345", None), (None, None), (900, None),
    ],
)  # fmt: skip
def test_parse_clock(text: Any, minutes: int | None) -> None:
    assert parse_clock(text) == minutes


@pytest.mark.parametrize(
    ("value", "days"),
    [
        ("MO,TU", ((0, None), (1, None))),
        ("1MO,-1FR", ((0, 1), (4, -1))),
        ("Monday to Wednesday", ((0, None), (1, None), (2, None))),
        ("Sat-Mon", ((5, None), (6, None), (0, None))),
        ("weekends", ((5, None), (6, None))),
        ("Tue and Thu", ((1, None), (3, None))),
        ("Mon, Funday", None),
        ("MO,6MO", None),
        ("", None),
        (["MO", 3], None),
    ],
)
def test_parse_day_list(value: Any, days: Any) -> None:
    assert parse_day_list(value) == days
