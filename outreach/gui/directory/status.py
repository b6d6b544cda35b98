"""The status-bar line about the directory: how many services, and how old the data is.

The wording is pure functions (translated with ``QCoreApplication.translate``, which needs no
application object), so the wording and the warning threshold are easy to test;
:class:`DirectoryStatusArea` puts it in the directory view's part of the status bar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from outreach.clock import parse_moment
from outreach.gui import wording
from outreach.gui.colours import Role, text_style
from outreach.packs.state import InstalledPack

#: Older than this and the age is shown as a warning: hours, phones and beds change.
STALE_AFTER = timedelta(days=30)


@dataclass(frozen=True)
class DirectoryStatus:
    """What the status bar shows: ``services_text``, ``age_text`` and whether to warn."""

    services: int
    services_text: str
    age_text: str
    warning: bool


def _ago(count: int, unit: str) -> str:
    # One literal per form so lupdate finds them; Spanish, like English, has one singular.
    singular = {
        "year": QCoreApplication.translate("DirectoryStatus", "1 year ago"),
        "month": QCoreApplication.translate("DirectoryStatus", "1 month ago"),
        "day": QCoreApplication.translate("DirectoryStatus", "1 day ago"),
        "hour": QCoreApplication.translate("DirectoryStatus", "1 hour ago"),
        "minute": QCoreApplication.translate("DirectoryStatus", "1 minute ago"),
    }
    if count == 1:
        return singular[unit]
    plural = {
        "year": QCoreApplication.translate("DirectoryStatus", "%1 years ago"),
        "month": QCoreApplication.translate("DirectoryStatus", "%1 months ago"),
        "day": QCoreApplication.translate("DirectoryStatus", "%1 days ago"),
        "hour": QCoreApplication.translate("DirectoryStatus", "%1 hours ago"),
        "minute": QCoreApplication.translate("DirectoryStatus", "%1 minutes ago"),
    }
    return plural[unit].replace("%1", str(count))


def describe_age(moment: datetime, now: datetime) -> str:
    """ "just now", "5 minutes ago", "2 hours ago", "3 days ago", "4 months ago"."""
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("DirectoryStatus", "just now")
    for size, unit in ((365 * 86400, "year"), (30 * 86400, "month"), (86400, "day")):
        if seconds >= size * (2 if unit == "month" else 1):
            return _ago(int(seconds // size), unit)
    if seconds >= 3600:
        return _ago(int(seconds // 3600), "hour")
    return _ago(int(seconds // 60), "minute")


def directory_status(
    services: int,
    state: InstalledPack,
    info: dict[str, str],
    now: datetime,
    *,
    stale_after: timedelta = STALE_AFTER,
) -> DirectoryStatus:
    """The status for ``services`` loaded, the installed pack and ``info`` from
    ``get_directory_info``. Verified by the feed beats applied, which beats imported."""
    services_text = wording.services_count(services)
    if services == 0:
        empty = QCoreApplication.translate("DirectoryStatus", "No services loaded")
        return DirectoryStatus(0, empty, "", False)
    verified, applied, created = state.verified_at, state.applied_at, state.created
    imported = parse_moment(info.get("updated_at"))
    if state.starter and created is not None:
        # The starter is a snapshot: its age is when it was built, not when it was loaded.
        text = (
            QCoreApplication.translate("DirectoryStatus", "starter directory from %1 (%2)")
            .replace("%1", f"{created:%Y-%m-%d}")
            .replace("%2", describe_age(created, now))
        )
        return DirectoryStatus(services, services_text, text, now - created > stale_after)
    if verified is not None:
        age = verified
        text = QCoreApplication.translate("DirectoryStatus", "directory verified %1")
    elif applied is not None:
        age = applied
        text = QCoreApplication.translate("DirectoryStatus", "directory pack applied %1")
    elif imported is not None:
        age = imported
        text = QCoreApplication.translate("DirectoryStatus", "imported %1")
    else:
        unknown = QCoreApplication.translate("DirectoryStatus", "age unknown")
        return DirectoryStatus(services, services_text, unknown, True)
    text = text.replace("%1", describe_age(age, now))
    return DirectoryStatus(services, services_text, text, now - age > stale_after)


class DirectoryStatusArea:
    """The two labels of the directory view's status-bar area: the count and the data age."""

    def __init__(self, area: QWidget) -> None:
        self.count_label = QLabel(area)
        self.age_label = QLabel(area)
        layout = area.layout()
        if layout is not None:
            layout.addWidget(self.count_label)
            layout.addWidget(self.age_label)

    def show_status(self, status: DirectoryStatus) -> None:
        services_text, age_text = status.services_text, status.age_text
        self.count_label.setText(services_text)
        self.age_label.setText(f"·  {age_text}" if services_text and age_text else age_text)
        self.age_label.setStyleSheet(text_style(Role.ERROR, bold=True) if status.warning else "")

    def clear(self) -> None:
        self.count_label.clear()
        self.age_label.clear()
        self.age_label.setStyleSheet("")
