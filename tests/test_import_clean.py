"""The value cleaners every importer relies on."""

from __future__ import annotations

import uuid

import pytest

from outreach.directory.regions import timezone_for_us_state
from outreach.importers.clean import (
    GENERATED_ID_NAMESPACE,
    clean_text,
    parse_coordinates,
    parse_date,
    parse_number,
    parse_time,
    stable_id,
)


@pytest.mark.parametrize(
    ("raw", "expected", "repaired"),
    [
        ("  plain text ", "plain text", False),
        ("line one\\nline two", "line one\nline two", True),
        ("<p>Hot <b>meals</b></p><p>daily</p>", "Hot meals\ndaily", True),
        ("Food &amp; shelter &#8211; walk-in", "Food & shelter – walk-in", True),
        ("<ul><li>Beds</li><li>Showers</li></ul>", "- Beds\n- Showers", True),
        ("a < b and c > d", "a < b and c > d", False),
    ],
)
def test_clean_text(raw: str, expected: str, repaired: bool) -> None:
    assert clean_text(raw) == (expected, repaired)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023-03-15", "2023-03-15"),
        ("03/15/2023", "2023-03-15"),
        ("15 March 2023", "2023-03-15"),
        ("2023-03-15T10:30:45Z", "2023-03-15"),
        ("March 2023", "2023-03-01"),
        ("2023-02-30", None),
        ("someday", None),
        ("12", None),
        ("", None),
    ],
)
def test_parse_date(raw: str, expected: str | None) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("09:00", "09:00"),
        ("09:00:00", "09:00:00"),
        ("9am", "09:00"),
        ("9 AM", "09:00"),
        ("12am", "00:00"),
        ("12 p.m.", "12:00"),
        ("9:00 PM", "21:00"),
        ("0900", "09:00"),
        ("1730", "17:30"),
        ("9", "09:00"),
        ("9.30", "09:30"),
        ("noon", "12:00"),
        ("midnight", "00:00"),
        ("24:00", "00:00"),
        ("13pm", None),
        ("25:00", None),
        ("whenever", None),
        ("900000", None),
    ],
)
def test_parse_time(raw: str, expected: str | None) -> None:
    assert parse_time(raw) == expected


def test_parse_number_and_coordinates() -> None:
    assert parse_number("35") == 35
    assert parse_number("1,200.50") == 1200.5
    assert parse_number("nan") is None
    assert parse_number(True) is None
    assert parse_coordinates("41.88", "-87.63") == (41.88, -87.63)
    assert parse_coordinates(0, 0) is None
    assert parse_coordinates("95", "10") is None
    assert parse_coordinates("10", "-181") is None
    assert parse_coordinates("", "10") is None


def test_stable_id_is_a_uuid5_and_stable() -> None:
    expected = str(uuid.uuid5(GENERATED_ID_NAMESPACE, "a\x1fb"))
    assert stable_id("a", "b") == expected
    assert stable_id("a", "b") != stable_id("ab")


def test_state_time_zones() -> None:
    assert timezone_for_us_state("TX") == "America/Chicago"
    assert timezone_for_us_state("new york") == "America/New_York"
    assert timezone_for_us_state(" az ") == "America/Phoenix"
    assert timezone_for_us_state("MyState") is None
