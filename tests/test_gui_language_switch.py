"""Settings → Language changes the words at once: the window is built again in the new
language over the same open vault, and back."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from outreach.gui.directory.view import DirectoryView
from outreach.gui.main_window import MainAction
from outreach.gui.settings_dialog import SettingsDialog
from tests.gui_app_support import close_everything, unlocked_app

WAIT = 10_000


def _choose_language(qtbot, controller, code: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Open Settings from the menu, pick ``code``, press OK; what the note said."""
    said: list[str] = []

    def answer() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)), None
        )
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, answer)
            return
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        if dialog.language_note.isVisibleTo(dialog):
            said.append(dialog.language_note.text())
        dialog.accept()

    QTimer.singleShot(0, answer)
    controller.window.action(MainAction.SETTINGS).trigger()  # returns once OK was pressed
    return said


def _menu_titles(controller) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text() for a in controller.window.menuBar().actions() if a.isVisible()]


def test_the_language_changes_at_once_and_the_vault_stays_open(qtbot, vault_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    controller = unlocked_app(qtbot, vault_path, tmp_path)
    try:
        session = controller.session
        english_window = controller.window
        assert _menu_titles(controller)[0] == "&File"
        said = _choose_language(qtbot, controller, "es")
        assert said == ["The window changes to the new language when you press OK."]
        window = controller.window
        assert window is not english_window
        qtbot.waitUntil(window.isVisible, timeout=WAIT)
        assert not english_window.isVisible()
        assert _menu_titles(controller)[:2] == ["&Archivo", "&Editar"]
        assert controller.session is session, "no unlock needed"
        assert controller.settings.language == "es"
        directory = window.view_of(DirectoryView)
        qtbot.waitUntil(lambda: directory.search_edit.isEnabled(), timeout=WAIT)
        directory.search_edit.setText("detox")
        qtbot.waitUntil(lambda: directory.model.rowCount() > 0, timeout=WAIT)
        assert "resultados" in directory.result_count.text()
        # And back: English again, the same vault still open.
        _choose_language(qtbot, controller, "en")
        qtbot.waitUntil(controller.window.isVisible, timeout=WAIT)
        assert _menu_titles(controller)[0] == "&File"
        assert controller.session is session
        # Lock and unlock still work on the new window.
        controller.window.action(MainAction.LOCK).trigger()
        assert controller.is_locked
        assert controller.unlock_dialog is not None
        assert controller.unlock_dialog.windowTitle().startswith("Unlock")
    finally:
        controller.settings.language = ""
        from outreach.gui.app import install_translator

        install_translator(QApplication.instance(), controller.settings)
        close_everything(controller)
