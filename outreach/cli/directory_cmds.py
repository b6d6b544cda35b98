"""``outreach search`` and ``outreach hsds export``."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from outreach.cli.common import fail, open_vault, print_json
from outreach.directory.coverage import empty_answer_text, uncovered
from outreach.directory.export import export_hsds
from outreach.directory.facts import phones as record_phones
from outreach.directory.geo import resolve_place
from outreach.directory.search import SearchFilters, SearchHit, search
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
    p.add_argument("--within", type=float, metavar="KM", help="radius for --near (default 25)")
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
    vault = open_vault(args)
    try:
        near = None
        if args.near:
            places = resolve_place(vault.conn, args.near)
            if not places:
                return fail(
                    f"--near: no place called {args.near!r} in the directory;"
                    ' give "lat,lon" instead.'
                )
            near = (places[0].lat, places[0].lon)
        filters = SearchFilters(
            category=args.category,
            open_at=open_at,
            near=near,
            within_km=args.within,
            language=args.language,
            free=args.free,
            walk_in=args.walk_in,
            age=args.age,
        )
        hits = search(vault.conn, args.query, filters, now=now, limit=args.limit)
        records = {hit.id: get_record(vault.conn, hit.id) for hit in hits} if args.json else {}
        starter = pack_state(vault.conn).starter
        empty = None if hits else uncovered(vault.conn, args.query, args.category, starter=starter)
    finally:
        vault.close()
    if args.json:
        print_json([_hit_json(hit, near is not None, records[hit.id]) for hit in hits])
        return 0
    if not hits:
        print(empty_answer_text(empty) if empty else "No services found.")
    for hit in hits:
        distance = _distance_text(hit)
        org = f" — {hit.organization}" if hit.organization else ""
        address = hit.address or "no address"
        if hit.approximate_location:
            address += " (location approximate)"
        print(f"{hit.name}{org}{distance}\n    {hit.open_label}; {address}")
    return 0


def _distance_text(hit: SearchHit) -> str:
    if hit.distance_km is None:
        return ""
    if hit.approximate_location:  # measured to a ZIP code's centre
        return f"  about {max(1, round(hit.distance_km))} km"
    return f"  {hit.distance_km:.1f} km"


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
