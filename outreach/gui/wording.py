"""Words the GUI builds from the core's structured data, in the language of the installed
translation (the core's own labels stay English for the command line).

Every text goes through ``QCoreApplication.translate("Wording", …)`` so lupdate finds it, and
dates, weekday and month names and numbers are formatted with :func:`ui_locale`: the locale
that the installed translation names, so a Spanish interface never shows "Fri 27 Nov" and the
English one stays exactly as it was whatever the machine's locale.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from outreach.cancel import Stage, Step
from outreach.directory import facts
from outreach.directory.day_words import (
    CLOSED_FOR_HOLIDAY,
    HoursWords,
    open_state_text,
    when_text,
)
from outreach.directory.geo import KM_PER_MILE, locale_territory, uses_miles
from outreach.directory.hours import HOLIDAY_CLOSURE, OpenState


def ui_locale() -> QLocale:
    """The locale of the installed translation ("en_US" when there is none)."""
    # The translation itself names its locale, so the two can never disagree.
    name = QCoreApplication.translate(
        "Wording", "en_US", "the locale of this translation, as language_COUNTRY"
    )
    return QLocale(name)


def number(value: int) -> str:
    """A count with the locale's digit grouping: "14,034"."""
    return ui_locale().toString(value)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def weekday_date(day: date) -> str:
    """ "Fri 27 Nov" / "vie 27 nov": a row of the detail pane's week."""
    return ui_locale().toString(_qdate(day), "ddd dd MMM")


def weekday_day(day: date) -> str:
    """ "Mon 3" / "lun 3": a row of the slip's week."""
    return ui_locale().toString(_qdate(day), "ddd d")


def clock(moment: time | datetime) -> str:
    """24-hour "HH:MM" in both languages (the times outreach workers read off signs)."""
    return f"{moment:%H:%M}"


def when(moment: datetime, now: datetime) -> str:
    """ "17:00", "midnight", "Tue 09:00" or "Tue 12 Mar 09:00", in the moment's zone."""
    return when_text(moment, now, hours_words())


def reason_text(reason: str) -> str:
    """A reason the core gives in English (closures, unknown hours), in the UI language."""
    known = {
        HOLIDAY_CLOSURE: QCoreApplication.translate("Wording", "Holiday closure"),
        CLOSED_FOR_HOLIDAY: QCoreApplication.translate("Wording", "Closed for holiday"),
        "Open 24 hours": QCoreApplication.translate("Wording", "Open 24 hours"),
        "No opening hours listed": QCoreApplication.translate("Wording", "No opening hours listed"),
        "Hours not known for this day": QCoreApplication.translate(
            "Wording", "Hours not known for this day"
        ),
    }
    # Anything else came from the directory's own data: shown as the source wrote it.
    return known.get(reason, reason)


def hours_unknown() -> str:
    return QCoreApplication.translate("Wording", "Hours unknown")


def open_state_label(state: OpenState, now: datetime) -> str:
    """The badge text: "Open until 17:00", "Closed · opens Tue 09:00", "Hours unknown"."""
    return open_state_text(state, now, hours_words())


def hours_words() -> HoursWords:
    """The words of a day's hours in the interface language (for
    :mod:`outreach.directory.day_words`, which owns the rules of what a day says)."""
    return HoursWords(
        unknown=hours_unknown(),
        closed=QCoreApplication.translate("Wording", "Closed"),
        open_all_day=QCoreApplication.translate("Wording", "Open 24 hours"),
        closed_because=QCoreApplication.translate("Wording", "Closed (%1)"),
        reason=reason_text,
        open_until=QCoreApplication.translate("Wording", "Open until %1"),
        closed_for_holiday=QCoreApplication.translate("Wording", "Closed for holiday"),
        opens=QCoreApplication.translate("Wording", "opens %1"),
        midnight=QCoreApplication.translate("Wording", "midnight"),
        weekday=lambda moment: ui_locale().toString(_qdate(moment.date()), "ddd"),
        weekday_date=lambda moment: ui_locale().toString(_qdate(moment.date()), "ddd d MMM"),
    )


