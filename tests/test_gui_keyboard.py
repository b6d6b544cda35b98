"""The main flows by keyboard alone, in a real (offscreen) window: first run and the starter
directory, unlock, search, a result, its slip, a referral, a new encounter, switching views.

Keys go to whatever has the focus (never to a widget the test picks), so a flow that loses
the focus fails here as it would for a worker.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from outreach.gui.app import AppController
from outreach.gui.directory.view import DirectoryView
from outreach.gui.notes.view import NotesView
from outreach.gui.refer_dialog import ReferDialog
from outreach.notes.contacts import recent_contacts
from outreach.settings import Settings
from tests.gui_app_support import close_everything, small_pack, unlocked_app

WAIT = 10_000
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focus(), key, modifier)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focus(), text)


def highlighted_share(view: QAbstractItemView) -> float:
    """How much of the current row is painted in the selection colour."""
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.currentIndex())
    highlight = view.palette().color(QPalette.ColorRole.Highlight)

    def near(x: int, y: int) -> bool:  # the style may shade the colour a little
        pixel = image.pixelColor(x, y)
        return (
            abs(pixel.red() - highlight.red())
            + abs(pixel.green() - highlight.green())
            + abs(pixel.blue() - highlight.blue())
        ) < 60

    points = [
        (x, y)
        for x in range(rect.left(), rect.right(), 2)
        for y in range(rect.top(), rect.bottom(), 2)
    ]
    return sum(near(x, y) for x, y in points) / max(len(points), 1)


def back_to(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Wait for the closed dialog to go and ``window`` to be active again (a window manager
    does that; the offscreen platform needs asking)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=WAIT)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)


class ModalCloser:
    """Closes (Esc) each modal dialog that opens, noting its class: a print dialog's exec()
    would otherwise wait for a click that never comes."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._close)
        self.timer.start()

    def _close(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            self.seen.append(type(modal).__name__)
            modal.close()

    def stop(self) -> None:
        self.timer.stop()


def test_first_run_and_the_starter_directory_by_keyboard(
    qtbot, vault_path, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from outreach.gui import first_run
    from tests.conftest import FAST_KDF

    monkeypatch.setattr(first_run, "VAULT_KDF", FAST_KDF)
    controller = AppController(vault_path, Settings())
    qtbot.addWidget(controller.window)
    directory = controller.window.view_of(DirectoryView)
    directory.starter.path = small_pack(tmp_path)
    try:
        controller.start()
        dialog = controller.first_run_dialog
        qtbot.waitUntil(lambda: focus() is dialog.passphrase, timeout=WAIT)
        type_text(qtbot, "purple lantern river stone")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "purple lantern river stone")
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=WAIT)
        assert focus() is dialog.kept_code
        press(qtbot, Qt.Key.Key_Space)  # "I have kept the code"
        press(qtbot, Qt.Key.Key_Return)  # and Enter goes on
        qtbot.waitUntil(lambda: controller.window.isVisible(), timeout=WAIT)
        # The empty directory asks where the worker works; Enter with it empty loads it all.
        qtbot.waitUntil(lambda: directory.starter.button.isEnabled(), timeout=WAIT)
        assert focus() is directory.starter.place
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: directory.pages.currentWidget() is not directory.starter_page)
        # The search box has the focus, so the worker types straight away.
        qtbot.waitUntil(lambda: focus() is directory.search_edit, timeout=WAIT)
        type_text(qtbot, "detox")
        qtbot.waitUntil(lambda: directory.model.rowCount() > 0, timeout=WAIT)
    finally:
        close_everything(controller)


