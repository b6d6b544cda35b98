"""US places from offline ZIP data (the ``zipcodes`` package: USPS ZIP list, GeoNames
coordinates under CC BY 4.0), so any US ZIP code or city works as a place even where the
directory has no service.

A ZIP code's point is the centre GeoNames gives for it: good for "near", never an address.
The data loads on first use (about a quarter of a second): call from worker threads.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from outreach.directory.geo import Place

_ZIP = re.compile(r"^\s*(\d{5})(?:-\d{4})?\s*$")


def parse_zip(text: str) -> str | None:
    """ "02134" and "02134-1234" -> "02134"; anything else -> None."""
    match = _ZIP.match(text)
    return match.group(1) if match else None


def _entries(**query: str) -> list[dict[str, object]]:
    """ZIP records: by ``zip_code``, else by ``city``/``state`` (names as USPS writes them)."""
    import zipcodes

    try:
        if "zip_code" in query:
            return list(zipcodes.matching(query["zip_code"]))
        return list(zipcodes.filter_by(**query))
    except (TypeError, ValueError):  # the package's answer to a malformed ZIP
        return []


def _point(entry: dict[str, object]) -> tuple[float, float] | None:
    try:
        return float(str(entry["lat"])), float(str(entry["long"]))
    except (KeyError, TypeError, ValueError):
        return None


@lru_cache(maxsize=256)
def zip_centroid(code: str) -> tuple[float, float] | None:
    """The centre of a US ZIP code, or None when the data has no such ZIP."""
    for entry in _entries(zip_code=code) if parse_zip(code) else ():
        point = _point(entry)
        if point:
            return point
    return None


def zip_place(text: str) -> Place | None:
    """ "21201" -> Place("21201 (Baltimore, MD)", …); None when not a known US ZIP."""
    code = parse_zip(text)
    if code is None:
        return None
    for entry in _entries(zip_code=code):
        point = _point(entry)
        if point:
            city, state = entry.get("city") or "", entry.get("state") or ""
            label = f"{code} ({city}, {state})" if city else code
            return Place(label, point[0], point[1])
    return None


def _spellings(city: str) -> list[str]:
    """How the ZIP data may spell a typed city: "st. louis" -> "St. Louis", "Saint Louis"."""
    typed = " ".join(city.split())
    found = [string.capwords(typed)]
    short = re.match(r"(?i)^st\.? (.+)$", typed)
    if short:
        found.append("Saint " + string.capwords(short.group(1)))
    return found


def city_places(city: str, state: str | None = None) -> list[Place]:
    """US cities of that name (in ``state`` when given, a two-letter code), each placed at
    the mean of its ZIP centres; the state with most ZIP codes first."""
    wanted = state.strip().upper() if state else None
    by_state: dict[str, list[tuple[float, float]]] = {}
    names: dict[str, str] = {}
    for spelling in _spellings(city):
        query = {"city": spelling} | ({"state": wanted} if wanted else {})
        for entry in _entries(**query):
            point = _point(entry)
            region = str(entry.get("state") or "")
            if point and region:
                by_state.setdefault(region, []).append(point)
                names.setdefault(region, str(entry.get("city") or spelling))
    places = []
    for region, points in by_state.items():
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        places.append((len(points), Place(f"{names[region]}, {region}", lat, lon)))
    places.sort(key=lambda item: (-item[0], item[1].label))
    return [place for _, place in places]


#: US states, DC and the territories in the ZIP data, by USPS code.
US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming", "PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands",
    "AS": "American Samoa", "MP": "Northern Mariana Islands",
}  # fmt: skip


@dataclass(frozen=True)
class HomePlace:
    """Where a worker works, as the Near box will hold it.

    ``near_text`` is what goes in the Near box ("21201", "Baltimore, MD"); ``label`` names
    the place found; ``state`` is set when a whole state was given and its largest city
    (the one with most ZIP codes) stands in for it.
    """

    near_text: str
    label: str
    state: str | None = None


def state_code(text: str) -> str | None:
    """ "MD", "md", "Maryland" -> "MD"; None for anything else."""
    cleaned = " ".join(text.replace(".", " ").split()).casefold()
    for code, name in US_STATES.items():
        if cleaned in (code.casefold(), name.casefold()):
            return code
    return None


def split_city(text: str) -> tuple[str, str | None]:
    """ "Baltimore, MD", "Baltimore MD", "Baltimore Maryland" -> ("Baltimore", "MD")."""
    city, comma, rest = text.partition(",")
    if comma and state_code(rest):
        return city.strip(), state_code(rest)
    parts = text.split()
    for take in (2, 1):  # "New Mexico", then "MD"
        if len(parts) > take and state_code(" ".join(parts[-take:])):
            return " ".join(parts[:-take]), state_code(" ".join(parts[-take:]))
    return text.strip(), None


def home_place(text: str) -> HomePlace | None:
    """A state, a city or a ZIP code, offline; None when the ZIP data knows no such place."""
    text = " ".join(text.split())
    if not text:
        return None
    found = zip_place(text)
    if found:
        return HomePlace(parse_zip(text) or text, found.label)
    state = state_code(text)
    if state:
        import zipcodes

        cities = Counter(
            str(entry["city"])
            for entry in zipcodes.filter_by(state=state)
            if entry.get("zip_code_type") == "STANDARD" and entry.get("city")
        )
        if not cities:
            return None
        biggest = f"{cities.most_common(1)[0][0]}, {state}"
        return HomePlace(biggest, biggest, US_STATES[state])
    city, region = split_city(text)
    places = city_places(city, region)
    if not places:
        return None
    return HomePlace(places[0].label, places[0].label)
