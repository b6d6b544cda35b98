"""What a referral needs, read out of one directory record (docs/records.md), as plain text.

No Qt and no HTML here: the detail pane and the referral slip both build on these facts, and
the tests can check them without a window.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from outreach.directory.day_words import day_text
from outreach.directory.hours import open_state, service_timezone, week_hours


@dataclass(frozen=True)
class Phone:
    number: str
    extension: str = ""
    kind: str = ""
    languages: tuple[str, ...] = ()
    note: str = ""

    @property
    def dial_text(self) -> str:
        """The number as it is dialled and copied: "+1 555 0100 ext. 12"."""
        return f"{self.number} ext. {self.extension}" if self.extension else self.number


@dataclass(frozen=True)
class Address:
    label: str  # the location's name, or "" when it has none
    text: str  # one line: "1 Main St, Springfield, IL 62701"


def text(value: Any) -> str:
    """A clean one-value string: "" for missing, non-text or blank values."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float):
        return str(value)
    return value.strip() if isinstance(value, str) else ""


def _items(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        yield from (item for item in value if isinstance(item, dict))


def _locations(record: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    for link in _items(record.get("service_at_locations")):
        location = link.get("location")
        if isinstance(location, dict):
            yield location


def _clean_number(value: Any) -> str:
    # Some exports quote numbers inside the field ('"+44 1234 234567"').
    return text(value).strip("\"' ")


def phones(record: Mapping[str, Any]) -> list[Phone]:
    """Every distinct phone number: the service's, then its locations', then the
    organization's (the same digits listed twice are shown once)."""
    sources: list[Any] = [record.get("phones")]
    for link in _items(record.get("service_at_locations")):
        sources.append(link.get("phones"))
        location = link.get("location")
        if isinstance(location, dict):
            sources.append(location.get("phones"))
    organization = record.get("organization")
    if isinstance(organization, dict):
        sources.append(organization.get("phones"))
    found: list[Phone] = []
    seen: set[str] = set()
    for source in sources:
        for item in _items(source):
            number = _clean_number(item.get("number"))
            extension = text(item.get("extension"))
            key = "".join(ch for ch in number if ch.isdigit()) + "x" + extension
            if not number or key in seen:
                continue
            seen.add(key)
            langs = tuple(
                name
                for name in (
                    text(lang.get("name")) or text(lang.get("code"))
                    for lang in _items(item.get("languages"))
                )
                if name
            )
            found.append(
                Phone(
                    number, extension, text(item.get("type")), langs, text(item.get("description"))
                )
            )
    return found


def addresses(record: Mapping[str, Any]) -> list[Address]:
    """One line per physical (or, failing that, any) address of each location."""
    found: list[Address] = []
    for location in _locations(record):
        items = list(_items(location.get("addresses")))
        physical = [a for a in items if text(a.get("address_type")) in ("", "physical")]
        for address in physical or items:
            street = ", ".join(
                p for p in (text(address.get("address_1")), text(address.get("address_2"))) if p
            )
            region = " ".join(
                p
                for p in (text(address.get("state_province")), text(address.get("postal_code")))
                if p
            )
            line = ", ".join(p for p in (street, text(address.get("city")), region) if p)
            if line:
                found.append(Address(text(location.get("name")), line))
    return found


def languages(record: Mapping[str, Any]) -> list[str]:
    """Language names offered by the service or at its locations, in order, once each."""
    names: list[str] = []
    pools = [record.get("languages")] + [loc.get("languages") for loc in _locations(record)]
    for pool in pools:
        for item in _items(pool):
            name = text(item.get("name")) or text(item.get("code"))
            if name and name.casefold() not in (n.casefold() for n in names):
                names.append(name)
    return names


def required_documents(record: Mapping[str, Any]) -> list[str]:
    return [
        d for d in (text(i.get("document")) for i in _items(record.get("required_documents"))) if d
    ]


def costs(record: Mapping[str, Any]) -> list[str]:
    """Cost options ("Per session: 20 USD") then the fees text."""
    lines: list[str] = []
    for option in _items(record.get("cost_options")):
        amount = text(option.get("amount"))
        if amount and _is_zero(amount):
            money = "free"
        else:
            money = f"{amount} {text(option.get('currency'))}".strip() if amount else ""
        parts = [
            p
            for p in (text(option.get("option")), money, text(option.get("amount_description")))
            if p
        ]
        if parts:
            lines.append(": ".join(parts[:2]) + (f" ({parts[2]})" if len(parts) > 2 else ""))
    fees = text(record.get("fees_description"))
    if fees:
        lines.append(fees)
    return lines


def _is_zero(amount: str) -> bool:
    try:
        return float(amount) == 0
    except ValueError:
        return False


@dataclass(frozen=True)
class AgeWords:
    """The words of an age range (``%1`` the lowest age, ``%2`` the highest). English here;
    the GUI passes translated ones."""

    between: str = "Ages %1–%2"
    and_over: str = "Ages %1 and over"
    up_to: str = "Ages up to %1"


ENGLISH_AGES = AgeWords()


def age_range(record: Mapping[str, Any], words: AgeWords = ENGLISH_AGES) -> str:
    """ "Ages 12–17", "Ages 18 and over", "Ages up to 24", or ""."""
    low, high = text(record.get("minimum_age")), text(record.get("maximum_age"))
    if low and high:
        return words.between.replace("%1", low).replace("%2", high)
    if low:
        return words.and_over.replace("%1", low)
    if high:
        return words.up_to.replace("%1", high)
    return ""


def website(record: Mapping[str, Any]) -> str:
    organization = record.get("organization")
    org_site = text(organization.get("website")) if isinstance(organization, dict) else ""
    return text(record.get("url")) or org_site


def organization_name(record: Mapping[str, Any]) -> str:
    organization = record.get("organization")
    return text(organization.get("name")) if isinstance(organization, dict) else ""


def schedule_notes(record: Mapping[str, Any]) -> list[str]:
    """Free-text hours from the schedules (what the source wrote), once each."""
    notes: list[str] = []
    pools = [record.get("schedules")]
    for link in _items(record.get("service_at_locations")):
        pools.append(link.get("schedules"))
        location = link.get("location")
        if isinstance(location, dict):
            pools.append(location.get("schedules"))
    for pool in pools:
        for schedule in _items(pool):
            note = text(schedule.get("description"))
            if note and note not in notes:
                notes.append(note)
    return notes


@dataclass(frozen=True)
class HoursSummary:
    status: str  # "open", "closed" or "unknown"
    label: str  # "Open until 17:00", "Closed · opens Tue 09:00", "Hours unknown"
    today: str
    week: list[tuple[date, str]]
    zone_note: str  # "Times are America/Chicago time" when the record names its zone


def hours_summary(record: Mapping[str, Any], now: datetime) -> HoursSummary:
    """Open now, today's hours and the next seven days, on the service's own clock."""
    state = open_state(record, now)
    zone = service_timezone(record)
    today = now.astimezone(zone).date()
    week = [(day.day, day_text(day)) for day in week_hours(record, today, 7)]
    zone_key = text(record.get("x_timezone"))
    return HoursSummary(
        state.status,
        state.label(now),
        week[0][1] if week else "Hours unknown",
        week,
        f"Times are {zone_key} time." if zone_key else "",
    )


def approximate_postcodes(record: Mapping[str, Any]) -> list[str]:
    """Postcodes whose centre stands in for a location's unknown exact place
    (``x_approximate_postcode``): such a location is never shown as exact."""
    found = []
    for location in _locations(record):
        code = text(location.get("x_approximate_postcode"))
        if code and code not in found:
            found.append(code)
    return found


def listings(record: Mapping[str, Any]) -> list[str]:
    """Where the record is listed and how old that is ("Listed by SAMHSA, 2023")."""
    value = record.get("x_listed")
    return [text(item) for item in value if text(item)] if isinstance(value, list) else []