def test_search_a_result_its_slip_and_a_referral_by_keyboard(qtbot, vault_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    controller = unlocked_app(qtbot, vault_path, tmp_path)
    closer = ModalCloser()
    try:
        window = controller.window
        directory = window.view_of(DirectoryView)
        qtbot.waitUntil(lambda: focus() is directory.search_edit, timeout=WAIT)
        type_text(qtbot, "detox")
        qtbot.waitUntil(lambda: directory.model.rowCount() > 0, timeout=WAIT)
        assert focus() is directory.search_edit, "results arrive without taking the focus"
        # The picked row is only tinted while the keys go to the search box…
        assert highlighted_share(directory.results) < 0.2
        press(qtbot, Qt.Key.Key_Down)
        assert focus() is directory.results
        # …and solid once they go to the list: the worker sees where Enter will act.
        assert highlighted_share(directory.results) > 0.5
        press(qtbot, Qt.Key.Key_Down)
        picked = directory.model.hit(directory.results.currentIndex().row())
        qtbot.waitUntil(lambda: directory.detail.service_id == picked.id, timeout=WAIT)
        press(qtbot, Qt.Key.Key_Return)
        assert focus() is directory.detail_browser
        # Alt+C copies the slip; Ctrl+Shift+C too.
        QGuiApplication.clipboard().clear()
        press(qtbot, Qt.Key.Key_C, ALT)
        qtbot.waitUntil(lambda: picked.name in QGuiApplication.clipboard().text(), timeout=WAIT)
        QGuiApplication.clipboard().clear()
        press(qtbot, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: picked.name in QGuiApplication.clipboard().text(), timeout=WAIT)
        # Alt+P prints (the print dialog opens; it is closed here), and types nothing.
        press(qtbot, Qt.Key.Key_Escape)
        assert focus() is directory.search_edit
        before = directory.search_edit.text()
        press(qtbot, Qt.Key.Key_P, ALT)
        qtbot.waitUntil(lambda: len(closer.seen) == 1, timeout=WAIT)
        assert directory.search_edit.text() == before
        back_to(qtbot, window)
        press(qtbot, Qt.Key.Key_P, CTRL)
        qtbot.waitUntil(lambda: len(closer.seen) == 2, timeout=WAIT)
        back_to(qtbot, window)
        # Alt+R refers someone to the service; Esc closes the dialog again.
        closer.stop()
        press(qtbot, Qt.Key.Key_R, ALT)
        qtbot.waitUntil(lambda: isinstance(directory.refer_dialog, ReferDialog), timeout=WAIT)
        refer = directory.refer_dialog
        qtbot.waitUntil(lambda: refer.isAncestorOf(focus()), timeout=WAIT)
        press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: directory.refer_dialog is None, timeout=WAIT)
        back_to(qtbot, window)
        # Alt+N ticks "Free only", and only that.
        press(qtbot, Qt.Key.Key_N, ALT)
        qtbot.waitUntil(directory.filters.free.isChecked, timeout=WAIT)  # an animated click
    finally:
        closer.stop()
        close_everything(controller)


def test_new_encounter_and_switching_views_by_keyboard(qtbot, vault_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    controller = unlocked_app(qtbot, vault_path, tmp_path)
    try:
        window = controller.window
        directory = window.view_of(DirectoryView)
        notes = window.view_of(NotesView)
        views = [view for _spec, view in controller.view_specs]
        for number in (2, 3, 4, 1):
            press(qtbot, Qt.Key(Qt.Key.Key_0 + number), CTRL)
            assert window.current_view is views[number - 1]
            assert views[number - 1].isAncestorOf(focus()), "the focus goes into the view"
        assert focus() is directory.search_edit
        press(qtbot, Qt.Key.Key_2, CTRL)
        press(qtbot, Qt.Key.Key_N, CTRL)
        qtbot.waitUntil(lambda: notes.dialog is not None and notes.dialog.isVisible())
        dialog = notes.dialog
        qtbot.waitUntil(lambda: focus() in (dialog.alias, dialog.alias_edit), timeout=WAIT)
        type_text(qtbot, "River")
        press(qtbot, Qt.Key.Key_T, ALT)  # No&te
        assert focus() is dialog.note
        type_text(qtbot, "Met by the bridge.")
        press(qtbot, Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda: notes.dialog is None, timeout=WAIT)
        session = controller.session
        names: list[str] = []
        session.query(lambda conn: [c.alias for c in recent_contacts(conn)]).on_success(
            names.extend
        ).run()
        qtbot.waitUntil(lambda: names == ["River"], timeout=WAIT)
    finally:
        close_everything(controller)
