"""Values that cannot be what their column says (issue 10, shape 9) and mojibake (shape 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from outreach.importers import import_path
from outreach.importers.clean import fix_mojibake
from outreach.importers.plausible import check_postcode, phone_problem


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding=encoding)
    return path


MAPPING = """
[fields]
name = "Name"
phone = "Phone"
state = "State"
postal_code = "Zip"
description = "About"
"""


def test_mapped_values_that_cannot_be_phones_or_zips_are_reported(tmp_path: Path) -> None:
    mapping = write(tmp_path / "map.toml", MAPPING)
    csv_file = write(tmp_path / "list.csv", "Name,Phone,State,Zip,About\n"
                     "Camden Outreach,8053,NJ,8053,Walk in\n"
                     "Trenton Clinic,609-555-0100,NJ,New Jersey,Call first\n"
                     "Crisis Text Line,741741,NJ,08608,Text HOME\n"
                     "Newark Drop-In,973-555-0111,NJ,07102-0042,Showers\n")  # fmt: skip
    result = import_path(csv_file, mapping=mapping)
    camden, trenton, text_line, newark = result.records
    assert text_line["phones"][0]["number"] == "741741"

    def zip_of(record: dict) -> str:
        return record["service_at_locations"][0]["location"]["addresses"][0]["postal_code"]

    assert zip_of(camden) == "08053"  # repaired from the state
    assert zip_of(trenton) == "New Jersey"  # kept, but reported
    assert zip_of(newark) == "07102-0042"
    assert camden["phones"][0]["number"] == "8053"  # kept as given, reported
    kinds = result.report.kinds
    assert kinds["repaired: ZIP code … lost its leading zeros; read as …"] == 1
    assert kinds["warning: … is a state, not a ZIP code"] == 1
    assert kinds["warning: … is not a phone number in US (a text-message short code?)"] == 2
    assert result.report.tables["services"].repaired == 1


def test_hsds_addresses_and_phones_are_checked_too(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    write(folder / "services.csv", "id,name\ns1,Shelter\n")
    write(folder / "locations.csv", "id,name\nl1,Main\n")
    write(folder / "services_at_location.csv", "id,service_id,location_id\nx,s1,l1\n")
    write(folder / "physical_addresses.csv", "id,location_id,address_1,city,state_province,"
          "postal_code,country\na1,l1,1 Main St,Hartford,CT,6103,US\n")  # fmt: skip
    write(folder / "phones.csv", "id,service_id,number\np1,s1,12345\np2,s1,211\n")
    result = import_path(folder)
    (record,) = result.records
    address = record["service_at_locations"][0]["location"]["addresses"][0]
    assert address["postal_code"] == "06103"
    assert [p["number"] for p in record["phones"]] == ["12345", "211"]
    warned = [p for p in result.report.problems if p.severity == "warning"]
    assert [(p.file, p.row, p.field) for p in warned] == [("phones.csv", 2, "number")]


@pytest.mark.parametrize(
    ("number", "fine"),
    [("303-555-0100", True), ("(650) 555-0100 ext 12", True), ("+44 20 7946 0958", True),
     ("1-800-FOOD-NOW", True), ("211", True), ("988", True), ("12345", False), ("411", True),
     ("0000000000", False), ("60614", False)],
)  # fmt: skip
def test_phone_numbers_are_judged_by_libphonenumber(number: str, fine: bool) -> None:
    assert (phone_problem(number) is None) is fine


def test_postcodes_by_country() -> None:
    assert check_postcode("M5V 2T6", "ON", "CA") == ("M5V 2T6", None, False)
    assert check_postcode("12345", "ON", "CA")[1] == "'12345' is not a Canadian postal code"
    assert check_postcode("6112", "CA", "US") == ("6112", "'6112' is not a US ZIP code", False)
    assert check_postcode("SW1A 1AA", None, "GB") == ("SW1A 1AA", None, False)


# -- 13. mojibake ------------------------------------------------------------------------------


def test_mojibake_is_repaired_with_ftfy_and_counted(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    write(folder / "services.csv", "id,name,description\n"
          "s1,The nationâ€™s hotline,Help in the nationΓÇÖs capital\n"
          "s2,Clínica Señora,Atención en español\n")  # fmt: skip
    result = import_path(folder)
    garbled, fine = result.records
    assert garbled["name"] == "The nation\u2019s hotline"
    assert garbled["description"] == "Help in the nation\u2019s capital"
    assert (fine["name"], fine["description"]) == ("Clínica Señora", "Atención en español")
    kind = "repaired: garbled characters put right (text decoded with the wrong codec)"
    assert result.report.kinds[kind] == 2


def test_mojibake_in_a_mapped_csv(tmp_path: Path) -> None:
    mapping = write(tmp_path / "map.toml", MAPPING)
    csv_file = write(tmp_path / "list.csv", "Name,Phone,State,Zip,About\n"
                     "CafÃ© Comida,312-555-0100,IL,60614,Soup & more\n")  # fmt: skip
    (record,) = import_path(csv_file, mapping=mapping).records
    assert record["name"] == "Café Comida"


@pytest.mark.parametrize("text", ["Café", "São Paulo", "Γεια σου", "niño", "½ price", "plain"])
def test_correct_text_is_never_touched(text: str) -> None:
    assert fix_mojibake(text) == (text, False)


# -- 14. a mapping may say more ------------------------------------------------------------------

RICH_MAPPING = """
[fields]
name = "Name"
hours = "Hours"
status = "Status"
city = "City"

