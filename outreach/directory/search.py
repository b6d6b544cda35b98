"""Finding services: full text, synonyms, one typo, filters, distance, opening hours.

Ranking: a service whose name is exactly what was typed comes first, then names that start
with it (:mod:`.name_rank`), then FTS5 bm25 with the name column weighted highest, then
alternate name, organization, taxonomy and description. With ``near``, results within the
radius are sorted by distance (nearest first; the text decides only which services qualify,
except that an exact name match still comes first). Inactive and defunct services are never
shown. "Open now" hides services whose hours are unknown unless asked to keep them, and
:func:`search_page` says how many it hid.

The heavy lifting stays in SQL so the cost over a bare FTS5 query is small: filters are
index look-ups joined to the full-text matches, the "near" box is an R*Tree range, and only
the rows shown are read in full. Opening hours are evaluated in Python, and only for as many
candidates as it takes to fill the page.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from outreach.directory.derive import category_names, normalise_language
from outreach.directory.geo import Place, bounding_box, haversine_km, resolve_place
from outreach.directory.hours import OpenState, compiled_from_json, open_state_compiled
from outreach.directory.name_rank import name_matches, names_first
from outreach.directory.query import ParsedQuery, build_match, parse, typo_corrections
from outreach.errors import UserFacingError
from outreach.vault.db import Connection

__all__ = [
    "DEFAULT_WITHIN_KM",
    "Place",
    "SearchFilters",
    "SearchHit",
    "SearchPage",
    "categories",
    "languages",
    "resolve_place",
    "search",
    "search_page",
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
    #: With ``open_at``: keep services whose hours are unknown (they may well be open).
    include_unknown_hours: bool = False
    #: Only services with an address in this region (a US state code, "MD").
    region: str | None = None


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
    #: The service's second name ("Buprenorphine Clinic"): tells apart programs of one place.
    alternate_name: str | None = None


@dataclass(frozen=True)
class SearchPage:
    """One page of results, and what "open now" left out of it."""

    hits: list[SearchHit]
    #: With ``open_at``: how many services matched everything else but have unknown hours
    #: (hidden, unless ``include_unknown_hours``, when they are among the hits).
    unknown_hours: int = 0


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
    if filters.region:
        clauses.append("s.num IN (SELECT num FROM service_point WHERE region = ?)")
        params.append(filters.region.strip().casefold())
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


def _shown(hours: str | None, filters: SearchFilters) -> bool:
    """Whether "open now" (if asked) lets the service through."""
    if filters.open_at is None:
        return True
    is_open = _is_open(hours, filters.open_at)
    return is_open is True or (is_open is None and filters.include_unknown_hours)


def _unknown_hours(conn: Connection, match: str | None, plan: _Plan) -> int:
    """How many services match the text and the filters but have no known hours."""
    where = " AND ".join((_HIDDEN_STATUS, "s.hours IS NULL", *plan.clauses))
    if match:
        sql = (
            "SELECT count(*) FROM service_fts JOIN service s ON s.num = service_fts.rowid"
            f" WHERE service_fts MATCH ? AND {where}"
        )
        return int(conn.execute(sql, (match, *plan.params)).fetchone()[0])
    sql = f"SELECT count(*) FROM service s WHERE {where}"
    return int(conn.execute(sql, plan.params).fetchone()[0])


def _named_first(conn: Connection, first: list[int], plan: _Plan) -> list[tuple[int, str | None]]:
    """(num, hours) of the name matches that pass the filters, in ``first``'s order."""
    if not first:
        return []
    where = " AND ".join((_HIDDEN_STATUS, *plan.clauses))
    rows = dict(
        conn.execute(
            "SELECT s.num, s.hours FROM service s"
            f" WHERE s.num IN (SELECT value FROM json_each(?)) AND {where}",
            (json.dumps(first), *plan.params),
        ).fetchall()
    )
    return [(num, rows[num]) for num in first if num in rows]


def _candidates(
    conn: Connection,
    match: str | None,
    plan: _Plan,
    first: Sequence[int] = (),
) -> Iterator[tuple[int, str | None]]:
    """(num, hours) in rank order: the name matches ``first``, then bm25 (or by name when
    there is no text)."""
    named = _named_first(conn, list(first), plan) if match else []
    yield from named
    skip = {num for num, _ in named}
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
        if num not in skip:
            yield int(num), hours


def _top_matches(
    conn: Connection, match: str, limit: int, first: list[int], plan: _Plan
) -> list[tuple[int, float | None]]:
    found: list[tuple[int, float | None]] = []
    found.extend((num, None) for num, _ in _named_first(conn, first, plan)[:limit])
    skip = {num for num, _ in found}
    rows = conn.execute(
        "SELECT rowid FROM service_fts WHERE service_fts MATCH ? ORDER BY rank LIMIT ?",
        (match, limit + len(skip)),
    )
    found.extend((int(num), None) for (num,) in rows if num not in skip)
    return found[:limit]


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


