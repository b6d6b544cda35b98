"""``outreach pack ...``: build, diff, inspect and (starter only) apply resource packs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from outreach.cli.common import fail, open_vault, print_json
from outreach.errors import PackRejected, UserFacingError
from outreach.feed.outcome import applied_outcome
from outreach.files import write_atomically
from outreach.packs.build import build_pack, make_delta
from outreach.packs.read import Pack, read_pack


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``pack`` sub-command and its own sub-commands."""
    pack = sub.add_parser("pack", help="build, inspect and apply resource packs")
    actions = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    build = actions.add_parser(
        "build",
        help="build a full pack from directory exports",
        description="Read one or more exports (HSDS 3.x JSON or CSV, HSDS 1.x/2.x CSV "
        "datapackage, or a CSV with a column mapping), print the import report, and write "
        "a full resource pack. Sign and publish it with 'outreach feed publish'.",
    )
    build.add_argument("sources", nargs="+", type=Path, metavar="SOURCE")
    build.add_argument("--out", required=True, type=Path, metavar="PACK", help="pack to write")
    build.add_argument("--name", help="the directory's name (default: the first source's)")
    build.add_argument(
        "--version",
        type=int,
        metavar="N",
        help="pack version (default: one more than the pack already at --out, else 1)",
    )
    build.add_argument("--mapping", type=Path, metavar="FILE", help="column mapping for a CSV")
    build.add_argument("--timezone", metavar="TZ", help="IANA time zone of the services' hours")
    build.add_argument(
        "--compression",
        choices=("deflate", "lzma"),
        default="deflate",
        help="deflate (default, fast) or lzma (about 30%% smaller, much slower to build)",
    )
    build.set_defaults(func=_build)

    delta = actions.add_parser("delta", help="write the delta between two full packs")
    delta.add_argument("base", type=Path, metavar="BASE_PACK")
    delta.add_argument("new", type=Path, metavar="NEW_PACK")
    delta.add_argument("--out", required=True, type=Path, metavar="PACK")
    delta.set_defaults(func=_delta)

    diff = actions.add_parser(
        "diff",
        help="what NEW changes compared with OLD (added, updated, removed; guard warnings)",
        description="Compare two full packs service by service: added, updated (per field: "
        "name, status, phones, hours, address, description, note) and removed, with the "
        "large-change guard's warnings. Exit code 0, or 3 when the guard warns.",
    )
    diff.add_argument("old", type=Path, metavar="OLD")
    diff.add_argument("new", type=Path, metavar="NEW")
    diff.add_argument("--json", action="store_true", help="print the review as JSON")
    diff.add_argument(
        "--kind", action="append", choices=("added", "updated", "removed"), help="only these"
    )
    diff.add_argument("--category", help="only services in this category")
    diff.add_argument("--search", default="", help="only services whose name or values match")
    diff.set_defaults(func=_diff)

    info = actions.add_parser("info", help="check a pack and show what it holds")
    info.add_argument("pack", type=Path, metavar="PACK")
    info.add_argument("--json", action="store_true", help="print the manifest as JSON")
    info.set_defaults(func=_info)

    apply = actions.add_parser(
        "apply",
        help="install the bundled starter pack (signed packs: 'outreach feed import-pack')",
    )
    apply.add_argument("pack", nargs="?", type=Path, metavar="PACK", help="starter pack file")
    apply.add_argument("--starter", action="store_true", help="this is an unsigned starter pack")
    apply.set_defaults(func=_apply)


def _build(args: argparse.Namespace) -> int:
    from outreach.importers import import_path  # the importers are only needed to build

    records: list[dict[str, Any]] = []
    for source in args.sources:
        result = import_path(source, mapping=args.mapping, timezone=args.timezone)
        print(f"{source}:")
        for line in result.report.summary_lines():
            print(f"  {line}")
        records.extend(result.records)
    if not records:
        return fail("no services could be read; no pack was written")
    version = args.version if args.version is not None else _next_version(args.out)
    name = args.name or args.sources[0].stem
    source = ", ".join(path.name for path in args.sources)
    data = build_pack(
        records, version=version, name=name, source=source, compression=args.compression
    )
    write_atomically(args.out, data, make_parents=True)
    manifest = read_pack(data).manifest
    print(f"Wrote {args.out}: {manifest.describe()}, {len(data):,} bytes.")
    return 0


def _delta(args: argparse.Namespace) -> int:
    data = make_delta(_read_file(args.base), _read_file(args.new))
    write_atomically(args.out, data, make_parents=True)
    print(f"Wrote {args.out}: {read_pack(data).manifest.describe()}, {len(data):,} bytes.")
    return 0


def _diff(args: argparse.Namespace) -> int:
    from outreach.desk.report import print_review
    from outreach.packs.review import review_records

    old, new = _load(args.old), _load(args.new)
    for path, pack in ((args.old, old), (args.new, new)):
        if pack.manifest.kind != "full":
            return fail(f"{path} is a delta; compare two full packs")
    review = review_records(old.iter_records(), new.iter_records())
    changes = review.filtered(
        args.kind or ("added", "updated", "removed"), category=args.category, search=args.search
    )
    if args.json:
        print_json(review.to_json(changes))
    else:
        print_review(review, changes)
    return 3 if review.warnings else 0


def _info(args: argparse.Namespace) -> int:
    pack = _load(args.pack)
    manifest = pack.manifest
    if args.json:
        print_json(manifest.__dict__ | {"bytes": args.pack.stat().st_size})
        return 0
    print(manifest.describe())
    print(f"  created  {manifest.created}")
    print(f"  source   {manifest.source or '-'}")
    print(f"  format   {manifest.format}")
    print(f"  content  sha256 {manifest.content_sha256}")
    print(f"  size     {args.pack.stat().st_size:,} bytes")
    return 0


def _apply(args: argparse.Namespace) -> int:
    if not args.starter:
        return fail(
            "only the unsigned starter pack is applied here (add --starter); a pack from a "
            "feed must be verified: use 'outreach feed import-pack'"
        )
    from outreach.packs.starter import install_starter_pack, starter_pack_path

    path = args.pack or starter_pack_path()
    vault = open_vault(args)
    try:
        result = install_starter_pack(vault, path=path)
    finally:
        vault.close()
    print(applied_outcome(result).message)
    return 0


def _next_version(out: Path) -> int:
    if not out.exists():
        return 1
    try:
        return _load(out).manifest.version + 1
    except PackRejected as exc:
        raise UserFacingError(
            f"{out} exists and is not a readable pack ({exc}); give --version"
        ) from exc


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserFacingError(f"{path}: cannot read ({exc.strerror}).") from exc


def _load(path: Path) -> Pack:
    try:
        return read_pack(_read_file(path))
    except PackRejected as exc:
        raise PackRejected(f"{path}: {exc}") from exc
