"""Lock the vault when the desktop locks its screen or the laptop goes to sleep (Linux, D-Bus).

Desktops announce these on D-Bus: the screensaver's ``ActiveChanged(true)`` on the session bus
(freedesktop and GNOME names) and logind's ``PrepareForSleep(true)`` / ``Lock`` on the system
bus. Where there is no bus (Windows, macOS, a bare CI box), this watcher does nothing and the
idle timer and the Lock button remain.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

_SESSION_SIGNALS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class ScreenLockWatcher(QObject):
    locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected_to: list[str] = []
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # QtDBus is not built on every platform
            return
        # PySide6 takes the slot as its signature in a str; its stubs say bytes (hence the ignores).
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path, interface in _SESSION_SIGNALS:
                if session.connect(  # type: ignore[call-overload]
                    service, path, interface, "ActiveChanged", self, "on_screensaver(bool)"
                ):
                    self.connected_to.append(f"{interface}.ActiveChanged")
        system = QDBusConnection.systemBus()
        if system.isConnected():
            login1 = ("org.freedesktop.login1", "/org/freedesktop/login1")
            if system.connect(  # type: ignore[call-overload]
                *login1,
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                "on_sleep(bool)",
            ):
                self.connected_to.append("login1.PrepareForSleep")
        log.debug("screen-lock watcher listening to %s", self.connected_to or "nothing")

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.locked.emit()

    @Slot(bool)
    def on_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.locked.emit()
