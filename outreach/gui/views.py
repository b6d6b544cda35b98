"""The list of views the main window holds. Adding a view is one entry in :data:`VIEWS`.

Each entry names the view, gives its title (translated when shown) and says how to make it;
the window adds a tab, a ``Ctrl+<n>`` shortcut in the order of the list, the view's status-bar
area and its actions. See docs/architecture.md, "How to add a view".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from outreach.gui.desk.view import CoordinatorView
from outreach.gui.directory.view import DirectoryView
from outreach.gui.notes.view import NotesView
from outreach.gui.reports.view import ReportView
from outreach.gui.view import View, ViewContext
from outreach.settings import Settings


@dataclass(frozen=True)
class ViewSpec:
    #: A stable id (settings, tests); never shown.
    key: str
    #: The title in English, marked for translation in the "Views" context.
    title: str
    create: Callable[[ViewContext], View]
    #: Whether the view is offered with these settings (``None``: always).
    shown_when: Callable[[Settings], bool] | None = None

    def is_shown(self, settings: Settings) -> bool:
        return self.shown_when is None or self.shown_when(settings)

    def translated_title(self) -> str:
        return QCoreApplication.translate("Views", self.title)


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("directory", cast(str, QT_TRANSLATE_NOOP("Views", "&Directory")), DirectoryView),
    ViewSpec("notes", cast(str, QT_TRANSLATE_NOOP("Views", "&Contacts && notes")), NotesView),
    ViewSpec("reports", cast(str, QT_TRANSLATE_NOOP("Views", "&Reports")), ReportView),
    ViewSpec(
        "coordinator",
        cast(str, QT_TRANSLATE_NOOP("Views", "C&oordinator")),
        CoordinatorView,
        # Only for those who publish a feed (Settings, or File → Publish a feed…).
        shown_when=lambda settings: settings.publishes_feed,
    ),
)
