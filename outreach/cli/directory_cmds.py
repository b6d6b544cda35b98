"""``outreach search`` and ``outreach hsds export``."""

from __future__ import annotations

import argparse
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from outreach.cli.common import fail, open_vault, print_json
from outreach.directory.coverage import empty_answer_text, uncovered
from outreach.directory.export import export_hsds
from outreach.directory.facts import phones as record_phones
from outreach.directory.geo import KM_PER_MILE, locale_territory, resolve_place, uses_miles
from outreach.directory.search import SearchFilters, SearchHit, search_page
from outreach.directory.store import get_record
from outreach.packs.state import pack_state


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search the directory", description="Search the directory.")
    p.add_argument("query", nargs="?", default="", help="words to look for (may be empty)")
    p.add_argument("--category", help="a top-level category, e.g. 'Shelter'")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--open-now", action="store_true", help="only services open now")
    when.add_argument("--open-at", metavar="ISO", help="only services open then (ISO 8601)")
    p.add_argument("--near", metavar="PLACE", help='"lat,lon", a postcode or "City, ST"')
    p.add_argument(
        "--within",
        metavar="N[km|mi]",
        help="radius for --near: kilometres, or miles with 'mi' (default 25km)",
    )
    p.add_argument(
        "--units",
        choices=("auto", "km", "mi"),
        default="auto",
        help="distances in kilometres or miles; auto: miles where the locale's country uses"
        " them (US, UK, Liberia, Myanmar), from LC_ALL, LC_MEASUREMENT or LANG",
    )
    p.add_argument(
        "--include-unknown-hours",
        action="store_true",
        help="with --open-now/--open-at, also list services whose hours are unknown",
    )
    p.add_argument("--language", help="a language name or code, e.g. Spanish or es")
    p.add_argument("--free", action="store_true", help="only free services")
    p.add_argument("--walk-in", action="store_true", help="only walk-in services")
    p.add_argument("--age", type=int, help="only services that accept this age")
    p.add_argument("--limit", type=int, default=50, help="at most this many results")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_search)

    hsds = sub.add_parser("hsds", help="HSDS files", description="Open Referral HSDS files.")
    hsds_sub = hsds.add_subparsers(dest="hsds_command", required=True)
    export = hsds_sub.add_parser(
        "export", help="write the directory as HSDS 3.0 JSON", description="Export HSDS 3.0."
    )
    export.add_argument("dir", type=Path, help="folder to write services.json etc. into")
    export.add_argument(
        "--country",
        metavar="CC",
        help="country (ISO code, e.g. US) of addresses that name none and whose state does "
        "not tell; without it such addresses are kept aside as x_incomplete_addresses",
    )
    export.set_defaults(func=run_export)


def _radius_km(text: str | None) -> float | None:
    """ "25", "25km" -> 25.0; "10mi" -> 16.09…; a bare number is kilometres; None when it
    is not a distance."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(km|mi)?\s*", text or "", re.IGNORECASE)
    if not match:
        return None
    value = float(match.group(1))
    return value * KM_PER_MILE if (match.group(2) or "").lower() == "mi" else value


def _miles(units: str) -> bool:
    if units != "auto":
        return units == "mi"
    for variable in ("LC_ALL", "LC_MEASUREMENT", "LANG"):
        value = os.environ.get(variable)
        if value:
            return uses_miles(locale_territory(value))
    return False


def _open_at(args: argparse.Namespace, now: datetime) -> datetime | None:
    if args.open_now:
        return now
    if not args.open_at:
        return None
    moment = datetime.fromisoformat(args.open_at)
    # A time without a zone means the worker's own clock.
    return moment if moment.tzinfo else moment.astimezone()


def _phones_json(record: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The service's phones (then its locations'): number, extension, label."""
    phones = []
    for phone in record_phones(record or {}):
        item = {"number": phone.number, "label": phone.note or phone.kind}
        if phone.extension:
            item["extension"] = phone.extension
        phones.append(item)
    return phones


