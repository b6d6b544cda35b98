"""The starter directory's builder on a slice of the real SAMHSA files (tests/data/samhsa)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from outreach.directory.places import zip_centroid
from outreach.samhsa import sources
from outreach.samhsa.build import build_records
from outreach.samhsa.facilities import name_similarity, zip5
from outreach.samhsa.phones import parse_phone

SLICE = Path(__file__).parent / "data" / "samhsa"
NATIONAL = r"^\(\d{3}\) \d{3}-\d{4}$"


@pytest.fixture(scope="module")
def built() -> tuple[list[dict[str, Any]], Any]:
    return build_records(SLICE)


def _named(records: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    return [r for r in records if r["name"] == name]


def _street(record: dict[str, Any]) -> str:
    return record["service_at_locations"][0]["location"]["addresses"][0]["address_1"]


def test_every_program_becomes_one_service_with_callable_phones(built) -> None:
    records, report = built
    assert report.rows == {"SU": 41, "MH": 17, "OTP": 15}
    # 41 + 17 rows, 6 programs listed in both directories, 8 OTPs folded into their listing.
    assert report.merged_su_mh == 6
    assert (report.otp.merged, report.otp.added) == (8, 7)
    assert len(records) == 41 + 17 - 6 + 7
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert record["phones"], record["name"]
        for phone in record["phones"]:
            assert re.match(NATIONAL, phone["number"]), phone
            assert phone["description"] in ("Main", "Intake", "Main (OTP directory)")
    assert report.without_phone == 0


def test_phones_keep_extensions_and_labels(built) -> None:
    records, _ = built
    (lifelines,) = _named(records, "Native American Lifelines")
    phones = [(p["number"], p.get("extension"), p["description"]) for p in lifelines["phones"]]
    assert phones == [
        ("(410) 837-2258", 103, "Main"),
        ("(410) 837-2258", 101, "Intake"),
        ("(410) 837-2258", 102, "Intake"),
    ]


def test_merged_otp_keeps_both_phones_and_its_certification(built) -> None:
    records, _ = built
    (clinic,) = _named(records, "Grace Medical New Hope")
    numbers = [(p["number"], p.get("extension"), p["description"]) for p in clinic["phones"]]
    assert ("(410) 945-7706", 2235, "Main") in numbers
    assert ("(410) 945-7706", None, "Main (OTP directory)") in numbers
    assert clinic["licenses"] == (
        "Federally certified opioid treatment program"
        " (Certified; first full certification 2003-11-22)"
    )
    assert clinic["x_listed"] == ["Listed by SAMHSA, 2023", "OTP directory, May 2026"]
    assert clinic["assured_date"] == "2026-05-25"  # the newer of its two listings


def test_otp_spelled_differently_is_merged_by_street_number_zip_and_name(built) -> None:
    records, _ = built
    # OTP list: "Serenity Health, LLC", "780 W. Bel Air Ave Suite B"; SU: "Serenity Health",
    # "780 West Bel Air Avenue".
    (serenity,) = _named(records, "Serenity Health")
    assert "Federally certified" in serenity["licenses"]
    assert not _named(records, "Serenity Health, LLC")


def test_two_clinics_at_one_address_stay_two(built) -> None:
    records, _ = built
    at_30 = [r for r in records if _street(r).startswith("30 Meadowbrook")]
    names = sorted(r["name"] for r in at_30)
    # The OTP list's two programs at 30 Meadowbrook Road: one is High Point's OTP (same
    # intake line), the other a different clinic and kept as its own service.
    assert names == [
        "Brockton Addiction Treatment Center (BATC) Acute Treatment Services (ATS)",
        "High Point Brockton",
        "High Point Brockton",
    ]
    certified = [r for r in at_30 if "licenses" in r]
    assert len(certified) == 2


def test_otp_that_shares_numbers_with_two_listings_is_not_guessed(built) -> None:
    records, _ = built
    # "Glass Health Programs, Inc." shares its number with two MedMark programs at 821 North
    # Eutaw Street: which one it is cannot be told, so it stays its own service.
    glass = [r for r in records if r["name"] == "Glass Health Programs, Inc."]
    assert len(glass) == 1
    assert glass[0]["x_listed"] == ["OTP directory, May 2026"]


def test_locations_are_geocoded_or_marked_approximate(built) -> None:
    records, report = built
    assert report.places.exact + report.places.approximate == len(records)
    for record in records:
        location = record["service_at_locations"][0]["location"]
        postcode = location["addresses"][0]["postal_code"]
        if "x_approximate_postcode" in location:
            assert location["x_approximate_postcode"] == postcode
            assert (location["latitude"], location["longitude"]) == zip_centroid(postcode)
        else:
            assert (location["latitude"], location["longitude"]) != zip_centroid(postcode)
    (brockton,) = [r for r in records if r["name"] == "Old Colony Comprehensive Counseling"]
    assert brockton["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] == (
        "02301"  # the leading zero survives the workbook
    )


def test_dates_are_the_datas_own(built) -> None:
    records, report = built
    assert report.dates == {"SU": "2023-06-29", "MH": "2023-06-21", "OTP": "2026-05-25"}
    (gam,) = _named(records, "GAM Counseling Services")
    assert gam["assured_date"] == "2023-06-29"
    assert gam["x_listed"] == ["Listed by SAMHSA, 2023"]


def test_codes_ages_languages_and_payment_become_record_facts(built) -> None:
    records, _ = built
    (deaf,) = _named(records, "Deaf Addiction Services at Maryland")
    assert "AH" in deaf["x_samhsa_codes"].split()
    assert {"code": "ase"} in [{"code": lang["code"]} for lang in deaf["languages"]]
    for record in records:
        codes = record["x_samhsa_codes"].split()
        if "CHLD" not in codes and {"YAD", "ADLT"} & set(codes):
            assert record["minimum_age"] == 18
        if "NP" in codes:
            assert record["cost_options"][0]["amount"] == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("410-273-1030", ("(410) 273-1030", None)),
        ("410-837-2258 x103", ("(410) 837-2258", "103")),
        ("(631) 264-4000 x4100", ("(631) 264-4000", "4100")),
        ("800-662HELP", ("(800) 662-4357", None)),
        ("(626)858-9500", ("(626) 858-9500", None)),
    ],
)
def test_phone_numbers_are_normalised(text: str, expected: tuple[str, str | None]) -> None:
    phone = parse_phone(text, "Main")
    assert phone is not None
    assert (phone.number, phone.extension) == expected


@pytest.mark.parametrize("text", ["", "   ", "123", "999-999-9999", "not a number"])
def test_unusable_phone_numbers_are_dropped(text: str) -> None:
    assert parse_phone(text, "Main") is None


def test_name_similarity_and_zip_codes() -> None:
    assert name_similarity("Serenity Health, LLC", "SERENITY HEALTH") == 1.0
    assert name_similarity("BrightView", "Bright View, LLC Fairfield") == 1.0
    assert name_similarity("MCAT, LLC", "Mass Mani LLC") < 0.6
    assert zip5("2301") == "02301"
    assert zip5("21201-1234") == "21201"
    assert zip5("") == ""


def test_missing_source_file_names_the_file(tmp_path: Path) -> None:
    shutil.copytree(SLICE, tmp_path / "data")
    gone = tmp_path / "data" / sources.GEOCODED / sources.GEOCODED_OTPS
    gone.unlink()
    with pytest.raises(sources.SourceProblem, match=re.escape(str(gone))):
        build_records(tmp_path / "data")


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    shutil.copytree(SLICE, tmp_path / "data")
    book = tmp_path / "data" / sources.DIRECTORY_2023 / sources.WORKBOOKS["su"]
    book.write_text("Name1,Street1\n")
    with pytest.raises(sources.SourceProblem, match="national-directory-su"):
        build_records(tmp_path / "data")
