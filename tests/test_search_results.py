"""What a worker sees first, on real-like data (the SAMHSA slice in tests/data/samhsa):
the service whose name was typed ranks first, "Baltimore MD" is a place, a state is
searched as a whole, "open now" says how many it hid for unknown hours, and programs of
one place are told apart by their second name."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from outreach.directory.geo import resolve_place
from outreach.directory.query import build_match, parse
from outreach.directory.search import SearchFilters, search, search_page
from outreach.directory.store import upsert_records
from outreach.samhsa.build import build_records
from outreach.vault import Vault
from tests.directory_samples import WEEKDAYS_9_TO_5, service

SLICE = Path(__file__).parent / "data" / "samhsa"
# Monday 10 March 2025, 15:00 in Baltimore (EDT, UTC-4).
MONDAY_AFTERNOON = datetime(2025, 3, 10, 19, 0, tzinfo=UTC)
DOWNTOWN_BALTIMORE = (39.2904, -76.6122)


@pytest.fixture(scope="module")
def slice_records() -> list[dict[str, Any]]:
    records, _ = build_records(SLICE)
    return records


@pytest.fixture
def slice_vault(vault: Vault, slice_records: list[dict[str, Any]]) -> Vault:
    # One service with known hours beside the SAMHSA records, which list none.
    open_one = service(
        "open-clinic",
        "Open Door Clinic",
        description="Walk-in recovery support.",
        lat=DOWNTOWN_BALTIMORE[0],
        lon=DOWNTOWN_BALTIMORE[1],
        city="Baltimore",
        state="MD",
        postcode="21201",
        schedules=WEEKDAYS_9_TO_5,
        x_timezone="America/New_York",
    )
    with vault.transaction():
        upsert_records(vault.conn, [*slice_records, open_one], source="test")
    return vault


def _bm25_names(vault: Vault, query: str) -> list[str]:
    """The plain full-text order (what the search ranked by before names came first)."""
    match = build_match(parse(query))
    rows = vault.conn.execute(
        "SELECT s.name FROM service_fts JOIN service s ON s.num = service_fts.rowid"
        " WHERE service_fts MATCH ? ORDER BY service_fts.rank",
        (match,),
    )
    return [name for (name,) in rows]


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Maryland Center for Veterans", "Maryland Center for Veterans"),
        ("maryland center for veterans", "Maryland Center for Veterans"),
        ("Serenity Health", "Serenity Health"),
        ("High Point Brockton", "High Point Brockton"),
    ],
)
def test_an_exact_name_ranks_first(slice_vault: Vault, query: str, name: str) -> None:
    assert _bm25_names(slice_vault, query)[0] != name  # bm25 alone put it lower
    hits = search(slice_vault.conn, query)
    assert hits[0].name == name
    # With a filter too (another code path), and near the place with distance order.
    filtered = search(slice_vault.conn, query, SearchFilters(category="Substance use treatment"))
    assert filtered[0].name == name
    near = SearchFilters(near=DOWNTOWN_BALTIMORE, within_km=1000)
    assert search(slice_vault.conn, query, near)[0].name == name


def test_a_name_typed_in_part_ranks_first(slice_vault: Vault) -> None:
    # "maryland cen" (still typing) is the start of one name; bm25 ranks seven others higher.
    assert _bm25_names(slice_vault, "maryland cen")[0] != "Maryland Center for Veterans"
    assert search(slice_vault.conn, "maryland cen")[0].name == "Maryland Center for Veterans"
    # Every name that starts with the typed words comes before those that merely contain them.
    hits = search(slice_vault.conn, "healthcare")
    assert hits[0].name == "Healthcare for the Homeless Inc"
    assert _bm25_names(slice_vault, "healthcare")[0] != hits[0].name
    # The typed word whole comes before a longer word that merely starts with it.
    with slice_vault.transaction():
        upsert_records(
            slice_vault.conn,
            [service("works", "Recoveryworks"), service("east", "Recovery Center East")],
            source="test",
        )
    names = [hit.name for hit in search(slice_vault.conn, "recovery")]
    assert names.index("Recovery Center East") < names.index("Recoveryworks")
    assert names.index("Recoveryworks") < names.index("EMH Recovery Inc")


def test_near_a_place_distance_still_decides_for_words(slice_vault: Vault) -> None:
    # A word that starts many names is not a name: near a place, nearest first as before.
    near = SearchFilters(near=DOWNTOWN_BALTIMORE, within_km=30)
    hits = search(slice_vault.conn, "university", near)
    distances = [hit.distance_km for hit in hits]
    assert len(hits) > 3
    assert distances == sorted(distances)  # type: ignore[type-var]


@pytest.mark.parametrize(
    "text", ["Baltimore MD", "baltimore md", "Baltimore, MD", "BALTIMORE  MD", "Baltimore Maryland"]
)
def test_a_city_and_its_state_with_or_without_a_comma(slice_vault: Vault, text: str) -> None:
    [place] = resolve_place(slice_vault.conn, text)
    assert place.label == "Baltimore, MD"
    assert place.services > 40
    assert place.region is None


def test_a_zip_a_city_the_directory_lacks_and_a_state(slice_vault: Vault) -> None:
    conn = slice_vault.conn
    [zip_place] = resolve_place(conn, "21201")
    assert zip_place.services > 0
    [columbia] = resolve_place(conn, "Columbia MD")  # no service there: the ZIP data knows it
    assert columbia.label == "Columbia, MD"
    assert columbia.services == 0
    for text in ("MD", "md", "Maryland", "maryland"):
        [state] = resolve_place(conn, text)
        assert (state.label, state.region) == ("Maryland", "MD")
    [massachusetts] = resolve_place(conn, "MA")
    in_state = search(conn, "", SearchFilters(region=massachusetts.region), limit=500)
    assert in_state
    assert all("MA" in (hit.address or "") for hit in in_state)
    assert len(search(conn, "", SearchFilters(region="MD"), limit=500)) > len(in_state)
    assert resolve_place(conn, "Atlantis XY") == []


def test_open_now_says_how_many_it_hid_for_unknown_hours(slice_vault: Vault) -> None:
    conn = slice_vault.conn
    everything = search(conn, "", limit=500)
    unknown = [hit for hit in everything if hit.open_now is None]
    assert len(unknown) == len(everything) - 1  # only the Open Door Clinic lists hours

    page = search_page(conn, "", SearchFilters(open_at=MONDAY_AFTERNOON), limit=500)
    assert [hit.name for hit in page.hits] == ["Open Door Clinic"]
    assert page.unknown_hours == len(unknown)

    # With text, and near a place: the count follows what the text and the place match.
    text_page = search_page(conn, "methadone", SearchFilters(open_at=MONDAY_AFTERNOON))
    methadone = [hit for hit in search(conn, "methadone", limit=500) if hit.open_now is None]
    assert text_page.hits == []
    assert text_page.unknown_hours == len(methadone) > 0
    near = SearchFilters(open_at=MONDAY_AFTERNOON, near=DOWNTOWN_BALTIMORE, within_km=5)
    near_page = search_page(conn, "", near, limit=500)
    around = search(conn, "", SearchFilters(near=DOWNTOWN_BALTIMORE, within_km=5), limit=500)
    assert near_page.unknown_hours == sum(1 for hit in around if hit.open_now is None) > 0

    # Asked to, it shows them, open ones and unknown ones, and never the closed.
    shown = search_page(
        conn,
        "",
        SearchFilters(open_at=MONDAY_AFTERNOON, include_unknown_hours=True),
        limit=500,
    )
    assert len(shown.hits) == len(everything)
    evening = datetime(2025, 3, 10, 23, 30, tzinfo=UTC)  # 19:30: the clinic is closed
    closed = search_page(
        conn, "", SearchFilters(open_at=evening, include_unknown_hours=True), limit=500
    )
    assert "Open Door Clinic" not in [hit.name for hit in closed.hits]
    # Without "open now" nothing is hidden, so there is nothing to count.
    assert search_page(conn, "methadone").unknown_hours == 0


def test_programs_of_one_place_are_told_apart_by_their_second_name(slice_vault: Vault) -> None:
    hits = search(slice_vault.conn, "MedMark Treatment")
    assert [hit.name for hit in hits[:2]] == ["MedMark Treatment Centers"] * 2
    assert {hit.alternate_name for hit in hits[:2]} == {"Baltimore Downtown 201", "Downtown 101"}
    # A second name that only repeats the first, or is blank, is no second name.
    records = [
        service("same", "Harbor House", alternate_name="HARBOR HOUSE"),
        service("blank", "Harbor Hall", alternate_name="  "),
    ]
    with slice_vault.transaction():
        upsert_records(slice_vault.conn, records, source="test")
    assert {hit.alternate_name for hit in search(slice_vault.conn, "harbor")} == {None}
