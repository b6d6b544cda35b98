"""The main window: menus, toolbar, status bar and a stack of views; no database code here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QToolBar, QWidget

from outreach.gui.forms import child, load_form

ACTION_NAMES = (
    "actionImport",
    "actionImportPack",
    "actionSyncNow",
    "actionBackup",
    "actionLock",
    "actionQuit",
    "actionFind",
    "actionSettings",
    "actionAbout",
)


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("main_window")
        assert isinstance(form, QMainWindow)
        self.setWindowTitle(form.windowTitle())
        self.resize(form.size())
        self.actions_by_name: dict[str, QAction] = {}
        for name in ACTION_NAMES:
            action = child(form, QAction, name)
            action.setParent(self)
            self.addAction(action)  # shortcuts work even with the toolbar hidden
            self.actions_by_name[name] = action
        self.setMenuBar(form.menuBar())
        toolbar = child(form, QToolBar, "toolbar")
        self.addToolBar(toolbar)
        self.setCentralWidget(form.centralWidget())
        self.setStatusBar(form.statusBar())
        form.deleteLater()
        self.views = child(self.centralWidget(), QStackedWidget, "views")
        self.empty_view = child(self.centralWidget(), QWidget, "emptyView")
        self.count_label = QLabel()
        self.age_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.age_label)

    def action(self, name: str) -> QAction:
        return self.actions_by_name[name]

    def show_view(self, widget: QWidget) -> None:
        if self.views.indexOf(widget) < 0:
            self.views.addWidget(widget)
        self.views.setCurrentWidget(widget)

    def set_directory_status(self, services_text: str, age_text: str, warning: bool) -> None:
        self.count_label.setText(services_text)
        self.age_label.setText(f"·  {age_text}" if services_text and age_text else age_text)
        self.age_label.setStyleSheet("color: #b00020; font-weight: bold;" if warning else "")

    def clear_status(self) -> None:
        self.count_label.clear()
        self.age_label.clear()
        self.statusBar().clearMessage()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
