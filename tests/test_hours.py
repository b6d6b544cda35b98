"""Opening hours on a fixed clock: every case a worker's referral depends on."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from outreach.directory.hours import DayHours, OpenState, open_state, service_timezone, week_hours

NEW_YORK = ZoneInfo("America/New_York")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")


def service(*schedules: Mapping[str, Any], zone: str = "America/New_York") -> dict[str, Any]:
    record: dict[str, Any] = {"id": "svc-1", "name": "Harbor Clinic", "x_timezone": zone}
    if schedules:
        record["schedules"] = [dict(item, id=f"sch-{n}") for n, item in enumerate(schedules)]
    return record


def ny(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=NEW_YORK)


def assert_same_instant(actual: datetime | None, expected: datetime) -> None:
    # Aware datetimes sharing a tzinfo compare by wall time; compare in UTC to be strict.
    assert actual is not None
    assert actual.astimezone(UTC) == expected.astimezone(UTC)


WEEKDAYS_WITH_LUNCH = service(
    {"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "12:00"},
    {"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "13:00", "closes_at": "17:00"},
)


# 2024-05-06 is a Monday.
def test_open_in_morning_window_until_lunch() -> None:
    at = ny(2024, 5, 6, 10, 30)
    state = open_state(WEEKDAYS_WITH_LUNCH, at)
    assert state.status == "open"
    assert state.is_open is True
    assert_same_instant(state.closes_at, ny(2024, 5, 6, 12))
    assert state.label(at) == "Open until 12:00"


def test_closed_over_lunch_opens_again_at_one() -> None:
    at = ny(2024, 5, 6, 12, 0)
    state = open_state(WEEKDAYS_WITH_LUNCH, at)
    assert state.status == "closed"
    assert state.is_open is False
    assert_same_instant(state.next_open, ny(2024, 5, 6, 13))
    assert state.label(at) == "Closed · opens 13:00"


def test_closing_minute_is_closed_and_last_minute_is_open() -> None:
    assert open_state(WEEKDAYS_WITH_LUNCH, ny(2024, 5, 6, 16, 59)).status == "open"
    state = open_state(WEEKDAYS_WITH_LUNCH, ny(2024, 5, 6, 17, 0))
    assert state.status == "closed"
    assert_same_instant(state.next_open, ny(2024, 5, 7, 9))
    assert state.label(ny(2024, 5, 6, 17, 0)) == "Closed · opens Tue 09:00"


def test_next_opening_skips_the_weekend() -> None:
    friday_evening = ny(2024, 5, 10, 18)
    state = open_state(WEEKDAYS_WITH_LUNCH, friday_evening)
    assert state.status == "closed"
    assert_same_instant(state.next_open, ny(2024, 5, 13, 9))
    assert state.label(friday_evening) == "Closed · opens Mon 09:00"
    sunday = open_state(WEEKDAYS_WITH_LUNCH, ny(2024, 5, 12, 23, 59))
    assert_same_instant(sunday.next_open, ny(2024, 5, 13, 9))


FRIDAY_NIGHT_SHELTER = service(
    {"freq": "WEEKLY", "byday": "FR", "opens_at": "22:00", "closes_at": "06:00"}
)


def test_past_midnight_window_is_open_next_morning() -> None:
    saturday_2am = ny(2024, 5, 11, 2)
    state = open_state(FRIDAY_NIGHT_SHELTER, saturday_2am)
    assert state.status == "open"
    assert_same_instant(state.closes_at, ny(2024, 5, 11, 6))
    assert state.label(saturday_2am) == "Open until 06:00"


def test_past_midnight_window_open_before_midnight_closes_next_day() -> None:
    friday_late = ny(2024, 5, 10, 23)
    state = open_state(FRIDAY_NIGHT_SHELTER, friday_late)
    assert state.status == "open"
    assert_same_instant(state.closes_at, ny(2024, 5, 11, 6))
    assert state.label(friday_late) == "Open until 06:00"


def test_past_midnight_window_is_governed_by_the_previous_day() -> None:
    # Thursday has no window, so Friday 02:00 is closed even though Friday has one.
    state = open_state(FRIDAY_NIGHT_SHELTER, ny(2024, 5, 10, 2))
    assert state.status == "closed"
    assert_same_instant(state.next_open, ny(2024, 5, 10, 22))
    after = open_state(FRIDAY_NIGHT_SHELTER, ny(2024, 5, 11, 6))
    assert after.status == "closed"
    assert_same_instant(after.next_open, ny(2024, 5, 17, 22))


def test_night_window_flows_into_next_mornings_window() -> None:
    record = service(
        {"byday": "MO", "opens_at": "20:00", "closes_at": "02:00"},
        {"byday": "TU", "opens_at": "00:00", "closes_at": "08:00"},
    )
    state = open_state(record, ny(2024, 5, 6, 21))
    assert_same_instant(state.closes_at, ny(2024, 5, 7, 8))


@pytest.mark.parametrize(
    ("opens", "closes"),
    [("00:00", "23:59"), ("00:00", "24:00"), ("00:00", "00:00"), ("00:00:00", "23:59:59")],
)
def test_round_the_clock_times_are_open_24_hours(opens: str, closes: str) -> None:
    record = service({"freq": "WEEKLY", "opens_at": opens, "closes_at": closes})
    at = ny(2024, 5, 8, 3, 17)
    state = open_state(record, at)
    assert state == OpenState(status="open", reason="Open 24 hours")
    assert state.label(at) == "Open 24 hours"


@pytest.mark.parametrize(
    "schedule",
    [
        {"description": "Open 24/7, walk-ins welcome"},
        {"description": "We are open 24 hours a day"},
        {"freq": "WEEKLY", "x_24_hours": True},
    ],
)
def test_round_the_clock_words_and_flags_are_open_24_hours(schedule: dict[str, Any]) -> None:
    state = open_state(service(schedule), ny(2024, 5, 12, 4))
    assert state.status == "open"
    assert state.closes_at is None
    assert state.reason == "Open 24 hours"


def test_record_level_24_7_flag_with_no_schedules() -> None:
    record = {"id": "s", "name": "Crisis line", "x_timezone": "UTC", "x_open_24_7": True}
    assert open_state(record, datetime(2024, 5, 12, 4, tzinfo=UTC)).reason == "Open 24 hours"


def test_words_about_24_hours_notice_do_not_mean_open() -> None:
    record = service({"description": "Call 24 hours in advance to book"})
    assert open_state(record, ny(2024, 5, 8, 10)).status == "unknown"


def test_24_hour_weekdays_close_at_midnight_friday() -> None:
    record = service({"byday": "MO-FR", "opens_at": "00:00", "closes_at": "24:00"})
    tuesday = ny(2024, 5, 7, 10)
    state = open_state(record, tuesday)
    assert state.status == "open"
    assert_same_instant(state.closes_at, ny(2024, 5, 11, 0))
    assert state.label(tuesday) == "Open until Sat 00:00"
    friday = ny(2024, 5, 10, 15)
    assert open_state(record, friday).label(friday) == "Open until midnight"


HOLIDAY = service(
    {"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00"},
    {"x_closed": True, "valid_from": "2024-12-24", "valid_to": "2024-12-26"},
    {
        "valid_from": "2024-12-31",
        "valid_to": "2024-12-31",
        "opens_at": "10:00",
        "closes_at": "14:00",
    },
    {"x_closed": "true", "valid_from": "2025-01-01", "valid_to": "2025-01-01"},
    {"valid_from": "2024-12-28", "valid_to": "2024-12-28", "opens_at": "9am", "closes_at": "1pm"},
)


def test_holiday_closure_overrides_weekly_hours() -> None:
    christmas = ny(2024, 12, 25, 11)
    state = open_state(HOLIDAY, christmas)
    assert state.status == "closed"
    assert state.reason == "Closed for holiday"
    assert_same_instant(state.next_open, ny(2024, 12, 27, 9))
    assert state.label(christmas) == "Closed for holiday · opens Fri 09:00"


def test_days_around_a_closure_keep_their_hours() -> None:
    assert open_state(HOLIDAY, ny(2024, 12, 23, 11)).status == "open"
    assert open_state(HOLIDAY, ny(2024, 12, 27, 11)).status == "open"


def test_special_hours_replace_the_day_hours() -> None:
    state = open_state(HOLIDAY, ny(2024, 12, 31, 15))  # a Tuesday, special 10-14
    assert state.status == "closed"
    assert state.reason == ""
    assert_same_instant(state.next_open, ny(2025, 1, 2, 9))  # Jan 1 closed
    assert_same_instant(open_state(HOLIDAY, ny(2024, 12, 31, 13)).closes_at, ny(2024, 12, 31, 14))


def test_special_hours_open_on_a_day_normally_closed() -> None:
    state = open_state(HOLIDAY, ny(2024, 12, 28, 12))  # Saturday
    assert state.status == "open"
    assert_same_instant(state.closes_at, ny(2024, 12, 28, 13))


SUMMER = service(
    {"byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00"},
    {"byday": "SA", "opens_at": "10:00", "closes_at": "14:00", "valid_from": "2024-06-01",
     "valid_to": "2024-08-31"},
)  # fmt: skip


def test_schedule_applies_only_between_valid_from_and_valid_to() -> None:
    assert open_state(SUMMER, ny(2024, 7, 13, 11)).status == "open"
    september = open_state(SUMMER, ny(2024, 9, 7, 11))
    assert september.status == "closed"
    assert_same_instant(september.next_open, ny(2024, 9, 9, 9))
    may = open_state(SUMMER, ny(2024, 5, 25, 11))
    assert may.status == "closed"


def test_only_schedule_expired_means_unknown_not_closed() -> None:
    record = service(
        {"byday": "MO-FR", "opens_at": "09:00", "closes_at": "17:00", "valid_to": "2023-12-31"}
    )
    assert open_state(record, ny(2023, 12, 29, 10)).status == "open"
    state = open_state(record, ny(2024, 5, 6, 10))
    assert state.status == "unknown"
    assert state.is_open is None
    assert state.label(ny(2024, 5, 6, 10)) == "Hours unknown"


def test_first_monday_of_the_month() -> None:
    record = service({"freq": "WEEKLY", "byday": "1MO", "opens_at": "10:00", "closes_at": "12:00"})
    assert open_state(record, ny(2024, 5, 6, 11)).status == "open"
    second_monday = open_state(record, ny(2024, 5, 13, 11))
    assert second_monday.status == "closed"
    assert second_monday.next_open is None  # June 3 is beyond the 14-day look-ahead
    assert second_monday.label(ny(2024, 5, 13, 11)) == "Closed"
    late_may = open_state(record, ny(2024, 5, 27, 13))
    assert_same_instant(late_may.next_open, ny(2024, 6, 3, 10))
    assert late_may.label(ny(2024, 5, 27, 13)) == "Closed · opens Mon 3 Jun 10:00"


def test_last_friday_of_the_month() -> None:
    record = service(
        {"freq": "MONTHLY", "byday": "-1FR", "opens_at": "18:00", "closes_at": "21:00"}
    )
    assert open_state(record, ny(2024, 5, 31, 19)).status == "open"
    assert open_state(record, ny(2024, 5, 24, 19)).status == "closed"


def test_monthly_by_month_day() -> None:
    record = service(
        {"freq": "MONTHLY", "bymonthday": "1,15", "opens_at": "09:00", "closes_at": "11:00"}
    )
    assert open_state(record, ny(2024, 5, 15, 10)).status == "open"
    state = open_state(record, ny(2024, 5, 20, 10))
    assert state.status == "closed"
    assert_same_instant(state.next_open, ny(2024, 6, 1, 9))


def test_fortnightly_with_interval_and_dtstart() -> None:
    record = service(
        {"freq": "WEEKLY", "interval": 2, "byday": "TU", "dtstart": "2024-05-07",
         "opens_at": "14:00", "closes_at": "16:00"}
    )  # fmt: skip
    assert open_state(record, ny(2024, 5, 7, 15)).status == "open"
    off_week = open_state(record, ny(2024, 5, 14, 15))
    assert off_week.status == "closed"
    assert_same_instant(off_week.next_open, ny(2024, 5, 21, 14))
    assert open_state(record, ny(2024, 5, 21, 15)).status == "open"


def test_interval_without_a_start_is_unknown() -> None:
    record = service(
        {"freq": "WEEKLY", "interval": 2, "byday": "TU", "opens_at": "14:00", "closes_at": "16:00"}
    )
    assert open_state(record, ny(2024, 5, 7, 15)).status == "unknown"


def test_until_ends_the_schedule() -> None:
    record = service(
        {"freq": "WEEKLY", "byday": "MO", "until": "2024-05-13", "opens_at": "09:00",
         "closes_at": "12:00"}
    )  # fmt: skip
    assert open_state(record, ny(2024, 5, 13, 10)).status == "open"
    assert open_state(record, ny(2024, 5, 20, 10)).status == "unknown"


def test_count_limits_occurrences() -> None:
    record = service(
        {"freq": "WEEKLY", "byday": "TH", "count": 2, "dtstart": "2024-05-02",
         "opens_at": "09:00", "closes_at": "12:00"}
    )  # fmt: skip
    assert open_state(record, ny(2024, 5, 2, 10)).status == "open"
    assert open_state(record, ny(2024, 5, 9, 10)).status == "open"
    assert open_state(record, ny(2024, 5, 16, 10)).status == "unknown"
    assert open_state(record, ny(2024, 4, 25, 10)).status == "unknown"  # before dtstart


def test_weekly_without_byday_is_every_day() -> None:
    record = service({"freq": "WEEKLY", "opens_at": "08:00", "closes_at": "20:00"})
    for day in range(6, 13):
        assert open_state(record, ny(2024, 5, day, 12)).status == "open"


def test_no_schedules_is_unknown() -> None:
    state = open_state(service(), ny(2024, 5, 6, 10))
    assert state.status == "unknown"
    assert state.is_open is None
    assert state.reason == "No opening hours listed"


def test_schedules_without_times_are_unknown() -> None:
    record = service({"description": "Call for hours"}, {"byday": "MO,TU"})
    assert open_state(record, ny(2024, 5, 6, 10)).status == "unknown"


def test_spring_forward_day_in_new_york() -> None:
    record = service(
        {"opens_at": "22:00", "closes_at": "06:00"}, {"opens_at": "09:00", "closes_at": "17:00"}
    )
    at = datetime(2024, 3, 10, 7, 30, tzinfo=UTC)  # 03:30 EDT, clocks jumped at 02:00
    state = open_state(record, at)
    assert state.status == "open"
    assert state.closes_at == datetime(2024, 3, 10, 10, 0, tzinfo=UTC)  # 06:00 EDT
    morning = open_state(record, datetime(2024, 3, 10, 12, 30, tzinfo=UTC))  # 08:30 EDT
    assert morning.status == "closed"
    assert morning.next_open == datetime(2024, 3, 10, 13, 0, tzinfo=UTC)  # 09:00 EDT


def test_fall_back_day_in_new_york() -> None:
    record = service({"opens_at": "09:00", "closes_at": "17:00"})
    at = datetime(2024, 11, 3, 13, 30, tzinfo=UTC)  # 08:30 EST (would be 09:30 EDT)
    state = open_state(record, at)
    assert state.status == "closed"
    assert state.next_open == datetime(2024, 11, 3, 14, 0, tzinfo=UTC)
    evening = open_state(record, datetime(2024, 11, 3, 21, 30, tzinfo=UTC))  # 16:30 EST
    assert evening.closes_at == datetime(2024, 11, 3, 22, 0, tzinfo=UTC)


def test_service_in_another_zone_than_the_clock() -> None:
    record = service({"opens_at": "09:00", "closes_at": "17:00"}, zone="America/Los_Angeles")
    noon_utc = datetime(2024, 7, 15, 12, 0, tzinfo=UTC)  # 05:00 in Los Angeles
    state = open_state(record, noon_utc)
    assert state.status == "closed"
    assert state.next_open == datetime(2024, 7, 15, 16, 0, tzinfo=UTC)
    assert state.next_open is not None
    assert state.next_open.utcoffset() == timedelta(hours=-7)
    assert state.label(noon_utc) == "Closed · opens 09:00"
    winter = open_state(record, datetime(2024, 1, 15, 12, 0, tzinfo=UTC))
    assert winter.next_open == datetime(2024, 1, 15, 17, 0, tzinfo=UTC)
    afternoon = open_state(record, datetime(2024, 7, 15, 23, 0, tzinfo=UTC))  # 16:00 PDT
    assert afternoon.status == "open"
    assert afternoon.closes_at == datetime(2024, 7, 16, 0, 0, tzinfo=UTC)


def test_clock_in_another_zone_gives_the_same_answer() -> None:
    instant = datetime(2024, 7, 15, 12, 0, tzinfo=UTC)
    record = service({"opens_at": "09:00", "closes_at": "17:00"}, zone="America/Los_Angeles")
    from_tokyo = open_state(record, instant.astimezone(ZoneInfo("Asia/Tokyo")))
    assert from_tokyo == open_state(record, instant)


def test_numeric_hsds_timezone_is_used_without_x_timezone() -> None:
    record = {
        "id": "s",
        "name": "n",
        "schedules": [{"id": "a", "timezone": -5, "opens_at": "09:00", "closes_at": "17:00"}],
    }
    assert service_timezone(record).utcoffset(None) == timedelta(hours=-5)
    # Fixed offset all year: 09:00 at -05:00 is 14:00 UTC in July too (no DST guess).
    assert open_state(record, datetime(2024, 7, 15, 13, 59, tzinfo=UTC)).status == "closed"
    assert open_state(record, datetime(2024, 7, 15, 14, 0, tzinfo=UTC)).status == "open"
    assert open_state(record, datetime(2024, 7, 15, 22, 0, tzinfo=UTC)).status == "closed"


def test_unknown_zone_name_falls_back_to_numeric_offset() -> None:
    record = {
        "id": "s",
        "name": "n",
        "x_timezone": "Mars/Olympus_Mons",
        "schedules": [{"id": "a", "timezone": "3", "opens_at": "09:00", "closes_at": "17:00"}],
    }
    assert service_timezone(record).utcoffset(None) == timedelta(hours=3)


def test_service_timezone_prefers_x_timezone() -> None:
    record = service({"timezone": 3, "opens_at": "09:00", "closes_at": "17:00"})
    assert service_timezone(record) == NEW_YORK


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        open_state(WEEKDAYS_WITH_LUNCH, datetime(2024, 5, 6, 10))


def test_week_hours_lists_windows_closures_and_unknown_days() -> None:
    record = service(
        {"byday": "MO-FR", "opens_at": "09:00", "closes_at": "12:00"},
        {"byday": "MO-FR", "opens_at": "13:00", "closes_at": "17:00"},
        {"byday": "FR", "opens_at": "22:00", "closes_at": "06:00"},
        {"byday": "SA", "opens_at": "25:00", "closes_at": "26:00"},
        {"x_closed": True, "valid_from": "2024-05-08", "valid_to": "2024-05-08"},
    )
    days = week_hours(record, date(2024, 5, 6))
    assert [d.day for d in days] == [date(2024, 5, 6) + timedelta(days=n) for n in range(7)]
    assert days[0] == DayHours(
        day=date(2024, 5, 6), windows=((time(9), time(12)), (time(13), time(17)))
    )
    assert days[2] == DayHours(day=date(2024, 5, 8), windows=(), closed_reason="Holiday closure")
    assert days[4].windows[-1] == (time(22), time(6))  # past midnight: closes <= opens
    assert days[5].unknown is True
    assert days[6] == DayHours(day=date(2024, 5, 12), windows=())
    assert len(week_hours(record, date(2024, 5, 6), days=14)) == 14


def test_week_hours_shows_24_hour_days_as_midnight_to_midnight() -> None:
    days = week_hours(service({"opens_at": "00:00", "closes_at": "23:59"}), date(2024, 5, 6), 1)
    assert days[0].windows == ((time(0), time(0)),)
