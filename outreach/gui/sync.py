"""Sync now, the automatic check, Import pack from file, and File → Import directory wiring.

The :class:`SyncController` is given the window and the settings, and takes part in the
session like a view: on unlock it checks the feeds once and then every
``settings.sync_every_hours``; on lock it stops the timer and cancels a running check. What a
sync or an import changed is announced through the session; the views refresh themselves.

Offline is normal, so an unreachable feed only leaves a quiet status-bar message. Changes are
shown in a non-modal box; refusals of a manual sync or a bundle in a warning box; problems of
an automatic check in the status bar, so nobody is interrupted mid-referral.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from outreach.cancel import CancelToken, no_progress
from outreach.errors import Cancelled
from outreach.feed.client import Feed, list_feeds
from outreach.feed.sync import SyncResult, SyncStatus
from outreach.gui.errors import show_error
from outreach.gui.import_dialog import ImportRunner, open_import_dialog
from outreach.gui.main_window import MainAction, MainWindow
from outreach.gui.progress import TaskProgress
from outreach.gui.session import Session
from outreach.gui.sync_jobs import SyncRun, fetch_bundle_file, fetch_from_feed
from outreach.gui.sync_pipeline import Fetch, SyncPipeline
from outreach.gui.sync_words import first_sentence, sync_result_text
from outreach.packs.state import InstalledPack
from outreach.settings import Settings

log = logging.getLogger(__name__)

APP_TITLE = "Outreach Companion"
#: How long "up to date" stays in the status bar; warnings and offline stay until replaced.
SHORT_MESSAGE_MS = 15_000


class SyncController(QObject):
    """Owns the sync actions of one main window and the automatic check."""

    def __init__(self, window: MainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.session: Session | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check_automatically)
        self.running: CancelToken | None = None
        self.pipeline: SyncPipeline | None = None
        self.progress: TaskProgress | None = None
        self.last_run: SyncRun | None = None
        self.changes_box: QMessageBox | None = None
        self.message_box: QMessageBox | None = None
        self.import_runner: ImportRunner | None = None
        self.status_text = ""
        window.action(MainAction.SYNC_NOW).triggered.connect(self.sync_now)
        window.action(MainAction.IMPORT_PACK).triggered.connect(self.import_pack_file)
        window.action(MainAction.IMPORT).triggered.connect(self.import_directory)

    # -- SessionView ------------------------------------------------------------------------
    def attach(self, session: Session) -> None:
        self.session = session
        hours = max(1, int(self.settings.sync_every_hours))
        self.timer.start(hours * 3600 * 1000)
        # After the views have drawn: the first check must not delay the unlocked window.
        QTimer.singleShot(500, self.check_automatically)

    def detach(self) -> None:
        self.timer.stop()
        if self.session is not None:
            self.session.tasks.drop(self)  # a running sync now reports to nobody
        pipeline, self.pipeline = self.pipeline, None
        if pipeline is not None:
            # Its download may still be running on the network pool; the token stops it, and
            # whatever it brings back is dropped (its owner dropped it), never applied.
            pipeline.cancel_token.cancel()
        self.running = None
        runner = self.import_runner
        if runner is not None and runner.outcome is None:
            # Locking mid-import: cancel it, so it rolls back rather than writing behind the lock.
            runner.progress.cancel_token.cancel()
        if self.progress is not None:
            self.progress.finish()
            self.progress = None
        if self.changes_box is not None:
            self.changes_box.close()
            self.changes_box = None
        self.session = None
        self.status_text = ""

    # -- sync ---------------------------------------------------------------------------------
    def sync_now(self) -> None:
        """Sync every trusted feed, with progress and Cancel (F5)."""
        self._start_sync(manual=True)

    def check_automatically(self) -> None:
        """The quiet check at unlock and on the timer: no dialogs unless something changed."""
        self._start_sync(manual=False)

    def _start_sync(self, *, manual: bool) -> None:
        session = self.session
        if session is None or not session.is_open:
            return
        if self.running is not None:
            if manual:
                self._status(self.tr("A sync is already running."), SHORT_MESSAGE_MS)
            return
        token = CancelToken()
        progress = no_progress
        if manual:
            self.progress = TaskProgress(
                self.window, self.tr("Sync"), self.tr("Checking the feeds for updates…")
            )
            self.progress.show()
            token, progress = self.progress.cancel_token, self.progress.report
        else:
            self._status(self.tr("Checking for directory updates…"), 0)
        self._run_pipeline(
            session,
            lambda plan, data_dir: fetch_from_feed(plan, data_dir, token, progress),
            token,
            on_done=lambda run: self._synced(run, manual=manual),
            on_error=lambda exc: self._failed(exc, manual=manual),
        )

    def _run_pipeline(
        self,
        session: Session,
        fetch: Fetch,
        token: CancelToken,
        *,
        on_done: Callable[[SyncRun], None],
        on_error: Callable[[BaseException], None],
        feed_names: list[str] | None = None,
    ) -> None:
        """Start the phases: database worker, network pool, database worker (see
        :mod:`outreach.gui.sync_pipeline`). The controller owns the pipeline: a lock drops it."""
        progress = self.progress.report if self.progress is not None else no_progress
        pipeline = SyncPipeline(
            session,
            fetch,
            owner=self,
            cancel=token,
            progress=progress,
            on_done=on_done,
            on_error=on_error,
        )
        self.running = token
        self.pipeline = pipeline
        if self.progress is not None:
            # Cancel answers at once while downloading (the download's result is dropped);
            # after the event loop turn, so the dialog has finished handling its own signal.
            self.progress.canceled.connect(lambda: QTimer.singleShot(0, pipeline.cancel))
        pipeline.start(feed_names)

    def _end_task(self) -> None:
        self.running = None
        self.pipeline = None
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    def _failed(self, exc: BaseException, *, manual: bool) -> None:
        self._end_task()
        if isinstance(exc, Cancelled):
            self._status(self.tr("Sync cancelled; nothing changed."), SHORT_MESSAGE_MS)
        elif manual:
            show_error(self.window, exc)
        else:
            log.warning("automatic sync failed: %s", type(exc).__name__)
            self._status(self.tr("⚠ The directory could not be checked for updates."), 0)

    def _synced(self, run: SyncRun, *, manual: bool) -> None:
        self._end_task()
        self.last_run = run
        if run.no_feeds:
            self._status("", 0)
            if manual:
                self._message(
                    QMessageBox.Icon.Information,
                    self.tr(
                        "No feed is set up yet. Open the invite file from your coordinator in "
                        "Settings → Feeds, then sync again."
                    ),
                )
            return
        self.show_run(run, manual=manual)

    # -- presenting ---------------------------------------------------------------------------
    def show_run(self, run: SyncRun, *, manual: bool, from_bundle: bool = False) -> None:
        """Tell the user what a sync or bundle import did, each outcome in its own way."""
        if self.session is not None:
            self.session.announce(run.changes)
        updated = run.with_status(SyncStatus.UPDATED)
        problems = run.with_status(SyncStatus.REJECTED, SyncStatus.FROZEN)
        offline = run.with_status(SyncStatus.OFFLINE)
        if problems and (manual or from_bundle):
            text = "\n\n".join(sync_result_text(result) for _, result in problems)
            self._message(QMessageBox.Icon.Warning, text)
        if updated:
            self._show_changes(updated)
        if problems:
            _, first = problems[0]
            self._status("⚠ " + first_sentence(sync_result_text(first)), 0)
        elif offline and from_bundle:
            text = "\n\n".join(sync_result_text(result) for _, result in offline)
            self._message(QMessageBox.Icon.Warning, text)
        elif offline:
            self._status(self._offline_text(run.state), 0)
        elif updated:
            self._status(
                self.tr("Directory updated to version %1.").replace(
                    "%1", str(updated[-1][1].version)
                ),
                SHORT_MESSAGE_MS,
            )
        else:
            version = run.state.version
            self._status(
                self.tr("The directory is up to date (version %1).").replace("%1", str(version)),
                SHORT_MESSAGE_MS,
            )
            if from_bundle and run.results:
                self._message(QMessageBox.Icon.Information, sync_result_text(run.results[0][1]))

    def _show_changes(self, updated: list[tuple[str, SyncResult]]) -> None:
        lines = []
        for name, result in updated:
            line = self.tr("%1: version %2 → %3\n%4 added, %5 updated, %6 removed.")
            previous = "–" if result.previous_version is None else str(result.previous_version)
            values = (name, previous, str(result.version), *map(str, _counts(result)))
            for number, value in enumerate(values, start=1):
                line = line.replace(f"%{number}", value)
            lines.append(line)
        if self.changes_box is not None:
            self.changes_box.close()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Directory updated"),
            self.tr("The directory was updated and verified.") + "\n\n" + "\n".join(lines),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setModal(False)
        box.show()
        self.changes_box = box

    def _message(self, icon: QMessageBox.Icon, text: str) -> None:
        """A window-modal box that does not block the event loop (sync results arrive late)."""
        box = QMessageBox(icon, APP_TITLE, text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message_box = box

    def _offline_text(self, state: InstalledPack) -> str:
        when = state.last_confirmed
        if when is None:
            return self.tr("Offline – no directory has been downloaded yet.")
        local = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
        text = QLocale().toString(local, QLocale.FormatType.ShortFormat)
        return self.tr("Offline – using the directory from %1").replace("%1", text)

    def _status(self, text: str, timeout_ms: int) -> None:
        self.status_text = text
        bar = self.window.statusBar()
        if text:
            bar.showMessage(text, timeout_ms)
        else:
            bar.clearMessage()

    # -- import pack from file ---------------------------------------------------------------
    def import_pack_file(self, path: str | Path | None = None) -> None:
        """File → Import pack from file…: a feed bundle from a USB stick, verified like a sync."""
        session = self.session
        if session is None or self.running is not None:
            return
        if not path:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import a feed bundle"),
                "",
                self.tr("Feed bundles (*.zip);;All files (*)"),
            )
            if not chosen:
                return
            path = chosen
        bundle = Path(path)
        session.run_db(
            list_feeds,
            lambda feeds: self._apply_bundle(bundle, feeds),
            lambda exc: show_error(self.window, exc),
        )

    def _apply_bundle(self, bundle: Path, feeds: list[Feed]) -> None:
        session = self.session
        if session is None:
            return
        feed = self._choose_feed(feeds)
        if feed is None:
            return
        self.progress = TaskProgress(
            self.window, self.tr("Import pack"), self.tr("Verifying %1…").replace("%1", bundle.name)
        )
        self.progress.show()
        token, progress = self.progress.cancel_token, self.progress.report
        self._run_pipeline(
            session,
            lambda plan, data_dir: fetch_bundle_file(plan, data_dir, bundle, token, progress),
            token,
            on_done=self._bundle_done,
            on_error=lambda exc: self._failed(exc, manual=True),
            feed_names=[feed.name],
        )

    def _bundle_done(self, run: SyncRun) -> None:
        self._end_task()
        self.last_run = run
        self.show_run(run, manual=True, from_bundle=True)

    def _choose_feed(self, feeds: list[Feed]) -> Feed | None:
        if not feeds:
            self._message(
                QMessageBox.Icon.Information,
                self.tr(
                    "A bundle can only be verified against a feed you trust. Open the invite "
                    "file from your coordinator in Settings → Feeds first."
                ),
            )
            return None
        if len(feeds) == 1:
            return feeds[0]
        names = [feed.name for feed in feeds]
        name, ok = QInputDialog.getItem(
            self.window,
            self.tr("Import pack"),
            self.tr("Which feed is this bundle from?"),
            names,
            0,
            False,
        )
        return next((f for f in feeds if f.name == name), None) if ok else None

    # -- import directory --------------------------------------------------------------------
    def import_directory(self) -> None:
        """File → Import directory…"""
        if self.session is None:
            return
        self.import_runner = open_import_dialog(self.window, self.session)


def _counts(result: SyncResult) -> tuple[int, int, int]:
    return result.added, result.updated, result.removed
