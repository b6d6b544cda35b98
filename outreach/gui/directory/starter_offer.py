"""The panel a fresh, empty vault shows: load the bundled starter directory, with progress."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from outreach.cancel import CancelToken
from outreach.errors import Cancelled, UserFacingError
from outreach.gui import wording
from outreach.gui.errors import show_error
from outreach.gui.forms import child
from outreach.gui.session import Session
from outreach.packs.format import PackManifest
from outreach.packs.starter import install_starter_pack, read_starter_pack, starter_pack_path


def describe_starter(manifest: PackManifest) -> str:
    """ "14,034 services · SAMHSA treatment facilities (starter) · source … · built 2024-05-01"."""
    parts = [wording.services_count(manifest.services), manifest.name]
    if manifest.source and manifest.source != manifest.name:
        parts.append(manifest.source)
    if manifest.created:
        built = QCoreApplication.translate("StarterOffer", "built %1")
        parts.append(built.replace("%1", manifest.created[:10]))
    return " · ".join(parts)


def _summary(result: Any) -> str:
    """The core's ``ApplyResult.summary()``, worded in the interface language."""
    return wording.apply_summary(
        result.version, result.added, result.updated, result.removed, result.already_installed
    )


class _ProgressRelay(QObject):
    """Carries progress from the database worker to the GUI thread (a queued signal)."""

    progressed = Signal(int, int, str)


class StarterOffer(QObject):
    """Drives the starter page of the directory form. ``loaded`` after a successful load."""

    loaded = Signal()

    def __init__(self, form: QWidget, path: Path | None = None) -> None:
        super().__init__(form)
        self.form = form
        #: The pack to offer; the bundled one unless set (tests and custom builds).
        self.path = path
        self.description = child(form, QLabel, "starterDescription")
        self.button = child(form, QPushButton, "starterButton")
        self.cancel_button = child(form, QPushButton, "starterCancelButton")
        self.progress = child(form, QProgressBar, "starterProgress")
        self.status = child(form, QLabel, "starterStatus")
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._on_progress)
        self._session: Session | None = None
        self._token: CancelToken | None = None
        self._generation = 0
        self.button.clicked.connect(self.load)
        self.cancel_button.clicked.connect(self.cancel)
        self.reset()

    @property
    def busy(self) -> bool:
        return self._token is not None

    def offer(self, session: Session) -> None:
        """Show what the starter pack holds (read and checked off the GUI thread)."""
        self._session = session
        if self.busy:
            return
        self._generation += 1
        generation = self._generation
        self.button.setEnabled(False)
        self.description.setText(self.tr("Checking the bundled starter directory…"))
        path = self.path or starter_pack_path()
        session.tasks.run_net(
            lambda: read_starter_pack(path).manifest,
            lambda manifest: self._offered(generation, manifest),
            lambda exc: self._not_offered(generation, exc),
        )

    def _offered(self, generation: int, manifest: PackManifest) -> None:
        if generation != self._generation:
            return
        self.description.setText(
            self.tr("A ready-made directory is included, so you can search straight away:")
            + "\n"
            + describe_starter(manifest)
        )
        self.button.setText(
            self.tr("Load the starter directory (%s services)") % f"{manifest.services:,}"
        )
        self.button.setVisible(True)
        self.button.setEnabled(True)

    def _not_offered(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.button.setVisible(False)
        reason = str(exc) if isinstance(exc, UserFacingError) else type(exc).__name__
        self.description.setText(self.tr("No starter directory can be loaded: %s") % reason)

    def load(self) -> None:
        session = self._session
        if session is None or self.busy:
            return
        token = CancelToken()
        self._token = token
        self._generation += 1
        generation = self._generation
        path = self.path
        relay = self._relay
        self.button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Loading the starter directory…"))

        def job(vault: Any) -> Any:
            return install_starter_pack(
                vault, path=path, cancel=token, progress=relay.progressed.emit
            )

        session.run_vault(
            job,
            lambda result: self._finished(generation, _summary(result), None),
            lambda exc: self._finished(generation, "", exc),
        )

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if not self.busy:
            return
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.status.setText(wording.progress_count(message, done, total))

    def _finished(self, generation: int, summary: str, exc: BaseException | None) -> None:
        if generation != self._generation:
            return
        self._token = None
        self.cancel_button.setVisible(False)
        self.progress.setVisible(False)
        self.button.setEnabled(True)
        if exc is None:
            self.status.setText(summary)
            self.loaded.emit()
        elif isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled. Nothing was loaded."))
        elif isinstance(exc, UserFacingError):
            self.status.setText(str(exc))
        else:
            self.status.setText(self.tr("The starter directory could not be loaded."))
            show_error(self.form, exc)

    def reset(self) -> None:
        """Stop any load (it rolls back) and forget the session; results arriving later are
        dropped."""
        if self._token is not None:
            self._token.cancel()
        self._token = None
        self._session = None
        self._generation += 1
        self.description.clear()
        self.status.clear()
        self.progress.setVisible(False)
        self.progress.reset()
        self.cancel_button.setVisible(False)
        self.button.setText(self.tr("Load the starter directory"))
        self.button.setEnabled(False)