def _hit_json(hit: SearchHit, with_distance: bool, record: dict[str, Any] | None) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": hit.id,
        "name": hit.name,
        "alternate_name": hit.alternate_name,
        "organization": hit.organization,
        "open_now": hit.open_now,
        "open_label": hit.open_label,
        "assured_date": hit.assured_date,
        "categories": list(hit.categories),
        "address": hit.address,
        "phones": _phones_json(record),
        "location_approximate": hit.approximate_location,
    }
    if with_distance:
        item["distance_km"] = hit.distance_km
    return item


def run_search(args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    try:
        open_at = _open_at(args, now)
    except ValueError:
        return fail(f"--open-at: {args.open_at!r} is not an ISO date and time.")
    if args.limit <= 0:
        return fail("--limit must be at least 1.")
    within = _radius_km(args.within) if args.within is not None else None
    if args.within is not None and within is None:
        return fail(f"--within: {args.within!r} is not a distance such as 25, 25km or 10mi.")
    vault = open_vault(args)
    try:
        near = None
        region = None
        if args.near:
            places = resolve_place(vault.conn, args.near)
            if not places:
                return fail(
                    f"--near: no place called {args.near!r} in the directory;"
                    ' give "lat,lon" instead.'
                )
            if places[0].region:  # a whole state: search inside it
                region = places[0].region
            else:
                near = (places[0].lat, places[0].lon)
        filters = SearchFilters(
            category=args.category,
            open_at=open_at,
            near=near,
            within_km=within,
            language=args.language,
            free=args.free,
            walk_in=args.walk_in,
            age=args.age,
            include_unknown_hours=args.include_unknown_hours,
            region=region,
        )
        page = search_page(vault.conn, args.query, filters, now=now, limit=args.limit)
        hits = page.hits
        records = {hit.id: get_record(vault.conn, hit.id) for hit in hits} if args.json else {}
        starter = pack_state(vault.conn).starter
        empty = None if hits else uncovered(vault.conn, args.query, args.category, starter=starter)
    finally:
        vault.close()
    if args.json:
        print_json([_hit_json(hit, near is not None, records[hit.id]) for hit in hits])
        return 0
    hidden = 0 if args.include_unknown_hours else page.unknown_hours
    if not hits and not hidden:
        print(empty_answer_text(empty) if empty else "No services found.")
    miles = _miles(args.units)
    for hit in hits:
        distance = _distance_text(hit, miles)
        org = f" — {hit.organization}" if hit.organization else ""
        address = hit.address or "no address"
        if hit.approximate_location:
            address += " (location approximate)"
        second = f" ({hit.alternate_name})" if hit.alternate_name else ""
        print(f"{hit.name}{second}{org}{distance}\n    {hit.open_label}; {address}")
    if hidden:
        print(
            f"{hidden} service{'s' if hidden != 1 else ''} with unknown hours not shown;"
            " add --include-unknown-hours to list them."
        )
    return 0


def _distance_text(hit: SearchHit, miles: bool = False) -> str:
    if hit.distance_km is None:
        return ""
    value, unit = (hit.distance_km / KM_PER_MILE, "mi") if miles else (hit.distance_km, "km")
    if hit.approximate_location:  # measured to a ZIP code's centre
        return f"  about {max(1, round(value))} {unit}"
    return f"  {value:.1f} {unit}"


def run_export(args: argparse.Namespace) -> int:
    country = args.country.strip().upper() if args.country else None
    if country is not None and not (len(country) == 2 and country.isalpha()):
        return fail(f"--country: expected a two-letter code such as US, not {args.country!r}.")
    vault = open_vault(args)
    try:
        summary = export_hsds(vault.conn, args.dir, country=country)
    finally:
        vault.close()
    print(
        f"Wrote {summary.services} services, {summary.organizations} organizations and"
        f" {summary.locations} locations to {args.dir}."
    )
    for line in summary.lines():
        print(line)
    return 0
