"""Coordinates for facilities: geocoded lists where name and address match, else the ZIP
code's centre from the offline ZIP data (marked approximate)."""

from __future__ import annotations

from dataclasses import dataclass

from outreach.directory.places import zip_centroid
from outreach.samhsa.facilities import Facility, name_similarity, street_number, zip5

#: Names at least this alike, at the same ZIP and street number, are the same facility.
SAME_FACILITY = 0.6


@dataclass(frozen=True)
class GeocodedPlace:
    name: str
    street: str
    zip5: str
    lat: float
    lon: float


@dataclass
class GeocodeReport:
    exact: int = 0
    approximate: int = 0
    unplaced: int = 0


def geocoded_place(
    name: str, street: str, postcode: str, lat: str, lon: str
) -> GeocodedPlace | None:
    try:
        latitude, longitude = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180) or (latitude, longitude) == (0, 0):
        return None
    return GeocodedPlace(name, street, zip5(postcode), latitude, longitude)


def place_facilities(facilities: list[Facility], known: list[GeocodedPlace]) -> GeocodeReport:
    """Set each facility's coordinates (in place) and say how many were placed how."""
    index: dict[tuple[str, str], list[GeocodedPlace]] = {}
    for place in known:
        number = street_number(place.street)
        if number and place.zip5:
            index.setdefault((place.zip5, number), []).append(place)
    report = GeocodeReport()
    for facility in facilities:
        number = facility.street_number
        candidates = index.get((facility.zip5, number), []) if number else []
        names = " ".join(filter(None, (facility.name, facility.alternate_name)))
        best = max(candidates, key=lambda place: name_similarity(names, place.name), default=None)
        if best is not None and name_similarity(names, best.name) >= SAME_FACILITY:
            facility.lat, facility.lon, facility.approximate = best.lat, best.lon, False
            report.exact += 1
            continue
        centre = zip_centroid(facility.zip5)
        if centre is None:
            report.unplaced += 1
            continue
        facility.lat, facility.lon, facility.approximate = centre[0], centre[1], True
        report.approximate += 1
    return report
