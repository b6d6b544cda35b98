"""The work behind Sync now and Import pack from file, free of Qt.

``outreach.feed.phases`` owns verification and apply; :mod:`outreach.gui.sync_pipeline` runs
the phases on the right threads. This module holds the network and bundle fetch steps (they
never touch the vault), checks that a chosen file is a feed bundle at all, and collects what
the GUI shows.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from outreach.cancel import CancelToken, Progress
from outreach.changes import NOTHING, Changes
from outreach.feed.outcome import SyncReason, SyncResult, SyncStatus
from outreach.feed.phases import FetchedUpdate, SyncPlan, fetch_bundle, fetch_update
from outreach.packs import PACK_SUFFIX
from outreach.packs.state import InstalledPack


@dataclass(frozen=True)
class SyncRun:
    """Results per feed (in feed-name order) and the installed pack afterwards."""

    results: list[tuple[str, SyncResult]] = field(default_factory=list)
    state: InstalledPack = field(default_factory=InstalledPack)

    @property
    def no_feeds(self) -> bool:
        return not self.results

    def with_status(self, *statuses: SyncStatus) -> list[tuple[str, SyncResult]]:
        return [(name, result) for name, result in self.results if result.status in statuses]

    @property
    def changed(self) -> bool:
        return bool(self.with_status(SyncStatus.UPDATED))

    @property
    def changes(self) -> Changes:
        """What the run changed in the vault, all feeds together."""
        changes = NOTHING
        for _, result in self.results:
            changes |= result.changes
        return changes


def fetch_from_feed(
    plan: SyncPlan, data_dir: Path, cancel: CancelToken, progress: Progress
) -> FetchedUpdate:
    """Phase 2 of Sync now, for the network pool: refresh the feed, download what is new."""
    return fetch_update(plan, data_dir, cancel=cancel, progress=progress)


def bundle_problem(path: Path) -> str | None:
    """Why ``path`` is not a feed bundle (a message for the user), or None if it looks like one.

    A lone pack is refused here because only the feed's signed metadata can vouch for it.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except OSError as exc:
        text = QCoreApplication.translate("FeedBundle", "Cannot read %1: %2.")
        return text.replace("%1", path.name).replace("%2", str(exc.strerror or exc))
    except zipfile.BadZipFile:
        text = QCoreApplication.translate("FeedBundle", "%1 is not a feed bundle (not a ZIP file).")
        return text.replace("%1", path.name)
    if "timestamp.json" in names:
        return None
    if path.suffix == PACK_SUFFIX or "manifest.json" in names:
        text = QCoreApplication.translate(
            "FeedBundle",
            "%1 is a resource pack on its own, without the feed's signatures, so it "
            "cannot be verified. Ask the coordinator for a feed bundle (outreach feed bundle).",
        )
        return text.replace("%1", path.name)
    text = QCoreApplication.translate(
        "FeedBundle", "%1 is not a feed bundle (it has no timestamp.json)."
    )
    return text.replace("%1", path.name)


def fetch_bundle_file(
    plan: SyncPlan, data_dir: Path, path: Path, cancel: CancelToken, progress: Progress
) -> FetchedUpdate:
    """Phase 2 of Import pack from file: verify a feed bundle against ``plan``'s trusted keys.

    Reads only the file and the TUF cache, never the vault, so it can run off the database
    worker. A file that is no bundle is refused without counting as a check of the feed.
    """
    problem = bundle_problem(path)
    if problem is not None:
        outcome = SyncResult(
            SyncStatus.REJECTED, SyncReason.REFUSED, feed=plan.feed.name, detail=problem
        )
        return FetchedUpdate(plan, outcome, consulted=False)
    return fetch_bundle(plan, path, data_dir, cancel=cancel, progress=progress)
