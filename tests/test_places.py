"""Any US ZIP code, city or state as a place, from the offline ZIP data (no directory needed)."""

from __future__ import annotations

import pytest

from outreach.directory.places import (
    HomePlace,
    city_places,
    home_place,
    parse_zip,
    state_code,
    zip_centroid,
    zip_place,
)


def test_zip_codes_including_leading_zeros() -> None:
    assert zip_place("21201").label == "21201 (Baltimore, MD)"
    brockton = zip_place("02301-1234")
    assert brockton.label == "02301 (Brockton, MA)"
    assert abs(brockton.lat - 42.08) < 0.2
    assert abs(brockton.lon + 71.02) < 0.2
    assert zip_centroid("00601") is not None  # Puerto Rico
    assert zip_place("99999") is None
    assert zip_place("2120") is None
    assert parse_zip(" 21201 ") == "21201"
    assert parse_zip("21201-12") is None


def test_cities_and_states() -> None:
    (baltimore,) = city_places("baltimore", "MD")
    assert baltimore.label == "Baltimore, MD"
    assert city_places("st louis")[0].label == "Saint Louis, MO"
    assert city_places("Atlantis") == []
    assert state_code("Maryland") == state_code("md") == "MD"
    assert state_code("Narnia") is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("21201", HomePlace("21201", "21201 (Baltimore, MD)")),
        ("02301", HomePlace("02301", "02301 (Brockton, MA)")),
        ("Baltimore MD", HomePlace("Baltimore, MD", "Baltimore, MD")),
        ("baltimore, maryland", HomePlace("Baltimore, MD", "Baltimore, MD")),
        ("Santa Fe New Mexico", HomePlace("Santa Fe, NM", "Santa Fe, NM")),
        ("Maryland", HomePlace("Baltimore, MD", "Baltimore, MD", "Maryland")),
        ("IL", HomePlace("Chicago, IL", "Chicago, IL", "Illinois")),
    ],
)
def test_where_a_worker_works(typed: str, expected: HomePlace) -> None:
    assert home_place(typed) == expected


@pytest.mark.parametrize("typed", ["", "   ", "Atlantis", "99999", "41.9,-87.6x"])
def test_unknown_places_are_none(typed: str) -> None:
    assert home_place(typed) is None
