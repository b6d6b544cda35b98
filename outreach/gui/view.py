"""What every view of the main window is: a page that shows vault data while unlocked.

A view owns its widgets, its status-bar area (:attr:`View.status_area`) and its actions
(:meth:`View.view_actions`, enabled only while it is the current view). It is filled on
unlock (:meth:`View.attach`), wiped on lock (:meth:`View.detach`), and refreshes itself from
the changes the session announces (:meth:`View.on_changes`). It never looks another view up.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QWidget

from outreach.changes import Changes
from outreach.clock import Clock, system_clock
from outreach.gui.session import Session
from outreach.settings import Settings

# The clock that hours, ages and due dates are judged against (injectable for tests).
__all__ = ["Clock", "View", "ViewContext", "system_clock"]


@dataclass(frozen=True)
class ViewContext:
    """What a view is given when it is made: nothing of the app, nothing of other views."""

    settings: Settings
    clock: Clock


class View(QWidget):
    """Base class of the main window's views; override what the view needs."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session: Session | None = None
        #: Shown at the right of the status bar while this view is current.
        self.status_area = QWidget()
        layout = QHBoxLayout(self.status_area)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setEnabled(False)

    def view_actions(self) -> list[QAction]:
        """The view's own actions (menu entries and shortcuts), in the order they appear."""
        return []

    def view_keys(self) -> list[tuple[str, str]]:
        """Keys the view handles itself, not through an action: ``(keys, what they do)``,
        worded for Help → Keyboard shortcuts."""
        return []

    def attach(self, session: Session) -> None:
        """The vault was unlocked: show its data."""
        self.session = session
        session.changed.connect(self.on_changes)
        self.setEnabled(True)

    def detach(self) -> None:
        """The vault is being locked: forget everything that came from it."""
        session, self.session = self.session, None
        if session is not None:
            session.changed.disconnect(self.on_changes)
            session.tasks.drop(self)
        self.setEnabled(False)

    def on_changes(self, changes: Changes) -> None:
        """A write changed something; re-read what concerns this view."""

    def activated(self) -> None:
        """The view became the current one (put the focus where work starts)."""
