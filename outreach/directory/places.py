"""US places from offline ZIP data (the ``zipcodes`` package: USPS ZIP list, GeoNames
coordinates under CC BY 4.0), so any US ZIP code or city works as a place even where the
directory has no service.

A ZIP code's point is the centre GeoNames gives for it: good for "near", never an address.
The data loads on first use (about a quarter of a second): call from worker threads.
"""

from __future__ import annotations

import re
import string
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
