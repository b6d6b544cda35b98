"""Where the worker works, after the first run: changed in Settings with the first run's
checks, and asked once of a vault that came from the old starter pack (which never asked)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from outreach.directory.store import get_directory_info
from outreach.gui.app import AppController
from outreach.gui.directory.view import DirectoryView
from outreach.gui.place import HOME_PLACE_KEY, PLACE_ASKED_KEY
from outreach.gui.session import Session
from outreach.gui.settings_dialog import SettingsDialog
from outreach.gui.tasks import Tasks
from outreach.gui.view import ViewContext, system_clock
from outreach.importers import import_path
from outreach.packs import build_pack
from outreach.packs.starter import STARTER_PACK_VERSION, install_starter_pack
from outreach.samhsa.build import build_records
from outreach.settings import Settings
from outreach.vault import Vault
from tests.test_gui_first_place import OLD_CSV, SLICE

WAIT = 20_000


def _info(session: Session) -> dict[str, str]:
    return dict(session.run_db(get_directory_info).result(timeout=30))


# -- Settings → Where you work ---------------------------------------------------------------


@pytest.fixture
def app(qtbot, vault_path: Path, vault: Vault) -> Iterator[AppController]:  # type: ignore[no-untyped-def]
    controller = AppController(vault_path, Settings())
    qtbot.addWidget(controller.window)
    controller.open_session(vault)
    qtbot.waitUntil(controller.window.isVisible, timeout=WAIT)
    yield controller
    controller.shutdown()
    if controller.unlock_dialog is not None:
        controller.unlock_dialog.close()


def _settings(qtbot, app: AppController) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(app.settings, app.window, session=app.session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    field = dialog.place.edit
    qtbot.waitUntil(field.isEnabled, timeout=WAIT)  # the place is read from the vault
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)
    return dialog


def _type_place(qtbot, dialog: SettingsDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog, "w", Qt.KeyboardModifier.AltModifier)
    field = dialog.place.edit
    qtbot.waitUntil(field.hasFocus, timeout=WAIT)
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_settings_changes_the_place_with_the_first_runs_checks(  # type: ignore[no-untyped-def]
    qtbot, app: AppController
) -> None:
    assert app.session is not None
    near = app.window.view_of(DirectoryView).filters.near
    dialog = _settings(qtbot, app)
    assert dialog.place.edit.text() == ""
    dialog.retention.setValue(100)
    _type_place(qtbot, dialog, "Atlantis")
    qtbot.waitUntil(dialog.place.note.isVisible, timeout=WAIT)
    assert "No US state, city or ZIP code called “Atlantis”" in dialog.place.note.text()
    assert dialog.isVisible(), "a refused place keeps the dialog open"
    assert Settings.load().retention_days == 365, "nothing saved yet"
    assert HOME_PLACE_KEY not in _info(app.session)

    _type_place(qtbot, dialog, "08053")  # a ZIP with a leading zero
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert _info(app.session)[HOME_PLACE_KEY] == "08053"
    assert Settings.load().retention_days == 100
    qtbot.waitUntil(lambda: near.text() == "08053", timeout=WAIT)

    # A state is accepted as on the first run; the Near box follows, as it still shows the
    # old place.
    dialog = _settings(qtbot, app)
    assert dialog.place.edit.text() == "08053"
    _type_place(qtbot, dialog, "maryland")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert _info(app.session)[HOME_PLACE_KEY] == "Baltimore, MD"
    qtbot.waitUntil(lambda: near.text() == "Baltimore, MD", timeout=WAIT)

    # A place the worker typed in Near is theirs: a new home place does not replace it.
    near.setText("Chicago, IL")
    dialog = _settings(qtbot, app)
    dialog.place.edit.clear()  # no place: the whole country
    qtbot.keyClick(dialog.place.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert HOME_PLACE_KEY not in _info(app.session)
    assert near.text() == "Chicago, IL"


def test_cancel_keeps_the_place(qtbot, app: AppController) -> None:  # type: ignore[no-untyped-def]
    assert app.session is not None
    dialog = _settings(qtbot, app)
    qtbot.keyClick(dialog, "w", Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(dialog.place.edit, "21201")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert HOME_PLACE_KEY not in _info(app.session)


def test_no_place_field_without_an_open_vault(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert not dialog.place.edit.isEnabled()


# -- asked once after the upgrade from the old starter pack ---------------------------------


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("packs")
    old = folder / "old.ocpack"
    old_records = import_path(OLD_CSV, mapping=Path("samhsa-treatment")).records
    old.write_bytes(build_pack(old_records, version=1, name="Old starter", source="SAMHSA"))
    new = folder / "new.ocpack"
    records, _ = build_records(SLICE)
    new.write_bytes(
        build_pack(
            records,
            version=STARTER_PACK_VERSION,
            name="SAMHSA (test slice)",
            source="SAMHSA",
            created=datetime(2026, 5, 25, tzinfo=UTC),
        )
    )
    return old, new


@pytest.fixture
def upgraded(
    qtbot, vault: Vault, packs: tuple[Path, Path]
) -> Iterator[tuple[DirectoryView, Session]]:  # type: ignore[no-untyped-def]
    """A vault holding the old starter pack, opened by a build that carries the new one."""
    old, new = packs
    install_starter_pack(vault, path=old)
    tasks = Tasks()
    session = Session(vault, tasks, Settings())
    view = DirectoryView(ViewContext(Settings(), system_clock))
    qtbot.addWidget(view)
    view.show()
    view.starter.path = new
    view.attach(session)
    yield view, session
    view.detach()
    tasks.shutdown()


def _asked(qtbot, view: DirectoryView):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.place_dialog is not None, timeout=WAIT)
    dialog = view.place_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def test_after_the_upgrade_the_place_is_asked_once(qtbot, upgraded) -> None:  # type: ignore[no-untyped-def]
    view, session = upgraded
    dialog = _asked(qtbot, view)
    assert "Updated to version" in view.message.text(), "asked after the update, not during"
    qtbot.waitUntil(dialog.place.hasFocus, timeout=WAIT)
    qtbot.keyClicks(dialog.place, "Atlantis")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert "Atlantis" in dialog.error.text()
    assert dialog.isVisible()
    dialog.place.selectAll()
    qtbot.keyClicks(dialog.place, "21201")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.place_dialog is None, timeout=WAIT)
    info = _info(session)
    assert info[HOME_PLACE_KEY] == "21201"
    assert info[PLACE_ASKED_KEY] == "1"
    qtbot.waitUntil(lambda: view.filters.near.text() == "21201", timeout=WAIT)
    # Unlocked again: not asked again.
    view.detach()
    view.attach(session)
    # The question would be put while the overview is shown, which sets the status.
    qtbot.waitUntil(lambda: view.status is not None, timeout=WAIT)
    assert view.place_dialog is None


def test_not_now_is_an_answer_but_a_lock_is_not(qtbot, upgraded) -> None:  # type: ignore[no-untyped-def]
    view, session = upgraded
    _asked(qtbot, view)
    view.detach()  # the app locks while the question is up
    assert PLACE_ASKED_KEY not in _info(session)
    view.attach(session)
    dialog = _asked(qtbot, view)  # so it is asked again
    qtbot.keyClick(dialog, "n", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.place_dialog is None, timeout=WAIT)
    qtbot.waitUntil(lambda: PLACE_ASKED_KEY in _info(session), timeout=WAIT)
    assert HOME_PLACE_KEY not in _info(session)


def test_a_place_set_in_settings_survives_the_starter_load(  # type: ignore[no-untyped-def]
    qtbot, app: AppController, packs: tuple[Path, Path]
) -> None:
    assert app.session is not None
    view = app.window.view_of(DirectoryView)
    view.starter.path = packs[1]
    dialog = _settings(qtbot, app)
    _type_place(qtbot, dialog, "21201")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: view.starter.place.text() == "21201", timeout=WAIT)
    view.starter.place.clear()  # loaded with the question left empty
    qtbot.waitUntil(view.starter.button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(view.starter.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is not view.starter_page, timeout=WAIT)
    assert _info(app.session)[HOME_PLACE_KEY] == "21201"
