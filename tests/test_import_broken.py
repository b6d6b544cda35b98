"""Broken and messy exports: everything importable is imported, the rest is reported by
file, row and field, and nothing raises a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from outreach.cancel import CancelToken
from outreach.errors import Cancelled, ImportFailed
from outreach.importers import import_path
from outreach.importers.report import MAX_STORED_PROBLEMS
from tests.sample_data import many_treatment_facilities


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def problem(result, file: str, row: int | None, field: str | None):
    matches = [p for p in result.report.problems if (p.file, p.row, p.field) == (file, row, field)]
    assert matches, f"no problem at {file} row {row} field {field}: {result.report.problems}"
    return matches[0]


@pytest.fixture
def messy_hsds1(tmp_path: Path) -> Path:
    """A small HSDS 1.x export with one of each real-world mistake."""
    folder = tmp_path / "export"
    write(
        folder / "organizations.csv",
        "id,name,description,url\no1,Harbor House,Shelter &amp; meals,http://harbor.example\n",
    )
    write(
        folder / "services.csv",
        "id,organization_id,name,description,status,fees\n"
        "s1,o1,Night Shelter,Beds\\nfor tonight<br>Call first,active,free\n"
        "s2,o-missing,Food Pantry,Groceries,active,\n"
        "s3,o1,,No name here,active,\n"
        "s1,o1,Night Shelter again,Duplicate id,active,\n"
        ",o1,Walk-in Clinic,No id,Active,\n"
        "s5,o1,Detox,Odd status,maybe,\n",
    )
    write(
        folder / "locations.csv",
        "id,organization_id,name,latitude,longitude\n"
        "l1,o1,Main,41.88,-87.63\n"
        "l2,o1,Null Island,0,0\n"
        "l3,o1,Typo,abc,-87.6\n"
        "l4,o1,Off the map,95,200\n",
    )
    write(
        folder / "services_at_location.csv",
        "id,service_id,location_id\n"
        "a1,s1,l1\n"
        "a2,s2,l2\n"
        "a3,s5,l3\n"
        "a4,s5,l4\n"
        "a5,s-gone,l1\n"
        "a6,s1,l-gone\n",
    )
    write(
        folder / "physical_addresses.csv",
        "id,location_id,address_1,city,state_province,postal_code,country\n"
        "p1,l1,1 Main St,Chicago,IL,60601,US\n",
    )
    write(
        folder / "regular_schedules.csv",
        "id,service_id,location_id,service_at_location_id,weekday,opens_at,closes_at\n"
        "r1,s1,,,Monday,9am,5:30 PM\n"
        "r2,s1,,,2,0900,1700\n"
        "r3,s1,,,Funday,09:00,17:00\n"
        "r4,s1,,,7,noon,whenever\n",
    )
    write(
        folder / "holiday_schedules.csv",
        "id,service_id,closed,opens_at,closes_at,start_date,end_date\n"
        "h1,s1,true,,,12/24/2023,26 December 2023\n"
        "h2,s1,false,10:00,14:00,2023-12-31T10:30:45Z,\n"
        "h3,s1,true,,,someday,\n",
    )
    write(folder / "phones.csv", "id,service_id,number\nph1,s1,555-0100\nph2,s-gone,555-0199\n")
    write(folder / "eligibility.csv", "")  # an empty file, as some exports write
    write(folder / "languages.csv", "id,service_id,language,extra\nlg1,s1,Spanish,x,y,z\n")
    return folder


def test_messy_hsds1_imports_what_it_can(messy_hsds1: Path) -> None:
    result = import_path(messy_hsds1)
    by_name = {r["name"]: r for r in result.records}
    assert set(by_name) == {"Night Shelter", "Food Pantry", "Walk-in Clinic", "Detox"}
    counts = result.report.tables["services"]
    assert (counts.imported, counts.skipped) == (4, 2)

    # text: literal \n, markup and entities cleaned, and counted as repairs
    shelter = by_name["Night Shelter"]
    assert shelter["description"] == "Beds\nfor tonight\nCall first"
    assert problem(result, "services.csv", 2, "description").severity == "repaired"
    assert shelter["organization"]["description"] == "Shelter & meals"

    # a service whose organization is missing is kept, without the dangling link
    pantry = by_name["Food Pantry"]
    assert "organization_id" not in pantry
    assert "organization" not in pantry
    missing_org = problem(result, "services.csv", 3, "organization_id")
    assert missing_org.severity == "repaired"
    assert "'o-missing' not found" in missing_org.message

    # no name: skipped; duplicate id: first kept
    assert problem(result, "services.csv", 4, "name").message == "service has no name"
    duplicate = problem(result, "services.csv", 5, "id")
    assert duplicate.severity == "skipped"
    assert "first at row 2" in duplicate.message
    assert shelter["description"].startswith("Beds")

    # no id: a stable generated one, reported as repaired; odd status repaired
    clinic = by_name["Walk-in Clinic"]
    assert len(clinic["id"]) == 36
    assert clinic["status"] == "active"
    assert problem(result, "services.csv", 6, "id").severity == "repaired"
    assert by_name["Detox"]["status"] == "active"
    assert "unknown status" in problem(result, "services.csv", 7, "status").message
    again = import_path(messy_hsds1)
    assert clinic["id"] in {r["id"] for r in again.records}


def test_messy_hsds1_locations_and_links(messy_hsds1: Path) -> None:
    result = import_path(messy_hsds1)
    by_name = {r["name"]: r for r in result.records}
    main = by_name["Night Shelter"]["service_at_locations"][0]["location"]
    assert (main["latitude"], main["longitude"]) == (41.88, -87.63)
    assert by_name["Night Shelter"]["x_timezone"] == "America/Chicago"
    null_island = by_name["Food Pantry"]["service_at_locations"][0]["location"]
    assert "latitude" not in null_island
    assert null_island["name"] == "Null Island"
    for row in (3, 4, 5):
        fix = problem(result, "locations.csv", row, "latitude")
        assert fix.severity == "repaired"
        assert "location kept without them" in fix.message
    assert result.report.tables["locations"].repaired == 3
    detox_places = by_name["Detox"]["service_at_locations"]
    assert {s["location"]["name"] for s in detox_places} == {"Typo", "Off the map"}

    gone_service = problem(result, "services_at_location.csv", 6, "service_id")
    assert gone_service.severity == "skipped"
    assert "'s-gone' not found" in gone_service.message
    gone_location = problem(result, "services_at_location.csv", 7, "location_id")
    assert "'l-gone' not found" in gone_location.message
    orphan_phone = problem(result, "phones.csv", 3, "service_id")
    assert orphan_phone.severity == "skipped"
    assert result.report.tables["phones"].imported == 1


def test_messy_hsds1_times_dates_and_files(messy_hsds1: Path) -> None:
    result = import_path(messy_hsds1)
    shelter = next(r for r in result.records if r["name"] == "Night Shelter")
    weekly = {s["id"]: s for s in shelter["schedules"] if "byday" in s}
    assert (weekly["r1"]["byday"], weekly["r1"]["opens_at"], weekly["r1"]["closes_at"]) == (
        "MO",
        "09:00",
        "17:30",
    )
    assert (weekly["r2"]["opens_at"], weekly["r2"]["closes_at"]) == ("09:00", "17:00")
    assert (weekly["r4"]["byday"], weekly["r4"]["opens_at"]) == ("SU", "12:00")
    assert "closes_at" not in weekly["r4"]
    assert (
        "not a time: 'whenever'" in problem(result, "regular_schedules.csv", 5, "closes_at").message
    )
    assert (
        "unknown weekday 'Funday'" in problem(result, "regular_schedules.csv", 4, "weekday").message
    )
    assert "r3" not in weekly

    holidays = {s["id"]: s for s in shelter["schedules"] if "valid_from" in s or "x_closed" in s}
    assert (holidays["h1"]["valid_from"], holidays["h1"]["valid_to"]) == (
        "2023-12-24",
        "2023-12-26",
    )
    assert holidays["h1"]["x_closed"] is True
    special = holidays["h2"]
    assert "x_closed" not in special
    assert (special["valid_from"], special["valid_to"]) == ("2023-12-31", "2023-12-31")
    assert special["opens_at"] == "10:00"
    dropped = problem(result, "holiday_schedules.csv", 4, "valid_from")
    assert dropped.severity == "warning"
    assert "not a date: 'someday'" in dropped.message

    assert problem(result, "eligibility.csv", None, None).message == "empty file"
    # More values than columns: the header lacks a name, so the file is refused, not shifted.
    (refused,) = [u for u in result.report.unread if u.name == "languages.csv"]
    assert refused.rows == 1
    assert "header has 4 columns" in refused.reason
    assert "row 2 has 6" in refused.reason
    assert "languages" not in shelter
    assert shelter["fees_description"] == "free"


def test_bom_and_windows_1252_csv(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    write(folder / "services.csv", "\ufeffid,name,fees,organization_id\ns1,Café Comida,gratis,o1\n",
          "utf-8")  # fmt: skip
    write(folder / "organizations.csv", "id,name\no1,Clínica Señora\n", "cp1252")
    write(folder / "services_at_location.csv", "id,service_id,location_id\n")
    result = import_path(folder)
    (record,) = result.records
    assert record["id"] == "s1"  # the BOM did not end up in the header
    assert record["name"] == "Café Comida"
    assert "Windows-1252" in problem(result, "organizations.csv", 2, None).message
    assert result.report.tables["organizations"].imported == 1
    assert record["organization"]["name"] == "Clínica Señora"


def mapping_file(tmp_path: Path, text: str, name: str = "map.toml") -> Path:
    return write(tmp_path / name, text)


PLAIN_MAPPING = """
[fields]
name = "Program"
phone = "Phone"
state = "State"
latitude = "Lat"
longitude = "Lon"
language = "Languages"
[constants]
category = "Food"
[id]
column = "Key"
"""


def test_mapped_csv_rows_with_problems(tmp_path: Path) -> None:
    csv_path = write(
        tmp_path / "list.csv",
        "Key,Program,Phone,State,Lat,Lon,Languages\n"
        'k1,Soup Kitchen,555-0100,TX,29.76,-95.36,"English, Spanish"\n'
        "k2,,555-0101,TX,,,\n"
        ",Food Bank,,TX,0,0,\n"
        "k1,Second Soup,555-0102,TX,,,\n"
        "k5,Mobile Pantry <b>new</b>,,,,,\n",
    )
    result = import_path(csv_path, mapping=mapping_file(tmp_path, PLAIN_MAPPING))
    assert result.report.format == "mapped-csv"
    names = [r["name"] for r in result.records]
    assert names == ["Soup Kitchen", "Food Bank", "Mobile Pantry new"]
    soup = result.records[0]
    assert soup["id"] == "k1"
    assert soup["x_timezone"] == "America/Chicago"
    assert [lang["name"] for lang in soup["languages"]] == ["English", "Spanish"]
    assert soup["attributes"][0]["taxonomy_term"]["name"] == "Food"
    assert soup["phones"][0]["number"] == "555-0100"
    assert problem(result, "list.csv", 3, "Program").severity == "skipped"
    assert problem(result, "list.csv", 4, "id").severity == "repaired"
    assert "unusable coordinates" in problem(result, "list.csv", 4, "latitude").message
    assert "duplicate service id 'k1'" in problem(result, "list.csv", 5, "id").message
    assert problem(result, "list.csv", 6, "Program").severity == "repaired"
    assert "x_timezone" not in result.records[2]  # no state, no zone
    counts = result.report.tables["services"]
    assert (counts.imported, counts.skipped) == (3, 2)


def test_json_mapping_and_hashed_ids(tmp_path: Path) -> None:
    csv_path = write(tmp_path / "list.csv", "Name,City\nA,Austin\nA,Austin\nB,Dallas\n")
    mapping = mapping_file(
        tmp_path,
        json.dumps({"fields": {"name": "Name", "city": "City"}, "id": {"hash": ["Name"]}}),
        "map.json",
    )
    result = import_path(csv_path, mapping=mapping, timezone="America/Chicago")
    assert len(result.records) == 3
    assert len({r["id"] for r in result.records}) == 3
    assert "kept as listing 2" in problem(result, "list.csv", 3, "id").message
    assert {r["x_timezone"] for r in result.records} == {"America/Chicago"}


@pytest.mark.parametrize(
    ("mapping_text", "expected"),
    [
        ('[fields]\nname = "Nope"\n', r"list\.csv: the mapping says the name is in column 'Nope'"),
        ('[fields]\ncity = "City"\n', r"Mapping map\.toml: no column for the service name"),
        ('[fields]\nname = "Name"\ncolour = "C"\n', r"unknown field 'colour'"),
        ("[fields\nname = ", r"Mapping map\.toml: not valid TOML"),
        ('[fields]\nname = "Name"\n[constants]\ntimezone = "Mars/Base"\n', r"unknown time zone"),
    ],
)
def test_bad_mappings_are_refused_clearly(tmp_path: Path, mapping_text: str, expected: str) -> None:
    csv_path = write(tmp_path / "list.csv", "Name,City\nA,Austin\n")
    with pytest.raises(ImportFailed, match=expected):
        import_path(csv_path, mapping=mapping_file(tmp_path, mapping_text))


def test_whole_import_refusals(tmp_path: Path) -> None:
    plain = write(tmp_path / "plain.csv", "Name,City\nA,Austin\n")
    with pytest.raises(ImportFailed, match=r"plain\.csv: a plain CSV file needs a column mapping"):
        import_path(plain)
    with pytest.raises(ImportFailed, match=r"no such file or folder"):
        import_path(tmp_path / "missing.json")
    with pytest.raises(ImportFailed, match=r"notes\.docx: unknown format"):
        import_path(write(tmp_path / "notes.docx", "x"))
    with pytest.raises(ImportFailed, match=r"bad\.json: not valid JSON \(line 2"):
        import_path(write(tmp_path / "bad.json", '{"id": "x",\n  "name": }'))
    with pytest.raises(ImportFailed, match=r"Unknown time zone 'Nowhere/Town'"):
        import_path(plain, timezone="Nowhere/Town")
    with pytest.raises(ImportFailed, match=r"empty: no services\.csv and no JSON files"):
        (tmp_path / "empty").mkdir()
        import_path(tmp_path / "empty")
    empty_csv = write(tmp_path / "empty.csv", "")
    with pytest.raises(ImportFailed, match=r"empty\.csv: the file is empty"):
        import_path(empty_csv, mapping=mapping_file(tmp_path, '[fields]\nname = "Name"\n'))


def test_json_folder_with_a_broken_file_imports_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "api"
    write(folder / "a.json", json.dumps([
        {"id": "s1", "name": "Shelter", "assured_date": "15 March 2023",
         "last_modified": "03/15/2023 10:30", "minimum_age": "18", "maximum_age": "old",
         "schedules": [{"opens_at": "9:00 PM", "closes_at": "0700", "byday": "FR"}]},
        {"name": "No id service", "status": "temporarily closed"},
        {"id": "s3", "description": "no name"},
        "not an object",
    ]))  # fmt: skip
    write(folder / "b.json", '{"contents": [ {"id": "s4", "name": "Truncated"')
    result = import_path(folder)
    assert [r["name"] for r in result.records] == ["Shelter", "No id service"]
    shelter, no_id = result.records
    assert shelter["assured_date"] == "2023-03-15"
    assert shelter["last_modified"].startswith("2023-03-15T10:30")
    assert shelter["minimum_age"] == 18
    assert "maximum_age" not in shelter
    assert "not a number: 'old'" in problem(result, "a.json", 1, "maximum_age").message
    schedule = shelter["schedules"][0]
    assert (schedule["opens_at"], schedule["closes_at"]) == ("21:00", "07:00")
    assert len(schedule["id"]) == 36  # a missing nested id is generated
    assert problem(result, "a.json", 1, "schedules[0].id").severity == "repaired"
    assert no_id["status"] == "temporarily closed"
    assert problem(result, "a.json", 2, "id").severity == "repaired"
    assert problem(result, "a.json", 3, "name").severity == "skipped"
    assert problem(result, "a.json", 4, None).message == "not a JSON object; skipped"
    broken = next(p for p in result.report.problems if p.file == "b.json")
    assert "not valid JSON" in broken.message
    assert broken.severity == "warning"


def test_problem_list_is_capped_but_counts_are_complete(tmp_path: Path) -> None:
    rows = "".join(f"k{i},,TX\n" for i in range(MAX_STORED_PROBLEMS + 50))
    csv_path = write(tmp_path / "list.csv", "Key,Program,State\nk0,Real,TX\n" + rows)
    result = import_path(csv_path, mapping=mapping_file(tmp_path, PLAIN_MAPPING))
    report = result.report
    assert len(report.problems) == MAX_STORED_PROBLEMS
    assert report.tables["services"].skipped == MAX_STORED_PROBLEMS + 50
    assert report.problem_total >= MAX_STORED_PROBLEMS + 50
    lines = report.summary_lines(max_problems=5)
    assert "  services: 1 imported, 250 skipped, 0 repaired" in lines
    assert lines[-1] == f"  … and {report.problem_total - 5} more"
    as_json = report.to_json()
    assert as_json["tables"]["services"] == {"imported": 1, "skipped": 250, "repaired": 0}
    first_skip = next(p for p in as_json["problems"] if p["severity"] == "skipped")
    assert first_skip == {
        "file": "list.csv", "row": 3, "field": "Program", "message": "service has no name",
        "severity": "skipped",
    }  # fmt: skip
    json.dumps(as_json)


def test_cancel_stops_the_import(tmp_path: Path) -> None:
    token = CancelToken()
    seen: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append(message)
        if done >= 2000:
            token.cancel()

    with pytest.raises(Cancelled):
        import_path(many_treatment_facilities(tmp_path), cancel=token, progress=progress)
    assert seen


def test_json_with_wrong_types_never_raises(tmp_path: Path) -> None:
    path = write(tmp_path / "weird.json", json.dumps([
        {"id": 5, "name": ["a"], "phones": "555", "organization": "Org",
         "minimum_age": True, "assured_date": 20230315},
        {"id": "ok", "name": "Fine", "status": 3,
         "service_at_locations": {"id": "sal", "location": {
             "id": "l", "name": "Hall", "latitude": [1], "longitude": {"a": 1},
             "addresses": "none"}}},
        {"id": "x", "name": "Extras", "description": {"text": "x"}, "x_extra": [1, 2]},
    ]))  # fmt: skip
    result = import_path(path)
    fine, extras = result.records
    assert problem(result, "weird.json", 1, "name").message == "expected a value; dropped"
    assert problem(result, "weird.json", 1, "organization").message == (
        "expected an object; dropped"
    )
    assert result.report.tables["services"].skipped == 1  # no usable name
    # a single object where a list belongs is kept as a list of one
    assert fine["service_at_locations"][0]["location"]["name"] == "Hall"
    assert "latitude" not in fine["service_at_locations"][0]["location"]
    assert fine["status"] == "active"
    assert "description" not in extras
    assert extras["x_extra"] == [1, 2]  # extensions pass through as they are
