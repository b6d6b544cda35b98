"""The panel a fresh, empty vault shows: where the worker works, then the bundled starter
directory loaded with progress. The place is kept as :mod:`outreach.gui.place` says."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

from outreach.cancel import CancelToken
from outreach.directory.places import HomePlace
from outreach.feed.outcome import applied_outcome
from outreach.gui import wording
from outreach.gui.background import Background
from outreach.gui.errors import Failure, FailureKind, show_failure
from outreach.gui.forms import child
from outreach.gui.place import find_place, mark_place_asked, place_note, save_home_place
from outreach.gui.progress import ProgressRelay
from outreach.gui.session import Session
from outreach.gui.sync_words import sync_result_text
from outreach.packs.apply import ApplyResult
from outreach.packs.format import PackManifest
from outreach.packs.starter import (
    STARTER_PACK_VERSION,
    install_starter_pack,
    read_starter_pack,
    starter_pack_path,
)
from outreach.vault import Vault


def describe_starter(manifest: PackManifest) -> str:
    """ "14,034 services · SAMHSA treatment facilities (starter) · source … · built 2024-05-01"."""
    parts = [wording.services_count(manifest.services), manifest.name]
    if manifest.source and manifest.source != manifest.name:
        parts.append(manifest.source)
    if manifest.created:
        built = QCoreApplication.translate("StarterOffer", "built %1")
        parts.append(built.replace("%1", manifest.created[:10]))
    return " · ".join(parts)


class StarterOffer(QObject):
    """Drives the starter page of the directory form. ``loaded`` after a successful load."""

    loaded = Signal()
    #: What an in-place update of the starter directory is doing (for the view's message line).
    upgrading = Signal(str)

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
        self.place = child(form, QLineEdit, "starterPlaceEdit")
        self.place_note = child(form, QLabel, "starterPlaceNote")
        self.place.returnPressed.connect(self.load)
        self.place.textEdited.connect(lambda _text: self.place_note.clear())
        self._relay = ProgressRelay(self)
        self._relay.reported.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._session: Session | None = None
        self._token: CancelToken | None = None
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
        self.button.setEnabled(False)
        self.description.setText(self.tr("Checking the bundled starter directory…"))
        path = self.path or starter_pack_path()
        # The checksum and counts say the bundle is whole; each record is checked when loaded.
        Background.on_network(
            session.tasks, lambda: read_starter_pack(path, check_records=False).manifest
        ).owned_by(self, lane="offer").on_success(self._offered).on_failure(self._not_offered).run()

    def _offered(self, manifest: PackManifest) -> None:
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

    def _not_offered(self, failure: Failure) -> None:
        self.button.setVisible(False)
        reason = failure.text if failure.kind is FailureKind.USER else type(failure.exc).__name__
        self.description.setText(self.tr("No starter directory can be loaded: %s") % reason)

    def load(self) -> None:
        session = self._session
        if session is None or self.busy:
            return
        token = CancelToken()
        self._token = token
        path = self.path
        relay = self._relay
        self.button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Loading the starter directory…"))
        typed = " ".join(self.place.text().split())

        def job(vault: Vault) -> tuple[ApplyResult, HomePlace | None]:
            find_place(typed)  # an unknown place is refused before anything is loaded
            result = install_starter_pack(vault, path=path, cancel=token, progress=relay.report)
            if not typed:  # asked here, so never again; a place set in Settings stays
                mark_place_asked(vault)
                return result, None
            return result, save_home_place(vault, typed)

        session.write(job).owned_by(self, lane="load").announces(
            lambda outcome: outcome[0].changes
        ).on_success(self._loaded).on_failure(self._failed).run()

    def upgrade(self, session: Session) -> None:
        """Replace an older starter directory with the bundled one, as a normal pack update
        (one transaction; services that left the directory are removed, not duplicated).
        ``upgrading`` says so while it runs; ``loaded`` when done."""
        if self.busy or session.tasks.busy(self, "upgrade"):
            return
        path = self.path
        self.upgrading.emit(
            self.tr("Updating the starter directory to version %s…") % STARTER_PACK_VERSION
        )
        session.write(lambda vault: install_starter_pack(vault, path=path)).owned_by(
            self, lane="upgrade"
        ).announces(lambda result: result.changes).on_success(
            lambda result: self.upgrading.emit(sync_result_text(applied_outcome(result)))
        ).on_failure(self._upgrade_failed).run()

    def _upgrade_failed(self, failure: Failure) -> None:
        reason = failure.text if failure.kind is FailureKind.USER else type(failure.exc).__name__
        self.upgrading.emit(self.tr("The starter directory could not be updated: %s") % reason)

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

    def _ended(self) -> None:
        self._token = None
        self.cancel_button.setVisible(False)
        self.progress.setVisible(False)
        self.button.setEnabled(True)

    def _loaded(self, outcome: tuple[ApplyResult, HomePlace | None]) -> None:
        result, place = outcome
        self._ended()
        self.status.setText(sync_result_text(applied_outcome(result)))
        self.place_note.setText(place_note(place) if place else "")
        self.loaded.emit()

    def _failed(self, failure: Failure) -> None:
        self._ended()
        if failure.kind is FailureKind.CANCELLED:
            self.status.setText(self.tr("Cancelled. Nothing was loaded."))
        elif failure.kind is FailureKind.USER:
            self.status.setText(failure.text)
            self.place.setFocus()
        else:
            self.status.setText(self.tr("The starter directory could not be loaded."))
            show_failure(self.form, failure)

    def reset(self) -> None:
        """Stop any load (it rolls back) and forget the session; results arriving later are
        dropped."""
        if self._token is not None:
            self._token.cancel()
        self._token = None
        if self._session is not None:
            self._session.tasks.drop(self)
        self._session = None
        self.description.clear()
        self.status.clear()
        self.place.clear()
        self.place_note.clear()
        self.progress.setVisible(False)
        self.progress.reset()
        self.cancel_button.setVisible(False)
        self.button.setText(self.tr("Load the starter directory"))
        self.button.setEnabled(False)
