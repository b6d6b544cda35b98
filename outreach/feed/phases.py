"""A sync in three phases, so that only the short ones need the vault.

1. :func:`prepare_sync` (database, milliseconds): what the vault trusts and has installed,
   as a :class:`SyncPlan`, a plain picklable value.
2. :func:`fetch_update` or :func:`fetch_bundle` (network or file, seconds to minutes; never
   touches the vault): TUF refresh, choose delta or full pack, download, verify and parse it,
   as a :class:`FetchedUpdate`.
3. :func:`apply_fetched` (database): checks nothing changed meanwhile, then applies the pack,
   stores the newest trusted root and the feed's check times in one transaction.

The app runs phase 2 on its network pool so searches never queue behind a stalled download;
:func:`outreach.feed.sync.sync` runs the three in a row for the command line.
"""

from __future__ import annotations

import logging
import zipfile
from dataclasses import dataclass
from pathlib import Path

from tuf.api import exceptions as tuf_exc
from tuf.ngclient.fetcher import FetcherInterface

from outreach.cancel import NEVER_CANCELLED, CancelToken, Progress, Stage, Step, no_progress
from outreach.clock import Clock, system_clock
from outreach.errors import FeedError, PackRejected
from outreach.feed.client import (
    Feed,
    FeedClient,
    MetadataVersions,
    feed_cache_folder,
    get_feed,
    record_check,
    trusted_root,
)
from outreach.feed.fetcher import BUNDLE_BASE_URL, BundleFetcher, RequestsFetcher
from outreach.feed.outcome import (
    SyncReason,
    SyncResult,
    SyncStatus,
    applied_outcome,
    classify_failure,
)
from outreach.feed.problems import FeedProblem
from outreach.packs import Pack, applied_version, apply_pack, mark_verified, read_pack
from outreach.vault import Vault
from outreach.vault.db import Connection

log = logging.getLogger(__name__)

_FETCH_ERRORS = (tuf_exc.RepositoryError, tuf_exc.DownloadError, PackRejected, FeedError)


class ChangedMeanwhile(FeedError):
    """The vault changed between planning and applying (another sync, a new trusted root).

    Nothing was changed; plan and fetch again. :func:`outreach.feed.sync.sync` does so itself.
    """

    def __init__(self, feed_name: str) -> None:
        super().__init__(FeedProblem.CHANGED_MEANWHILE, name=repr(feed_name))


@dataclass(frozen=True)
class SyncPlan:
    """What a fetch needs from the vault: the feed (URL, trusted root) and installed version."""

    feed: Feed
    previous_version: int | None


@dataclass(frozen=True)
class FetchedUpdate:
    """The verified result of phase 2, ready to apply (or the reason there is nothing to).

    Exactly one of ``pack`` and ``outcome`` is set. ``outcome`` is up to date, offline,
    frozen or rejected. ``newest_root`` is the root metadata the Updater verified, set when
    the feed verified. ``consulted`` is False when the feed was never reached (an unreadable
    bundle file), so the vault keeps no record of a check.
    """

    plan: SyncPlan
    outcome: SyncResult | None = None
    pack: Pack | None = None
    used_delta: bool = False
    bytes_downloaded: int = 0
    newest_root: bytes | None = None
    versions: MetadataVersions | None = None
    consulted: bool = True


def plan_sync(conn: Connection, feed: Feed) -> SyncPlan:
    """Phase 1 for a feed the caller already holds (its URL may differ from the vault's)."""
    return SyncPlan(feed, applied_version(conn))


def prepare_sync(conn: Connection, feed_name: str | None = None) -> SyncPlan:
    """Phase 1: read the named feed (or the only one) and the installed version.

    Raises ``FeedError`` when there is no such feed.
    """
    return plan_sync(conn, get_feed(conn, feed_name))


def fetch_update(
    plan: SyncPlan,
    data_dir: Path,
    *,
    cancel: CancelToken = NEVER_CANCELLED,
    progress: Progress = no_progress,
    fetcher: RequestsFetcher | None = None,
) -> FetchedUpdate:
    """Phase 2 over HTTP(S): refresh the feed and download the verified pack, if any is new.

    Never touches the vault. ``data_dir`` holds the per-feed TUF metadata cache (public
    data); ``fetcher`` lets callers set timeouts (default: production timeouts). Only
    cancellation raises (``Cancelled``); every failure is an ``outcome``.
    """
    own_fetcher = fetcher is None
    http = fetcher or RequestsFetcher(cancel=cancel, progress=progress)
    try:
        return _fetch_with(plan, data_dir, http, None, cancel, progress)
    finally:
        if own_fetcher:
            http.close()


