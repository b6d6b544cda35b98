"""One Sync now (or bundle import) run through the phases of :mod:`outreach.feed.phases`.

Planning and applying are short and need the vault, so they run on the database worker;
fetching (TUF refresh and download, seconds to minutes when a server stalls) runs on the
network pool and never touches the vault, so searches keep running meanwhile. Every step is
started from the GUI thread when the previous one reports back, which is where the pipeline
notices a cancel or a lock: a fetched update that arrives after either is dropped, never
applied.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from outreach.cancel import CancelToken, Progress
from outreach.errors import Cancelled
from outreach.feed.client import list_feeds
from outreach.feed.outcome import SyncResult, classify_failure
from outreach.feed.phases import (
    ChangedMeanwhile,
    FetchedUpdate,
    SyncPlan,
    apply_fetched,
    plan_sync,
    prepare_sync,
)
from outreach.gui.session import Session
from outreach.gui.sync_jobs import SyncRun
from outreach.packs import pack_state
from outreach.packs.state import InstalledPack
from outreach.paths import feed_cache_dir
from outreach.vault.db import Connection

log = logging.getLogger(__name__)

#: How often one feed is planned again when the vault changed while it downloaded.
MAX_ATTEMPTS = 2

#: Phase 2 for one plan (runs on the network pool): ``fetch(plan, data_dir)``.
Fetch = Callable[[SyncPlan, Path], FetchedUpdate]


class SyncPipeline:
    """Plans on the database worker, fetches on the network pool, applies on the database worker.

    ``on_done(SyncRun)`` or ``on_error(exc)`` is called at most once, on the GUI thread;
    ``on_error`` gets ``Cancelled`` after :meth:`cancel`. Once ``owner`` drops its work
    (``Tasks.drop``, on lock) the pipeline stops and reports to nobody: the same staleness
    check as every :class:`~outreach.gui.background.Background`.
    :attr:`stage` says where it is ("planning", "fetching", "applying", "finishing", "done").
    """

    def __init__(
        self,
        session: Session,
        fetch: Fetch,
        *,
        owner: QObject,
        cancel: CancelToken,
        progress: Progress,
        on_done: Callable[[SyncRun], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.session = session
        self.fetch = fetch
        self.owner = owner
        self._epoch = session.tasks.epoch(owner)
        self.cancel_token = cancel
        self.progress = progress
        self.on_done = on_done
        self.on_error = on_error
        self.data_dir = feed_cache_dir(session.vault_path)
        self.results: list[tuple[str, SyncResult]] = []
        self.stage = "planning"
        self._pending: list[SyncPlan] = []

    # -- starting ---------------------------------------------------------------------------
    def start(self, feed_names: list[str] | None = None) -> None:
        """Sync every trusted feed, or the named ones, one after the other."""

        def plans(conn: Connection) -> list[SyncPlan]:
            feeds = list_feeds(conn)
            return [plan_sync(conn, f) for f in feeds if feed_names is None or f.name in feed_names]

        self.session.run_db(plans, self._planned, self._fail)

    def cancel(self) -> None:
        """Stop: nothing more is applied. A running download is left to notice the token
        and end by itself; its result is dropped, so the caller hears back at once."""
        self.cancel_token.cancel()
        if self.stage in ("planning", "fetching"):
            self._fail(Cancelled("Cancelled."))

    # -- steps (GUI thread) -------------------------------------------------------------------
    def _planned(self, plans: list[SyncPlan]) -> None:
        self._pending = list(plans)
        self._next()

    def _next(self) -> None:
        if not self._still_wanted():
            return
        if self._pending:
            self._fetch(self._pending.pop(0), attempt=1)
            return
        self.stage = "finishing"
        self.session.run_db(pack_state, self._finished, self._fail)

    def _fetch(self, plan: SyncPlan, *, attempt: int) -> None:
        if not self._still_wanted():
            return
        self.stage = "fetching"
        data_dir = self.data_dir
        self.session.tasks.run_net(
            lambda: self.fetch(plan, data_dir),
            lambda fetched: self._apply(fetched, attempt=attempt),
            self._fail,
        )

    def _apply(self, fetched: FetchedUpdate, *, attempt: int) -> None:
        if not self._still_wanted():
            return  # cancelled or locked while downloading: never applied
        self.stage = "applying"
        name = fetched.plan.feed.name
        cancel, progress = self.cancel_token, self.progress
        self.session.run_vault(
            lambda vault: apply_fetched(vault, fetched, cancel=cancel, progress=progress),
            lambda result: self._applied(name, result),
            lambda exc: self._apply_failed(name, exc, attempt=attempt),
        )

    def _applied(self, name: str, result: SyncResult) -> None:
        self.results.append((name, result))
        self._next()

    def _apply_failed(self, name: str, exc: BaseException, *, attempt: int) -> None:
        if not isinstance(exc, ChangedMeanwhile):
            self._fail(exc)
        elif attempt < MAX_ATTEMPTS:
            log.info("feed %r changed while downloading; planning again", name)
            self.stage = "planning"
            self.session.run_db(
                lambda conn: prepare_sync(conn, name),
                lambda plan: self._fetch(plan, attempt=attempt + 1),
                self._fail,
            )
        else:
            self._applied(name, classify_failure(exc, name))

    def _finished(self, state: InstalledPack) -> None:
        if not self._current():
            return
        self.stage = "done"
        self.on_done(SyncRun(self.results, state))

    # -- ending -------------------------------------------------------------------------------
    def _current(self) -> bool:
        """Not finished, and its owner has not dropped it (a lock) since it started."""
        if self.stage != "done" and not self.session.tasks.still_current(self.owner, self._epoch):
            self.stage = "done"  # dropped: whatever arrives now is never applied or reported
        return self.stage != "done"

    def _still_wanted(self) -> bool:
        if not self._current():
            return False
        if self.cancel_token.is_set:
            self._fail(Cancelled("Cancelled."))
            return False
        return True

    def _fail(self, exc: BaseException) -> None:
        if not self._current():
            return
        self.stage = "done"
        self.on_error(exc)
