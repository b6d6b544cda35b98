"""The work behind Sync now and Import pack from file, run on the database worker.

``outreach.feed.sync`` owns verification and apply; this module only loops over the trusted
feeds, checks that a chosen file is a feed bundle at all, and collects what the GUI shows.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from outreach.cancel import CancelToken, Progress
from outreach.feed.client import Feed, list_feeds
from outreach.feed.sync import SyncResult, SyncStatus, import_bundle, sync
from outreach.packs import PACK_SUFFIX, pack_state
from outreach.paths import feed_cache_dir


@dataclass(frozen=True)
class SyncRun:
    """Results per feed (in feed-name order) and the installed pack afterwards."""

    results: list[tuple[str, SyncResult]] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)

    @property
    def no_feeds(self) -> bool:
        return not self.results

    def with_status(self, *statuses: SyncStatus) -> list[tuple[str, SyncResult]]:
        return [(name, result) for name, result in self.results if result.status in statuses]

    @property
    def changed(self) -> bool:
        return bool(self.with_status(SyncStatus.UPDATED))


def sync_all_feeds(
    vault: Any, cancel: CancelToken, progress: Progress, feeds: list[str] | None = None
) -> SyncRun:
    """Sync every trusted feed (or the named ones); offline and refusals are results."""
    data_dir = feed_cache_dir(vault.path)
    results: list[tuple[str, SyncResult]] = []
    for feed in list_feeds(vault.conn):
        if feeds is not None and feed.name not in feeds:
            continue
        cancel.raise_if_set()
        results.append((feed.name, sync(vault, feed, data_dir, cancel=cancel, progress=progress)))
    return SyncRun(results, pack_state(vault.conn))


def bundle_problem(path: Path) -> str | None:
    """Why ``path`` is not a feed bundle (a message for the user), or None if it looks like one.

    A lone pack is refused here because only the feed's signed metadata can vouch for it.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except OSError as exc:
        return f"Cannot read {path.name}: {exc.strerror or exc}."
    except zipfile.BadZipFile:
        return f"{path.name} is not a feed bundle (not a ZIP file)."
    if "timestamp.json" in names:
        return None
    if path.suffix == PACK_SUFFIX or "manifest.json" in names:
        return (
            f"{path.name} is a resource pack on its own, without the feed's signatures, so it "
            "cannot be verified. Ask the coordinator for a feed bundle (outreach feed bundle)."
        )
    return f"{path.name} is not a feed bundle (it has no timestamp.json)."


def import_bundle_file(
    vault: Any, feed: Feed, path: Path, cancel: CancelToken, progress: Progress
) -> SyncRun:
    """Apply a feed bundle from a USB stick, verified against ``feed``'s trusted keys."""
    problem = bundle_problem(path)
    if problem is not None:
        result = SyncResult(SyncStatus.REJECTED, f"{problem} Nothing changed.")
    else:
        data_dir = feed_cache_dir(vault.path)
        result = import_bundle(vault, feed, path, data_dir, cancel=cancel, progress=progress)
    return SyncRun([(feed.name, result)], pack_state(vault.conn))


def directory_date(state: dict[str, Any]) -> datetime | None:
    """When the installed directory was last verified (or applied), as an aware datetime."""
    for key in ("verified_at", "applied_at"):
        value = state.get(key)
        if isinstance(value, str) and value:
            try:
                return datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                continue
    return None
