"""Every SAMHSA 2023 service code has a meaning for the app, or is deliberately detail-only."""

from __future__ import annotations

import csv
import re
import tomllib
from pathlib import Path

from python_calamine import CalamineWorkbook

from outreach.directory import derive, samhsa_codes
from outreach.directory.text import RESOURCES_DIR, load_resource

SLICE = Path(__file__).parent / "data" / "samhsa" / "samhsa-national-directory-2023"


def _code_book_codes() -> set[str]:
    codes: set[str] = set()
    for name in samhsa_codes.CODE_BOOKS:
        with (RESOURCES_DIR / "starter" / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                row = {key.lower(): value for key, value in row.items() if key}
                codes.add(row["service_code"].strip())
    return codes


def _listed_codes() -> list[str]:
    """Each code as often as the table lists it (a repeat would silently override)."""
    table = tomllib.loads((RESOURCES_DIR / samhsa_codes.RESOURCE).read_text(encoding="utf-8"))
    listed: list[str] = []
    for group in table["groups"].values():
        listed.extend(group.get("codes", {}))
        listed.extend(group.get("detail", ()))
    return listed


def test_every_code_of_both_code_books_is_listed_once() -> None:
    listed = _listed_codes()
    repeated = {code for code in listed if listed.count(code) > 1}
    assert not repeated
    book = _code_book_codes()
    assert len(book) == 314
    assert set(listed) == book


def test_every_code_used_in_the_directories_is_in_the_code_book_and_table() -> None:
    used: set[str] = set()
    for path in SLICE.glob("*.xlsx"):
        rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Facilities List")
        table = rows.to_python()
        column = table[0].index("Service_code_info")
        for row in table[1:]:
            used.update(str(row[column]).replace("*", " ").split())
    assert len(used) > 150
    assert used <= set(samhsa_codes.code_book())
    assert all(samhsa_codes.meaning(code) is not None for code in used)


def test_categories_and_languages_exist() -> None:
    categories = set(load_resource("categories.toml")["categories"])
    languages = set(load_resource("languages.toml")["languages"])
    for meaning in samhsa_codes.all_meanings().values():
        assert set(meaning.categories) <= categories, meaning.code
        assert meaning.language is None or meaning.language in languages, meaning.code


def test_worker_questions_map_to_codes() -> None:
    def words_of(code: str) -> str:
        found = samhsa_codes.coded_facts((code,))
        return " ".join(found.words).lower()

    assert "suboxone" in words_of("BWN")
    assert "naloxone" not in words_of("BWN")  # not naloxone for an overdose
    assert "methadone" in words_of("OTP")
    assert "naloxone" in words_of("NOE")
    assert samhsa_codes.coded_facts(("NOE",)).categories == {"Naloxone"}
    assert "Detox / withdrawal" in samhsa_codes.coded_facts(("ODTX",)).categories
    assert samhsa_codes.coded_facts(("WI",)).walk_in
    assert samhsa_codes.meaning("SP").language == "es"
    assert samhsa_codes.meaning("AH").language == "ase"
    assert samhsa_codes.meaning("NP").free
    assert "medicaid" in words_of("MD")
    for negative in ("NOOP", "NMOA", "NAUT", "NMAUT"):
        assert words_of(negative) == ""


def test_names_are_samhsas_own() -> None:
    book = samhsa_codes.code_book()
    assert book["NOE"].name == "Naloxone and overdose education"
    assert book["DT"].name == "Detoxification"  # the code book's trailing spaces tidied
    term = samhsa_codes.term("BWN")
    assert term["id"] == "SAMHSA-2023:BWN"
    assert (term["code"], term["taxonomy"]) == ("BWN", "SAMHSA-2023")
    assert term["name"] == "Buprenorphine with naloxone"
    assert term["description"].startswith("A prescription medication that combines")


def test_codes_as_hsds_attributes_mean_the_same_as_the_compact_list() -> None:
    compact = {"id": "a", "name": "A", samhsa_codes.CODES_FIELD: "SA BWN NOE WI NOOP"}
    attributes = {
        "id": "b",
        "name": "B",
        "attributes": [
            {"id": f"b-{code}", "taxonomy_term": samhsa_codes.term(code)}
            for code in ("SA", "BWN", "NOE", "WI", "NOOP")
        ],
    }
    assert derive.derive_categories(compact) == derive.derive_categories(attributes)
    assert derive.taxonomy_terms(compact) == derive.taxonomy_terms(attributes)
    assert derive.derive_walk_in(compact)
    assert derive.derive_walk_in(attributes)
    assert not any(re.search(r"does not", text, re.I) for text in derive.taxonomy_terms(compact))


def test_unknown_and_malformed_codes_are_ignored() -> None:
    record = {"id": "x", "name": "X", samhsa_codes.CODES_FIELD: "ZZZ SA"}
    assert derive.derive_categories(record) == ["Substance use treatment"]
    assert derive.derive_categories({"id": "y", "name": "Y", samhsa_codes.CODES_FIELD: 7}) == []


def test_a_coded_listing_is_what_its_codes_say_not_its_name() -> None:
    shelter = {"id": "s", "name": "Good Samaritan Shelter", samhsa_codes.CODES_FIELD: "SA OP"}
    assert derive.derive_categories(shelter) == ["Substance use treatment"]
    uncoded = {"id": "u", "name": "Good Samaritan Shelter"}
    assert derive.derive_categories(uncoded) == ["Shelter"]
