"""Help → Keyboard shortcuts: a list made from the window's own actions, so it cannot go stale.

Every action the main window answers to (the menus, the view switches, each view's own
actions, shortcuts not in any menu) is listed with its keys, under the menu it lives in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from outreach.gui.main_window import MainWindow


def plain_text(text: str) -> str:
    """A menu text as read aloud: no mnemonic marks, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def keys_text(sequences: list[QKeySequence]) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(s.toString(native) for s in sequences if not s.isEmpty())


def shortcut_rows(window: MainWindow) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every shortcut of ``window``, in menu order, then the rest.
    A view's own entries say which view they work in ("Edit – Directory")."""
    rows: list[tuple[str, str, str]] = []
    listed: set[QAction] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            listed.add(action)
            keys = keys_text(action.shortcuts())
            if not keys:
                continue
            where = plain_text(menu.title())
            owner = window.owner_of(action)
            if owner is not None:
                where = f"{where} – {plain_text(window.view_title(owner))}"
            rows.append((where, plain_text(action.text()), keys))
    for action in window.findChildren(QAction):
        keys = keys_text(action.shortcuts())
        if action not in listed and keys:
            listed.add(action)
            rows.append(("", plain_text(action.text()), keys))
    for shortcut in window.findChildren(QShortcut):
        keys = keys_text(shortcut.keys())
        if keys:
            what = shortcut.whatsThis() or shortcut.objectName()
            rows.append(("", what, keys))
    for view in window.views:  # keys a view handles itself (moving between its panes)
        for keys, what in view.view_keys():
            rows.append((plain_text(window.view_title(view)), what, keys))
    return rows


class ShortcutsDialog(QDialog):
    """The shortcuts of the main window, grouped by menu; view entries say which view."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Underlined letters work with Alt (Alt+F opens the File menu). "
                "Entries that belong to one view work while that view is shown."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for where, what, keys in shortcut_rows(window):
            group = groups.get(where)
            if group is None:
                title = where or self.tr("Other")
                group = QTreeWidgetItem(self.tree, [title])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[where] = group
            QTreeWidgetItem(group, [what, keys])
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 520)

    def listed(self) -> list[tuple[str, str]]:
        """(what, keys) of every row shown, for tests."""
        rows = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            assert group is not None
            for i in range(group.childCount()):
                item = group.child(i)
                assert item is not None
                rows.append((item.text(0), item.text(1)))
        return rows
