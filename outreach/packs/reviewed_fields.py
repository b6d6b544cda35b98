"""The fields a coordinator reviews and corrects, read out of a record as comparable text.

Each reviewed field becomes one plain string (``""`` when the record has none), so an old and
a new record compare field by field and the review shows them side by side. Hours are read
through the same compiler the workers' app uses, over one fixed week, so two schedules that
mean the same opening times compare equal however the export wrote them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from outreach.directory import facts
from outreach.directory.day_words import day_text
from outreach.directory.derive import derive_categories
from outreach.directory.hours import week_hours

#: The reviewed fields, in the order the review lists them.
REVIEWED_FIELDS = ("name", "status", "phones", "hours", "address", "description", "alert")

FIELD_LABELS = {
    "name": "Name",
    "status": "Status",
    "phones": "Phones",
    "hours": "Hours",
    "address": "Address",
    "description": "Description",
    "alert": "Note for workers",
}

# A plain week (no holiday in any export we have seen falls in it): 2001-01-01 was a Monday.
# Special-hours and closure schedules carry their own dates and so never blur the weekly view.
_REFERENCE_MONDAY = date(2001, 1, 1)
_DAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def phones_text(record: Mapping[str, Any]) -> str:
    """ "555-0100; 555-0199 ext. 2": every distinct number the worker sees, in order."""
    return "; ".join(phone.dial_text for phone in facts.phones(record))


def hours_text(record: Mapping[str, Any]) -> str:
    """ "Mon–Fri 09:00–17:00; Sat–Sun Closed", plus the source's free-text hours if any.

    ``""`` when the record lists no readable hours at all.
    """
    days = week_hours(record, _REFERENCE_MONDAY, 7)
    texts = [day_text(day) for day in days]
    parts: list[str] = []
    if not all(text == "Hours unknown" for text in texts):
        start = 0
        for index in range(1, 8):
            if index == 7 or texts[index] != texts[start]:
                span = _DAY_ABBREVIATIONS[start]
                if index - 1 > start:
                    span += f"–{_DAY_ABBREVIATIONS[index - 1]}"
                parts.append(f"{span} {texts[start]}")
                start = index
    parts.extend(facts.schedule_notes(record))
    return "; ".join(parts)


def address_text(record: Mapping[str, Any]) -> str:
    return "; ".join(address.text for address in facts.addresses(record))


def field_text(record: Mapping[str, Any], name: str) -> str:
    """The text of one reviewed field (see :data:`REVIEWED_FIELDS`)."""
    if name == "phones":
        return phones_text(record)
    if name == "hours":
        return hours_text(record)
    if name == "address":
        return address_text(record)
    if name == "status":
        return facts.text(record.get("status")) or "active"
    return facts.text(record.get(name))


def reviewed_fields(record: Mapping[str, Any]) -> dict[str, str]:
    return {name: field_text(record, name) for name in REVIEWED_FIELDS}


def categories(record: Mapping[str, Any]) -> list[str]:
    """The outreach categories a worker would filter this service by."""
    return derive_categories(dict(record))
