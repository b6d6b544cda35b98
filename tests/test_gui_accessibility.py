"""Every control of every window and dialog has a name a screen reader can say, and
Help → Keyboard shortcuts lists every shortcut the main window answers to."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from outreach.gui.main_window import MainAction
from outreach.gui.shortcuts_dialog import ShortcutsDialog, plain_text
from tests.gui_app_support import close_everything, language, unlocked_app  # noqa: F401
from tests.gui_walk import open_windows, top_level_windows, unnamed_widgets


@pytest.fixture
def app(qtbot, language, vault_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]  # noqa: F811
    controller = unlocked_app(qtbot, vault_path, tmp_path)
    yield controller
    close_everything(controller)


def test_every_control_of_every_window_has_an_accessible_name(app, vault_path) -> None:  # type: ignore[no-untyped-def]
    problems = []
    for name, window in open_windows(app, vault_path):
        problems += [f"{name}: {widget}" for widget in unnamed_widgets(window)]
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_walk_finds_a_nameless_control(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(QLineEdit(objectName="nameless"))
    assert unnamed_widgets(window) == ["QLineEdit nameless"]


def _registered(window: QWidget) -> set[tuple[str, str]]:
    """(what, keys) of every shortcut the window holds, found without the dialog's help."""
    native = QKeySequence.SequenceFormat.NativeText
    found = set()
    for action in window.findChildren(QAction):
        for keys in action.shortcuts():
            found.add((plain_text(action.text()), keys.toString(native)))
    for shortcut in window.findChildren(QShortcut):
        for keys in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
            found.add((shortcut.whatsThis() or shortcut.objectName(), keys.toString(native)))
    return found


def test_help_lists_every_shortcut_of_the_main_window(qtbot, app, language) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = app.window
    help_action = window.action(MainAction.SHORTCUTS)
    assert help_action.shortcut() == QKeySequence("F1")
    help_action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, ShortcutsDialog) for w in top_level_windows()))
    dialog = next(w for w in top_level_windows() if isinstance(w, ShortcutsDialog))
    listed = {(what, single) for what, keys in dialog.listed() for single in keys.split(", ")}
    registered = _registered(window)
    assert len(registered) >= 15, "every view's actions and the window's own"
    assert registered - listed == set()
    if language == "en":  # the slip's keys, under the view they work in
        assert ("Print slip", "Ctrl+P") in listed
        tree = dialog.tree
        groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
        assert "Edit – Directory" in groups
        # The keys the directory handles itself are there too, under its name.
        assert "Directory" in groups
        assert ("From a result to its details", "Enter") in dialog.listed()
    dialog.reject()


def test_a_new_shortcut_shows_up_in_the_list(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    extra = QAction("Do a new thing", app.window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+K"))
    app.window.addAction(extra)
    dialog = ShortcutsDialog(app.window)
    qtbot.addWidget(dialog)
    assert ("Do a new thing", "Ctrl+Shift+K") in dialog.listed()
