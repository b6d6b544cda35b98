"""``outreach desk …``: the coordinator's desk from a terminal or a script.

The same core as the app's Coordinator view (:mod:`outreach.desk`): import an export into a
draft, review it against what workers have, correct records, publish and upload, check and
refresh the feed's signatures.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from outreach.cli.common import passphrase, print_json
from outreach.desk.health import feed_health, schedule_text, this_platform, worst
from outreach.desk.report import overlay_lines, print_review
from outreach.desk.targets import FolderTarget, PublishTarget, RsyncTarget, S3Target
from outreach.desk.workspace import Desk
from outreach.errors import FeedError, UserFacingError
from outreach.feed import keys as feed_keys

HEALTH_EXIT = {"ok": 0, "warning": 3, "expired": 4}


def passphrases() -> feed_keys.PassphraseSource:
    """From ``OUTREACH_<SLOT>_KEY_PASSPHRASE``, a file named by ``…_PASSPHRASE_FILE``
    (what the scheduled refresh uses), else a prompt."""

    def source(slot: str) -> str:
        variable = feed_keys.PASSPHRASE_ENV[slot]
        file_name = os.environ.get(variable + "_FILE")
        if file_name and variable not in os.environ:
            try:
                secret = Path(file_name).expanduser().read_text("utf-8").strip("\r\n")
            except OSError as exc:
                raise UserFacingError(
                    f"Cannot read the {slot} key's passphrase file {file_name}: {exc.strerror}."
                ) from None
            if not secret:
                raise UserFacingError(f"The passphrase file {file_name} is empty.")
            return secret
        return passphrase(variable, f"Passphrase for the {slot} key: ")

    return source


def _desk(args: argparse.Namespace) -> Desk:
    return Desk(Path(args.feed))


def _key_dir(args: argparse.Namespace, desk: Desk) -> Path:
    value = getattr(args, "keys", None) or os.environ.get("OUTREACH_FEED_KEYS")
    value = value or desk.settings().key_dir
    if not value:
        raise FeedError(
            "Say where the feed keys are: --keys KEYDIR (or OUTREACH_FEED_KEYS), "
            "or 'outreach desk keys FEED KEYDIR' once."
        )
    return Path(value)


def _import(args: argparse.Namespace) -> int:
    desk = _desk(args)
    outcome = desk.import_sources(args.sources, mapping=args.mapping, timezone=args.timezone)
    for line in outcome.report_lines:
        print(line)
    print(f"Draft: {outcome.services:,} services, version {desk.next_version()} when published.")
    for line in overlay_lines(outcome.overlay):
        print(f"Correction: {line}")
    print_review(outcome.review, ())
    return 0


def _review(args: argparse.Namespace) -> int:
    desk = _desk(args)
    if not desk.has_draft():
        raise UserFacingError("There is no draft: run 'outreach desk import FEED EXPORT' first.")
    review = desk.review()
    changes = review.filtered(
        args.kind or ("added", "updated", "removed"), category=args.category, search=args.search
    )
    if args.json:
        print_json(review.to_json(changes))
    else:
        print_review(review, changes)
    return 0


def _correct(args: argparse.Namespace) -> int:
    desk = _desk(args)
    changes: dict[str, object] = {}
    for name in ("phone", "hours", "note"):
        value = getattr(args, name)
        if value is not None:
            changes[name] = value
    if args.status is not None:
        changes["status"] = args.status.replace("-", " ")
    address = {
        "address_1": args.street,
        "address_2": args.street2,
        "city": args.city,
        "state_province": args.state,
        "postal_code": args.postcode,
    }
    if any(value is not None for value in address.values()):
        changes["address"] = {k: v for k, v in address.items() if v is not None}
    for name in args.clear or ():
        changes[name] = None
    if not changes:
        raise UserFacingError("Say what to correct: --phone, --hours, --status, --note, --street…")
    correction = desk.correct(args.service_id, changes)
    if correction.values:
        fields = ", ".join(sorted(correction.values))
        print(f"Corrected {correction.name or args.service_id}: {fields}. The draft is updated.")
    else:
        print(f"{args.service_id} has no corrections now. The draft is updated.")
    return 0


def _corrections(args: argparse.Namespace) -> int:
    desk = _desk(args)
    overlay = desk.overlay()
    _records, outcomes = desk.draft_records()
    if args.json:
        print_json(
            {
                "corrections": [c.to_json() for c in overlay.corrections.values()],
                "outcomes": [o.to_json() for o in outcomes],
            }
        )
        return 0
    if not overlay.corrections:
        print("No corrections.")
    for line in overlay_lines(outcomes):
        print(line)
    return 0


def _forget(args: argparse.Namespace) -> int:
    if not _desk(args).forget(args.service_id, args.field):
        raise UserFacingError(f"There is no such correction for {args.service_id!r}.")
    print("Forgotten. The draft is updated.")
    return 0


def _publish(args: argparse.Namespace) -> int:
    desk = _desk(args)
    result = desk.publish(
        _key_dir(args, desk),
        passphrases(),
        allow_large_change=args.allow_large_change,
        upload=not args.no_upload,
    )
    print(result.describe())
    if not desk.targets() and not args.no_upload:
        print("No publish target is set: copy the feed folder to the web host yourself.")
    return 0


def _upload(args: argparse.Namespace) -> int:
    desk = _desk(args)
    if not desk.targets():
        raise UserFacingError("No publish target: add one with 'outreach desk target FEED add-…'.")
    for result in desk.upload():
        print(f"Copied to {result.target}: {result.files} files, {result.bytes:,} bytes.")
    return 0


def _keys(args: argparse.Namespace) -> int:
    desk = _desk(args)
    feed_keys.check_key_dir(Path(args.key_dir), desk.feed_dir)
    settings = desk.settings()
    settings.key_dir = str(Path(args.key_dir).resolve())
    desk.save_settings(settings)
    print(f"The desk will look for the keys in {settings.key_dir}.")
    return 0


def _target(args: argparse.Namespace) -> int:
    desk = _desk(args)
    action = args.target_action
    if action == "list":
        for number, target in enumerate(desk.targets(), start=1):
            print(f"{number}. {target.describe()}")
        if not desk.targets():
            print("No publish targets.")
        return 0
    if action == "remove":
        print(f"Removed: {desk.remove_target(args.number).describe()}")
        return 0
    added: PublishTarget
    if action == "add-folder":
        added = FolderTarget(Path(args.path).resolve())
    elif action == "add-rsync":
        rsync = RsyncTarget(args.destination, args.ssh_port, args.identity)
        rsync.check()
        added = rsync
    else:
        added = S3Target(args.bucket, args.prefix, args.endpoint_url, args.region, args.profile)
    desk.add_target(added)
    print(f"Added: {added.describe()}")
    return 0


def _health(args: argparse.Namespace) -> int:
    desk = _desk(args)
    health = feed_health(desk.repo)
    if args.json:
        print_json([item.to_json() for item in health])
    else:
        for item in health:
            print(item.describe())
    return HEALTH_EXIT[worst(health)]


def _refresh(args: argparse.Namespace) -> int:
    desk = _desk(args)
    uploads = desk.refresh(_key_dir(args, desk), passphrases(), upload=not args.no_upload)
    expires = desk.repo.timestamp.signed.expires
    print(f"Timestamp re-signed; valid until {expires.isoformat()}.")
    for result in uploads:
        print(f"Copied to {result.target}: {result.files} files, {result.bytes:,} bytes.")
    return 0


def _schedule(args: argparse.Namespace) -> int:
    desk = _desk(args)
    key_dir = _key_dir(args, desk)
    print(schedule_text(desk.feed_dir.resolve(), key_dir.resolve(), args.platform))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    desk = subparsers.add_parser(
        "desk",
        help="the coordinator's desk: import, review, correct, publish (also in the app)",
        description="Work on a feed's next version. The desk keeps its files next to the feed "
        "folder (FEED.desk): the last import, your corrections and the draft.",
    )
    sub = desk.add_subparsers(dest="desk_command", metavar="COMMAND", required=True)

    def command(name: str, func: object, text: str) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=text, description=text)
        parser.add_argument("feed", metavar="FEED", help="the feed folder")
        parser.set_defaults(func=func)
        return parser

    p = command("import", _import, "read an export into the draft (never straight to workers)")
    p.add_argument("sources", nargs="+", type=Path, metavar="EXPORT")
    p.add_argument("--mapping", type=Path, metavar="FILE", help="column mapping for a CSV")
    p.add_argument("--timezone", metavar="TZ", help="IANA time zone of the services' hours")

    p = command("review", _review, "what publishing the draft would change for workers")
    p.add_argument("--json", action="store_true")
    p.add_argument("--kind", action="append", choices=("added", "updated", "removed"))
    p.add_argument("--category", help="only services in this category")
    p.add_argument("--search", default="", help="only services whose name or values match")

    p = command("correct", _correct, "correct a service; kept across later imports")
    p.add_argument("service_id", metavar="SERVICE_ID")
    p.add_argument("--phone", help="the number(s) workers should call; several with ';'")
    p.add_argument("--hours", help="e.g. 'Mon-Fri 09:00-17:00; Sat 10:00-14:00' or '24/7'")
    p.add_argument(
        "--status", choices=("active", "temporarily-closed", "closed-for-good"), help="status"
    )
    p.add_argument("--note", help="a note for workers, e.g. 'call before going'")
    p.add_argument("--street")
    p.add_argument("--street2")
    p.add_argument("--city")
    p.add_argument("--state")
    p.add_argument("--postcode")
    p.add_argument(
        "--clear",
        action="append",
        choices=("phone", "hours", "address", "status", "note"),
        help="drop this field's correction",
    )

    p = command("corrections", _corrections, "list corrections and whether each still applies")
    p.add_argument("--json", action="store_true")

    p = command("forget", _forget, "drop a service's correction (or one field of it)")
    p.add_argument("service_id", metavar="SERVICE_ID")
    p.add_argument("--field", choices=("phone", "hours", "address", "status", "note"))

    p = command("publish", _publish, "sign the draft as the next version and upload it")
    p.add_argument("--keys", metavar="KEYDIR")
    p.add_argument("--allow-large-change", action="store_true")
    p.add_argument("--no-upload", action="store_true", help="sign only; do not copy anywhere")

    command("upload", _upload, "copy the feed folder to every publish target")

    p = command("keys", _keys, "remember where the feed's key folder is")
    p.add_argument("key_dir", metavar="KEYDIR")

    p = command("target", _target, "where the feed is served: list, add or remove")
    actions = p.add_subparsers(dest="target_action", metavar="ACTION", required=True)
    actions.add_parser("list", help="the publish targets")
    q = actions.add_parser("remove", help="remove target number N")
    q.add_argument("number", type=int, metavar="N")
    q = actions.add_parser("add-folder", help="a folder (a mounted share, a web root)")
    q.add_argument("path", metavar="PATH")
    q = actions.add_parser("add-rsync", help="rsync over SSH: user@host:/var/www/feed")
    q.add_argument("destination", metavar="DEST")
    q.add_argument("--ssh-port", type=int)
    q.add_argument("--identity", metavar="FILE", help="SSH private key file")
    q = actions.add_parser("add-s3", help="an S3-compatible bucket (credentials: AWS chain)")
    q.add_argument("bucket", metavar="BUCKET")
    q.add_argument("--prefix", default="")
    q.add_argument("--endpoint-url", help="for R2, B2, MinIO…")
    q.add_argument("--region")
    q.add_argument("--profile", help="a named profile from the AWS credentials file")

    p = command("health", _health, "signature expiries (exit 3: renew soon, 4: expired)")
    p.add_argument("--json", action="store_true")

    p = command("refresh", _refresh, "re-sign snapshot and timestamp, then upload (daily)")
    p.add_argument("--keys", metavar="KEYDIR")
    p.add_argument("--no-upload", action="store_true")

    p = command("schedule", _schedule, "the line that runs the daily refresh on this system")
    p.add_argument("--keys", metavar="KEYDIR")
    p.add_argument("--platform", choices=("linux", "windows", "macos"), default=this_platform())
