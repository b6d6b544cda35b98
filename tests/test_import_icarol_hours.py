"""iCarol resource exports (issue 10, shape 11) and opening hours written as text (shape 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from outreach.importers import detect_format, import_path
from outreach.importers.hours_text import parse_hours_text

DATA = Path(__file__).resolve().parent / "data"
ICAROL = DATA / "icarol-export.csv"


def by_id(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in records}


def weekly(schedules: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(s["byday"], s["opens_at"], s["closes_at"]) for s in schedules]


# -- 11. iCarol ----------------------------------------------------------------------------


def test_icarol_export_is_recognised_by_its_header() -> None:
    assert detect_format(ICAROL) == "icarol-csv"


def test_icarol_agencies_become_organizations_programs_services_sites_locations() -> None:
    result = import_path(ICAROL)
    records = by_id(result.records)
    assert sorted(records) == ["1002", "3001", "3002", "3003"]

    syringe = records["3001"]
    assert syringe["organization"]["name"] == "Mile High Harm Reduction"
    assert [p["number"] for p in syringe["organization"]["phones"]] == ["303-555-0100"]
    place = syringe["service_at_locations"][0]["location"]
    assert place["name"] == "Mile High - Colfax Site"
    assert (place["latitude"], place["longitude"]) == (39.7402, -104.9671)
    assert place["addresses"][0]["address_1"] == "1600 E Colfax Ave"
    assert place["addresses"][0]["region"] == "Denver"
    assert weekly(place["schedules"]) == [
        ("MO,TU,WE,TH,FR", "09:00", "17:00"),
        ("SA", "10:00", "14:00"),
    ]
    assert weekly(syringe["schedules"]) == [("MO,TU,WE,TH,FR", "07:30", "16:00")]
    assert [(p["number"], p["type"]) for p in syringe["phones"]] == [
        ("303-555-0120", "voice"),
        ("303-555-0121", "fax"),
    ]
    terms = [(a["taxonomy_term"].get("code"), a["taxonomy_term"]["name"])
             for a in syringe["attributes"]]  # fmt: skip
    assert terms == [
        ("LH-2700.6500", "Syringe Exchange Programs"),
        ("LH-2700.6000", "Naloxone Kits"),
        (None, "Harm Reduction"),
        (None, "Health Care"),
    ]
    assert [lang["name"] for lang in syringe["languages"]] == ["English", "Spanish"]
    assert syringe["assured_date"] == "2026-03-14"
    assert syringe["x_timezone"] == "America/Denver"


def test_icarol_inactive_programs_are_stored_as_inactive() -> None:
    records = by_id(import_path(ICAROL).records)
    training = records["3002"]
    assert training["status"] == "inactive"
    # linked only from the site's ConnectsToProgramNum
    assert training["service_at_locations"][0]["location_id"] == "2001"
    assert training["schedules"] == [
        {"id": training["schedules"][0]["id"], "description": "Call for times"}
    ]


def test_icarol_agency_without_programs_is_its_own_service_and_private_phones_stay_out() -> None:
    result = import_path(ICAROL)
    pantry = by_id(result.records)["1002"]
    assert pantry["organization"]["name"] == "Westside Food Pantry"
    assert [p["number"] for p in pantry["phones"]] == ["800-555-0142"]
    assert "303-555-0199" not in str(pantry)
    place = pantry["service_at_locations"][0]["location"]
    assert place["addresses"][0]["city"] == "Lakewood"
    assert weekly(pantry["schedules"]) == [("TU,TH", "10:00", "13:00")]
    assert result.report.kinds["warning: private phone left out"] == 1


def test_icarol_report_counts_and_missing_sites() -> None:
    report = import_path(ICAROL).report
    assert report.tables["programs"].imported == 3
    assert report.tables["agencies"].imported == 2
    assert report.tables["sites"].imported == 1
    assert report.kinds["warning: site … not found"] == 1


def test_icarol_program_at_site_and_round_the_clock_hours() -> None:
    intake = by_id(import_path(ICAROL).records)["3003"]
    assert weekly(intake["schedules"]) == [("MO,TU,WE,TH,FR,SA,SU", "00:00", "00:00")]
    assert intake["phones"][0]["type"] == "hotline"


def test_a_file_that_only_looks_like_icarol_is_refused_clearly(tmp_path: Path) -> None:
    csv_file = tmp_path / "resources.csv"
    csv_file.write_text("ResourceAgencyNum,PublicName,ParentAgencyNum\n,Nameless,0\n")
    result = import_path(csv_file)
    assert result.records == []
    assert result.report.tables["agencies"].skipped == 1


# -- 12. hours as text ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7:30 am - 4:00 pm, Monday - Friday", [("MO,TU,WE,TH,FR", "07:30", "16:00")]),
        ("24 hours", [("MO,TU,WE,TH,FR,SA,SU", "00:00", "00:00")]),
        ("Open 24/7", [("MO,TU,WE,TH,FR,SA,SU", "00:00", "00:00")]),
        ("Mon-Fri 9-5; Sat 10-2", [("MO,TU,WE,TH,FR", "09:00", "17:00"), ("SA", "10:00", "14:00")]),
        ("M-F 8:30-4:30", [("MO,TU,WE,TH,FR", "08:30", "16:30")]),
        ("Monday-Friday: 9am-noon", [("MO,TU,WE,TH,FR", "09:00", "12:00")]),
        ("Fri 10pm-2am", [("FR", "22:00", "02:00")]),
        ("Daily 6am-10pm", [("MO,TU,WE,TH,FR,SA,SU", "06:00", "22:00")]),
    ],
)
def test_hours_text_that_reads_one_way_becomes_schedules(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    parsed = parse_hours_text(text)
    assert parsed is not None
    assert weekly(parsed) == expected


@pytest.mark.parametrize(
    "text",
    ["Call for hours", "Mon 9-5 except holidays", "Tues-Thurs 1-4", "9am-5pm", "By appointment",
     "Mon-Fri 9-5 (closed holidays)", ""],
)  # fmt: skip
def test_hours_text_that_could_be_read_two_ways_is_left_alone(text: str) -> None:
    assert parse_hours_text(text) is None


def test_a_schedules_cell_of_text_is_read_or_kept_as_written(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "services.csv").write_text(
        'id,name,schedules\ns1,Pantry,"Mon-Fri 9-5; Sat 10-2"\ns2,Clinic,By appointment only\n'
    )
    result = import_path(folder)
    pantry, clinic = by_id(result.records)["s1"], by_id(result.records)["s2"]
    assert weekly(pantry["schedules"]) == [
        ("MO,TU,WE,TH,FR", "09:00", "17:00"),
        ("SA", "10:00", "14:00"),
    ]
    assert clinic["schedules"][0]["description"] == "By appointment only"
    assert "opens_at" not in clinic["schedules"][0]


# -- 10. line-delimited JSON and the pre-HSDS Ohana JSON shape ----------------------------------


def test_ohana_json_one_organization_a_line() -> None:
    result = import_path(DATA / "ohana-organizations.json")
    records = {r["name"]: r for r in result.records}
    assert sorted(records) == ["Case Management", "Peer Counseling", "Senior Lunch",
                               "Weekly Groceries"]  # fmt: skip
    lunch = records["Senior Lunch"]
    assert lunch["organization"]["name"] == "Bayside Family Services"
    assert lunch["organization"]["website"] == "http://bayside.example.org"
    place = lunch["service_at_locations"][0]["location"]
    # coordinates were [longitude, latitude] strings
    assert (place["latitude"], place["longitude"]) == (37.477227, -122.213221)
    assert [(a["address_type"], a["address_1"]) for a in place["addresses"]] == [
        ("physical", "2600 Middlefield Road"),
        ("postal", "PO Box 88"),
    ]
    assert [(p["number"], p["type"]) for p in place["phones"]] == [
        ("650 780-7525", "voice"),
        ("650 701-0856", "fax"),
    ]
    assert weekly(place["schedules"]) == [("MO,TU,WE,TH,FR", "09:00", "17:00")]
    assert [a["name"] for a in lunch["service_areas"]] == ["Redwood City", "Menlo Park"]
    assert lunch["eligibility_description"] == "Age 60 or over"
    assert lunch["application_process"] == "Walk in."
    counseling = records["Peer Counseling"]
    office = counseling["service_at_locations"][0]["location"]
    assert office["schedules"][0]["description"] == "Any time that suits the client"
    assert office["phones"][0]["extension"] == 4385
    # the same file twice gives the same ids (they are made from names, not positions alone)
    again = {r["name"]: r["id"] for r in import_path(DATA / "ohana-organizations.json").records}
    assert again == {name: r["id"] for name, r in records.items()}


def test_ndjson_services_one_a_line_with_a_broken_line(tmp_path: Path) -> None:
    lines = [
        '{"id": "s1", "name": "Night Shelter", "status": "active"}',
        "",
        '{"id": "s2", "name": "Day Center"',
        '{"id": "s3", "name": "Food Bank"}',
    ]
    for suffix in (".ndjson", ".json"):
        path = tmp_path / f"services{suffix}"
        path.write_text("\n".join(lines) + "\n")
        assert detect_format(path) == "hsds3-json"
        result = import_path(path)
        assert [r["id"] for r in result.records] == ["s1", "s3"]
        (broken,) = [p for p in result.report.problems if p.row == 3]
        assert "line skipped" in broken.message


def test_hours_text_never_fails_and_only_gives_well_formed_schedules() -> None:
    import random
    import re

    tokens = ["Mon", "Tue", "-", "Fri", "Sat", "Sunday", "9", "5", "10:30", "am", "pm", "noon",
              "to", ";", ",", "24", "hours", "daily", "&", "closed", "x", "13", "0", "99", "\n",
              "M-F", "midnight", ":", "7:30"]  # fmt: skip
    clock = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
    days = re.compile(r"(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*")
    rng = random.Random(20261203)
    parsed = 0
    for _ in range(3000):
        text = " ".join(rng.choice(tokens) for _ in range(rng.randint(1, 9)))
        schedules = parse_hours_text(text)
        if schedules is None:
            continue
        parsed += 1
        for schedule in schedules:
            assert schedule["freq"] == "WEEKLY"
            assert days.fullmatch(schedule["byday"]), text
            assert clock.fullmatch(schedule["opens_at"]), text
            assert clock.fullmatch(schedule["closes_at"]), text
    assert parsed > 0


def test_a_json_folder_lists_the_files_it_did_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "api-dump"
    folder.mkdir()
    (folder / "services.json").write_text('[{"id": "s1", "name": "Shelter"}]')
    (folder / "taxonomy.json").write_text('[{"id": "t1", "code": "BD", "taxonomy": "AIRS"}]')
    (folder / "broken.json").write_text('{"id": ')
    (folder / "extra.csv").write_text("id,name\n1,a\n2,b\n")
    result = import_path(folder)
    assert [r["id"] for r in result.records] == ["s1"]
    unread = {(u.name, u.rows, u.reason) for u in result.report.unread}
    assert unread == {
        ("broken.json", None, "not readable as JSON"),
        ("taxonomy.json", None, "no HSDS services in it"),
        ("extra.csv", 2, "not a JSON file"),
    }
