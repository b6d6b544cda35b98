"""Distances and offline place look-up from the directory's own addresses."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from outreach.directory.text import fold
from outreach.vault.db import Connection

EARTH_RADIUS_KM = 6371.0088
KM_PER_MILE = 1.609344
#: Where distances are told in miles: the US and its territories, the UK (road distances),
#: Liberia and Myanmar.
MILES_TERRITORIES = frozenset({"US", "PR", "GU", "VI", "AS", "MP", "UM", "GB", "LR", "MM"})
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
    #: Set for a whole US state ("MD"): search inside it rather than around a point.
    region: str | None = None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def uses_miles(territory: str | None) -> bool:
    """Whether people in ``territory`` (an ISO country code, "US") measure distance in miles."""
    return (territory or "").strip().upper() in MILES_TERRITORIES


def locale_territory(name: str | None) -> str | None:
    """The country of a POSIX or Qt locale name: "en_US.UTF-8" -> "US"; None for "C"."""
    match = re.match(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2}|\d{3})\b", name or "")
    return match.group(1).upper() if match else None


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
    """Coordinates for typed coordinates, a postcode, "City, ST", "City ST", a city name or
    a whole US state ("MD", "Maryland").

    Offline: postcodes and cities come from the directory's own addresses, and the place is
    the mean of the matching service points. A city found in several regions gives one place
    per region, the one with most services first. Any US ZIP code, and US cities the
    directory does not have, come from the offline ZIP data (:mod:`.places`), so a place
    with no service nearby is still a place. A state gives one place with ``region`` set
    (a search inside the state, not around its middle); a directory city of the same name
    ("New York") wins over the state unless the state's code was typed. Nothing found
    gives an empty list.
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
    from outreach.directory.places import split_city, state_code

    if len(folded) > 2 or not state_code(folded):  # "MD" is a state, never a city
        places = _directory_cities(conn, folded, None)
        if places:
            return places
    state = state_code(folded)
    if state:
        return _state_place(conn, state)
    city, region = split_city(folded)
    places = _directory_cities(conn, city, region.casefold() if region else None)
    if places:
        return places
    # Not a city of the directory: a US city from the offline ZIP data, if it is one.
    from outreach.directory.places import city_places

    return city_places(city, region)


def _directory_cities(conn: Connection, city: str, region: str | None) -> list[Place]:
    """A city of the directory's addresses, one place per region (most services first)."""
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
    return places


def _state_place(conn: Connection, state: str) -> list[Place]:
    """A whole US state: centred on its services (for the record), searched by region."""
    from outreach.directory.places import US_STATES

    row = conn.execute(
        "SELECT avg(lat), avg(lon), count(DISTINCT num) FROM service_point WHERE region = ?",
        (state.casefold(),),
    ).fetchone()
    if not row or not row[2]:
        return [Place(US_STATES[state], 0.0, 0.0, 0, region=state)]
    return [Place(US_STATES[state], float(row[0]), float(row[1]), int(row[2]), region=state)]


def _us_zip(postcode: str) -> Place | None:
    if not re.fullmatch(r"\d{5}", postcode):
        return None
    from outreach.directory.places import zip_place

    return zip_place(postcode)
