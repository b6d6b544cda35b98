"""Text copied from the notes leaves the clipboard after 30 seconds, and on lock and quit.

KeePassXC's rule: clear it only if it is still ours (the user may have copied something
else since). A copy counts as ours when it happens while the focus is in a widget that shows
notes (:meth:`ClipboardGuard.watch`), whichever way it was made (Ctrl+C, a context menu,
:meth:`ClipboardGuard.copy`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

#: How long copied note text may stay on the clipboard.
CLEAR_AFTER_MS = 30_000


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watched: list[QWidget] = []
        self._ours: str | None = None
        self._copying = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CLEAR_AFTER_MS)
        self.timer.timeout.connect(self.clear_if_ours)
        QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)

    def watch(self, widget: QWidget) -> None:
        """Treat anything copied while the focus is in ``widget`` (or inside it) as notes."""
        self._watched.append(widget)
        widget.destroyed.connect(lambda: self._forget(widget))

    def _forget(self, widget: QWidget) -> None:
        self._watched = [w for w in self._watched if w is not widget]

    def copy(self, text: str) -> None:
        """Put note text on the clipboard; it goes again in 30 seconds if still there."""
        self._copying = True
        try:
            QGuiApplication.clipboard().setText(text)
        finally:
            self._copying = False
        self._remember(text)

    def _remember(self, text: str) -> None:
        self._ours = text
        self.timer.start()

    def _clipboard_changed(self) -> None:
        if self._copying:
            return
        focus = QApplication.focusWidget()
        if focus is not None and any(w is focus or w.isAncestorOf(focus) for w in self._watched):
            self._remember(QGuiApplication.clipboard().text())

    @property
    def holding(self) -> bool:
        """Whether the clipboard still holds note text we put there."""
        return self._ours is not None and QGuiApplication.clipboard().text() == self._ours

    def clear_if_ours(self) -> None:
        """Take our text back (the lock, quit and the 30-second timer call this)."""
        self.timer.stop()
        if self.holding:
            QGuiApplication.clipboard().clear()
        self._ours = None
