"""Walk every window and dialog of the app: their mnemonics (Alt+letter), their accessible
names, and the windows themselves, opened the way the app opens them.

A mnemonic is live while its widget is shown, so two widgets clash only when both can be on
screen at once. Pages of a stacked widget (a tab widget's pages, the directory's starter and
results pages, a wizard's steps) are alternatives: widgets on different pages of the same
stack never clash. Everything else in a window shares one set of Alt+letters with the menu
bar and the tab bars. Each menu has its own set.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from tests.conftest import PASSPHRASE

NOW = datetime(2026, 3, 15, 18, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Mnemonic:
    key: str  # "Alt+R"
    text: str  # the text it is underlined in
    where: str  # what holds it (object name and class)
    pages: tuple[tuple[int, int], ...]  # (id of a stacked widget, page index) on the way up

    def can_show_with(self, other: Mnemonic) -> bool:
        mine = dict(self.pages)
        return all(mine.get(stack, page) == page for stack, page in other.pages)


def mnemonic_key(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def _pages(widget: QWidget, window: QWidget) -> tuple[tuple[int, int], ...]:
    """The stack pages ``widget`` sits on, from itself up to ``window``."""
    found = []
    current: QWidget | None = widget
    while current is not None and current is not window:
        parent = current.parentWidget()
        if isinstance(parent, QStackedWidget):
            found.append((id(parent), parent.indexOf(current)))
        current = parent
    return tuple(found)


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or '(unnamed)'}"


def _own_widgets(window: QWidget) -> Iterator[QWidget]:
    """Every widget of ``window`` that is not in a window of its own (a dialog or a menu)."""
    for widget in window.findChildren(QWidget):
        if widget.window() is window and not widget.isWindow():
            yield widget


def window_mnemonics(window: QWidget) -> list[Mnemonic]:
    """Every Alt+letter that ``window`` answers to, with where it sits."""
    found: list[Mnemonic] = []

    def add(text: str, holder: QWidget, key: str | None = None) -> None:
        key = key or mnemonic_key(text)
        if key:
            found.append(Mnemonic(key, text, _describe(holder), _pages(holder, window)))

    for widget in _own_widgets(window):
        # Hidden or greyed out for now (Cancel while loading, Refer before a pick) still
        # counts: it will be shown, and then its letter must be its own.
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            continue  # a toolbar button: its action's shortcut, not a mnemonic
        if isinstance(widget, QAbstractButton):
            add(widget.text(), widget, widget.shortcut().toString() or None)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), widget)
        elif isinstance(widget, QGroupBox):
            add(widget.title(), widget)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), widget)
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible() and action.menu() is not None:
                    add(action.text(), widget)
    return [m for m in found if m.key.startswith("Alt+")]


def duplicate_mnemonics(window: QWidget) -> list[str]:
    """ "Alt+R: 'F&ree' (QCheckBox freeCheck) and 'Copy &referral slip' (…)" for each clash."""
    marks = window_mnemonics(window)
    clashes = []
    for i, first in enumerate(marks):
        for second in marks[i + 1 :]:
            if first.key == second.key and first.can_show_with(second):
                clashes.append(
                    f"{first.key}: {first.text!r} ({first.where}) and "
                    f"{second.text!r} ({second.where})"
                )
    return clashes


def dead_mnemonics(window: QWidget) -> list[str]:
    """Underlined letters that do nothing: a label without a buddy, a button whose shortcut
    was set to something else (Alt+P then types "p" into the search box)."""
    dead = []
    for widget in _own_widgets(window):
        if isinstance(widget, QLabel) and widget.buddy() is None:
            if widget.textFormat() != Qt.TextFormat.RichText and mnemonic_key(widget.text()):
                dead.append(f"{widget.text()!r} ({_describe(widget)}) has no buddy")
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
            key = mnemonic_key(widget.text())
            if key and widget.shortcut().toString() != key:
                dead.append(
                    f"{widget.text()!r} ({_describe(widget)}) answers to "
                    f"{widget.shortcut().toString()!r}, not {key}"
                )
    return dead


def menu_duplicates(menu: QMenu) -> list[str]:
    """Clashing mnemonics among the visible entries of one menu (and of its submenus)."""
    clashes = []
    seen: dict[str, str] = {}
    for action in menu.actions():
        if not action.isVisible() or action.isSeparator():
            continue
        key = mnemonic_key(action.text())
        if key and key in seen:
            clashes.append(f"{menu.title()!r}: {key} in {seen[key]!r} and {action.text()!r}")
        elif key:
            seen[key] = action.text()
        if action.menu() is not None:
            clashes += menu_duplicates(action.menu())
    return clashes


# -- accessible names -----------------------------------------------------------------------
def _is_part_of_another(widget: QWidget) -> bool:
    """The line edit inside a spin box or combo box, a scroll area's bars, a tab bar's
    scroll buttons: the outer widget carries the name."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractSpinBox | QComboBox | QTabBar | QAbstractItemView):
            return True
        if isinstance(parent, QTextEdit | QPlainTextEdit):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(window: QWidget) -> Iterator[QWidget]:
    """The widgets a user reaches with Tab (or a click) to act on."""
    for widget in _own_widgets(window):
        if isinstance(widget, QScrollBar | QTabBar | QMenuBar) or _is_part_of_another(widget):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        interactive = (
            QAbstractButton,
            QLineEdit,
            QComboBox,
            QAbstractSpinBox,
            QAbstractItemView,
            QTextEdit,
            QPlainTextEdit,
        )
        if isinstance(widget, interactive):
            yield widget


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says: the accessible name, a button's text, a buddy label's."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_widgets(window: QWidget) -> list[str]:
    return [_describe(w) for w in interactive_widgets(window) if not accessible_name(w)]


