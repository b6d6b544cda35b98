"""Which schedules apply (service, service-at-location, location), the compiled form,
and the official HSDS 3.0 example record."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from outreach.directory.hours import (
    CompiledHours,
    compile_hours,
    compiled_from_json,
    compiled_to_json,
    open_state,
    open_state_compiled,
    service_timezone,
    week_hours,
)

DATA = Path(__file__).resolve().parent / "data"  # fixtures: see tests/data/SOURCES.md
CHICAGO = ZoneInfo("America/Chicago")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2024, 5, day, hour, minute, tzinfo=CHICAGO)  # May 6 is a Monday


def link(
    location_id: str,
    schedules: list[dict[str, Any]] | None = None,
    location_schedules: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    location: dict[str, Any] = {"id": location_id, "name": f"Site {location_id}"}
    if location_schedules is not None:
        location["schedules"] = location_schedules
    entry: dict[str, Any] = {
        "id": f"sal-{location_id}",
        "service_id": "svc",
        "location_id": location_id,
        "location": location,
    }
    if schedules is not None:
        entry["schedules"] = schedules
    return entry


MORNINGS = [{"id": "m", "opens_at": "09:00", "closes_at": "12:00"}]
AFTERNOONS = [{"id": "a", "opens_at": "14:00", "closes_at": "18:00"}]
EVENINGS = [{"id": "e", "opens_at": "19:00", "closes_at": "21:00"}]

TWO_SITES = {
    "id": "svc",
    "name": "Mobile clinic",
    "x_timezone": "America/Chicago",
    "service_at_locations": [
        link("north", MORNINGS),
        link("south", location_schedules=AFTERNOONS),  # hours only on the location itself
    ],
}


def test_location_id_picks_that_service_at_location() -> None:
    assert open_state(TWO_SITES, at(6, 10), location_id="north").status == "open"
    assert open_state(TWO_SITES, at(6, 15), location_id="north").status == "closed"


def test_location_falls_back_to_the_location_schedules() -> None:
    assert open_state(TWO_SITES, at(6, 10), location_id="south").status == "closed"
    assert open_state(TWO_SITES, at(6, 15), location_id="south").status == "open"


def test_without_location_the_sites_are_combined() -> None:
    assert open_state(TWO_SITES, at(6, 10)).status == "open"
    assert open_state(TWO_SITES, at(6, 15)).status == "open"
    between = open_state(TWO_SITES, at(6, 13))
    assert between.status == "closed"
    assert between.next_open == at(6, 14)


def test_service_schedules_win_over_sites_without_location() -> None:
    record = dict(TWO_SITES, schedules=EVENINGS)
    assert open_state(record, at(6, 10)).status == "closed"
    assert open_state(record, at(6, 20)).status == "open"
    # A site's own schedules still win for that site; a site without falls back to the service.
    assert open_state(record, at(6, 10), location_id="north").status == "open"
    assert open_state(record, at(6, 20), location_id="south").status == "open"
    assert open_state(record, at(6, 20), location_id="elsewhere").status == "open"


def test_unknown_location_without_service_hours_is_unknown() -> None:
    assert open_state(TWO_SITES, at(6, 10), location_id="elsewhere").status == "unknown"


def test_a_holiday_at_one_site_does_not_close_the_other() -> None:
    closed_north = [
        *MORNINGS,
        {"id": "h", "x_closed": True, "valid_from": "2024-05-06", "valid_to": "2024-05-06"},
    ]
    record = dict(
        TWO_SITES, service_at_locations=[link("north", closed_north), link("east", MORNINGS)]
    )
    state = open_state(record, at(6, 10))
    assert state.status == "open"
    assert open_state(record, at(6, 10), location_id="north").reason == "Closed for holiday"


def test_every_site_closed_for_the_holiday_says_so() -> None:
    closure = {"id": "h", "x_closed": True, "valid_from": "2024-05-06", "valid_to": "2024-05-06"}
    record = dict(
        TWO_SITES,
        service_at_locations=[
            link("north", [*MORNINGS, closure]),
            link("east", [*MORNINGS, closure]),
        ],
    )
    state = open_state(record, at(6, 10))
    assert state.status == "closed"
    assert state.reason == "Closed for holiday"


def test_a_site_with_unknown_hours_makes_a_closed_moment_unknown() -> None:
    record = dict(
        TWO_SITES,
        service_at_locations=[
            link("north", MORNINGS),
            link("west", [{"id": "w", "description": "Call ahead"}]),
        ],
    )
    assert open_state(record, at(6, 10)).status == "open"
    assert open_state(record, at(6, 15)).status == "unknown"


SAMPLES: list[dict[str, Any]] = [
    TWO_SITES,
    {
        "id": "a",
        "name": "a",
        "x_timezone": "America/New_York",
        "schedules": [
            {"id": "1", "byday": "MO-FR", "opens_at": "09:00", "closes_at": "12:00"},
            {"id": "2", "byday": "MO-FR", "opens_at": "13:00", "closes_at": "17:00"},
            {"id": "3", "byday": "FR,SA", "opens_at": "22:00", "closes_at": "06:00"},
        ],
    },
    {
        "id": "b",
        "name": "b",
        "x_timezone": "Europe/Madrid",
        "schedules": [
            {
                "id": "1",
                "freq": "MONTHLY",
                "byday": "1MO,3WE",
                "opens_at": "10:00",
                "closes_at": "14:00",
            },
            {"id": "2", "x_closed": True, "valid_from": "2024-05-15", "valid_to": "2024-05-16"},
            {
                "id": "3",
                "valid_from": "2024-05-18",
                "valid_to": "2024-05-18",
                "opens_at": "8am",
                "closes_at": "noon",
            },
        ],
    },
    {"id": "c", "name": "c", "schedules": [{"id": "1", "timezone": 3, "description": "24/7"}]},
    {"id": "d", "name": "d"},
]


@pytest.mark.parametrize("record", SAMPLES, ids=lambda r: r["id"])
def test_compiled_json_round_trip_answers_the_same(record: dict[str, Any]) -> None:
    compiled = compile_hours(record)
    text = compiled_to_json(compiled)
    json.loads(text)  # plain JSON, storable next to the record
    restored = compiled_from_json(text)
    assert restored == compiled
    assert pickle.loads(pickle.dumps(compiled)) == compiled
    start = datetime(2024, 5, 1, tzinfo=UTC)
    for step in range(0, 31 * 24 * 60, 37):  # every 37 minutes for a month
        moment = start + timedelta(minutes=step)
        expected = open_state(record, moment)
        assert open_state_compiled(restored, moment) == expected


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"v": 99, "zone": "", "note": "", "groups": []}',
        '{"v": 1, "zone": "", "note": ""}',
        '{"v": 1, "zone": "", "note": "", "groups": [[["regular", null]]]}',
    ],
)
def test_compiled_from_json_refuses_other_text(text: str) -> None:
    with pytest.raises(ValueError, match="not compiled opening hours"):
        compiled_from_json(text)


def test_open_state_compiled_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        open_state_compiled(compile_hours(SAMPLES[1]), datetime(2024, 5, 6, 10))


def test_compiled_hours_is_a_plain_frozen_value() -> None:
    compiled = compile_hours(SAMPLES[1])
    assert isinstance(compiled, CompiledHours)
    assert hash(compiled) == hash(compile_hours(copy.deepcopy(SAMPLES[1])))


def load_example() -> dict[str, Any]:
    with (DATA / "hsds-3.0-examples" / "service_full.json").open(encoding="utf-8") as handle:
        record: dict[str, Any] = json.load(handle)
    return record


def test_official_example_schedule_is_out_of_date_so_unknown() -> None:
    record = load_example()
    # Its only schedule is valid on 2005-01-01 alone, at UTC+3.
    assert service_timezone(record).utcoffset(None) == timedelta(hours=3)
    assert open_state(record, datetime(2024, 5, 9, 12, tzinfo=UTC)).status == "unknown"
    for location_id in [site["location"]["id"] for site in record["service_at_locations"]]:
        assert open_state(record, datetime(2024, 5, 9, 12, tzinfo=UTC), location_id).status == (
            "unknown"
        )
    week = week_hours(record, date(2024, 5, 6))
    assert all(day.unknown for day in week)


def test_official_example_recurrence_that_never_occurs_is_unknown() -> None:
    record = load_example()
    (schedule,) = record["schedules"]
    for key in ("valid_from", "valid_to", "until"):
        schedule.pop(key)
    # Thursdays or Fridays on the 2nd-4th of a month in ISO weeks 41-42 do not exist:
    # a rule with no occurrence says nothing, so the hours are unknown, never "closed".
    record["service_at_locations"] = []
    days = week_hours(record, date(2005, 1, 1), days=60)
    assert all(day.unknown and not day.windows for day in days)


def test_official_example_recurrence_is_evaluated_with_its_own_rules() -> None:
    record = load_example()
    (schedule,) = record["schedules"]
    for key in ("valid_from", "valid_to", "until", "byweekno"):
        schedule.pop(key)
    # WEEKLY TH,FR with month days 2,3,4, count 3 from 2005-01-01: 3 Feb (Thu), 4 Feb (Fri),
    # 3 Mar (Thu); after the third occurrence the schedule has run out.
    days = week_hours(record, date(2005, 1, 1), days=120)
    assert [day.day for day in days if day.windows] == [
        date(2005, 2, 3),
        date(2005, 2, 4),
        date(2005, 3, 3),
    ]
    assert all(not day.unknown for day in days if day.day <= date(2005, 3, 3))
    assert all(day.unknown for day in days if day.day > date(2005, 3, 3))
    utc_plus_3 = datetime(2005, 2, 3, 7, 30, tzinfo=UTC)  # 10:30 at UTC+3
    assert open_state(record, utc_plus_3).status == "open"
