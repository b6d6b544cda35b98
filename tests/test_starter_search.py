"""A fresh vault holding only a starter pack (built from the tests/data/samhsa slice) answers
a worker's first questions near a real ZIP code, each answer with a number to call."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from outreach.cli import main
from outreach.directory import facts, samhsa_codes
from outreach.directory.coverage import EmptyAnswer, empty_answer_text, uncovered
from outreach.directory.geo import resolve_place
from outreach.directory.search import SearchFilters, SearchHit, search
from outreach.directory.store import get_record
from outreach.packs.build import build_pack
from outreach.packs.starter import STARTER_PACK_NAME, install_starter_pack
from outreach.samhsa.build import build_records
from outreach.vault import Vault
from tests.conftest import PASSPHRASE

SLICE = Path(__file__).parent / "data" / "samhsa"
FIRST_QUESTIONS = ["suboxone", "narcan", "methadone", "detox", "crisis", "spanish", "medicaid"]


@pytest.fixture(scope="module")
def starter_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    records, _ = build_records(SLICE)
    path = tmp_path_factory.mktemp("starter") / "starter.ocpack"
    path.write_bytes(
        build_pack(
            records,
            version=2,
            name=STARTER_PACK_NAME,
            source="SAMHSA (test slice)",
            created=datetime(2026, 5, 25, tzinfo=UTC),
        )
    )
    return path


@pytest.fixture
def starter_vault(vault: Vault, starter_file: Path) -> Vault:
    install_starter_pack(vault, path=starter_file)
    return vault


def _near(vault: Vault, text: str) -> SearchFilters:
    place = resolve_place(vault.conn, text)[0]
    return SearchFilters(near=(place.lat, place.lon))


def _record(vault: Vault, hit: SearchHit) -> dict[str, Any]:
    record = get_record(vault.conn, hit.id)
    assert record is not None
    return record


@pytest.mark.parametrize("question", FIRST_QUESTIONS)
def test_first_questions_find_nearby_services_with_phones(
    starter_vault: Vault, question: str
) -> None:
    hits = search(starter_vault.conn, question, _near(starter_vault, "21201"))
    assert hits, question
    for hit in hits:
        assert hit.distance_km is not None
        assert hit.distance_km <= 25
        assert facts.phones(_record(starter_vault, hit)), hit.name


def _codes(vault: Vault, hit: SearchHit) -> set[str]:
    return set(samhsa_codes.record_codes(_record(vault, hit)))


def test_narcan_finds_naloxone_education_not_buprenorphine_with_naloxone(
    starter_vault: Vault,
) -> None:
    hits = search(starter_vault.conn, "narcan", _near(starter_vault, "21201"))
    assert all("NOE" in _codes(starter_vault, hit) for hit in hits)
    # Every BWN ("Buprenorphine with naloxone") service without NOE stays out.
    bwn_only = [
        hit
        for hit in search(starter_vault.conn, "suboxone", SearchFilters(), limit=500)
        if "NOE" not in _codes(starter_vault, hit)
    ]
    assert bwn_only, "the slice should hold a Suboxone prescriber without NOE"
    assert not {h.id for h in bwn_only} & {h.id for h in hits}


def test_methadone_finds_certified_opioid_treatment_programs(starter_vault: Vault) -> None:
    hits = search(starter_vault.conn, "methadone", SearchFilters(), limit=500)
    otp_only = [
        h for h in hits if _record(starter_vault, h)["x_listed"] == ["OTP directory, May 2026"]
    ]
    assert otp_only  # found through the OTP code although SAMHSA lists no methadone code


def test_negative_codes_are_not_found(starter_vault: Vault) -> None:
    # NOOP "Does not treat opioid use disorders" must not make a service an opioid answer.
    for hit in search(starter_vault.conn, "opioid", SearchFilters(), limit=500):
        codes = _codes(starter_vault, hit)
        assert codes - {"NOOP", "NMOA"}, hit.name


def test_syringe_services_are_not_in_the_starter(starter_vault: Vault) -> None:
    assert search(starter_vault.conn, "syringe", _near(starter_vault, "21201")) == []


def test_filters_from_codes(starter_vault: Vault) -> None:
    spanish = search(starter_vault.conn, "", SearchFilters(language="Spanish"), limit=500)
    assert spanish
    assert all("SP" in _codes(starter_vault, hit) for hit in spanish)
    asl = search(starter_vault.conn, "", SearchFilters(language="ASL"), limit=500)
    assert "Deaf Addiction Services at Maryland" in {hit.name for hit in asl}
    crisis = search(starter_vault.conn, "", SearchFilters(category="Crisis"), limit=500)
    assert all(_codes(starter_vault, hit) & {"CIT", "PEON", "PEOFF", "WI", "SPS"} for hit in crisis)
    teen = search(starter_vault.conn, "", SearchFilters(age=15), limit=500)
    for hit in teen:
        record = _record(starter_vault, hit)
        assert record.get("minimum_age") is None or record["minimum_age"] <= 15


def test_approximate_locations_are_marked_in_results(starter_vault: Vault) -> None:
    hits = search(starter_vault.conn, "", _near(starter_vault, "21201"), limit=500)
    marked = {hit.id for hit in hits if hit.approximate_location}
    assert marked
    assert marked != {hit.id for hit in hits}
    for hit in hits:
        location = _record(starter_vault, hit)["service_at_locations"][0]["location"]
        assert hit.approximate_location == ("x_approximate_postcode" in location)


def test_any_us_zip_is_a_place(starter_vault: Vault) -> None:
    # A ZIP with a leading zero, and one where the directory has no service at all.
    (brockton,) = resolve_place(starter_vault.conn, "02301")
    assert abs(brockton.lat - 42.08) < 0.2
    (anchorage,) = resolve_place(starter_vault.conn, "99501")
    assert anchorage.label == "99501 (Anchorage, AK)"
    assert (
        search(starter_vault.conn, "detox", SearchFilters(near=(anchorage.lat, anchorage.lon)))
        == []
    )
    assert resolve_place(starter_vault.conn, "00000") == []


def test_cli_json_carries_phones_and_approximate_flag(
    starter_vault: Vault,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    starter_vault.close()
    monkeypatch.setenv("OUTREACH_PASSPHRASE", PASSPHRASE)
    args = ["--vault", str(vault_path), "search", "suboxone", "--near", "21201", "--json"]
    assert main(args) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows
    for row in rows:
        assert row["phones"], row["name"]
        assert all(phone["number"].startswith("(") for phone in row["phones"])
        assert isinstance(row["location_approximate"], bool)
    assert any(p.get("extension") for row in rows for p in row["phones"])
    assert main(["--vault", str(vault_path), "search", "methadone", "--near", "21201"]) == 0
    text = capsys.readouterr().out
    assert "  about " in text
    assert "(location approximate)" in text
    assert main(["--vault", str(vault_path), "search", "detox", "--near", "99501"]) == 0
    assert "No services found" in capsys.readouterr().out


def test_syringe_gets_the_honest_empty_answer(starter_vault: Vault) -> None:
    answer = uncovered(starter_vault.conn, "syringe", starter=True)
    assert answer == EmptyAnswer(("Syringe services",), starter=True)
    assert empty_answer_text(answer) == (
        "The starter directory has no syringe services programmes;"
        " your coordinator's feed can add them."
    )
    # Synonyms and the category filter ask the same question.
    assert uncovered(starter_vault.conn, "needle exchange", starter=True) == answer
    assert uncovered(starter_vault.conn, "", "Syringe services", starter=True) == answer
    assert uncovered(starter_vault.conn, "shelter").categories == ("Shelter",)


def test_covered_questions_get_no_empty_answer(starter_vault: Vault) -> None:
    # Nothing near Anchorage, but the directory does cover detox: the plain answer stands.
    assert uncovered(starter_vault.conn, "detox") is None
    assert uncovered(starter_vault.conn, "zzzz") is None
    assert uncovered(starter_vault.conn, "narcan") is None


def test_cli_says_what_the_starter_does_not_cover(
    starter_vault: Vault,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    starter_vault.close()
    monkeypatch.setenv("OUTREACH_PASSPHRASE", PASSPHRASE)
    assert main(["--vault", str(vault_path), "search", "syringe", "--near", "21201"]) == 0
    assert "The starter directory has no syringe services programmes" in capsys.readouterr().out
