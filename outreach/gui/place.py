"""Where the worker works: the default "Near" place, asked on the starter page, changed in
Settings, and asked once after an upgrade from the old starter directory, which never asked.

The place (a state, a city or a ZIP code, looked up offline) is kept in the vault's
directory facts, never in the plain settings file: where someone works is theirs to keep on
a lost laptop too. Every way of setting it goes through :func:`save_home_place`, so the same
places are accepted and refused everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outreach.changes import DIRECTORY
from outreach.directory.places import HomePlace, home_place
from outreach.directory.store import get_directory_info, set_directory_info
from outreach.errors import UserFacingError
from outreach.gui.errors import Failure, FailureKind, error_style, show_failure
from outreach.gui.session import Session
from outreach.vault import Vault

#: The directory_info key holding the worker's default "Near" place (as typed in Near).
HOME_PLACE_KEY = "home_place"
#: Set once the worker was asked (answered or not), so the question comes only once.
PLACE_ASKED_KEY = "home_place_asked"


def place_note(place: HomePlace) -> str:
    """What the app says about the place it will use."""
    if place.state:
        text = QCoreApplication.translate(
            "StarterOffer",
            "Searches will start near %1, the largest city in %2; type a city or ZIP code "
            "to start closer.",
        )
        return text.replace("%1", place.label).replace("%2", place.state)
    text = QCoreApplication.translate("StarterOffer", "Searches will start near %1.")
    return text.replace("%1", place.label)


def unknown_place(typed: str) -> UserFacingError:
    text = QCoreApplication.translate(
        "StarterOffer",
        "No US state, city or ZIP code called “%1”. Try a ZIP code such as 21201, "
        "“Baltimore, MD” or “Maryland”, or leave it empty.",
    )
    return UserFacingError(text.replace("%1", typed))


def find_place(typed: str) -> HomePlace | None:
    """The place ``typed`` names (None for nothing typed); an unknown one is refused."""
    typed = " ".join(typed.split())
    if not typed:
        return None
    place = home_place(typed)
    if place is None:
        raise unknown_place(typed)
    return place


def save_home_place(vault: Vault, typed: str) -> HomePlace | None:
    """Check and store the place (empty: no place, the whole country); database worker."""
    place = find_place(typed)
    with vault.transaction() as conn:
        if place is None:
            conn.execute("DELETE FROM directory_info WHERE key = ?", (HOME_PLACE_KEY,))
        else:
            set_directory_info(conn, **{HOME_PLACE_KEY: place.near_text})
        set_directory_info(conn, **{PLACE_ASKED_KEY: "1"})
    return place


def mark_place_asked(vault: Vault) -> None:
    with vault.transaction() as conn:
        set_directory_info(conn, **{PLACE_ASKED_KEY: "1"})


class PlaceDialog(QDialog):
    """Asks "Where do you work?" once of a vault whose starter directory never asked it.

    OK checks and stores the place (refused places are explained and the dialog stays);
    "Not now" stores nothing but the fact that it was asked. ``saved`` after a place is kept.
    """

    saved = Signal(object)  # the HomePlace

    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Where do you work?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Searches can start near where you work: type a US state, a city or a ZIP "
                "code. You can change it later in Settings."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.label = QLabel(self.tr("&Where do you work?"))
        layout.addWidget(self.label)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("A state, a city or a ZIP code"))
        self.label.setBuddy(self.place)
        layout.addWidget(self.place)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("&Use this place"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.not_now: QPushButton = self.buttons.addButton(
            self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.place.setFocus()

    def save(self) -> None:
        typed = self.place.text()
        if not typed.strip():
            self.reject()
            return
        self.ok_button.setEnabled(False)
        self.session.write(lambda vault: save_home_place(vault, typed)).owned_by(self).announces(
            lambda _place: DIRECTORY
        ).on_success(self._saved).on_failure(self._refused).run()

    def _saved(self, place: HomePlace | None) -> None:
        self.ok_button.setEnabled(True)
        self.saved.emit(place)
        self.accept()

    def _refused(self, failure: Failure) -> None:
        self.ok_button.setEnabled(True)
        if failure.kind is FailureKind.USER:
            self.error.setText(failure.text)
            self.error.show()
            self.adjustSize()  # room for the reason, the question still readable
            self.place.setFocus()
            self.place.selectAll()
        else:
            show_failure(self, failure)

    def reject(self) -> None:
        # "Not now" is an answer too: the question is not asked again.
        if self.session.is_open:
            self.session.write(mark_place_asked).owned_by(self.session).run()
        super().reject()


class PlaceField(QObject):
    """Settings → "Where you work": shows the stored place, checks and stores a new one.

    Without an open vault the field is disabled (the place lives in the vault).
    """

    #: The place was stored (or nothing needed storing): the dialog may close.
    stored = Signal()

    def __init__(
        self, parent: QWidget, edit: QLineEdit, note: QLabel, session: Session | None
    ) -> None:
        super().__init__(parent)
        self.edit = edit
        self.note = note
        self.session = session
        self.loaded: str | None = None  # None until read from the vault
        self.note.hide()
        self.edit.textEdited.connect(lambda _text: self._say(""))
        self.edit.setEnabled(False)
        if session is not None:
            session.query(get_directory_info).owned_by(self).on_success(self._show).run()

    def _show(self, info: dict[str, str]) -> None:
        self.loaded = info.get(HOME_PLACE_KEY, "")
        self.edit.setText(self.loaded)
        self.edit.setEnabled(True)

    @property
    def changed(self) -> bool:
        typed = " ".join(self.edit.text().split())
        return self.loaded is not None and typed != self.loaded

    def store(self) -> None:
        """Check and store what was typed; ``stored`` when done, the reason shown if not."""
        if self.session is None or not self.changed:
            self.stored.emit()
            return
        typed = self.edit.text()
        self.edit.setEnabled(False)
        self.session.write(lambda vault: save_home_place(vault, typed)).owned_by(self).announces(
            lambda _place: DIRECTORY
        ).on_success(self._stored).on_failure(self._refused).run()

    def _stored(self, place: HomePlace | None) -> None:
        self.edit.setEnabled(True)
        self.loaded = place.near_text if place else ""
        self.edit.setText(self.loaded)
        self.stored.emit()

    def _refused(self, failure: Failure) -> None:
        self.edit.setEnabled(True)
        if failure.kind is not FailureKind.USER:
            show_failure(self.edit.window(), failure)
            return
        self._say(failure.text)
        self.edit.setFocus()
        self.edit.selectAll()

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(error_style() if text else "")
        self.note.setVisible(bool(text))
