"""The shapes real 211 and open-data exports have (issue 10), one small file of each.

The Ohana and HSDS 2.0 folders are in tests/data (see SOURCES.md); the other shapes are
written here, each as small as the shape allows.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from outreach.errors import ImportFailed
from outreach.importers import detect_format, import_path

DATA = Path(__file__).resolve().parent / "data"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def by_id(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in records}


def location(record: dict[str, Any], index: int = 0) -> dict[str, Any]:
    return record["service_at_locations"][index]["location"]


def all_keys(value: Any) -> set[str]:
    """Every key anywhere in a record."""
    keys: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            keys.update(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return keys


# -- 2. the Ohana API CSV format ----------------------------------------------------------


def test_ohana_csv_keeps_organization_location_address_phones_and_categories() -> None:
    result = import_path(DATA / "ohana-csv")
    records = by_id(result.records)
    assert len(records) == 5  # every service

    hygiene = records["1"]
    assert hygiene["organization"]["name"] == "Riverside Community Services"
    assert hygiene["organization_id"] == "1"
    place = location(hygiene)
    assert place["name"] == "Riverside Drop-In Center"
    assert (place["latitude"], place["longitude"]) == (37.477227, -122.213221)
    street = next(a for a in place["addresses"] if a["address_type"] == "physical")
    assert (street["address_1"], street["city"], street["postal_code"]) == (
        "123 Main Street",
        "Redwood City",
        "94063",
    )
    postal = next(a for a in place["addresses"] if a["address_type"] == "postal")
    assert (postal["address_1"], postal["attention"]) == ("PO Box 10", "Front desk")
    assert [p["number"] for p in place["phones"]] == ["650-555-0100"]
    assert [p["number"] for p in hygiene["organization"]["phones"]] == ["650-555-0199"]
    assert sorted(a["taxonomy_term"]["name"] for a in hygiene["attributes"]) == [
        "Hygiene",
        "Showers",
    ]
    assert [a["name"] for a in hygiene["service_areas"]] == ["North County", "South County"]
    assert [d["byday"] for d in place["schedules"]] == ["MO", "TU"]
    assert hygiene["program"]["name"] == "Hygiene Program"

    naloxone = records["2"]
    assert [p["number"] for p in naloxone["phones"]] == ["650-555-0111"]
    assert naloxone["phones"][0]["type"] == "hotline"
    assert naloxone["schedules"][0]["opens_at"] == "10:00"
    assert [a["taxonomy_term"]["name"] for a in naloxone["attributes"]] == ["Naloxone"]

    recovery = records["3"]
    assert recovery["contacts"][0]["phones"] == [] or recovery["contacts"][0]["name"]
    assert location(recovery)["addresses"][0]["city"] == "San Mateo"

    helpline = records["5"]
    assert helpline["status"] == "inactive"
    virtual = location(helpline)
    assert virtual["location_type"] == "virtual"
    assert virtual["addresses"][0]["address_type"] == "postal"
    assert helpline["organization"]["name"] == "Northside Food Bank"

    with_org = [r for r in result.records if r.get("organization")]
    with_address = [r for r in result.records if location(r).get("addresses")]
    assert len(with_org) == 5
    assert len(with_address) == 5


def test_ohana_report_counts_match_what_services_carry() -> None:
    report = import_path(DATA / "ohana-csv").report
    tables = report.tables
    assert tables["services"].imported == 5
    assert tables["organizations"].imported == 2
    assert tables["locations"].imported == 4
    assert tables["addresses"].imported == 3
    assert tables["mail_addresses"].imported == 2
    assert tables["phones"].imported == 5
    assert tables["taxonomy"].imported == 4


def test_ohana_contact_phone_hangs_off_the_contact() -> None:
    records = by_id(import_path(DATA / "ohana-csv").records)
    contact = records["3"]["contacts"][0]
    assert contact["name"] == "Dana Whitfield"
    assert [p["number"] for p in contact["phones"]] == ["650-555-0142"]


# -- 3. HSDS 2.0 schedules.csv ---------------------------------------------------------------


def test_hsds2_schedules_csv_hours_survive_including_ragged_rows() -> None:
    result = import_path(DATA / "hsds-2.0-schedules")
    records = by_id(result.records)
    detox = records["s1"]
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in detox["schedules"]] == [
        ("MO,TU,WE,TH,FR", "08:00", "20:00"),
        ("SA,SU", "09:00", "13:00"),
    ]
    # byday written as day names, on the service-at-location
    syringe_sal = records["s2"]["service_at_locations"][0]
    assert syringe_sal["schedules"][0]["byday"] == "MO,WE"
    # the last row is short (no opens_at/closes_at columns at all): kept, not shifted
    case = records["s3"]["schedules"][0]
    assert case["description"] == "Thursdays by appointment"
    assert "opens_at" not in case
    assert result.report.tables["schedules"].imported == 4


def test_schedules_csv_beside_regular_schedules(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    write(folder / "services.csv", "id,name,fees\ns1,Shelter,\n")
    write(folder / "regular_schedules.csv", "id,service_id,weekday,opens_at,closes_at\n"
          "r1,s1,1,09:00,17:00\n")  # fmt: skip
    write(folder / "schedules.csv", "id,service_id,freq,byday,opens_at,closes_at\n"
          "x1,s1,WEEKLY,SA,10:00,12:00\n")  # fmt: skip
    (record,) = import_path(folder).records
    assert sorted(s["byday"] for s in record["schedules"]) == ["MO", "SA"]


# -- 1. datapackage paths that do not match the files ------------------------------------------


def test_datapackage_paths_not_matching_the_files_are_found_in_data(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    shutil.copytree(DATA / "hsds-2.0-schedules", folder / "data")
    shutil.move(folder / "data" / "datapackage.json", folder / "datapackage.json")
    (folder / "notes.txt").write_text("exported by hand\n")
    assert detect_format(folder) == "hsds1-csv"
    assert detect_format(folder / "datapackage.json") == "hsds1-csv"
    result = import_path(folder)
    assert len(result.records) == 3
    assert "datapackage.json lists services.csv; read data/services.csv instead" in (
        result.report.notes
    )
    assert [(u.name, u.rows) for u in result.report.unread] == [("notes.txt", None)]


def test_datapackage_path_in_data_while_the_files_sit_beside_it(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    shutil.copytree(DATA / "hsds-2.0-schedules", folder)
    package = json.loads((folder / "datapackage.json").read_text())
    for resource in package["resources"]:
        resource["path"] = "data/" + resource["path"]
    (folder / "datapackage.json").write_text(json.dumps(package))
    result = import_path(folder)
    assert len(result.records) == 3
    assert "datapackage.json lists data/schedules.csv; read schedules.csv instead" in (
        result.report.notes
    )


def test_unread_files_are_listed_with_their_row_counts(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    shutil.copytree(DATA / "hsds-2.0-schedules", folder)
    write(folder / "service_capacity.csv", "id,service_id,beds\nc1,s1,12\nc2,s2,4\n")
    result = import_path(folder)
    assert [(u.name, u.rows) for u in result.report.unread] == [("service_capacity.csv", 2)]
    text = "\n".join(result.report.summary_lines())
    assert "service_capacity.csv (2 rows)" in text
    assert result.report.to_json()["unread_files"][0]["rows"] == 2


# -- 4. foreign-key cells holding several ids ---------------------------------------------------


def test_comma_joined_foreign_keys_link_to_each_id(tmp_path: Path) -> None:
    folder = tmp_path / "airtable"
    write(folder / "services.csv", "id,name,taxonomy_ids\na,Shelter,\nb,Pantry,\nc,Clinic,\n")
    write(folder / "phones.csv", 'id,service_id,number\np1,"a,b,c",312-555-0100\n')
    write(folder / "languages.csv", "id,service_id,language\nl1,a; c,Spanish\n")
    result = import_path(folder)
    records = by_id(result.records)
    for service_id in "abc":
        (phone,) = records[service_id]["phones"]
        assert phone["number"] == "312-555-0100"
        assert phone["service_id"] == service_id
    assert len({records[s]["phones"][0]["id"] for s in "abc"}) == 3
    assert [lang["name"] for lang in records["c"]["languages"]] == ["Spanish"]
    assert "languages" not in records["b"]
    assert result.report.tables["phones"].imported == 1
    assert any("service_id lists 3 ids; linked to each" in p.message
               for p in result.report.problems)  # fmt: skip


# -- 5. child rows sharing an id under different parents -----------------------------------------


def test_child_rows_sharing_an_id_under_different_parents_are_both_kept(tmp_path: Path) -> None:
    folder = tmp_path / "shared-ids"
    write(folder / "services.csv", "id,name\ns1,Shelter\ns2,Pantry\n")
    write(folder / "locations.csv", "id,name\nl1,North\nl2,South\n")
    write(folder / "services_at_location.csv", "id,service_id,location_id\nx1,s1,l1\nx2,s2,l2\n")
    addresses = "a1,l1,1 North St,Springfield\na1,l2,2 South St,Springfield\na1,l2,2 South St,X\n"
    write(folder / "physical_addresses.csv", "id,location_id,address_1,city\n" + addresses)
    write(folder / "phones.csv", "id,location_id,number\np1,l1,555-0100\np1,l2,555-0200\n")
    result = import_path(folder)
    records = by_id(result.records)
    north, south = location(records["s1"]), location(records["s2"])
    assert [a["address_1"] for a in north["addresses"]] == ["1 North St"]
    assert [a["address_1"] for a in south["addresses"]] == ["2 South St"]
    assert north["addresses"][0]["id"] != south["addresses"][0]["id"]
    assert [p["number"] for p in south["phones"]] == ["555-0200"]
    # the exact repeat under the same parent is still a duplicate
    assert result.report.tables["physical_addresses"].skipped == 1


# -- 6. older column names ------------------------------------------------------------------------


def test_older_column_names_become_hsds3_names_and_the_rest_x_keys(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    write(folder / "services.csv", "id,name,website,eligibility,intake_notes\n"
          "s1,Shelter,http://shelter.example.org,Adults,Ring twice\n")  # fmt: skip
    write(folder / "phones.csv", "id,service_id,number,number_type\np1,s1,555-0100,fax\n")
    write(folder / "taxonomy.csv", "id,term\nt1,Emergency Shelter\n")
    write(folder / "services_taxonomy.csv", "id,service_id,taxonomy_id\nst1,s1,t1\n")
    result = import_path(folder)
    (record,) = result.records
    assert record["url"] == "http://shelter.example.org"
    assert record["eligibility_description"] == "Adults"
    assert record["x_intake_notes"] == "Ring twice"
    assert record["phones"][0]["type"] == "fax"
    assert record["attributes"][0]["taxonomy_term"]["name"] == "Emergency Shelter"
    for key in ("website", "eligibility", "intake_notes", "number_type", "term"):
        assert key not in all_keys(record)
    assert "services: column 'website' read as HSDS 3 'url'" in result.report.notes


# -- 7. list cells ---------------------------------------------------------------------------------


def test_comma_joined_list_cells_are_split(tmp_path: Path) -> None:
    folder = tmp_path / "lists"
    write(folder / "services.csv", "id,name,service_areas,languages\n"
          's1,Clinic,"North County,South County","Spanish, Tagalog"\n')  # fmt: skip
    (record,) = import_path(folder).records
    assert [a["name"] for a in record["service_areas"]] == ["North County", "South County"]
    assert [lang["name"] for lang in record["languages"]] == ["Spanish", "Tagalog"]


def test_category_cells_split_on_semicolons_when_there_is_one(tmp_path: Path) -> None:
    mapping = write(tmp_path / "map.toml", '[fields]\nname = "Name"\ncategory = "Categories"\n')
    csv_file = write(tmp_path / "list.csv", "Name,Categories\n"
                     '"Pantry","Food Pantries; Meals, Hot; Clothing"\n'
                     '"Shelter","Shelter, Emergency"\n')  # fmt: skip
    pantry, shelter = import_path(csv_file, mapping=mapping).records
    assert [a["taxonomy_term"]["name"] for a in pantry["attributes"]] == [
        "Food Pantries",
        "Meals, Hot",
        "Clothing",
    ]
    assert [a["taxonomy_term"]["name"] for a in shelter["attributes"]] == [
        "Shelter",
        "Emergency",
    ]


# -- 8. rows with more values than the header ---------------------------------------------


def test_a_table_whose_rows_outgrow_its_header_is_refused_with_counts(tmp_path: Path) -> None:
    folder = tmp_path / "ragged"
    write(folder / "services.csv", "id,name\ns1,Shelter\n")
    write(folder / "phones.csv", "id,service_id,number\np1,s1,Main line,312-555-0100\n"
          "p2,s1,312-555-0101\n")  # fmt: skip
    result = import_path(folder)
    (record,) = result.records
    assert "phones" not in record  # never shifted into the wrong columns
    (refused,) = result.report.unread
    assert refused.name == "phones.csv"
    assert refused.rows == 2
    assert "header has 3 columns" in refused.reason
    assert "row 2 has 4" in refused.reason


def test_empty_trailing_values_are_only_a_stray_delimiter(tmp_path: Path) -> None:
    folder = tmp_path / "trailing"
    write(folder / "services.csv", "id,name\ns1,Shelter,,\n")
    (record,) = import_path(folder).records
    assert record["name"] == "Shelter"


def test_a_services_file_whose_rows_outgrow_its_header_stops_the_import(tmp_path: Path) -> None:
    folder = tmp_path / "ragged"
    write(folder / "services.csv", "id,name\ns1,Shelter,extra\n")
    with pytest.raises(ImportFailed, match=r"services\.csv: the header has 2 columns"):
        import_path(folder)
    plain = write(tmp_path / "plain.csv", "Name,City\nShelter,Springfield,IL\n")
    mapping = write(tmp_path / "map.toml", '[fields]\nname = "Name"\ncity = "City"\n')
    with pytest.raises(ImportFailed, match=r"row 2 has 3"):
        import_path(plain, mapping=mapping)


# -- the report ---------------------------------------------------------------------------------


def test_report_totals_every_kind_of_problem_past_the_stored_ones(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    rows = "".join(f"p{i},missing-{i},555-{i:04d}\n" for i in range(450))
    write(folder / "services.csv", "id,name\ns1,Shelter\n")
    write(folder / "phones.csv", "id,service_id,number\n" + rows)
    report = import_path(folder).report
    assert report.problem_total == 450
    assert len(report.problems) == 200
    kind = "skipped: service_id … not found; row not linked to anything"
    assert report.kinds == {kind: 450}
    assert report.to_json()["problem_kinds"] == {kind: 450}
    assert f"450 × {kind}" in "\n".join(report.summary_lines())


# -- stable packs ----------------------------------------------------------------------------------


def test_the_same_export_in_folders_of_other_names_gives_the_same_records(tmp_path: Path) -> None:
    from outreach.packs.build import build_pack, make_delta
    from outreach.packs.read import read_pack

    packs = []
    for version, name in ((1, "v1"), (2, "county-export-2026-06")):
        folder = tmp_path / name
        shutil.copytree(DATA / "ohana-csv", folder)
        # a service without an id gets a generated one; it must not depend on the folder
        with (folder / "services.csv").open("a", encoding="utf-8") as handle:
            handle.write(",1,,,,,,Mobile showers.,,,,,,,,Mobile Showers,,,active,,,\n")
        result = import_path(folder)
        assert result.source == name
        assert not any("x_source" in record for record in result.records)
        packs.append(build_pack(result.records, version=version, name="County", source=name))
    delta = read_pack(make_delta(packs[0], packs[1]))
    assert list(delta.iter_records()) == []
    assert delta.manifest.source == "county-export-2026-06"


# -- corrupted real shapes never crash ---------------------------------------------------------


@pytest.mark.parametrize("sample", ["ohana-csv", "hsds-2.0-schedules"])
def test_corrupted_real_shaped_folders_never_crash(tmp_path: Path, sample: str) -> None:
    import random

    from tests.test_import_fuzz import _check, _mutate_csv

    rng = random.Random(f"shapes-{sample}")
    csvs = sorted(p.name for p in (DATA / sample).glob("*.csv"))
    for attempt in range(30):
        folder = tmp_path / f"case{attempt}"
        shutil.copytree(DATA / sample, folder)
        edits = [f"{name}: {_mutate_csv(folder / name, rng)}"
                 for name in rng.sample(csvs, k=rng.randrange(1, 4))]  # fmt: skip
        _check(folder, f"{sample} case {attempt}: {edits}")
        shutil.rmtree(folder)


def test_corrupted_icarol_and_ohana_json_never_crash(tmp_path: Path) -> None:
    import random

    from tests.test_import_fuzz import _check, _mutate_csv, _mutate_json

    rng = random.Random("shapes-icarol-ohana")
    for attempt in range(30):
        target = tmp_path / f"icarol{attempt}.csv"
        shutil.copy(DATA / "icarol-export.csv", target)
        _check(target, f"icarol case {attempt}: {_mutate_csv(target, rng)}")
        lines = (DATA / "ohana-organizations.json").read_text().splitlines()
        mutated = [json.dumps(_mutate_json(json.loads(line), rng)) for line in lines]
        target = tmp_path / f"ohana{attempt}.json"
        target.write_text("\n".join(mutated) + "\n")
        _check(target, f"ohana json case {attempt}")
