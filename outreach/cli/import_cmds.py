"""``outreach import PATH``: read a directory export and store it in the vault."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from outreach.cli.common import open_vault, print_json
from outreach.importers import ImportResult, import_path


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``import`` sub-command."""
    p = sub.add_parser(
        "import",
        help="import services from HSDS JSON/CSV or a CSV with a column mapping",
        description="Import a directory export into the vault in one transaction: HSDS 3.x "
        "JSON (file or folder), an HSDS 3.x or 1.x/2.x CSV datapackage folder, or a plain "
        "CSV file with a column mapping. Prints what was imported, skipped and repaired.",
    )
    p.add_argument("path", type=Path, help="file or folder to import")
    p.add_argument(
        "--mapping",
        metavar="FILE",
        type=Path,
        help="column mapping (TOML or JSON) for a plain CSV, or the name of a shipped one "
        "(samhsa-treatment, samhsa-otp)",
    )
    p.add_argument("--timezone", metavar="TZ", help="IANA time zone of the services' hours")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--dry-run", action="store_true", help="read and report; store nothing")
    p.set_defaults(func=_import)


def _import(args: argparse.Namespace) -> int:
    def show_progress(done: int, total: int, message: str) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{message} {done}/{total or '?'}", end="", file=sys.stderr, flush=True)

    result = import_path(
        args.path, mapping=args.mapping, timezone=args.timezone, progress=show_progress
    )
    stored: dict[str, int] | None = None
    if not args.dry_run:
        # Imported lazily: the store (and its SQLCipher dependency) is only needed to write.
        from outreach.directory.store import upsert_records

        vault = open_vault(args)
        try:
            with vault.transaction():
                summary = upsert_records(vault.conn, result.records, source=_source(result, args))
        finally:
            vault.close()
        stored = {"added": summary.added, "updated": summary.updated,
                  "unchanged": summary.unchanged}  # fmt: skip
    if sys.stderr.isatty() and not args.json:
        print(file=sys.stderr)
    if args.json:
        payload = result.report.to_json()
        payload["services"] = len(result.records)
        payload["stored"] = stored
        print_json(payload)
    else:
        for line in result.report.summary_lines():
            print(line)
        if stored is None:
            print(f"Dry run: {len(result.records)} services read, nothing stored.")
        else:
            print(
                f"Stored {len(result.records)} services: {stored['added']} new, "
                f"{stored['updated']} updated, {stored['unchanged']} unchanged."
            )
    return 0


def _source(result: ImportResult, args: argparse.Namespace) -> str:
    return result.source or Path(args.path).name