def zone_note(zone_key: str) -> str:
    return QCoreApplication.translate("Wording", "Times are %1 time.").replace("%1", zone_key)


def age_range(record: Mapping[str, Any]) -> str:
    """ "Ages 12–17", "Ages 18 and over", "Ages up to 24", or "" (the core's rule, these words)."""
    words = facts.AgeWords(
        between=QCoreApplication.translate("Wording", "Ages %1–%2"),
        and_over=QCoreApplication.translate("Wording", "Ages %1 and over"),
        up_to=QCoreApplication.translate("Wording", "Ages up to %1"),
    )
    return facts.age_range(record, words)


def services_count(count: int) -> str:
    """ "1 service", "14,034 services"."""
    if count == 1:
        return QCoreApplication.translate("Wording", "1 service")
    return QCoreApplication.translate("Wording", "%1 services").replace("%1", number(count))


def stage_text(stage: Stage) -> str:
    """A stage of a long task in the UI language, ``%1`` left for its subject."""
    words = {
        Stage.READING: QCoreApplication.translate("Wording", "Reading %1"),
        Stage.READ: QCoreApplication.translate("Wording", "Read %1"),
        Stage.READING_TABLES: QCoreApplication.translate("Wording", "Reading tables"),
        Stage.JOINING_TABLES: QCoreApplication.translate("Wording", "Joining tables"),
        Stage.READ_JSON: QCoreApplication.translate("Wording", "Read JSON"),
        Stage.INDEXING: QCoreApplication.translate("Wording", "Indexing services"),
        Stage.EXPORTING: QCoreApplication.translate("Wording", "Exporting services"),
        Stage.EXPORTED: QCoreApplication.translate("Wording", "Exported"),
        Stage.CHECKING_FEED: QCoreApplication.translate("Wording", "Checking %1"),
        Stage.DOWNLOADING: QCoreApplication.translate("Wording", "Downloading %1"),
        Stage.CHECKING_VERSION: QCoreApplication.translate("Wording", "Checking version %1"),
        Stage.APPLYING_VERSION: QCoreApplication.translate("Wording", "Applying version %1"),
        Stage.DONE: QCoreApplication.translate("Wording", "Done"),
    }
    return words[stage]


def progress_text(message: str) -> str:
    """A core progress message in the UI language: a :class:`Step` is worded from its stage
    (the name or number it carries kept as it is); any other text is shown as it came."""
    if isinstance(message, Step):
        return stage_text(message.stage).replace("%1", message.subject)
    return message


def progress_count(message: str, done: int, total: int) -> str:
    """ "Indexing services: 1,200 of 14,034" (or without "of" when the total is unknown)."""
    text = progress_text(message)
    if total:
        template = QCoreApplication.translate("Wording", "%1: %2 of %3")
        return template.replace("%1", text).replace("%2", number(done)).replace("%3", number(total))
    return f"{text}: {number(done)}"


def system_territory() -> str | None:
    """The worker's country from the system locale ("US"), not the interface language."""
    return locale_territory(QLocale.system().name())


def distance_in_miles() -> bool:
    """Distances in miles where the worker's country uses them (US, UK, Liberia, Myanmar)."""
    return uses_miles(system_territory())


def distance_text(km: float, approximate: bool = False) -> str:
    """ "3.2 km" / "2.0 mi"; "about 3 km" / "about 2 mi" when measured to a ZIP code's centre."""
    miles = distance_in_miles()
    value = km / KM_PER_MILE if miles else km
    if approximate:
        # Measured to a ZIP code's centre: whole units, and said to be rough.
        rough = str(max(1, round(value)))
        if miles:
            return QCoreApplication.translate("ServiceList", "about %1 mi").replace("%1", rough)
        return QCoreApplication.translate("ServiceList", "about %1 km").replace("%1", rough)
    # No grouping ("1234.5"); only the decimal mark follows the locale.
    shown = f"{value:.1f}".replace(".", ui_locale().decimalPoint())
    if miles:
        return QCoreApplication.translate("ServiceList", "%1 mi").replace("%1", shown)
    return QCoreApplication.translate("ServiceList", "%1 km").replace("%1", shown)
