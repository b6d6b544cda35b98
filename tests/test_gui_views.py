"""The main window holds a declared list of views; adding one is one entry in that list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from outreach.changes import DIRECTORY, FEEDS, NOTES, Changes
from outreach.gui.app import AppController
from outreach.gui.directory.view import DirectoryView
from outreach.gui.main_window import MainAction
from outreach.gui.session import Session
from outreach.gui.view import View, ViewContext
from outreach.gui.views import VIEWS, ViewSpec
from outreach.settings import Settings
from outreach.vault import Vault


class EmptyView(View):
    """A view with nothing in it but a status-bar label; it records what it was told."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context)
        self.label = QLabel("empty view status", self.status_area)
        self.status_area.layout().addWidget(self.label)
        self.heard: list[Changes] = []
        self.activations = 0

    def on_changes(self, changes: Changes) -> None:
        self.heard.append(changes)

    def activated(self) -> None:
        self.activations += 1


def test_a_second_view_is_one_entry_in_the_list(qtbot, vault_path: Path, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    directory_spec = next(spec for spec in VIEWS if spec.key == "directory")
    views = (directory_spec, ViewSpec("empty", "Empty", EmptyView))
    controller = AppController(vault_path, Settings(), views=views)
    qtbot.addWidget(controller.window)
    window = controller.window
    try:
        directory = window.view_of(DirectoryView)
        empty = window.view_of(EmptyView)
        assert window.views == [directory, empty]
        # Tabs carry no Alt+letter (the views' own controls need them); the View menu does.
        assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
            "Directory",
            "Empty",
        ]
        assert window.switch_action(directory).text() == "&Directory"
        assert window.switch_action(directory).shortcut().toString() == "Ctrl+1"
        assert window.switch_action(empty).shortcut().toString() == "Ctrl+2"
        assert window.view_menu.menuAction().isVisible(), "two views: the View menu shows"
        assert not empty.isEnabled(), "locked: nothing to show"

        controller.open_session(vault)
        qtbot.waitUntil(window.isVisible, timeout=10_000)
        session = controller.session
        assert isinstance(session, Session)
        assert empty.session is session
        assert empty.isEnabled()
        assert window.current_view is directory
        assert window.status_areas.currentWidget() is directory.status_area
        assert directory.find_action.isEnabled()

        # Ctrl+2 from the keyboard switches; the view's status area and actions follow.
        window.activateWindow()
        qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=5_000)
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert window.current_view is empty
        assert empty.activations >= 1
        assert window.status_areas.currentWidget() is empty.status_area
        assert not directory.find_action.isEnabled(), "another view's actions are off"
        assert window.switch_action(empty).isChecked()
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert window.current_view is directory

        # Changes reach every attached view, once each, on the GUI thread.
        session.announce(NOTES)
        session.announce(DIRECTORY | FEEDS)
        session.announce(Changes())  # nothing changed: nothing announced
        assert empty.heard == [NOTES, Changes(directory=True, feeds=True)]

        controller.lock()
        assert empty.session is None
        assert not empty.isEnabled()
        assert not session.is_open
        assert window.action(MainAction.LOCK).shortcut().toString() == "Ctrl+L"
    finally:
        controller.shutdown()
        if controller.unlock_dialog is not None:
            controller.unlock_dialog.close()


def test_one_view_has_no_tab_bar_and_no_view_menu(qtbot, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller = AppController(vault_path, Settings(), views=VIEWS[:1])
    qtbot.addWidget(controller.window)
    try:
        window = controller.window
        window.show()
        assert window.tabs.count() == 1
        assert window.tabs.tabBar().isHidden()
        assert not window.view_menu.menuAction().isVisible()
    finally:
        controller.shutdown()


def test_the_app_holds_the_directory_and_the_notes(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    window = controller.window
    window.show()
    # The Coordinator view is only offered to those who publish a feed.
    assert [spec.key for spec in VIEWS] == ["directory", "notes", "reports", "coordinator"]
    assert [window.is_view_shown(v) for v in window.views] == [True, True, True, False]
    assert not window.tabs.tabBar().isHidden()
