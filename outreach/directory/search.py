"""Finding services: full text, synonyms, one typo, filters, distance, opening hours.

Ranking: FTS5 bm25 with the name column weighted highest, then alternate name,
organization, taxonomy and description. With ``near``, results within the radius are sorted
by distance (nearest first; the text decides only which services qualify). Inactive and
defunct services are never shown.

The heavy lifting stays in SQL so the cost over a bare FTS5 query is small: filters are
index look-ups joined to the full-text matches, the "near" box is an R*Tree range, and only
the rows shown are read in full. Opening hours are evaluated in Python, and only for as many
candidates as it takes to fill the page.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from outreach.directory.derive import category_names, normalise_language
from outreach.directory.geo import Place, bounding_box, haversine_km, resolve_place
from outreach.directory.hours import OpenState, compiled_from_json, open_state_compiled
from outreach.directory.query import ParsedQuery, build_match, parse, typo_corrections
from outreach.errors import UserFacingError
from outreach.vault.db import Connection

__all__ = [
    "DEFAULT_WITHIN_KM",
    "Place",
    "SearchFilters",
    "SearchHit",
    "categories",
    "languages",
    "resolve_place",
    "search",
]

DEFAULT_WITHIN_KM = 25.0
#: Column weights for bm25 (name, alternate_name, organization, taxonomy, description) are
#: the index's configured rank (schema step 2): ``ORDER BY rank`` uses them.
#: The most results one search returns (more is a list nobody reads, and memory).
MAX_LIMIT = 10_000
#: Ages a filter may ask about.
MAX_AGE = 150
#: Fewer exact hits than this and the query is retried with typo corrections.
TYPO_RETRY_BELOW = 3
_HIDDEN_STATUS = "s.status NOT IN ('inactive', 'defunct')"


@dataclass(frozen=True)
class SearchFilters:
    """What narrows a search. ``open_at`` must be timezone-aware ("open now" is now)."""

    category: str | None = None
    open_at: datetime | None = None
    near: tuple[float, float] | None = None
    within_km: float | None = None
    language: str | None = None
    free: bool = False
    walk_in: bool = False
    age: int | None = None


@dataclass(frozen=True)
class SearchHit:
    """One result row: enough for the list, the id to load the full record for the detail."""

    id: str
    name: str
    organization: str | None
    distance_km: float | None
    open_now: bool | None
    open_label: str
    assured_date: str | None
    categories: tuple[str, ...]
    address: str | None
    #: The state behind ``open_label`` (``None`` when no hours are known), so a translated
    #: interface can word it itself; ``label_now`` is the moment the label is relative to.
    open_state: OpenState | None = None
    label_now: datetime | None = None
    #: Every point of the service is only its postcode's centre: its distance is "about".
    approximate_location: bool = False


@dataclass(frozen=True)
class _Plan:
    clauses: tuple[str, ...]  # SQL conditions on service s (status not included)
    params: tuple[Any, ...]
    box: tuple[float, float, float, float] | None


def _canonical_category(name: str) -> str:
    for known in category_names():
        if known.casefold() == name.strip().casefold():
            return known
    raise UserFacingError(f"Unknown category {name!r}. Categories: {', '.join(category_names())}.")


def _plan(filters: SearchFilters) -> _Plan:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.category:
        clauses.append("s.num IN (SELECT num FROM service_category WHERE category = ?)")
        params.append(_canonical_category(filters.category))
    if filters.language:
        code = normalise_language(filters.language)
        if code:
            clauses.append("s.num IN (SELECT num FROM service_language WHERE code = ?)")
            params.append(code)
    if filters.free:
        clauses.append("s.free = 1")
    if filters.walk_in:
        clauses.append("s.walk_in = 1")
    if filters.age is not None:
        if not 0 <= filters.age <= MAX_AGE:
            raise UserFacingError(f"An age must be between 0 and {MAX_AGE} (got {filters.age}).")
        clauses.append(
            "(s.min_age IS NULL OR s.min_age <= ?) AND (s.max_age IS NULL OR s.max_age >= ?)"
        )
        params.extend((filters.age, filters.age))
    box = None
    if filters.near is not None:
        lat, lon = filters.near
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise UserFacingError(f"Not a place on Earth: {lat}, {lon}.")
        km = filters.within_km if filters.within_km is not None else DEFAULT_WITHIN_KM
        if not 0 < km <= 20_100:  # also refuses NaN; half the Earth's circumference covers all
            raise UserFacingError("The distance must be more than 0 km and at most 20,100 km.")
        box = bounding_box(lat, lon, km)
    if filters.open_at is not None and filters.open_at.utcoffset() is None:
        raise UserFacingError("The time to check opening hours against needs a time zone.")
    return _Plan(tuple(clauses), tuple(params), box)


def _is_open(hours: str | None, at: datetime) -> bool | None:
    if not hours:
        return None
    state = open_state_compiled(compiled_from_json(hours), at)
    return state.is_open


def _candidates(
    conn: Connection, match: str | None, plan: _Plan
) -> Iterator[tuple[int, str | None]]:
    """(num, hours) in rank order (bm25, or name when there is no text)."""
    if match and not plan.clauses:
        # Hidden services are not in the index, so this is the bare FTS5 query.
        sql = (
            "SELECT s.num, s.hours FROM service_fts JOIN service s ON s.num = service_fts.rowid"
            " WHERE service_fts MATCH ? ORDER BY service_fts.rank"
        )
        params: tuple[Any, ...] = (match,)
    elif match:
        where = " AND ".join(plan.clauses)
        sql = (
            "SELECT s.num, s.hours FROM service_fts JOIN service s ON s.num = service_fts.rowid"
            f" WHERE service_fts MATCH ? AND {where} ORDER BY service_fts.rank"
        )
        params = (match, *plan.params)
    else:
        where = " AND ".join((_HIDDEN_STATUS, *plan.clauses))
        sql = f"SELECT s.num, s.hours FROM service s WHERE {where} ORDER BY s.sort_name"
        params = plan.params
    for num, hours in conn.execute(sql, params):
        yield int(num), hours


def _top_matches(conn: Connection, match: str, limit: int) -> list[tuple[int, float | None]]:
    rows = conn.execute(
        "SELECT rowid FROM service_fts WHERE service_fts MATCH ? ORDER BY rank LIMIT ?",
        (match, limit),
    )
    return [(int(num), None) for (num,) in rows]


def _distances(conn: Connection, plan: _Plan, filters: SearchFilters) -> dict[int, float]:
    """Exact distance to each service with a point inside the radius (nearest point wins)."""
    assert plan.box is not None
    assert filters.near is not None
    lat0, lon0 = filters.near
    km = filters.within_km if filters.within_km is not None else DEFAULT_WITHIN_KM
    nearest: dict[int, float] = {}
    rows = conn.execute(
        "SELECT p.num, p.lat, p.lon FROM service_point_rtree r"
        " JOIN service_point p ON p.point = r.point"
        " WHERE r.min_lat <= ? AND r.max_lat >= ? AND r.min_lon <= ? AND r.max_lon >= ?",
        (plan.box[1], plan.box[0], plan.box[3], plan.box[2]),
    )
    for num, lat, lon in rows:
        distance = haversine_km(lat0, lon0, lat, lon)
        if distance <= km and distance < nearest.get(num, float("inf")):
            nearest[num] = distance
    return nearest


def _ranked(
    conn: Connection, match: str | None, plan: _Plan, filters: SearchFilters, limit: int
) -> list[tuple[int, float | None]]:
    open_at = filters.open_at
    if match and open_at is None and plan.box is None and not plan.clauses:
        return _top_matches(conn, match, limit)
    if plan.box is None:
        found: list[tuple[int, float | None]] = []
        for num, hours in _candidates(conn, match, plan):
            if open_at is not None and _is_open(hours, open_at) is not True:
                continue
            found.append((num, None))
            if len(found) >= limit:
                break
        return found
    # Near a place: the R*Tree box is small next to what a typed prefix matches, so start
    # from the box, keep what the text matches (an unranked rowid scan: the order is by
    # distance, so bm25 would be wasted), then apply the other filters to that short list.
    nearest = _distances(conn, plan, filters)
    if match and nearest:
        matched = {
            num
            for (num,) in conn.execute(
                "SELECT rowid FROM service_fts WHERE service_fts MATCH ?", (match,)
            )
        }
        nearest = {num: d for num, d in nearest.items() if num in matched}
    if not nearest:
        return []
    where = " AND ".join((_HIDDEN_STATUS, *plan.clauses))
    rows = conn.execute(
        "SELECT s.num, s.hours FROM service s"
        f" WHERE s.num IN (SELECT value FROM json_each(?)) AND {where}",
        (json.dumps(list(nearest)), *plan.params),
    ).fetchall()
    within = sorted((nearest[num], num, hours) for num, hours in rows)
    result: list[tuple[int, float | None]] = []
    for distance, num, hours in within:
        if open_at is not None and _is_open(hours, open_at) is not True:
            continue
        result.append((num, distance))
        if len(result) >= limit:
            break
    return result


def _hits(
    conn: Connection, ranked: list[tuple[int, float | None]], at: datetime, now: datetime
) -> list[SearchHit]:
    if not ranked:
        return []
    nums = [num for num, _ in ranked]
    marks = ",".join("?" * len(nums))
    rows = {
        row[0]: row
        for row in conn.execute(
            "SELECT num, id, name, organization_name, assured_date, hours, address"
            f" FROM service WHERE num IN ({marks})",
            nums,
        )
    }
    cats: dict[int, list[str]] = {}
    for num, category in conn.execute(
        f"SELECT num, category FROM service_category WHERE num IN ({marks}) ORDER BY category",
        nums,
    ):
        cats.setdefault(num, []).append(category)
    approximate = {
        int(num)
        for num, all_approximate in conn.execute(
            f"SELECT num, min(approximate) FROM service_point WHERE num IN ({marks}) GROUP BY num",
            nums,
        )
        if all_approximate
    }
    hits = []
    for num, distance in ranked:
        _, record_id, name, organization, assured, hours, address = rows[num]
        state: OpenState | None = None
        if hours:
            state = open_state_compiled(compiled_from_json(hours), at)
            is_open, label = state.is_open, state.label(now)
        else:
            is_open, label = None, "Hours unknown"
        hits.append(
            SearchHit(
                id=record_id,
                name=name,
                organization=organization,
                distance_km=None if distance is None else round(distance, 2),
                open_now=is_open,
                open_label=label,
                assured_date=assured,
                categories=tuple(cats.get(num, ())),
                address=address,
                open_state=state,
                label_now=now,
                approximate_location=num in approximate,
            )
        )
    return hits


def search(
    conn: Connection,
    query: str,
    filters: SearchFilters = SearchFilters(),  # frozen, so sharing is safe
    *,
    now: datetime | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """Search the directory. Any text is safe to pass: it is never read as FTS5 syntax.

    ``open_now``/``open_label`` on each hit are evaluated at ``filters.open_at`` when given,
    else at ``now`` (default: the current time). Raises ``UserFacingError`` for an unknown
    category, a naive ``open_at``, an impossible place or a non-positive radius.
    """
    now = now if now is not None else datetime.now(UTC)
    if now.utcoffset() is None:
        raise UserFacingError("The current time needs a time zone.")
    if limit <= 0:
        return []
    limit = min(limit, MAX_LIMIT)
    plan = _plan(filters)
    parsed = parse(query)
    ranked = _ranked(conn, build_match(parsed), plan, filters, limit)
    if not parsed.is_empty and len(ranked) < TYPO_RETRY_BELOW:
        ranked = _with_typos(conn, parsed, plan, filters, limit, ranked)
    return _hits(conn, ranked, filters.open_at or now, now)


def _with_typos(
    conn: Connection,
    parsed: ParsedQuery,
    plan: _Plan,
    filters: SearchFilters,
    limit: int,
    exact: list[tuple[int, float | None]],
) -> list[tuple[int, float | None]]:
    corrections = typo_corrections(conn, parsed)
    if not corrections:
        return exact
    # Exact hits stay first; corrected ones follow.
    seen = {num for num, _ in exact}
    merged = list(exact)
    for num, distance in _ranked(
        conn, build_match(parsed, corrections=corrections), plan, filters, limit
    ):
        if num not in seen and len(merged) < limit:
            merged.append((num, distance))
    return merged


def categories(conn: Connection) -> list[tuple[str, int]]:
    """Every top-level category (in the configured order) with its number of services."""
    counts = dict(
        conn.execute(
            "SELECT c.category, count(*) FROM service_category c JOIN service s ON s.num = c.num"
            f" WHERE {_HIDDEN_STATUS} GROUP BY c.category"
        ).fetchall()
    )
    return [(name, int(counts.get(name, 0))) for name in category_names()]


def languages(conn: Connection) -> list[tuple[str, int]]:
    """Language codes offered by active services, most common first."""
    rows = conn.execute(
        "SELECT l.code, count(*) AS n FROM service_language l JOIN service s ON s.num = l.num"
        f" WHERE {_HIDDEN_STATUS} GROUP BY l.code ORDER BY n DESC, l.code"
    ).fetchall()
    return [(code, int(n)) for code, n in rows]
