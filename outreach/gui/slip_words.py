"""The referral slip in the interface language: the core's layout, with translated labels and
hours (the core keeps its English slip for the command line)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from outreach.directory.day_words import slip_day_text
from outreach.directory.hours import open_state, service_timezone, week_hours
from outreach.directory.slip import (
    QR_IMAGE_URL,
    SlipFacts,
    SlipLabels,
    render_slip_html,
    render_slip_text,
    slip_facts,
)
from outreach.gui import wording


def slip_labels() -> SlipLabels:
    """The slip's fixed words, translated."""
    return SlipLabels(
        note=QCoreApplication.translate("Slip", "Note"),
        address=QCoreApplication.translate("Slip", "Address"),
        phone=QCoreApplication.translate("Slip", "Phone"),
        web=QCoreApplication.translate("Slip", "Web"),
        email=QCoreApplication.translate("Slip", "Email"),
        today=QCoreApplication.translate("Slip", "Today"),
        this_week=QCoreApplication.translate("Slip", "This week"),
        who_can_go=QCoreApplication.translate("Slip", "Who can go"),
        what_to_bring=QCoreApplication.translate("Slip", "What to bring"),
        bring=QCoreApplication.translate("Slip", "Bring"),
        referral_code=QCoreApplication.translate("Slip", "Referral code"),
    )


def localized_slip_facts(record: Mapping[str, Any], now: datetime, code: str = "") -> SlipFacts:
    """:func:`~outreach.directory.slip.slip_facts` with today and the week worded for the UI."""
    english = slip_facts(record, now)
    local_now = now.astimezone(service_timezone(record))
    days = week_hours(record, local_now.date(), 7)
    words = wording.hours_words()
    week = [(wording.weekday_day(day.day), slip_day_text(day, words)) for day in days]
    if all(day.unknown for day in days):
        week = []
    today = wording.open_state_label(open_state(record, now), now)
    return dataclasses.replace(english, today=today, week=week, code=code)


def localized_slip_text(record: Mapping[str, Any], now: datetime, code: str = "") -> str:
    """The slip as plain text, in the interface language (with a referral's code if given)."""
    return render_slip_text(localized_slip_facts(record, now, code), slip_labels())


def localized_slip_html(
    record: Mapping[str, Any], now: datetime, *, qr_src: str = QR_IMAGE_URL, code: str = ""
) -> str:
    """The slip as HTML for printing and PDF, in the interface language."""
    facts = localized_slip_facts(record, now, code)
    return render_slip_html(facts, slip_labels(), qr_src=qr_src)
