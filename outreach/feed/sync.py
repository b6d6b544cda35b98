"""Sync: refresh a trusted feed, fetch the right pack, verify it, apply it in one transaction.

Every outcome is a :class:`SyncResult` with a message for people; only cancellation raises.
Offline is normal (``OFFLINE``); an expired feed keeps the current directory and warns
(``FROZEN``); anything that fails verification is ``REJECTED``. In every case but
``UPDATED`` the directory in the vault is exactly as it was.
"""

from __future__ import annotations

import enum
import logging
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tuf.api import exceptions as tuf_exc

from outreach.cancel import NEVER_CANCELLED, CancelToken, Progress, no_progress
from outreach.errors import FeedError, PackRejected
from outreach.feed.client import Feed, FeedClient, feed_cache_folder, record_check
from outreach.feed.fetcher import BUNDLE_BASE_URL, BundleFetcher, RequestsFetcher

log = logging.getLogger(__name__)


class SyncStatus(enum.Enum):
    UPDATED = "updated"
    UP_TO_DATE = "up-to-date"
    OFFLINE = "offline"
    FROZEN = "frozen"
    REJECTED = "rejected"


@dataclass(frozen=True)
class SyncResult:
    """What a sync did. ``message`` is written for the user and never holds secrets."""

    status: SyncStatus
    message: str
    previous_version: int | None = None
    version: int | None = None
    used_delta: bool = False
    bytes_downloaded: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0

    @property
    def ok(self) -> bool:
        return self.status in (SyncStatus.UPDATED, SyncStatus.UP_TO_DATE)


def _classify(exc: BaseException, feed: Feed) -> SyncResult:
    """Turn a TUF, transport or pack error into a result the user can act on."""
    where = f"the feed {feed.name!r}"
    if isinstance(exc, tuf_exc.ExpiredMetadataError):
        return SyncResult(
            SyncStatus.FROZEN,
            f"The signatures of {where} have expired, so it cannot be verified now; the "
            "current directory is kept. Tell the feed's coordinator if this lasts.",
        )
    if isinstance(exc, tuf_exc.DownloadLengthMismatchError):
        return SyncResult(
            SyncStatus.REJECTED,
            f"{where.capitalize()} sent more data than it signed for; the download was "
            "refused and nothing changed.",
        )
    if isinstance(exc, tuf_exc.DownloadHTTPError):
        return SyncResult(
            SyncStatus.OFFLINE,
            f"Could not reach {where}: the server answered HTTP {exc.status_code}. "
            "Nothing changed; try again later.",
        )
    if isinstance(exc, tuf_exc.SlowRetrievalError):
        return SyncResult(
            SyncStatus.OFFLINE,
            f"Could not reach {where}: the server stopped responding. Nothing changed.",
        )
    if isinstance(exc, tuf_exc.DownloadError):
        return SyncResult(
            SyncStatus.OFFLINE,
            f"Could not reach {where} (no connection, or the download was cut off). "
            "Nothing changed; the current directory stays in use.",
        )
    if isinstance(exc, tuf_exc.BadVersionNumberError):
        return SyncResult(
            SyncStatus.REJECTED,
            f"{where.capitalize()} offered older metadata than already seen (a rollback); "
            "it was refused and nothing changed.",
        )
    if isinstance(exc, tuf_exc.UnsignedMetadataError):
        return SyncResult(
            SyncStatus.REJECTED,
            f"{where.capitalize()} sent metadata that is not signed by its trusted keys; "
            "it was refused and nothing changed.",
        )
    if isinstance(exc, tuf_exc.LengthOrHashMismatchError):
        return SyncResult(
            SyncStatus.REJECTED,
            f"A file from {where} does not match its signed hash (tampered or damaged); "
            "it was refused and nothing changed.",
        )
    if isinstance(exc, tuf_exc.RepositoryError):
        return SyncResult(
            SyncStatus.REJECTED,
            f"{where.capitalize()} failed verification ({type(exc).__name__}); nothing changed.",
        )
    if isinstance(exc, PackRejected | FeedError):
        return SyncResult(SyncStatus.REJECTED, f"{exc} Nothing changed.")
    raise exc