@dataclass(frozen=True)
class _Ranked:
    found: list[tuple[int, float | None]]  # (num, distance) in the order shown
    unknown_hours: int  # with "open now": matches whose hours are unknown


def _ranked(
    conn: Connection,
    match: str | None,
    plan: _Plan,
    filters: SearchFilters,
    limit: int,
    names: tuple[list[int], list[int]] = ([], []),
) -> _Ranked:
    """The services to show. ``names`` are (exact, prefix) name matches: first in the list,
    or, near a place, the exact ones first and the rest by distance."""
    open_at = filters.open_at
    exact, prefix = names
    if match and open_at is None and plan.box is None and not plan.clauses:
        return _Ranked(_top_matches(conn, match, limit, exact + prefix, plan), 0)
    if plan.box is None:
        found: list[tuple[int, float | None]] = []
        for num, hours in _candidates(conn, match, plan, exact + prefix):
            if not _shown(hours, filters):
                continue
            found.append((num, None))
            if len(found) >= limit:
                break
        unknown = _unknown_hours(conn, match, plan) if open_at is not None else 0
        return _Ranked(found, unknown)
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
        return _Ranked([], 0)
    where = " AND ".join((_HIDDEN_STATUS, *plan.clauses))
    rows = conn.execute(
        "SELECT s.num, s.hours FROM service s"
        f" WHERE s.num IN (SELECT value FROM json_each(?)) AND {where}",
        (json.dumps(list(nearest)), *plan.params),
    ).fetchall()
    # Distance decides, except for the service whose name was typed in full.
    within = names_first(
        [(num, nearest[num]) for _, num in sorted((nearest[num], num) for num, _ in rows)],
        exact,
    )
    hours_of = dict(rows)
    result: list[tuple[int, float | None]] = []
    for num, distance in within:
        if not _shown(hours_of[num], filters):
            continue
        result.append((num, distance))
        if len(result) >= limit:
            break
    unknown = sum(1 for _, hours in rows if not hours) if open_at is not None else 0
    return _Ranked(result, unknown)


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
            "SELECT s.num, s.id, s.name, s.organization_name, s.assured_date, s.hours,"
            " s.address, json_extract(d.doc, '$.alternate_name')"
            f" FROM service s JOIN service_doc d ON d.num = s.num WHERE s.num IN ({marks})",
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
        _, record_id, name, organization, assured, hours, address, alternate = rows[num]
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
                alternate_name=_alternate(alternate, name),
            )
        )
    return hits


def _alternate(value: Any, name: str) -> str | None:
    """The second name worth showing: text, and not the name again."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = " ".join(value.split())
    return None if value.casefold() == name.strip().casefold() else value


def search(
    conn: Connection,
    query: str,
    filters: SearchFilters = SearchFilters(),  # frozen, so sharing is safe
    *,
    now: datetime | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """Search the directory: the hits of :func:`search_page`."""
    return search_page(conn, query, filters, now=now, limit=limit).hits


def search_page(
    conn: Connection,
    query: str,
    filters: SearchFilters = SearchFilters(),
    *,
    now: datetime | None = None,
    limit: int = 50,
) -> SearchPage:
    """Search the directory. Any text is safe to pass: it is never read as FTS5 syntax.

    ``open_now``/``open_label`` on each hit are evaluated at ``filters.open_at`` when given,
    else at ``now`` (default: the current time). Raises ``UserFacingError`` for an unknown
    category, a naive ``open_at``, an impossible place or a non-positive radius.
    """
    now = now if now is not None else datetime.now(UTC)
    if now.utcoffset() is None:
        raise UserFacingError("The current time needs a time zone.")
    if limit <= 0:
        return SearchPage([])
    limit = min(limit, MAX_LIMIT)
    plan = _plan(filters)
    parsed = parse(query)
    names = name_matches(conn, parsed)
    ranked = _ranked(conn, build_match(parsed), plan, filters, limit, names)
    if not parsed.is_empty and len(ranked.found) < TYPO_RETRY_BELOW:
        ranked = _with_typos(conn, parsed, plan, filters, limit, ranked)
    return SearchPage(_hits(conn, ranked.found, filters.open_at or now, now), ranked.unknown_hours)


def _with_typos(
    conn: Connection,
    parsed: ParsedQuery,
    plan: _Plan,
    filters: SearchFilters,
    limit: int,
    exact: _Ranked,
) -> _Ranked:
    corrections = typo_corrections(conn, parsed)
    if not corrections:
        return exact
    # Exact hits stay first; corrected ones follow.
    seen = {num for num, _ in exact.found}
    merged = list(exact.found)
    corrected = _ranked(conn, build_match(parsed, corrections=corrections), plan, filters, limit)
    for num, distance in corrected.found:
        if num not in seen and len(merged) < limit:
            merged.append((num, distance))
    # The corrected text matches everything the typed one did, and more.
    return _Ranked(merged, max(exact.unknown_hours, corrected.unknown_hours))


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
