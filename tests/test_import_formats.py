"""Importing the real reference files, one test per format.

The default run reads tests/data (the HSDS examples whole, slices of the SAMHSA lists; see
tests/data/SOURCES.md). The tests marked reference_data import the full lists in ../shared/data
and run only with ``pytest --reference-data``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from outreach.errors import ImportFailed
from outreach.importers import detect_format, import_path

SAMHSA = "samhsa-treatment-facilities/SAMHSA_Nationwide_Substance_Use_Treatment_Data.csv"
OTP = "samhsa-treatment-facilities/Opioid_Treatment_Directory_Geocoded.csv"
#: Facilities in the slices in tests/data (of 14,034 and 1,831 in the full lists).
SAMHSA_SLICE_ROWS = 373
OTP_SLICE_ROWS = 99


def _problems(result, severity=None):
    return [p for p in result.report.problems if severity is None or p.severity == severity]


def test_detect_format_on_every_reference_layout(sample_data: Path) -> None:
    assert detect_format(sample_data / "hsds-3.0-examples") == "hsds3-json"
    assert detect_format(sample_data / "hsds-3.0-examples" / "service_full.json") == "hsds3-json"
    assert detect_format(sample_data / "hsds-3.0-examples" / "csv") == "hsds3-csv"
    assert detect_format(sample_data / "hsds-3.0-examples/csv/datapackage.json") == "hsds3-csv"
    assert detect_format(sample_data / "hsds-1.1-sample") == "hsds1-csv"
    assert detect_format(sample_data / "hsds-1.1-sample" / "services.csv") == "hsds1-csv"
    assert detect_format(sample_data / SAMHSA) == "mapped-csv"


def test_detect_1x_without_datapackage_json(sample_data: Path, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    shutil.copytree(sample_data / "hsds-1.1-sample", folder)
    (folder / "datapackage.json").unlink()
    assert detect_format(folder) == "hsds1-csv"


def test_samhsa_treatment_list_imports_every_facility(sample_data: Path) -> None:
    result = import_path(sample_data / SAMHSA)  # the shipped mapping is picked by its columns
    records = result.records
    assert len(records) == SAMHSA_SLICE_ROWS
    assert len({r["id"] for r in records}) == SAMHSA_SLICE_ROWS
    assert result.report.tables["services"].imported == SAMHSA_SLICE_ROWS
    assert result.report.tables["services"].skipped == 0
    # The file has a few identical rows; each is kept as its own listing and said so.
    duplicates = [p for p in _problems(result, "warning") if p.field == "id"]
    assert duplicates
    assert all("kept as listing 2" in p.message for p in duplicates)

    thrive = next(r for r in records if r.get("alternate_name") == "DBA Thrive Alabama")
    assert thrive["name"] == "AIDS Action Coalition"
    assert thrive["x_timezone"] == "America/Chicago"
    assert thrive["status"] == "active"
    assert result.source == "SAMHSA treatment facilities"
    assert "x_source" not in thrive  # where records came from is the import's, not each one's
    location = thrive["service_at_locations"][0]["location"]
    assert location["latitude"] == pytest.approx(34.7226273)
    assert location["longitude"] == pytest.approx(-86.5873927)
    address = location["addresses"][0]
    assert address["address_1"] == "600 Saint Clair Avenue"
    assert address["address_2"] == "Building 9 Suite 23"
    assert address["state_province"] == "AL"
    assert address["region"] == "Madison"
    assert address["country"] == "US"
    terms = [a["taxonomy_term"]["name"] for a in thrive["attributes"]]
    assert terms == ["Substance use treatment"]

    zones = {r["service_at_locations"][0]["location"]["addresses"][0]["state_province"]:
             r["x_timezone"] for r in records}  # fmt: skip
    assert zones["CA"] == "America/Los_Angeles"
    assert zones["NY"] == "America/New_York"
    assert zones["HI"] == "Pacific/Honolulu"
    assert zones["PR"] == "America/Puerto_Rico"

    zip4 = next(r for r in records if r["name"] == "A New Beginning")
    assert zip4["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] == (
        "35630-1465"
    )


def test_samhsa_ids_are_stable_across_imports(sample_data: Path) -> None:
    first = [r["id"] for r in import_path(sample_data / SAMHSA).records]
    second = [r["id"] for r in import_path(sample_data / SAMHSA).records]
    assert first == second


def test_opioid_treatment_directory_is_windows_1252(sample_data: Path) -> None:
    result = import_path(sample_data / OTP, mapping=Path("samhsa-otp"))
    assert len(result.records) == OTP_SLICE_ROWS
    encoding = [p for p in _problems(result, "warning") if "Windows-1252" in p.message]
    assert len(encoding) == 1
    assert encoding[0].file == "Opioid_Treatment_Directory_Geocoded.csv"
    names = {r["name"] for r in result.records}
    assert any(name.startswith("Clínica de Tratamiento Integral") for name in names)
    wasilla = next(r for r in result.records if r["name"].endswith("Wasilla"))
    assert wasilla["x_timezone"] == "America/Anchorage"
    categories = {a["taxonomy_term"]["name"] for a in wasilla["attributes"]}
    assert categories == {"Substance use treatment", "Opioid treatment program"}


def test_timezone_option_overrides_the_state_table(sample_data: Path) -> None:
    result = import_path(sample_data / OTP, timezone="America/Denver")
    assert {r["x_timezone"] for r in result.records} == {"America/Denver"}


def test_hsds3_service_full_json(sample_data: Path) -> None:
    result = import_path(sample_data / "hsds-3.0-examples" / "service_full.json")
    (record,) = result.records
    assert record["id"] == "ac148810-d857-441c-9679-408f346de14b"
    assert record["organization_id"] == record["organization"]["id"]
    assert "services" not in record["organization"]
    assert "locations" not in record["organization"]
    assert record["phones"][0]["number"] == "+44 1234 234567"
    assert record["phones"][0]["languages"][0]["code"] == "ur"
    assert record["attributes"][0]["taxonomy_term"]["id"] == "3f7b145d-84af-42d7-8fae-eaca714b02b2"
    location = record["service_at_locations"][0]["location"]
    # The example's latitude 100 / longitude 101 are off the globe: dropped, location kept.
    assert "latitude" not in location
    assert location["name"] == "MyCity Civic Center"
    coordinate_fix = [p for p in _problems(result, "repaired") if "coordinates" in p.message]
    assert coordinate_fix[0].field == "service_at_locations[0].location.latitude"
    assert result.report.tables["locations"].repaired == 1
    assert record["schedules"][0]["opens_at"] == "10:00:00"
    assert record["description"].endswith("circumstances.")  # trailing space trimmed
    assert "x_timezone" not in record  # "MyState" is not a US state


def test_hsds3_paged_list_warns_that_only_one_page_is_there(sample_data: Path) -> None:
    result = import_path(sample_data / "hsds-3.0-examples" / "service_list.json")
    assert [r["name"] for r in result.records] == ["Community Counselling"]
    assert any("page 1 of 10" in p.message for p in result.report.problems)


def test_hsds3_organization_full_nests_services(sample_data: Path) -> None:
    result = import_path(sample_data / "hsds-3.0-examples" / "organization_full.json")
    (record,) = result.records
    assert record["organization"]["name"] == "Example Organization Inc."
    assert record["organization"]["programs"][0]["name"] == "Community Mental Health Support"


def test_hsds3_service_at_location_list(sample_data: Path) -> None:
    result = import_path(sample_data / "hsds-3.0-examples" / "service_at_location_list.json")
    (record,) = result.records
    (sal,) = record["service_at_locations"]
    assert sal["id"] == "e94c9f38-1e8f-4564-91d4-d53501ab1765"
    assert sal["location"]["name"] == "MyCity Civic Center"


def test_hsds3_folder_keeps_first_of_duplicates_and_skips_non_services(sample_data: Path) -> None:
    result = import_path(sample_data / "hsds-3.0-examples")
    assert len(result.records) == 1
    skipped = [p for p in _problems(result, "skipped") if p.field == "id"]
    assert len(skipped) == result.report.tables["services"].skipped >= 3
    assert all("duplicate service id" in p.message for p in skipped)
    quiet = {p.file for p in result.report.problems if "no HSDS services" in p.message}
    assert {"base.json", "taxonomy.json", "location.json"} <= quiet


def test_json_file_without_services_is_refused(sample_data: Path) -> None:
    with pytest.raises(ImportFailed, match=r"taxonomy\.json: no HSDS services"):
        import_path(sample_data / "hsds-3.0-examples" / "taxonomy.json")


def test_hsds3_csv_datapackage(sample_data: Path) -> None:
    result = import_path(sample_data / "hsds-3.0-examples" / "csv")
    (record,) = result.records
    assert record["organization"]["name"] == "Example Organization Inc."
    assert record["program"]["name"] == "Community Mental Health Support"
    assert record["cost_options"][0]["amount"] == 35
    assert record["required_documents"][0]["document"].startswith("Any official identification")
    assert record["service_areas"][0]["extent_type"] == "geojson"
    sal = record["service_at_locations"][0]
    assert sal["location"]["addresses"][0]["city"] == "MyCity"
    assert sal["location"]["accessibility"][0]["details"].startswith("Switch hearing aid")
    assert sal["schedules"][0]["byday"] == "TH,FR"
    assert record["phones"][0]["languages"][0]["name"] == "Urdu"
    # attributes.csv links to an entity that is not in the package: reported, not fatal.
    orphan = next(p for p in result.report.problems if p.file == "attributes.csv")
    assert (orphan.row, orphan.field, orphan.severity) == (2, "link_id", "skipped")
    assert "f28dd44b-0c4d-479f-8e90-4c52219a8b3c" in orphan.message
    assert result.report.tables["attributes"].skipped == 1


def test_hsds1_datapackage(sample_data: Path) -> None:
    result = import_path(sample_data / "hsds-1.1-sample")
    assert result.report.format == "hsds1-csv"
    assert len(result.records) == 13
    by_name = {r["name"]: r for r in result.records}
    helpline = by_name["Never Homeless Helpline"]
    sal = helpline["service_at_locations"][0]
    regular = [s for s in sal["schedules"] if "byday" in s]
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in regular] == [
        ("MO", "09:00:00", "17:00:00"),
        ("TU", "09:00:00", "17:00:00"),
        ("WE", "09:00:00", "17:00:00"),
    ]
    (holiday,) = [s for s in sal["schedules"] if s.get("x_closed")]
    assert (holiday["valid_from"], holiday["valid_to"]) == ("2019-12-24", "2019-12-26")
    # The sample reuses one id in regular_schedules and holiday_schedules: both kept.
    assert len({s["id"] for s in sal["schedules"]}) == 4
    assert helpline["eligibility_description"] == "adult"
    assert helpline["x_accepted_payments"] == ["cash", "credit card"]
    assert "fees_description" not in helpline, "the payments are a fact, not English text"
    assert {lang["name"] for lang in helpline["languages"]} == {"English", "Spanish"}
    location = sal["location"]
    assert {a["address_type"] for a in location["addresses"]} == {"physical", "postal"}
    assert location["accessibility"][0]["description"] == "disabled_parking"
    assert helpline["x_timezone"] == "America/New_York"  # state_province NY
    assert helpline["organization"]["website"] == "http://example.com"
    # HTML in a description is stripped and counted as a repair.
    teacher = by_name["Dear Teacher Skills Refresh"]
    assert "<li>" not in teacher["description"]
    assert "- Digital Skills" in teacher["description"]
    assert result.report.tables["services"].repaired >= 1
    phone_languages = [
        [lang["code"] for lang in p.get("languages", [])]
        for r in result.records
        for s in r.get("service_at_locations", [])
        for p in s["location"].get("phones", [])
    ]
    assert ["en", "es"] in phone_languages


def test_records_are_json_serialisable_and_have_no_empty_values(sample_data: Path) -> None:
    for path in (
        sample_data / "hsds-1.1-sample",
        sample_data / "hsds-3.0-examples" / "csv",
        sample_data / "hsds-3.0-examples",
    ):
        for record in import_path(path).records:
            text = json.dumps(record, sort_keys=True, ensure_ascii=False)
            assert '""' not in text
            assert "null" not in text
            assert record["id"]
            assert record["name"]
            assert record["status"]


@pytest.mark.reference_data
def test_full_samhsa_lists_import_every_facility(shared_data: Path) -> None:
    treatment = import_path(shared_data / SAMHSA)
    assert len(treatment.records) == 14_034
    assert len({r["id"] for r in treatment.records}) == 14_034
    assert treatment.report.tables["services"].skipped == 0
    otp = import_path(shared_data / OTP, mapping=Path("samhsa-otp"))
    assert len(otp.records) == 1_831
    assert len([p for p in _problems(otp, "warning") if "Windows-1252" in p.message]) == 1


@pytest.mark.reference_data
def test_fixtures_are_unchanged_slices_of_the_reference_data(
    sample_data: Path, shared_data: Path
) -> None:
    copied = (
        "hsds-3.0-examples",
        "hsds-3.0-schema",
        "hsds-1.1-sample",
        "samhsa-treatment-facilities",
    )
    for path in sorted(p for folder in copied for p in (sample_data / folder).rglob("*")):
        if path.is_dir():
            continue
        relative = path.relative_to(sample_data)
        original = (shared_data / relative).read_bytes()
        if relative.parts[0].startswith("samhsa"):
            header, *rows = path.read_bytes().splitlines()
            assert original.startswith(header), relative
            assert set(rows) <= set(original.splitlines()), relative
        else:
            assert path.read_bytes() == original, relative