def fetch_bundle(
    plan: SyncPlan,
    bundle_path: Path,
    data_dir: Path,
    *,
    cancel: CancelToken = NEVER_CANCELLED,
    progress: Progress = no_progress,
) -> FetchedUpdate:
    """Phase 2 from a feed bundle (USB stick), with the same TUF verification as online."""
    try:
        archive = zipfile.ZipFile(bundle_path)
    except (OSError, zipfile.BadZipFile) as exc:
        detail = exc.strerror if isinstance(exc, OSError) else "not a ZIP file"
        outcome = SyncResult(
            SyncStatus.REJECTED,
            SyncReason.BUNDLE_UNREADABLE,
            feed=plan.feed.name,
            detail=f"{bundle_path}: {detail}",
        )
        return FetchedUpdate(plan, outcome, consulted=False)
    with archive:
        fetcher = BundleFetcher(archive)
        fetched = _fetch_with(plan, data_dir, fetcher, BUNDLE_BASE_URL, cancel, progress)
    if fetched.outcome is not None and fetched.outcome.status is SyncStatus.OFFLINE:
        # No network is involved: a file that cannot be read from the bundle is damage.
        damaged = SyncResult(
            SyncStatus.REJECTED,
            SyncReason.BUNDLE_UNREADABLE,
            feed=plan.feed.name,
            detail=f"{bundle_path}: it is damaged or incomplete; ask for a new bundle",
        )
        return FetchedUpdate(plan, damaged, consulted=False)
    return fetched


def _fetch_with(
    plan: SyncPlan,
    data_dir: Path,
    fetcher: FetcherInterface,
    base_url: str | None,
    cancel: CancelToken,
    progress: Progress,
) -> FetchedUpdate:
    feed, previous = plan.feed, plan.previous_version
    progress(0, 0, Step(Stage.CHECKING_FEED, feed.name))
    try:
        cache = feed_cache_folder(data_dir, feed.name)
        client = FeedClient(feed, cache, fetcher, base_url=base_url)
        client.refresh()
        versions = client.verified_versions()
        cancel.raise_if_set()
        index = client.index()
        newest_root = client.newest_root()
        if previous is not None and index.latest_version <= previous:
            outcome = SyncResult(
                SyncStatus.UP_TO_DATE,
                SyncReason.UP_TO_DATE,
                feed=feed.name,
                previous_version=previous,
                version=previous,
            )
            return FetchedUpdate(plan, outcome, newest_root=newest_root, versions=versions)
        target, is_delta = index.target_for(previous)
        data = client.download(target)
        cancel.raise_if_set()
        progress(0, 0, Step(Stage.CHECKING_VERSION, index.latest_version))
        pack = read_pack(data)
        if pack.manifest.version != index.latest_version:
            raise FeedError(
                f"The feed's index names version {index.latest_version} but the pack is "
                f"version {pack.manifest.version}."
            )
    except _FETCH_ERRORS as exc:
        outcome = classify_failure(exc, feed.name)
        log.info("fetch from feed %r: %s (%s)", feed.name, outcome.status.value, type(exc).__name__)
        return FetchedUpdate(plan, outcome)
    return FetchedUpdate(
        plan,
        pack=pack,
        used_delta=is_delta,
        bytes_downloaded=len(data),
        newest_root=newest_root,
        versions=versions,
    )


def apply_fetched(
    vault: Vault,
    fetched: FetchedUpdate,
    *,
    cancel: CancelToken = NEVER_CANCELLED,
    progress: Progress = no_progress,
    clock: Clock = system_clock,
) -> SyncResult:
    """Phase 3: record the outcome, or apply the pack, in one transaction.

    Raises ``ChangedMeanwhile`` (nothing changed; plan again) when the installed version or
    the feed's trusted root is no longer what the plan saw, and ``Cancelled``.
    """
    cancel.raise_if_set()
    plan, outcome = fetched.plan, fetched.outcome
    name = plan.feed.name
    if outcome is not None and outcome.status is not SyncStatus.UP_TO_DATE:
        if fetched.consulted:
            _record_failure(vault, name, outcome)
        return outcome
    pack = fetched.pack
    if pack is not None:
        progress(0, 0, Step(Stage.APPLYING_VERSION, pack.manifest.version))
    try:
        with vault.transaction() as conn:
            _check_unchanged(conn, fetched)
            applied = None
            if pack is not None:
                # apply_pack joins this transaction: pack and feed records commit together.
                applied = apply_pack(vault, pack, cancel=cancel, progress=progress, clock=clock)
            mark_verified(conn, clock())
            record_check(
                conn,
                name,
                problem=None,
                verified=True,
                trusted_root=fetched.newest_root,
                versions=fetched.versions,
            )
    except ChangedMeanwhile:
        raise
    except (PackRejected, FeedError) as exc:
        result = classify_failure(exc, name)
        log.info("apply from feed %r: %s (%s)", name, result.status.value, type(exc).__name__)
        _record_failure(vault, name, result)
        return result
    if applied is None:
        assert outcome is not None  # an up-to-date fetch carries no pack
        return outcome
    # _check_unchanged made sure the pack was applied on top of plan.previous_version.
    return applied_outcome(
        applied,
        feed=name,
        used_delta=fetched.used_delta,
        bytes_downloaded=fetched.bytes_downloaded,
    )


def _check_unchanged(conn: Connection, fetched: FetchedUpdate) -> None:
    """Refuse to apply what was fetched for another installed version or another trust."""
    plan = fetched.plan
    name = plan.feed.name
    trusted_now = trusted_root(conn, name)
    if trusted_now is None:
        raise FeedError(FeedProblem.REMOVED_WHILE_CHECKING, name=repr(name))
    if trusted_now not in (plan.feed.trusted_root, fetched.newest_root):
        raise ChangedMeanwhile(name)
    if applied_version(conn) != plan.previous_version:
        raise ChangedMeanwhile(name)


def _record_failure(vault: Vault, feed_name: str, result: SyncResult) -> None:
    with vault.transaction() as conn:
        record_check(conn, feed_name, problem=result, verified=False, trusted_root=None)
