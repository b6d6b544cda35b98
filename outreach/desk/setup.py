"""Setting a feed up from the desk: where the keys go, the key sheet, invites.

The key folder must never be inside the feed folder (everything there is published); the
desk also warns when it is on the same disk, because a stolen or broken laptop then takes the
keys and the feed together: removable media kept apart is better for the root key.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import segno

from outreach.desk.workspace import Desk
from outreach.errors import FeedError
from outreach.feed import keys as feed_keys
from outreach.feed.client import make_invite
from outreach.feed.repository import Expiries, FeedRepository, write_atomic

ROLE_TEXT = {
    "root": (
        "Which keys the feed trusts (root metadata).",
        "Offline: a USB stick in a safe. Needed only to rotate keys and once a year.",
    ),
    "targets": (
        "What the feed offers: every published version.",
        "Offline, or on the coordinator's laptop. Needed to publish.",
    ),
    "online": (
        "Freshness (snapshot and timestamp), re-signed every day.",
        "On the computer that runs the daily refresh.",
    ),
}


@dataclass(frozen=True)
class PlacementWarning:
    code: str  # "inside" (refused) or "same-disk"
    message: str


def _device(path: Path) -> int | None:
    probe = Path(path).absolute()
    while not probe.exists():
        if probe.parent == probe:
            return None
        probe = probe.parent
    return os.stat(probe).st_dev


def key_folder_warnings(key_dir: Path, feed_dir: Path) -> list[PlacementWarning]:
    """What is wrong with keeping the keys in ``key_dir`` for a feed in ``feed_dir``."""
    try:
        feed_keys.check_key_dir(Path(key_dir), Path(feed_dir))
    except FeedError as exc:
        return [PlacementWarning("inside", str(exc))]
    key_device, feed_device = _device(Path(key_dir)), _device(Path(feed_dir))
    if key_device is not None and key_device == feed_device:
        return [
            PlacementWarning(
                "same-disk",
                "The key folder is on the same disk as the feed folder: one lost or broken "
                "computer takes both. Better: a USB stick or other removable media, kept "
                "apart (at least for the root key).",
            )
        ]
    return []


def create_feed(
    feed_dir: Path,
    key_dir: Path,
    name: str,
    passphrase_for: feed_keys.PassphraseSource,
    *,
    expiries: Expiries | None = None,
) -> Desk:
    """A new feed and its keys, and a desk that remembers where the keys are."""
    FeedRepository.init(Path(feed_dir), Path(key_dir), passphrase_for, name=name, expiries=expiries)
    desk = Desk(Path(feed_dir))
    settings = desk.settings()
    settings.key_dir = str(Path(key_dir).resolve())
    desk.save_settings(settings)
    return desk


def root_fingerprint(repo: FeedRepository) -> str:
    """SHA-256 of the newest root metadata file, in groups of four for reading aloud."""
    data = (repo.feed_dir / f"{repo.latest_root_version()}.root.json").read_bytes()
    digest = hashlib.sha256(data).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def key_sheet_html(repo: FeedRepository, key_dir: Path) -> str:
    """A one-page sheet to print and keep with the keys: which key does what, where it is.

    It holds no passphrase and no key material: only names, places and key ids.
    """
    root = repo.root.signed
    rows = []
    for slot in feed_keys.KEY_SLOTS:
        role = "snapshot" if slot == "online" else slot
        key_ids = ", ".join(keyid[:16] for keyid in root.roles[role].keyids)
        does, keep = ROLE_TEXT[slot]
        rows.append(
            f"<tr><td><b>{slot}.key</b></td><td>{escape(does)}</td><td>{escape(keep)}</td>"
            f"<td><tt>{escape(key_ids)}</tt></td></tr>"
        )
    today = datetime.now(UTC).date().isoformat()
    return (
        f"<h2>Feed keys: {escape(repo.index().name)}</h2>"
        f"<p>Printed {today}. Feed folder: <tt>{escape(str(repo.feed_dir.resolve()))}</tt><br>"
        f"Key folder: <tt>{escape(str(Path(key_dir).resolve()))}</tt><br>"
        f"Root fingerprint: <tt>{escape(root_fingerprint(repo))}</tt></p>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        "<tr><th>Key file</th><th>Signs</th><th>Keep it</th><th>Key id</th></tr>"
        + "".join(rows)
        + "</table>"
        "<p>Each key file is encrypted with its own passphrase. <b>The passphrases are not on "
        "this sheet</b>: keep them in a password manager or a sealed envelope, apart from the "
        "keys.</p>"
        "<p><b>If a key is lost or stolen:</b> the online key: rotate it (Coordinator view → "
        "Health, or <tt>outreach feed rotate-key FEED online</tt>); a thief still cannot "
        "publish. The targets key: rotate it at once. The root key: if it is lost and a "
        "rotation is ever needed, workers must be sent a new invite.</p>"
        "<p>Expiry: root 1 year, targets 3 months, snapshot 1 week, timestamp 1 day. The "
        "daily refresh renews snapshot and timestamp; publishing renews targets.</p>"
    )


@dataclass(frozen=True)
class Invite:
    path: Path
    url: str
    fingerprint: str
    created: str

    @property
    def qr_text(self) -> str:
        """What the QR code holds: the feed URL with the root fingerprint as its fragment."""
        return f"{self.url}#root-sha256={self.fingerprint.replace(' ', '').lower()}"


def create_invite(desk: Desk, url: str, out: Path) -> Invite:
    """Write the invite file workers open once, and remember it in the desk."""
    data = make_invite(desk.repo, url)
    write_atomic(Path(out), data)
    invite = Invite(
        Path(out).resolve(),
        url.rstrip("/") + "/",
        root_fingerprint(desk.repo),
        datetime.now(UTC).replace(microsecond=0).isoformat(),
    )
    settings = desk.settings()
    settings.feed_url = invite.url
    settings.invites.append(
        {
            "file": str(invite.path),
            "url": invite.url,
            "fingerprint": invite.fingerprint,
            "created": invite.created,
        }
    )
    desk.save_settings(settings)
    return invite


def issued_invites(desk: Desk) -> list[Invite]:
    return [
        Invite(Path(item["file"]), item["url"], item["fingerprint"], item["created"])
        for item in desk.settings().invites
        if {"file", "url", "fingerprint", "created"} <= set(item)
    ]


def qr_png(text: str, scale: int = 6) -> bytes:
    """A PNG of the QR code for ``text`` (error correction M, a quiet zone of 4)."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()
