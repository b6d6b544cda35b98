"""Search over a real SQLCipher vault: ranking, synonyms, typos, filters, distance, hostile text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from outreach.directory.geo import haversine_km, resolve_place
from outreach.directory.search import SearchFilters, categories, languages, search
from outreach.directory.store import upsert_records
from outreach.errors import UserFacingError
from outreach.vault import Vault
from tests.directory_samples import WEEKDAYS_9_TO_5, service

# Monday 10 March 2025 in Chicago (CDT, UTC-5): 15:00 local, and 18:30 local.
MONDAY_AFTERNOON = datetime(2025, 3, 10, 20, 0, tzinfo=UTC)
MONDAY_EVENING = datetime(2025, 3, 10, 23, 30, tzinfo=UTC)

LINCOLN_PARK = (41.9214, -87.6513)
LOOP = (41.8837, -87.6325)  # about 4.5 km south of Lincoln Park
EVANSTON = (42.0451, -87.6877)  # about 14 km north
MILWAUKEE = (43.0389, -87.9065)  # about 125 km north


def ids(hits: list) -> list[str]:
    return [hit.id for hit in hits]


@pytest.fixture
def directory(vault: Vault) -> Vault:
    records = [
        service(
            "detox-name",
            "Westside Detox Center",
            description="Inpatient care.",
            lat=LOOP[0],
            lon=LOOP[1],
            postcode="60603",
            schedules=WEEKDAYS_9_TO_5,
            languages=[{"id": "l1", "name": "Spanish"}],
        ),
        service(
            "detox-desc",
            "Hope House",
            description="We offer detox for adults.",
            lat=LINCOLN_PARK[0],
            lon=LINCOLN_PARK[1],
            minimum_age=18,
        ),
        service(
            "naloxone",
            "Harm Reduction Hub",
            description="Naloxone kits and syringe services. Walk-ins welcome.",
            fees_description="Free",
            lat=EVANSTON[0],
            lon=EVANSTON[1],
            city="Evanston",
            postcode="60201",
        ),
        service(
            "methadone",
            "Methadone Clinic North",
            description="Opioid treatment program.",
            lat=MILWAUKEE[0],
            lon=MILWAUKEE[1],
            city="Milwaukee",
            state="WI",
            postcode="53202-1234",
        ),
        service(
            "shelter",
            "Pacific Garden Shelter",
            description="Emergency beds for men.",
            lat=LOOP[0] + 0.01,
            lon=LOOP[1],
        ),
        service(
            "pantry",
            "Lakeview Food Pantry",
            description="Groceries every Tuesday.",
            schedules=[
                {
                    "id": "always",
                    "freq": "WEEKLY",
                    "byday": "MO,TU,WE,TH,FR,SA,SU",
                    "opens_at": "00:00",
                    "closes_at": "24:00",
                }
            ],
        ),
        service("bupe", "Suboxone Access Program", description="Same-day starts.", maximum_age=25),
        service("gone", "Old Detox Place", status="defunct"),
    ]
    with vault.transaction() as conn:
        upsert_records(conn, records, source="test")
    return vault


def test_name_match_ranks_above_description_match(directory: Vault) -> None:
    hits = search(directory.conn, "detox", now=MONDAY_AFTERNOON)
    assert ids(hits)[:2] == ["detox-name", "detox-desc"]


def test_defunct_services_are_never_shown(directory: Vault) -> None:
    assert "gone" not in ids(search(directory.conn, "old detox place"))
    assert "gone" not in ids(search(directory.conn, "", limit=100))


def test_last_word_is_a_prefix_as_you_type(directory: Vault) -> None:
    assert ids(search(directory.conn, "pacif"))[0] == "shelter"
    assert ids(search(directory.conn, "garden shel")) == ["shelter"]
    # Earlier words are whole words: "pac" alone is a prefix, but not when followed by more.
    assert search(directory.conn, "pac garden") == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("narcan", "naloxone"),
        ("needle exchange", "naloxone"),
        ("bupe", "bupe"),
        ("comida", "pantry"),
        ("refugio", "shelter"),
        ("withdrawal management", "detox-name"),
        ("MOUD", "methadone"),
    ],
)
def test_synonyms_find_the_words_directories_use(
    directory: Vault, query: str, expected: str
) -> None:
    assert expected in ids(search(directory.conn, query))


@pytest.mark.parametrize(
    ("query", "expected"),
    [("shleter", "shelter"), ("methadon clinic", "methadone"), ("pantyr", "pantry")],
)
def test_one_typo_is_tolerated(directory: Vault, query: str, expected: str) -> None:
    assert ids(search(directory.conn, query))[0] == expected


def test_two_typos_are_not_guessed(directory: Vault) -> None:
    assert search(directory.conn, "shlleterr") == []


@pytest.mark.parametrize(
    "text",
    [
        '"',
        "'",
        "*",
        "-",
        ":",
        "NEAR",
        "NEAR(a b)",
        "detox AND",
        "OR",
        "(detox",
        "detox)",
        "name:detox",
        "^detox",
        '"unbalanced',
        "a*b*",
        "NOT detox",
        "+",
        "\\",
        "%_",
        "\x00",
        "détox",
        "   ",
        "🙂",
        "x" * 500,
    ],
)
def test_hostile_input_never_raises(directory: Vault, text: str) -> None:
    search(directory.conn, text)


def test_quotes_and_operators_are_plain_words(directory: Vault) -> None:
    assert ids(search(directory.conn, '"detox" -center'))[0] == "detox-name"
    # "center:detox" is the two words, not a column filter (there is no column "center").
    assert ids(search(directory.conn, "center:detox")) == ["detox-name"]


def test_accents_are_ignored(directory: Vault) -> None:
    assert ids(search(directory.conn, "DÉTOX"))[:2] == ["detox-name", "detox-desc"]


def test_category_filter_and_unknown_category(directory: Vault) -> None:
    hits = search(directory.conn, "", SearchFilters(category="naloxone"))
    assert ids(hits) == ["naloxone"]
    assert hits[0].categories == ("Naloxone", "Syringe services")
    with pytest.raises(UserFacingError, match="Unknown category 'Spaceships'"):
        search(directory.conn, "", SearchFilters(category="Spaceships"))


def test_language_free_walk_in_and_age_filters(directory: Vault) -> None:
    assert ids(search(directory.conn, "", SearchFilters(language="Español"))) == ["detox-name"]
    assert ids(search(directory.conn, "", SearchFilters(free=True))) == ["naloxone"]
    assert ids(search(directory.conn, "", SearchFilters(walk_in=True))) == ["naloxone"]
    teen = ids(search(directory.conn, "", SearchFilters(age=16), limit=100))
    assert "detox-desc" not in teen  # 18 and over
    assert "bupe" in teen
    adult = ids(search(directory.conn, "", SearchFilters(age=40), limit=100))
    assert "bupe" not in adult  # up to 25
    assert "detox-desc" in adult


def test_empty_query_lists_by_name(directory: Vault) -> None:
    names = [hit.name for hit in search(directory.conn, "", limit=100)]
    assert names == sorted(names, key=str.casefold)
    assert len(names) == 7


def test_open_at_filter_and_open_state_on_hits(directory: Vault) -> None:
    afternoon = search(directory.conn, "", SearchFilters(open_at=MONDAY_AFTERNOON), limit=100)
    assert sorted(ids(afternoon)) == ["detox-name", "pantry"]
    evening = search(directory.conn, "", SearchFilters(open_at=MONDAY_EVENING), limit=100)
    assert ids(evening) == ["pantry"]
    listed = {hit.id: hit for hit in search(directory.conn, "", now=MONDAY_EVENING, limit=100)}
    assert listed["detox-name"].open_now is False
    assert listed["detox-name"].open_label.startswith("Closed")
    assert listed["pantry"].open_now is True
    # Unknown hours are unknown, never "closed".
    assert listed["shelter"].open_now is None
    assert listed["shelter"].open_label == "Hours unknown"


def test_naive_times_are_refused(directory: Vault) -> None:
    with pytest.raises(UserFacingError, match="time zone"):
        search(directory.conn, "", SearchFilters(open_at=datetime(2025, 3, 10, 15)))


def test_near_sorts_by_distance_within_the_radius(directory: Vault) -> None:
    hits = search(directory.conn, "", SearchFilters(near=LINCOLN_PARK, within_km=20), limit=100)
    assert ids(hits) == ["detox-desc", "shelter", "detox-name", "naloxone"]
    distances = [hit.distance_km for hit in hits]
    assert distances == sorted(distances)  # type: ignore[type-var]
    assert distances[0] == 0.0
    expected = haversine_km(*LINCOLN_PARK, *EVANSTON)
    assert hits[-1].distance_km == pytest.approx(expected, abs=0.01)
    assert 13 < expected < 16
    # Milwaukee is far outside 20 km, and services without coordinates are never "near".
    assert "methadone" not in ids(hits)
    assert "pantry" not in ids(hits)


def test_near_with_text_and_small_radius(directory: Vault) -> None:
    hits = search(directory.conn, "detox", SearchFilters(near=LINCOLN_PARK, within_km=2))
    assert ids(hits) == ["detox-desc"]
    assert search(directory.conn, "detox", SearchFilters(near=LINCOLN_PARK))[0].distance_km == 0


def test_no_distance_without_near(directory: Vault) -> None:
    assert all(hit.distance_km is None for hit in search(directory.conn, "detox"))


@pytest.mark.parametrize("km", [0, -5])
def test_radius_must_be_positive(directory: Vault, km: float) -> None:
    with pytest.raises(UserFacingError, match="more than 0"):
        search(directory.conn, "", SearchFilters(near=LOOP, within_km=km))


def test_resolve_place_from_postcode_city_and_coordinates(directory: Vault) -> None:
    conn = directory.conn
    [loop] = resolve_place(conn, "60603")
    assert (loop.lat, loop.lon, loop.services) == (LOOP[0], LOOP[1], 1)
    [milwaukee] = resolve_place(conn, "53202")  # stored as ZIP+4
    assert milwaukee.label == "53202"
    [evanston] = resolve_place(conn, "evanston, il")
    assert evanston.label == "Evanston, IL"
    chicago = resolve_place(conn, "Chicago")
    assert chicago[0].services == 3
    assert chicago[0].lat == pytest.approx((LOOP[0] * 2 + 0.01 + LINCOLN_PARK[0]) / 3)
    [typed] = resolve_place(conn, " 41.9, -87.6 ")
    assert (typed.lat, typed.lon) == (41.9, -87.6)
    assert resolve_place(conn, "Atlantis") == []
    assert resolve_place(conn, "91.0,10") == []  # not a coordinate, and no such city
    assert resolve_place(conn, "") == []


def test_category_and_language_counts(directory: Vault) -> None:
    counts = dict(categories(directory.conn))
    assert counts["Naloxone"] == 1
    assert counts["Legal aid"] == 0
    assert next(iter(counts)) == "Substance use treatment"
    assert languages(directory.conn) == [("es", 1)]


def test_limit(directory: Vault) -> None:
    assert len(search(directory.conn, "", limit=2)) == 2
    assert search(directory.conn, "detox", limit=0) == []