# -- the app, unlocked ----------------------------------------------------------------------
def unlock_by_keyboard(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    dialog = controller.unlock_dialog
    dialog.passphrase.setFocus()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window.isVisible(), timeout=10_000)


def top_level_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def open_windows(controller, vault_path: Path) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    """Every window and dialog of the app for an unlocked ``controller``, made the way the
    app makes it, yielded one at a time (the caller looks, this closes it)."""
    from outreach.gui.desk.dialogs import (
        CorrectionDialog,
        FeedSetupDialog,
        KeyPassphrasesDialog,
        S3TargetDialog,
    )
    from outreach.gui.first_run import FirstRunDialog
    from outreach.gui.import_dialog import ImportDialog
    from outreach.gui.import_report import ImportReportDialog
    from outreach.gui.notes.encounter_dialog import EncounterDialog
    from outreach.gui.notes.person_dialogs import ContactDialog, FollowUpDialog
    from outreach.gui.notes.view import NotesView
    from outreach.gui.place import PlaceDialog
    from outreach.gui.recover_dialog import RecoverDialog
    from outreach.gui.refer_dialog import ReferDialog
    from outreach.gui.rekey import RecoveryCodeDialog
    from outreach.gui.settings_dialog import SettingsDialog
    from outreach.gui.shortcuts_dialog import ShortcutsDialog
    from outreach.gui.unlock import UnlockDialog
    from outreach.notes.contacts import Contact
    from tests.notes_support import service

    window = controller.window
    session = controller.session
    clock = lambda: NOW  # noqa: E731
    notes = window.view_of(NotesView)
    for spec, view in controller.view_specs:
        window.show_view(view)
        yield f"main window, {spec.key} view", window
    made: list[tuple[str, QDialog]] = [
        ("unlock", UnlockDialog(vault_path, controller.tasks)),
        ("first run", FirstRunDialog(vault_path, controller.tasks)),
        ("recover", RecoverDialog(vault_path, controller.tasks, window)),
        ("settings", SettingsDialog(controller.settings, window, session=session)),
        ("import", ImportDialog(window)),
        ("import report", ImportReportDialog(window, "sample.csv", failure="Not a CSV file.")),
        ("refer", ReferDialog(session, service("s1", "Harbor Clinic"), clock, window)),
        ("new encounter", EncounterDialog(session, clock, notes.guard, window)),
        ("edit person", ContactDialog(session, clock, Contact("River", id=1), window)),
        ("follow-up", FollowUpDialog(session, clock, 1, window)),
        ("feed setup", FeedSetupDialog(window)),
        ("correction", CorrectionDialog("Harbor Clinic", None, window)),
        ("key passphrases", KeyPassphrasesDialog("Type them.", ("root", "targets"), window)),
        ("S3 target", S3TargetDialog(window)),
        ("keyboard shortcuts", ShortcutsDialog(window)),
        ("where do you work", PlaceDialog(window, session)),
        ("new recovery code", RecoveryCodeDialog(window, "Write it down.", "ABCDE-FGHIJ")),
    ]
    for name, dialog in made:
        dialog.show()
        yield name, dialog
        dialog.hide()
        dialog.deleteLater()


def dialog_classes() -> set[type[QWidget]]:
    """Every QDialog (and QMainWindow) subclass in outreach.gui, found by importing it all."""
    import importlib
    import pkgutil

    import outreach.gui

    for module in pkgutil.walk_packages(outreach.gui.__path__, "outreach.gui."):
        importlib.import_module(module.name)
    found: set[type[QWidget]] = set()
    pending: list[type[QWidget]] = [QDialog, QMainWindow]
    while pending:
        for sub in pending.pop().__subclasses__():
            pending.append(sub)
            if sub.__module__.startswith("outreach."):
                found.add(sub)
    return found
