"""US places from offline ZIP data (the ``zipcodes`` package: USPS ZIP list, GeoNames
coordinates under CC BY 4.0), so any US ZIP code or city works as a place even where the
directory has no service.

A ZIP code's point is the centre GeoNames gives for it: good for "near", never an address.
The data loads on first use (about half a second), so callers off the GUI thread.
"""

from __future__ import annotations

import re
from functools import lru_cache

from outreach.directory.geo import Place
from outreach.directory.text import fold

_ZIP = re.compile(r"^\s*(\d{5})(?:-\d{4})?\s*$")


def parse_zip(text: str) -> str | None:
    """ "02134" and "02134-1234" -> "02134"; anything else -> None."""
    match = _ZIP.match(text)
    return match.group(1) if match else None


@lru_cache(maxsize=1)
def _zip_table() -> dict[str, tuple[float, float, str, str]]:
    """ZIP -> (lat, lon, city, state) for every ZIP with coordinates."""
    import zipcodes

    table: dict[str, tuple[float, float, str, str]] = {}
    for entry in zipcodes.list_all():
        try:
            lat, lon = float(entry["lat"]), float(entry["long"])
        except (KeyError, TypeError, ValueError):
            continue
        table[entry["zip_code"]] = (lat, lon, entry.get("city") or "", entry.get("state") or "")
    return table


@lru_cache(maxsize=1)
def _city_table() -> dict[tuple[str, str], list[tuple[float, float]]]:
    """(folded city, state) -> the centres of its ZIP codes."""
    cities: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for lat, lon, city, state in _zip_table().values():
        if city:
            cities.setdefault((fold(city), state.lower()), []).append((lat, lon))
    return cities


def zip_centroid(code: str) -> tuple[float, float] | None:
    """The centre of a US ZIP code, or None when the data has no such ZIP."""
    found = _zip_table().get(code)
    return (found[0], found[1]) if found else None


def zip_place(text: str) -> Place | None:
    """ "21201" -> Place("21201 (Baltimore, MD)", …); None when not a known US ZIP."""
    code = parse_zip(text)
    found = _zip_table().get(code) if code else None
    if found is None or code is None:
        return None
    lat, lon, city, state = found
    label = f"{code} ({city}, {state})" if city else code
    return Place(label, lat, lon)


def city_places(city: str, state: str | None = None) -> list[Place]:
    """US cities of that name (in ``state`` when given, a two-letter code), each placed at
    the mean of its ZIP centres; the city with most ZIP codes first."""
    folded = " ".join(fold(city).split())
    if not folded:
        return []
    wanted = state.strip().lower() if state else None
    places = []
    for (name, region), points in _city_table().items():
        if name != folded or (wanted and region != wanted):
            continue
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        places.append((len(points), Place(f"{city.strip().title()}, {region.upper()}", lat, lon)))
    places.sort(key=lambda item: (-item[0], item[1].label))
    return [place for _, place in places]
