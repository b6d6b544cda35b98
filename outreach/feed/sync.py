"""Sync: refresh a trusted feed, fetch the right pack, verify it, apply it in one transaction.

Every outcome is a :class:`SyncResult` with a message for people; only cancellation raises.
Offline is normal (``OFFLINE``); an expired feed keeps the current directory and warns
(``FROZEN``); anything that fails verification is ``REJECTED``. In every case but
``UPDATED`` the directory in the vault is exactly as it was.

The work is split into phases (:mod:`outreach.feed.phases`) so the app can download on its
network pool and keep the vault free; :func:`sync` and :func:`import_bundle` run them in a
row, for the command line and scripts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from outreach.cancel import NEVER_CANCELLED, CancelToken, Progress, no_progress
from outreach.feed.client import Feed, trusted_root
from outreach.feed.fetcher import RequestsFetcher
from outreach.feed.outcome import SyncResult, SyncStatus, classify_failure
from outreach.feed.phases import (
    ChangedMeanwhile,
    FetchedUpdate,
    SyncPlan,
    apply_fetched,
    fetch_bundle,
    fetch_update,
    plan_sync,
)
from outreach.vault import Vault
from outreach.vault.db import Connection

__all__ = ["SyncResult", "SyncStatus", "import_bundle", "sync"]

#: How often :func:`sync` plans again when the vault changed during a download.
MAX_ATTEMPTS = 3


def sync(
    vault: Vault,
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

    def fetch(plan: SyncPlan) -> FetchedUpdate:
        return fetch_update(plan, data_dir, cancel=cancel, progress=progress, fetcher=fetcher)

    return _run_phases(vault, feed, fetch, cancel, progress)


def import_bundle(
    vault: Vault,
    feed: Feed,
    bundle_path: Path,
    data_dir: Path,
    *,
    cancel: CancelToken = NEVER_CANCELLED,
    progress: Progress = no_progress,
) -> SyncResult:
    """Apply a feed bundle (USB stick) with the same TUF verification as an online sync."""

    def fetch(plan: SyncPlan) -> FetchedUpdate:
        return fetch_bundle(plan, bundle_path, data_dir, cancel=cancel, progress=progress)

    return _run_phases(vault, feed, fetch, cancel, progress)


def _run_phases(
    vault: Vault,
    feed: Feed,
    fetch: Callable[[SyncPlan], FetchedUpdate],
    cancel: CancelToken,
    progress: Progress,
) -> SyncResult:
    for attempt in range(1, MAX_ATTEMPTS + 1):
        plan = plan_sync(vault.conn, feed)
        try:
            return apply_fetched(vault, fetch(plan), cancel=cancel, progress=progress)
        except ChangedMeanwhile as exc:
            # Another process applied or re-trusted meanwhile; start again from the vault.
            if attempt == MAX_ATTEMPTS:
                return classify_failure(exc, feed.name)
            feed = _as_trusted_now(vault.conn, feed)
    raise AssertionError("unreachable")


def _as_trusted_now(conn: Connection, feed: Feed) -> Feed:
    """``feed`` (keeping the caller's URL) with the root the vault trusts now."""
    root = trusted_root(conn, feed.name)
    return feed if root is None else dataclasses.replace(feed, trusted_root=root)
