"""The worker's side: feeds trusted in the vault, invites, and a verified-download client.

Trust starts from the root metadata in the invite, stored in the vault (encrypted, so a
stolen laptop's cache cannot be swapped to change whom it trusts). The TUF metadata cache
lives in a per-feed folder the caller names; it holds only public, signed data.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tuf.api import exceptions as tuf_exc
from tuf.api.exceptions import BadVersionNumberError, RepositoryError
from tuf.api.metadata import Metadata, Root, Snapshot, Timestamp
from tuf.api.serialization import DeserializationError
from tuf.ngclient import Updater
from tuf.ngclient.fetcher import FetcherInterface

from outreach.errors import FeedError
from outreach.feed.index import INDEX_TARGET, FeedIndex
from outreach.feed.outcome import SyncResult, problem_record, recorded_problem
from outreach.feed.problems import FeedProblem
from outreach.feed.repository import FeedRepository
from outreach.vault import Vault
from outreach.vault.db import Connection

INVITE_FORMAT = 1
MAX_INVITE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Feed:
    """A feed the worker trusts (one row of the vault's ``feed`` table)."""

    name: str
    url: str
    trusted_root: bytes
    added_at: str
    last_checked_at: str | None = None
    last_verified_at: str | None = None
    #: What went wrong at the last check (codes, worded by whoever shows it), or None.
    last_problem: SyncResult | None = None
    #: The highest timestamp and snapshot versions verified so far (rollback memory).
    timestamp_version: int = 0
    snapshot_version: int = 0


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _check_root(root_bytes: bytes, where: str) -> Metadata[Root]:
    """Parse root metadata and check it is signed by its own keys (a self-consistent root)."""
    try:
        root = Metadata[Root].from_bytes(root_bytes)
        root.signed.verify_delegate(Root.type, root.signed_bytes, root.signatures)
    except (DeserializationError, RepositoryError, ValueError, KeyError) as exc:
        raise FeedError(FeedProblem.ROOT_INVALID, where=where, detail=exc) from None
    if not root.signed.consistent_snapshot:
        raise FeedError(FeedProblem.NOT_CONSISTENT, where=where)
    return root


# -- invites -------------------------------------------------------------------------------


def make_invite(repo: FeedRepository, url: str) -> bytes:
    """The invite file for a feed: its name, URL and first trusted root (JSON)."""
    if not re.match(r"^https?://", url):
        raise FeedError(FeedProblem.URL_NOT_HTTP, url=repr(url))
    root_bytes = (repo.feed_dir / f"{repo.latest_root_version()}.root.json").read_bytes()
    invite = {
        "format": INVITE_FORMAT,
        "name": repo.index().name,
        "url": url.rstrip("/") + "/",
        "root": json.loads(root_bytes),
    }
    return json.dumps(invite, indent=1, ensure_ascii=False).encode()


def read_invite(data: bytes, *, where: str = "invite") -> tuple[str, str, bytes]:
    """Parse an invite: (name, url, root bytes). Problems name the field."""
    if len(data) > MAX_INVITE_BYTES:
        raise FeedError(FeedProblem.INVITE_TOO_LARGE, where=where)
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FeedError(FeedProblem.INVITE_NOT_JSON, where=where, detail=exc) from None
    if not isinstance(raw, dict) or raw.get("format") != INVITE_FORMAT:
        raise FeedError(FeedProblem.INVITE_NO_FORMAT, where=where)
    name, url, root = raw.get("name"), raw.get("url"), raw.get("root")
    if not isinstance(name, str) or not name.strip():
        raise FeedError(FeedProblem.INVITE_NO_NAME, where=where)
    if not isinstance(url, str) or not re.match(r"^https?://", url):
        raise FeedError(FeedProblem.INVITE_BAD_URL, where=where)
    if not isinstance(root, dict):
        raise FeedError(FeedProblem.INVITE_NO_ROOT, where=where)
    root_bytes = json.dumps(root, indent=1).encode()
    _check_root(root_bytes, where)
    return name.strip(), url, root_bytes


# -- feeds in the vault --------------------------------------------------------------------

_COLUMNS = (
    "name, url, trusted_root, added_at, last_checked_at, last_verified_at, last_error,"
    " timestamp_version, snapshot_version"
)


def trusted_root(conn: Connection, name: str) -> bytes | None:
    """The root metadata the vault trusts for feed ``name`` (None when it is not trusted)."""
    row = conn.execute("SELECT trusted_root FROM feed WHERE name = ?", (name,)).fetchone()
    return None if row is None else bytes(row[0])


def add_feed(
    vault: Vault,
    invite_bytes: bytes,
    *,
    where: str = "invite",
    fetch_root: RootFetcher | None = None,
) -> Feed:
    """Trust the feed an invite describes.

    Adding a feed already trusted under that name updates its URL when the root is the same
    one, or a newer one that chains to it: each root from the trusted one up to the invite's
    signed by the one before (a key rotation the worker has not synced since). The roots in
    between come from the feed itself, through ``fetch_root(url, version)`` (HTTP by
    default). A root that does not chain is refused: remove the feed first.
    """
    name, url, root_bytes = read_invite(invite_bytes, where=where)
    with vault.transaction() as conn:
        row = conn.execute("SELECT trusted_root FROM feed WHERE name = ?", (name,)).fetchone()
    if row is not None and _root_keys(bytes(row[0])) != _root_keys(root_bytes):
        newer = _chained_root(bytes(row[0]), root_bytes, url, fetch_root or _fetch_root_http)
        if newer is None:
            raise FeedError(FeedProblem.TRUSTED_WITH_OTHER_KEYS, name=repr(name))
    with vault.transaction() as conn:
        current = conn.execute("SELECT trusted_root FROM feed WHERE name = ?", (name,)).fetchone()
        if current is None:
            conn.execute(
                "INSERT INTO feed (name, url, trusted_root, added_at) VALUES (?, ?, ?, ?)",
                (name, url, root_bytes, _now_iso()),
            )
        elif _root_keys(bytes(current[0])) == _root_keys(root_bytes):
            conn.execute("UPDATE feed SET url = ? WHERE name = ?", (url, name))
        elif row is not None and bytes(current[0]) == bytes(row[0]):
            conn.execute(
                "UPDATE feed SET url = ?, trusted_root = ? WHERE name = ?", (url, root_bytes, name)
            )
        else:  # trust changed while the chain was being checked
            raise FeedError(FeedProblem.TRUST_CHANGED, name=repr(name))
    return get_feed(vault.conn, name)


#: ``fetch_root(base_url, version) -> bytes`` of ``<version>.root.json``.
RootFetcher = Callable[[str, int], bytes]
#: More root versions than this between the trusted root and an invite's is not a rotation.
MAX_ROOT_CHAIN = 64


def _chained_root(trusted: bytes, offered: bytes, url: str, fetch: RootFetcher) -> bytes | None:
    """The offered root if every root from ``trusted`` to it is signed by the one before."""
    current = Metadata[Root].from_bytes(trusted)
    target = Metadata[Root].from_bytes(offered)
    first, last = current.signed.version + 1, target.signed.version
    if last < first or last - first >= MAX_ROOT_CHAIN:
        return None
    for version in range(first, last + 1):
        if version == last:
            raw = offered
        else:
            try:
                raw = fetch(url, version)
            except (OSError, tuf_exc.DownloadError, ValueError) as exc:
                raise FeedError(FeedProblem.ROOT_NOT_FETCHED, version=version) from exc
        try:
            step = Metadata[Root].from_bytes(raw)
            if step.signed.version != version:
                return None
            current.signed.verify_delegate(Root.type, step.signed_bytes, step.signatures)
            step.signed.verify_delegate(Root.type, step.signed_bytes, step.signatures)
        except (DeserializationError, RepositoryError, ValueError, KeyError):
            return None
        current = step
    return offered


def _fetch_root_http(url: str, version: int) -> bytes:
    from outreach.feed.fetcher import RequestsFetcher

    fetcher = RequestsFetcher(max_seconds=60)
    try:
        return fetcher.download_bytes(f"{url.rstrip('/')}/{version}.root.json", MAX_INVITE_BYTES)
    finally:
        fetcher.close()


def _root_keys(root_bytes: bytes) -> set[str]:
    return set(Metadata[Root].from_bytes(root_bytes).signed.keys)


def list_feeds(conn: Connection) -> list[Feed]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM feed ORDER BY name").fetchall()
    return [_feed(row) for row in rows]


def get_feed(conn: Connection, name: str | None = None) -> Feed:
    """The named feed, or the only one when ``name`` is None."""
    feeds = list_feeds(conn)
    if name is None:
        if len(feeds) == 1:
            return feeds[0]
        if not feeds:
            raise FeedError(FeedProblem.NO_FEED)
        raise FeedError(FeedProblem.SEVERAL_FEEDS)
    for feed in feeds:
        if feed.name == name:
            return feed
    raise FeedError(FeedProblem.NO_SUCH_FEED, name=repr(name))


def remove_feed(vault: Vault, name: str, cache_dir: Path | None = None) -> None:
    """Stop trusting a feed. The directory it delivered stays; so does every note. Its
    public metadata cache under ``cache_dir`` is removed too."""
    with vault.transaction() as conn:
        if conn.execute("DELETE FROM feed WHERE name = ?", (name,)).rowcount == 0:
            raise FeedError(FeedProblem.NO_SUCH_FEED, name=repr(name))
    if cache_dir is not None:
        shutil.rmtree(feed_cache_folder(cache_dir, name), ignore_errors=True)


def record_check(
    conn: Connection,
    name: str,
    *,
    problem: SyncResult | None,
    verified: bool,
    trusted_root: bytes | None,
    versions: MetadataVersions | None = None,
) -> None:
    """Note a sync attempt (inside the caller's transaction); versions only ever go up."""
    now = _now_iso()
    error = None if problem is None else problem_record(problem)
    conn.execute(
        "UPDATE feed SET last_checked_at = ?, last_error = ? WHERE name = ?", (now, error, name)
    )
    if verified:
        conn.execute("UPDATE feed SET last_verified_at = ? WHERE name = ?", (now, name))
    if versions is not None:
        conn.execute(
            "UPDATE feed SET timestamp_version = max(timestamp_version, ?),"
            " snapshot_version = max(snapshot_version, ?) WHERE name = ?",
            (versions.timestamp, versions.snapshot, name),
        )
    if trusted_root is not None:
        conn.execute("UPDATE feed SET trusted_root = ? WHERE name = ?", (trusted_root, name))


def _feed(row: tuple[Any, ...]) -> Feed:
    return Feed(
        row[0],
        row[1],
        bytes(row[2]),
        row[3],
        row[4],
        row[5],
        recorded_problem(row[6], row[0]),
        int(row[7]),
        int(row[8]),
    )


# -- verified downloads --------------------------------------------------------------------


@dataclass(frozen=True)
class MetadataVersions:
    """The timestamp and snapshot versions one refresh verified."""

    timestamp: int
    snapshot: int


def feed_cache_folder(data_dir: Path, feed_name: str) -> Path:
    """A per-feed folder under ``data_dir`` (readable name plus a hash: names may clash)."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", feed_name).strip("-").lower()[:40] or "feed"
    digest = hashlib.sha256(feed_name.encode()).hexdigest()[:10]
    return Path(data_dir) / f"{slug}-{digest}"


class FeedClient:
    """One verified session against a feed: refresh, then read the index and targets."""

    def __init__(
        self, feed: Feed, cache_dir: Path, fetcher: FetcherInterface, *, base_url: str | None = None
    ) -> None:
        self.feed = feed
        self.metadata_dir = Path(cache_dir) / "metadata"
        self.metadata_dir.mkdir(parents=True, exist_ok=True)
        url = base_url or feed.url
        self.updater = Updater(
            metadata_dir=str(self.metadata_dir),
            metadata_base_url=url,
            target_base_url=url,
            fetcher=fetcher,
            bootstrap=feed.trusted_root,  # trust comes from the vault, never the cache
        )

    def refresh(self) -> None:
        """Fetch and verify root → timestamp → snapshot → targets (TUF errors propagate)."""
        self.updater.refresh()

    def verified_versions(self) -> MetadataVersions:
        """The timestamp and snapshot versions the last refresh verified (from the cache the
        Updater just wrote), refused as a rollback when below what the vault has seen."""
        try:
            timestamp = Metadata[Timestamp].from_file(str(self.metadata_dir / "timestamp.json"))
            snapshot = Metadata[Snapshot].from_file(str(self.metadata_dir / "snapshot.json"))
        except (OSError, DeserializationError) as exc:
            raise FeedError(FeedProblem.METADATA_UNREADABLE) from exc
        versions = MetadataVersions(timestamp.signed.version, snapshot.signed.version)
        seen = self.feed
        for role, now, before in (
            ("timestamp", versions.timestamp, seen.timestamp_version),
            ("snapshot", versions.snapshot, seen.snapshot_version),
        ):
            if now < before:
                raise BadVersionNumberError(
                    f"The feed offered {role} version {now}, older than version {before} "
                    "already verified."
                )
        return versions

    def newest_root(self) -> bytes:
        """The newest root this session verified (the Updater keeps it as root.json)."""
        return (self.metadata_dir / "root.json").read_bytes()

    def download(self, target_path: str) -> bytes:
        """A target's bytes, verified against the signed length and hashes."""
        info = self.updater.get_targetinfo(target_path)
        if info is None:
            raise FeedError(FeedProblem.NOT_LISTED, target=target_path)
        downloads = self.metadata_dir.parent / "downloads"
        downloads.mkdir(exist_ok=True)
        path = Path(self.updater.download_target(info, str(downloads / "target.part")))
        try:
            return path.read_bytes()
        finally:
            path.unlink(missing_ok=True)

    def index(self) -> FeedIndex:
        return FeedIndex.from_bytes(self.download(INDEX_TARGET))