[status]
inactive = ["Closed", "Not verified"]
temporarily_closed = ["Paused"]

[skip]
column = "Level"
values = ["Agency"]
"""


def test_a_mapping_names_hours_status_and_a_row_filter(tmp_path: Path) -> None:
    mapping = write(tmp_path / "map.toml", RICH_MAPPING)
    csv_file = write(tmp_path / "list.csv", "Name,Level,Hours,Status,City\n"
                     "Helping Hands,Agency,,Open,Springfield\n"
                     "Helping Hands Pantry,Program,Mon-Fri 9-5; Sat 10-2,Open,Springfield\n"
                     "Old Shelter,Program,24 hours,Closed,Springfield\n"
                     "Summer Meals,Program,Call for hours,paused,Springfield\n")  # fmt: skip
    result = import_path(csv_file, mapping=mapping)
    records = {r["name"]: r for r in result.records}
    assert sorted(records) == ["Helping Hands Pantry", "Old Shelter", "Summer Meals"]
    pantry = records["Helping Hands Pantry"]
    assert pantry["status"] == "active"
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in pantry["schedules"]] == [
        ("MO,TU,WE,TH,FR", "09:00", "17:00"),
        ("SA", "10:00", "14:00"),
    ]
    assert records["Old Shelter"]["status"] == "inactive"
    assert records["Old Shelter"]["schedules"][0]["opens_at"] == "00:00"
    assert records["Summer Meals"]["status"] == "temporarily closed"
    assert records["Summer Meals"]["schedules"][0]["description"] == "Call for hours"
    (skipped,) = [p for p in result.report.problems if p.severity == "skipped"]
    assert (skipped.row, skipped.message) == (2, "left out by the mapping (Level is 'Agency')")
    assert result.report.tables["services"].skipped == 1


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('[status]\nclosed = ["x"]\n', "'closed' is not a status"),
        ('[skip]\nvalues = ["Agency"]\n', "[skip] needs column"),
        ("[status]\ninactive = 3\n", "status.inactive must be a column name or a list"),
    ],
)
def test_mistakes_in_the_richer_mapping_are_clear(tmp_path: Path, extra: str, message: str) -> None:
    from outreach.errors import ImportFailed
    from outreach.importers.mapping import load_mapping

    path = write(tmp_path / "map.toml", '[fields]\nname = "Name"\nstatus = "Status"\n' + extra)
    with pytest.raises(ImportFailed, match=message.replace("[", r"\[")):
        load_mapping(path)
