"""The main window: menus, toolbar, status bar and the views; no database code here.

Views come from a declared list (:mod:`outreach.gui.views`); the window gives each one a tab,
an entry in the View menu with ``Ctrl+<n>``, a place in the status bar shown while it is
current, and puts its own actions at the top of the Edit menu, enabled only while it is
current. Window-wide actions are named by :class:`MainAction` (Picard's ``MainAction``).
"""

from __future__ import annotations

import enum
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QTabWidget, QToolBar, QWidget

from outreach.gui.forms import child, load_form
from outreach.gui.view import View

V = TypeVar("V", bound=View)


def without_mnemonic(text: str) -> str:
    """``text`` with its mnemonic mark dropped ("&&" still shows one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")


class MainAction(enum.StrEnum):
    """The window-wide actions; the values are their object names in ui/main_window.ui."""

    IMPORT = "actionImport"
    IMPORT_PACK = "actionImportPack"
    SYNC_NOW = "actionSyncNow"
    BACKUP = "actionBackup"
    LOCK = "actionLock"
    QUIT = "actionQuit"
    SETTINGS = "actionSettings"
    ABOUT = "actionAbout"
    SHORTCUTS = "actionShortcuts"
    PUBLISH_FEED = "actionPublishFeed"


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("main_window")
        assert isinstance(form, QMainWindow)
        self.setWindowTitle(form.windowTitle())
        self.resize(form.size())
        self._actions: dict[MainAction, QAction] = {}
        for name in MainAction:
            action = child(form, QAction, name.value)
            action.setParent(self)
            self.addAction(action)  # shortcuts work even with the toolbar hidden
            self._actions[name] = action
        self.setMenuBar(form.menuBar())
        toolbar = child(form, QToolBar, "toolbar")
        self.addToolBar(toolbar)
        central = form.centralWidget()
        assert central is not None
        self.setCentralWidget(central)
        self.setStatusBar(form.statusBar())
        form.deleteLater()
        self.tabs = child(central, QTabWidget, "views")
        self.edit_menu = child(self.menuBar(), QMenu, "menuEdit")
        self.view_menu = child(self.menuBar(), QMenu, "menuView")
        self.status_areas = QStackedWidget()
        self.statusBar().addPermanentWidget(self.status_areas)
        self.views: list[View] = []
        self._switches = QActionGroup(self)
        self._view_actions: dict[View, list[QAction]] = {}
        self._switch_of: dict[View, QAction] = {}
        self._edit_separated = False
        self._edit_top = self.edit_menu.actions()[0] if self.edit_menu.actions() else None
        self.tabs.currentChanged.connect(self._on_current_changed)
        self._update_view_menu()

    # -- actions ------------------------------------------------------------------------------
    def action(self, name: MainAction) -> QAction:
        return self._actions[name]

    # -- views --------------------------------------------------------------------------------
    def add_view(self, view: View, title: str) -> None:
        """Give ``view`` a tab, a ``Ctrl+<n>`` switch, its status-bar area and its actions."""
        number = len(self.views) + 1
        self.views.append(view)
        switch = QAction(title, self)
        switch.setCheckable(True)
        switch.setShortcut(QKeySequence(f"Ctrl+{number}"))
        switch.triggered.connect(lambda _checked=False, v=view: self.show_view(v))
        self._switches.addAction(switch)
        self._switch_of[view] = switch
        self.view_menu.addAction(switch)
        self.addAction(switch)
        own = view.view_actions()
        self._view_actions[view] = own
        if own and not self._edit_separated and self._edit_top is not None:
            self._edit_top = self.edit_menu.insertSeparator(self._edit_top)
            self._edit_separated = True
        for action in own:
            if self._edit_top is None:
                self.edit_menu.addAction(action)
            else:
                self.edit_menu.insertAction(self._edit_top, action)
            self.addAction(action)
        self.status_areas.addWidget(view.status_area)
        # The tab has no underlined letter: Alt+letters belong to the view's own controls
        # (a tab bar's mnemonics are live in every view); Ctrl+<n> switches views.
        index = self.tabs.addTab(view, without_mnemonic(title))
        self.tabs.setTabToolTip(
            index, switch.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self._update_view_menu()
        self._on_current_changed(self.tabs.currentIndex())

    def show_view(self, view: View) -> None:
        self.tabs.setCurrentWidget(view)

    def set_view_shown(self, view: View, shown: bool) -> None:
        """Offer ``view`` or not: its tab, its View-menu entry and its shortcut."""
        index = self.tabs.indexOf(view)
        self.tabs.setTabVisible(index, shown)
        switch = self._switch_of[view]
        switch.setVisible(shown)
        switch.setEnabled(shown)
        if not shown and self.current_view is view:
            first = next((v for v in self.views if self.is_view_shown(v)), None)
            if first is not None:
                self.show_view(first)
        self._update_view_menu()

    def is_view_shown(self, view: View) -> bool:
        return self.tabs.isTabVisible(self.tabs.indexOf(view))

    @property
    def current_view(self) -> View | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, View) else None

    def view_of(self, kind: type[V]) -> V:
        """The view of class ``kind`` (for the app and tests; views never call this)."""
        for view in self.views:
            if isinstance(view, kind):
                return view
        raise LookupError(kind.__name__)

    def owner_of(self, action: QAction) -> View | None:
        """The view whose own action ``action`` is (``None`` for window-wide actions)."""
        for view, own in self._view_actions.items():
            if action in own:
                return view
        return None

    def view_title(self, view: View) -> str:
        return self._switch_of[view].text()

    def switch_action(self, view: View) -> QAction:
        """The View-menu entry (and ``Ctrl+<n>`` shortcut) that shows ``view``."""
        return self._switch_of[view]

    def _on_current_changed(self, index: int) -> None:
        current = self.current_view
        for view, own in self._view_actions.items():
            for action in own:
                action.setVisible(view is current)
                action.setEnabled(view is current)
        if current is None:
            return
        self.status_areas.setCurrentWidget(current.status_area)
        self.switch_action(current).setChecked(True)
        current.activated()

    def _update_view_menu(self) -> None:
        # With one view there is nothing to switch to: no tab bar, no View menu.
        shown = sum(1 for view in self.views if self.is_view_shown(view))
        self.view_menu.menuAction().setVisible(shown > 1)
        self.tabs.tabBar().setVisible(shown > 1)

    # -- window -------------------------------------------------------------------------------
    def clear_status(self) -> None:
        self.statusBar().clearMessage()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
