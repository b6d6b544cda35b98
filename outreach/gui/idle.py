"""Auto-lock: notice when nobody has touched the keyboard or mouse for a while."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, timeout_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_s
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(min(1000, max(50, int(timeout_s * 250))))
        self._timer.timeout.connect(self._check)

    def start(self) -> None:
        self._last = time.monotonic()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def set_timeout(self, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self._timer.setInterval(min(1000, max(50, int(timeout_s * 250))))

    def poke(self) -> None:
        self._last = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last = time.monotonic()
        return False

    def _check(self) -> None:
        if time.monotonic() - self._last >= self.timeout_s:
            self.stop()
            self.idle.emit()
