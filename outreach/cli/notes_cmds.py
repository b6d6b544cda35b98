"""``outreach notes …``: import a notes spreadsheet, the anonymous report, purge, follow-ups due.

Nothing here prints an alias or note text unless asked with ``due --show``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from outreach.cli.common import fail, open_vault, print_json
from outreach.errors import UserFacingError
from outreach.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    notes = sub.add_parser("notes", help="contact notes: import, report, purge, follow-ups due")
    nsub = notes.add_subparsers(dest="notes_command", required=True, metavar="COMMAND")

    p = nsub.add_parser(
        "import",
        help="import encounters from a notes spreadsheet (CSV)",
        description="Import a CSV with one encounter per row. Headers that name the fields "
        "(alias, date, time, place, needs, supplies, note, referred_to, tags; or apodo, "
        "fecha, hora, lugar, necesidades, insumos, nota, referido_a, etiquetas) need no "
        "mapping. Rows with problems are left out and listed by row and column.",
    )
    p.add_argument("file", type=Path, help="the CSV file")
    p.add_argument("--mapping", metavar="FILE", type=Path, help="column mapping (TOML or JSON)")
    p.add_argument("--dry-run", action="store_true", help="read and report; store nothing")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=_import)

    p = nsub.add_parser(
        "report",
        help="anonymous counts by month (CSV), small cells suppressed",
        description="Counts by month: encounters, distinct contacts, needs, supplies, "
        "referrals made and attained, median days to attained. No aliases, no text, no "
        'date finer than a month; counts of 1 to 4 show as "<5" and cells that would '
        'reveal them as "x".',
    )
    p.add_argument(
        "--from", dest="first", metavar="YYYY-MM", help="first month (default: a year ago)"
    )
    p.add_argument("--to", dest="last", metavar="YYYY-MM", help="last month (default: this month)")
    p.add_argument("--out", metavar="FILE.csv", type=Path, help="write here (default: stdout)")
    p.add_argument("--language", choices=("en", "es"), default="en", help="category words")
    p.set_defaults(func=_report)

    p = nsub.add_parser(
        "purge",
        help="delete notes older than the retention period (Settings; default 365 days)",
    )
    p.add_argument("--dry-run", action="store_true", help="say what would go; delete nothing")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--days", type=int, help="retention period in days (default: the setting)")
    p.set_defaults(func=_purge)

    p = nsub.add_parser("due", help="follow-ups due today and overdue (counts only)")
    p.add_argument("--show", action="store_true", help="list them, with aliases")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_due)


def _import(args: argparse.Namespace) -> int:
    from outreach.notes.csv_import import read_notes_csv, store_notes

    parsed = read_notes_csv(args.file, mapping=args.mapping)
    stored = False
    if not args.dry_run:
        vault = open_vault(args)
        try:
            with vault.transaction() as conn:
                store_notes(conn, parsed)
            stored = True
        finally:
            vault.close()
    if args.json:
        payload = parsed.report.to_json()
        payload.update(
            encounters=len(parsed.rows),
            contacts_added=parsed.contacts_added,
            referrals=parsed.referrals,
            stored=stored,
            columns=parsed.columns.source,
        )
        print_json(payload)
        return 0
    for line in parsed.report.summary_lines():
        print(line)
    if stored:
        print(
            f"Stored {len(parsed.rows)} encounters ({parsed.contacts_added} new contacts, "
            f"{parsed.referrals} referrals)."
        )
    else:
        print(f"Dry run: {len(parsed.rows)} encounters read, nothing stored.")
    return 0


def _month(text: str | None, default: date, option: str) -> date:
    if not text:
        return default
    try:
        return date.fromisoformat(text if len(text) > 7 else text + "-01")
    except ValueError:
        raise UserFacingError(f"{option}: expected a month as YYYY-MM.") from None


def _report(args: argparse.Namespace) -> int:
    from outreach.notes.report import build_report
    from outreach.vault.keyfile import write_atomically

    today = date.today()
    first = _month(args.first, today.replace(year=today.year - 1, day=1), "--from")
    last = _month(args.last, today, "--to")
    vault = open_vault(args)
    try:
        report = build_report(vault.conn, first, last)
    finally:
        vault.close()
    text = report.to_csv(args.language)
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        write_atomically(args.out, text.encode("utf-8"))
    except OSError as exc:
        raise UserFacingError(f"Cannot write {args.out}: {exc.strerror}.") from exc
    print(f"Wrote the report for {report.months[0]} to {report.months[-1]} to {args.out}.")
    return 0


def _purge(args: argparse.Namespace) -> int:
    from outreach.notes.retention import compact_after_purge, cutoff_for, plan_purge, purge

    days = args.days if args.days is not None else Settings.load().retention_days
    cutoff = cutoff_for(days)
    vault = open_vault(args)
    try:
        plan = plan_purge(vault.conn, cutoff)
        print(
            f"Notes from before {cutoff.isoformat()} ({days} days): {plan.encounters} encounters, "
            f"{plan.referrals} referrals, {plan.follow_ups} follow-ups, {plan.contacts} contacts."
        )
        if plan.empty:
            print("Nothing to delete.")
            return 0
        if args.dry_run:
            print("Dry run: nothing deleted.")
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                return fail("add --yes to delete without a prompt")
            if input("Delete them for good? [y/N] ").strip().lower() not in ("y", "yes"):
                print("Nothing deleted.")
                return 1
        with vault.transaction() as conn:
            done = purge(conn, cutoff)
        compact_after_purge(vault.conn)
    finally:
        vault.close()
    print(f"Deleted {done.encounters} encounters and {done.contacts} contacts.")
    return 0


def _due(args: argparse.Namespace) -> int:
    from outreach.notes.followups import due_counts, due_list
    from outreach.notes.referrals import follow_up_unanswered

    settings = Settings.load()
    vault = open_vault(args)
    try:
        with vault.transaction() as conn:
            follow_up_unanswered(conn, after_days=settings.referral_follow_up_days)
        counts = due_counts(vault.conn)
        items = due_list(vault.conn) if args.show else []
    finally:
        vault.close()
    if args.json:
        payload: dict[str, object] = {
            "due_today": counts.due_today,
            "overdue": counts.overdue,
            "snoozed": counts.snoozed,
            "upcoming": counts.upcoming,
        }
        if args.show:
            payload["items"] = [
                {"alias": f.alias, "due_on": f.due_on.isoformat(), "text": _what(f),
                 "code": f.referral_code}
                for f in items
            ]  # fmt: skip
        print_json(payload)
        return 0
    print(
        f"Follow-ups: {counts.due_today} due today, {counts.overdue} overdue, "
        f"{counts.snoozed} snoozed, {counts.upcoming} upcoming."
    )
    for item in items:
        code = f" [{item.referral_code}]" if item.referral_code else ""
        print(f"  {item.due_on.isoformat()}  {item.alias}: {_what(item)}{code}")
    return 0


def _what(item: object) -> str:
    text = str(getattr(item, "text", ""))
    service = str(getattr(item, "referral_service", ""))
    return text or (f"Did they get to {service}?" if service else "Follow up")