def sync(
    vault: Any,
    feed: Feed,
    data_dir: Path,
    *,
    cancel: CancelToken = NEVER_CANCELLED,
    progress: Progress = no_progress,
    fetcher: RequestsFetcher | None = None,
) -> SyncResult:
    """Bring the vault's directory up to the feed's latest verified pack.

    ``data_dir`` holds the per-feed TUF metadata cache (public data). ``fetcher`` lets
    callers set timeouts; by default a :class:`RequestsFetcher` with production timeouts.
    """
    own_fetcher = fetcher is None
    http = fetcher or RequestsFetcher(cancel=cancel, progress=progress)
    try:
        return _sync_with(vault, feed, data_dir, http, None, cancel, progress)
    finally:
        if own_fetcher:
            http.close()


def import_bundle(
    vault: Any,
    feed: Feed,
    bundle_path: Path,
    data_dir: Path,
    *,
    cancel: CancelToken = NEVER_CANCELLED,
    progress: Progress = no_progress,
) -> SyncResult:
    """Apply a feed bundle (USB stick) with the same TUF verification as an online sync."""
    try:
        archive = zipfile.ZipFile(bundle_path)
    except (OSError, zipfile.BadZipFile) as exc:
        detail = exc.strerror if isinstance(exc, OSError) else "not a ZIP file"
        return SyncResult(SyncStatus.REJECTED, f"Cannot read {bundle_path}: {detail}.")
    with archive:
        fetcher = BundleFetcher(archive)
        return _sync_with(vault, feed, data_dir, fetcher, BUNDLE_BASE_URL, cancel, progress)


def _sync_with(
    vault: Any,
    feed: Feed,
    data_dir: Path,
    fetcher: Any,
    base_url: str | None,
    cancel: CancelToken,
    progress: Progress,
) -> SyncResult:
    from outreach.packs import applied_version, apply_pack, mark_verified, read_pack

    previous = applied_version(vault.conn)
    cache = feed_cache_folder(data_dir, feed.name)
    progress(0, 0, f"Checking {feed.name}")
    try:
        client = FeedClient(feed, cache, fetcher, base_url=base_url)
        client.refresh()
        cancel.raise_if_set()
        index = client.index()
        newest_root = client.newest_root()
        if previous is not None and index.latest_version <= previous:
            with vault.transaction() as conn:
                mark_verified(conn, datetime.now(UTC))
                record_check(conn, feed.name, error=None, verified=True, trusted_root=newest_root)
            return SyncResult(
                SyncStatus.UP_TO_DATE,
                f"The directory is up to date (version {previous}).",
                previous_version=previous,
                version=previous,
            )
        target, is_delta = index.target_for(previous)
        data = client.download(target)
        cancel.raise_if_set()
        pack = read_pack(data)
        if pack.manifest.version != index.latest_version:
            raise FeedError(
                f"The feed's index names version {index.latest_version} but the pack is "
                f"version {pack.manifest.version}."
            )
        progress(0, 0, f"Applying version {pack.manifest.version}")
        applied = apply_pack(vault, pack, cancel=cancel, progress=progress)
    except (tuf_exc.RepositoryError, tuf_exc.DownloadError, PackRejected, FeedError) as exc:
        result = _classify(exc, feed)
        log.info("sync of feed %r: %s (%s)", feed.name, result.status.value, type(exc).__name__)
        _note_failure(vault, feed, result)
        return result
    with vault.transaction() as conn:
        mark_verified(conn, datetime.now(UTC))
        record_check(conn, feed.name, error=None, verified=True, trusted_root=newest_root)
    if applied.already_installed:
        return SyncResult(
            SyncStatus.UP_TO_DATE,
            applied.summary(),
            previous_version=previous,
            version=applied.version,
        )
    return SyncResult(
        SyncStatus.UPDATED,
        applied.summary(),
        previous_version=previous,
        version=applied.version,
        used_delta=is_delta,
        bytes_downloaded=len(data),
        added=applied.added,
        updated=applied.updated,
        removed=applied.removed,
    )


def _note_failure(vault: Any, feed: Feed, result: SyncResult) -> None:
    with vault.transaction() as conn:
        record_check(conn, feed.name, error=result.message, verified=False, trusted_root=None)
