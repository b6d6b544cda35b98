"""The status-bar line about the directory: how many services, and how old the data is.

The wording is pure functions (translated with ``QCoreApplication.translate``, which needs no
application object), so the wording and the warning threshold are easy to test;
:class:`DirectoryStatusArea` puts it in the directory view's part of the status bar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

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
        "day": QCoreApplication.translate("DirectoryStatus", "yesterday"),
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


def whole_months_between(earlier: date, later: date) -> int:
    """Calendar months from ``earlier`` to ``later`` (Jan 31 to Feb 28 is 0, to Mar 1 is 1)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (1 if later.day < earlier.day else 0)


def describe_day_age(day: date, today: date) -> str:
    """A calendar date's age in calendar days: "today", "yesterday", "3 days ago",
    "4 months ago", "2 years ago". A date is not a moment: 2026-11-27 is four days before
    2026-12-01 in every time zone."""
    days = (today - day).days
    if days <= 0:
        return QCoreApplication.translate("DirectoryStatus", "today")
    if days < 60:
        return _ago(days, "day")
    months = whole_months_between(day, today)
    return _ago(months // 12, "year") if months >= 12 else _ago(months, "month")


def describe_age(moment: datetime, now: datetime, zone: tzinfo | None = None) -> str:
    """ "just now", "5 minutes ago", "2 hours ago" on the same day; before that, calendar days
    in ``zone`` (the machine's own when None): "yesterday" for last night at 23:00."""
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("DirectoryStatus", "just now")
    then, today = moment.astimezone(zone).date(), now.astimezone(zone).date()
    if then < today:
        return describe_day_age(then, today)
    if seconds >= 3600:
        return _ago(int(seconds // 3600), "hour")
    return _ago(int(seconds // 60), "minute")


def _data_span(first: date, last: date) -> str:
    if first == last:
        text = QCoreApplication.translate("DirectoryStatus", "starter directory, data of %1")
        return text.replace("%1", first.isoformat())
    text = QCoreApplication.translate("DirectoryStatus", "starter directory, data of %1 to %2")
    return text.replace("%1", first.isoformat()).replace("%2", last.isoformat())


def directory_status(
    services: int,
    state: InstalledPack,
    info: dict[str, str],
    now: datetime,
    *,
    data_dates: tuple[date, date] | None = None,
    zone: tzinfo | None = None,
    stale_after: timedelta = STALE_AFTER,
) -> DirectoryStatus:
    """The status for ``services`` loaded, the installed pack and ``info`` from
    ``get_directory_info``. Verified by the feed beats applied, which beats imported.

    The starter is a snapshot of other people's lists: it shows ``data_dates`` (the oldest and
    newest "last verified" of its services), not when it was built or loaded. Ages count
    calendar days in ``zone`` (the machine's own when None)."""
    services_text = wording.services_count(services)
    if services == 0:
        empty = QCoreApplication.translate("DirectoryStatus", "No services loaded")
        return DirectoryStatus(0, empty, "", False)
    today = now.astimezone(zone).date()
    verified, applied, created = state.verified_at, state.applied_at, state.created
    imported = parse_moment(info.get("updated_at"))
    if state.starter and data_dates is not None:
        first, last = data_dates
        return DirectoryStatus(
            services, services_text, _data_span(first, last), today - last > stale_after
        )
    if state.starter and created is not None:
        day = created.astimezone(UTC).date()  # the manifest's date, written as midnight UTC
        text = (
            QCoreApplication.translate("DirectoryStatus", "starter directory from %1 (%2)")
            .replace("%1", day.isoformat())
            .replace("%2", describe_day_age(day, today))
        )
        return DirectoryStatus(services, services_text, text, today - day > stale_after)
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
    text = text.replace("%1", describe_age(age, now, zone))
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
