"""Distances and offline place look-up from the directory's own addresses."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from outreach.directory.text import fold
from outreach.vault.db import Connection

EARTH_RADIUS_KM = 6371.0088
_KM_PER_DEGREE_LAT = 111.195
_COORDINATES = re.compile(r"^\s*([-+]?\d{1,3}(?:\.\d+)?)\s*[,; ]\s*([-+]?\d{1,3}(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class Place:
    """A place a search can be centred on. ``services`` counts the located services that
    gave it its coordinates (0 for typed coordinates)."""

    label: str
    lat: float
    lon: float
    services: int = 0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def bounding_box(lat: float, lon: float, km: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) enclosing the circle of ``km`` around a point.

    A box that would cross a pole or the antimeridian is widened to all longitudes, which is
    correct (only slower) for the rare outreach service up there.
    """
    dlat = km / _KM_PER_DEGREE_LAT
    min_lat, max_lat = lat - dlat, lat + dlat
    cos_lat = math.cos(math.radians(lat))
    if min_lat <= -90 or max_lat >= 90 or cos_lat < 1e-6:
        return max(min_lat, -90.0), min(max_lat, 90.0), -180.0, 180.0
    dlon = km / (_KM_PER_DEGREE_LAT * cos_lat)
    if lon - dlon < -180 or lon + dlon > 180:
        return min_lat, max_lat, -180.0, 180.0
    return min_lat, max_lat, lon - dlon, lon + dlon


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """ "41.9,-87.6" -> (41.9, -87.6); None when the text is not a valid coordinate pair."""
    match = _COORDINATES.match(text)
    if not match:
        return None
    lat, lon = float(match.group(1)), float(match.group(2))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def resolve_place(conn: Connection, text: str) -> list[Place]:
    """Coordinates for typed coordinates, a postcode, "City, ST" or a city name.

    Offline: postcodes and cities come from the directory's own addresses, and the place is
    the mean of the matching service points. A city found in several regions gives one place
    per region, the one with most services first. Any US ZIP code, and US cities the
    directory does not have, come from the offline ZIP data (:mod:`.places`), so a place
    with no service nearby is still a place. Nothing found gives an empty list.
    """
    coordinates = parse_coordinates(text)
    if coordinates:
        return [Place(text.strip(), coordinates[0], coordinates[1])]
    folded = " ".join(fold(text).split())
    if not folded:
        return []
    postcode = folded.replace(" ", "")
    if re.fullmatch(r"\d{5}-\d{4}", postcode):
        postcode = postcode[:5]
    row = conn.execute(
        "SELECT avg(lat), avg(lon), count(DISTINCT num) FROM service_point WHERE postcode = ?",
        (postcode,),
    ).fetchone()
    if row and row[2]:
        return [Place(text.strip().upper(), float(row[0]), float(row[1]), int(row[2]))]
    # A postcode the directory has no service in: any US ZIP code from the offline data.
    us_zip = _us_zip(postcode)
    if us_zip:
        return [us_zip]
    city, _, region = (part.strip() for part in folded.partition(","))
    sql = "SELECT region, avg(lat), avg(lon), count(DISTINCT num) FROM service_point WHERE city = ?"
    params: tuple[str, ...] = (city,)
    if region:
        sql += " AND region = ?"
        params = (city, region)
    sql += " GROUP BY region ORDER BY count(DISTINCT num) DESC, region"
    places = []
    for found_region, lat, lon, count in conn.execute(sql, params):
        label = city.title() + (f", {found_region.upper()}" if found_region else "")
        places.append(Place(label, float(lat), float(lon), int(count)))
    if places:
        return places
    # Not a city of the directory: a US city from the offline ZIP data, if it is one.
    from outreach.directory.places import city_places

    return city_places(city, region or None)


def _us_zip(postcode: str) -> Place | None:
    if not re.fullmatch(r"\d{5}", postcode):
        return None
    from outreach.directory.places import zip_place

    return zip_place(postcode)
