"""``outreach feed …`` (coordinators and workers) and ``outreach sync``.

Exit codes of ``sync`` and ``feed import-pack``: 0 updated or up to date, 1 refused (the
feed failed verification), 3 offline (could not reach the feed), 4 frozen (the feed's
signatures expired; the current directory is kept).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import timedelta
from pathlib import Path

from outreach.cancel import no_progress
from outreach.cli.common import fail, open_vault, passphrase, print_json, vault_path
from outreach.errors import FeedError
from outreach.feed import keys as feed_keys
from outreach.feed.repository import Expiries, FeedRepository

SYNC_EXIT = {"updated": 0, "up-to-date": 0, "rejected": 1, "offline": 3, "frozen": 4}
_DURATION = re.compile(r"^(\d+)([dh])$")


def _passphrases(args: argparse.Namespace) -> feed_keys.PassphraseSource:
    def source(slot: str) -> str:
        return passphrase(feed_keys.PASSPHRASE_ENV[slot], f"Passphrase for the {slot} key: ")

    return source


def _key_dir(args: argparse.Namespace) -> Path:

    value = args.keys or os.environ.get("OUTREACH_FEED_KEYS")
    if not value:
        raise FeedError("Say where the feed keys are: --keys KEYDIR (or OUTREACH_FEED_KEYS).")
    return Path(value)


def _expiries(values: list[str] | None) -> Expiries:
    """``--expires timestamp=2d --expires targets=120d``."""
    changes: dict[str, timedelta] = {}
    for item in values or []:
        role, _, amount = item.partition("=")
        match = _DURATION.match(amount)
        if role not in ("root", "targets", "snapshot", "timestamp") or not match:
            raise FeedError(f"--expires {item!r}: use ROLE=N[d|h], e.g. timestamp=2d.")
        number, unit = int(match.group(1)), match.group(2)
        if number > 3650 * (24 if unit == "h" else 1):
            raise FeedError(f"--expires {item!r}: at most ten years.")
        changes[role] = timedelta(days=number) if unit == "d" else timedelta(hours=number)
    expiries = Expiries(**changes)
    for role in expiries.short():
        _warn_short(f"the {role} signature", expiries.for_role(role))
    return expiries


def _warn_short(what: str, valid: timedelta) -> None:
    print(
        f"warning: {what} expires in {valid.total_seconds() / 3600:g} hours, less than a "
        "day: workers who cannot sync within that time will see the feed as frozen.",
        file=sys.stderr,
    )


def _init(args: argparse.Namespace) -> int:
    repo = FeedRepository.init(
        Path(args.dir),
        Path(args.keys),
        _passphrases(args),
        name=args.name or Path(args.dir).resolve().name,
        expiries=_expiries(args.expires),
    )
    print(f"Created the feed {repo.index().name!r} in {args.dir}; keys in {args.keys}.")
    return 0


def _publish(args: argparse.Namespace) -> int:
    from outreach.feed.publish import publish_pack

    try:
        pack = Path(args.pack).read_bytes()
    except OSError as exc:
        return fail(f"cannot read {args.pack}: {exc.strerror}")
    repo = FeedRepository(Path(args.dir))
    result = publish_pack(
        repo,
        pack,
        _key_dir(args),
        _passphrases(args),
        expiries=_expiries(args.expires),
        allow_large_change=args.allow_large_change,
    )
    print(f"Published version {result.version} ({result.full_bytes:,} bytes).")
    if result.delta_target:
        print(f"Delta from the previous version: {result.delta_bytes:,} bytes.")
    return 0


def _refresh(args: argparse.Namespace) -> int:
    repo = FeedRepository(Path(args.dir))
    repo.refresh(_key_dir(args), _passphrases(args), expiries=_expiries(args.expires))
    print(f"Timestamp re-signed; valid until {repo.timestamp.signed.expires.isoformat()}.")
    return 0


def _rotate(args: argparse.Namespace) -> int:
    repo = FeedRepository(Path(args.dir))
    repo.rotate_key(_key_dir(args), args.role, _passphrases(args))
    print(f"New {args.role} key; root is now version {repo.root.signed.version}. Publish DIR.")
    return 0


def _invite(args: argparse.Namespace) -> int:
    from outreach.feed.client import make_invite
    from outreach.feed.repository import write_atomic

    write_atomic(Path(args.out), make_invite(FeedRepository(Path(args.dir)), args.url))
    print(f"Wrote the invite to {args.out}.")
    return 0


def _status(args: argparse.Namespace) -> int:
    print_json(FeedRepository(Path(args.dir)).status())
    return 0


def _serve(args: argparse.Namespace) -> int:
    from outreach.feed.serve import serve_forever

    FeedRepository(Path(args.dir))  # refuse a folder that is not a feed
    serve_forever(Path(args.dir), args.port)
    return 0


def _bundle(args: argparse.Namespace) -> int:
    from outreach.feed.bundle import make_bundle

    if not 1 <= args.days <= 3650:
        raise FeedError(f"--days {args.days}: a bundle must stay valid for 1 to 3650 days.")
    repo = FeedRepository(Path(args.dir))
    names = make_bundle(
        repo, Path(args.out), _key_dir(args), _passphrases(args), valid=timedelta(days=args.days)
    )
    print(f"Wrote {args.out} ({len(names)} files), valid for {args.days} days.")
    print("Upload the feed folder again: its timestamp was re-signed.")
    return 0


def _add(args: argparse.Namespace) -> int:
    from outreach.feed.client import add_feed

    try:
        data = Path(args.invite).read_bytes()
    except OSError as exc:
        return fail(f"cannot read {args.invite}: {exc.strerror}")
    with open_vault(args) as vault:
        feed = add_feed(vault, data, where=args.invite)
    print(f"Now trusting the feed {feed.name!r} at {feed.url}. Run: outreach sync")
    return 0


def _remove(args: argparse.Namespace) -> int:
    from outreach.feed.client import get_feed, remove_feed
    from outreach.paths import feed_cache_dir

    with open_vault(args) as vault:
        feed = get_feed(vault.conn, args.name)
        remove_feed(vault, feed.name, feed_cache_dir(vault_path(args)))
    print(f"No longer trusting the feed {feed.name!r}; the directory it delivered is kept.")
    return 0


def _list(args: argparse.Namespace) -> int:
    from outreach.feed.client import list_feeds

    with open_vault(args) as vault:
        feeds = list_feeds(vault.conn)
    print_json(
        [
            {
                "name": f.name,
                "url": f.url,
                "added_at": f.added_at,
                "last_checked_at": f.last_checked_at,
                "last_verified_at": f.last_verified_at,
                "last_error": None if f.last_problem is None else f.last_problem.message,
            }
            for f in feeds
        ]
    )
    return 0


def _report(result_status: str, message: str) -> int:
    stream = sys.stdout if result_status in ("updated", "up-to-date") else sys.stderr
    print(message, file=stream)
    return SYNC_EXIT[result_status]


def _sync(args: argparse.Namespace) -> int:
    from outreach.feed.client import get_feed
    from outreach.feed.sync import sync
    from outreach.paths import feed_cache_dir

    with open_vault(args) as vault:
        feed = get_feed(vault.conn, args.feed)
        result = sync(vault, feed, feed_cache_dir(vault_path(args)), progress=no_progress)
    return _report(result.status.value, result.message)


def _import_pack(args: argparse.Namespace) -> int:
    from outreach.feed.client import get_feed
    from outreach.feed.sync import import_bundle
    from outreach.paths import feed_cache_dir

    with open_vault(args) as vault:
        feed = get_feed(vault.conn, args.feed)
        result = import_bundle(vault, feed, Path(args.file), feed_cache_dir(vault_path(args)))
    return _report(result.status.value, result.message)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``feed`` (with its sub-commands) and ``sync`` to the ``outreach`` parser."""
    feed = subparsers.add_parser(
        "feed",
        help="publish a signed feed (coordinators) or trust one (workers)",
        description="Key passphrases: OUTREACH_ROOT_KEY_PASSPHRASE, "
        "OUTREACH_TARGETS_KEY_PASSPHRASE, OUTREACH_ONLINE_KEY_PASSPHRASE (else prompts). "
        "Key folder: --keys or OUTREACH_FEED_KEYS.",
    )
    sub = feed.add_subparsers(dest="feed_command", metavar="COMMAND", required=True)

    def command(
        name: str, func: object, help_text: str, *, keys: bool = False
    ) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=help_text, description=help_text)
        parser.set_defaults(func=func)
        if keys:
            parser.add_argument("--keys", metavar="KEYDIR", help="the feed's key folder")
        return parser

    p = command("init", _init, "create a new feed (TUF repository) and its keys")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--keys", metavar="KEYDIR", required=True, help="where to keep the keys")
    p.add_argument("--name", help="the feed's name, shown to workers")
    p.add_argument("--expires", action="append", metavar="ROLE=N[d|h]")

    p = command("publish", _publish, "publish a full pack as the next version", keys=True)
    p.add_argument("dir", metavar="DIR")
    p.add_argument("pack", metavar="PACK")
    p.add_argument(
        "--allow-large-change",
        action="store_true",
        help="publish even if the pack looks like a broken export (see 'outreach pack diff')",
    )
    p.add_argument("--expires", action="append", metavar="ROLE=N[d|h]")

    p = command("refresh", _refresh, "re-sign snapshot and timestamp (run daily)", keys=True)
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--expires", action="append", metavar="ROLE=N[d|h]")

    p = command("rotate-key", _rotate, "replace a role's key via a new root", keys=True)
    p.add_argument("dir", metavar="DIR")
    p.add_argument("role", choices=["root", "targets", "snapshot", "timestamp", "online"])

    p = command("invite", _invite, "write the invite file workers open once")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--url", required=True, help="where the feed folder is published")
    p.add_argument("--out", required=True, metavar="FILE")

    p = command("serve", _serve, "serve a feed folder on 127.0.0.1 for trying things out")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--port", type=int, default=8765)

    p = command("status", _status, "versions, expiries and what is published")
    p.add_argument("dir", metavar="DIR")

    p = command("bundle", _bundle, "write an offline bundle (USB) of the current feed", keys=True)
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--out", required=True, metavar="FILE.zip")
    p.add_argument("--days", type=int, default=14, help="how long the bundle stays valid")

    p = command("add", _add, "trust the feed an invite file describes (worker)")
    p.add_argument("invite", metavar="INVITE")

    command("list", _list, "the feeds this vault trusts")

    p = command("remove", _remove, "stop trusting a feed (the directory it delivered is kept)")
    p.add_argument("name", metavar="NAME")

    p = command("import-pack", _import_pack, "apply an offline feed bundle, verified (worker)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--feed", help="which trusted feed the bundle is from")

    sync_parser = subparsers.add_parser(
        "sync", help="fetch, verify and apply the latest directory from the trusted feed"
    )
    sync_parser.add_argument("--feed", help="which feed (when several are trusted)")
    sync_parser.set_defaults(func=_sync)
