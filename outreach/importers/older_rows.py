"""Rows of HSDS 1.x/2.x and Ohana API tables reshaped as HSDS 3 objects, one function a table.

Each takes the raw row (normalised column names → text) and its row number and returns
the row in the 3.x shape, ready for :meth:`RecordCleaner.clean_object`; names that only
differ (``website`` → ``url``) are left to the cleaner, which knows them per object kind.
"""

from __future__ import annotations

from typing import Any

from outreach.importers.clean import parse_bool, stable_id

# HSDS 1.x/2.x regular_schedules.weekday: ISO numbering (1 = Monday … 7 = Sunday); some
# exports write 0 for Sunday, or the day's name.
WEEKDAYS = {
    "1": "MO", "2": "TU", "3": "WE", "4": "TH", "5": "FR", "6": "SA", "7": "SU", "0": "SU",
    "monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR",
    "saturday": "SA", "sunday": "SU", "mon": "MO", "tue": "TU", "tues": "TU", "wed": "WE",
    "thu": "TH", "thur": "TH", "thurs": "TH", "fri": "FR", "sat": "SA", "sun": "SU",
    "mo": "MO", "tu": "TU", "we": "WE", "th": "TH", "fr": "FR", "sa": "SA", "su": "SU",
}  # fmt: skip


def split_list(text: str) -> list[str]:
    """``"a; b, c"`` → ``["a", "b, c"]``; ``"a, b"`` → ``["a", "b"]``.

    A cell holding several values is split on ``;`` when it has one (items may then
    contain commas, as category names do), otherwise on commas.
    """
    separator = ";" if ";" in text else ","
    return [item.strip() for item in text.split(separator) if item.strip()]


def split_ids(text: str) -> list[str]:
    """Ids joined in one cell (``"12, 14;15"``); ids never contain separators."""
    return [i.strip() for i in text.replace(";", ",").split(",") if i.strip()]


def organization_row(raw: dict[str, str], _row: int) -> dict[str, Any]:
    incorporated = raw.pop("date_incorporated", "").strip()
    if incorporated and not raw.get("year_incorporated"):
        year = incorporated[-4:] if incorporated[-4:].isdigit() else incorporated[:4]
        if year.isdigit():
            raw["year_incorporated"] = year
    return raw


def service_row(raw: dict[str, str], _row: int) -> dict[str, Any]:
    fees = raw.pop("fees", "").strip()
    if fees and not raw.get("fees_description"):
        raw["fees_description"] = fees
    elif fees:
        raw["fees"] = fees
    payments = raw.pop("accepted_payments", "").strip()
    row: dict[str, Any] = dict(raw)
    if payments:  # a fact, worded where it is shown (in the worker's language)
        row["x_accepted_payments"] = split_list(payments)
    return row


def location_row(raw: dict[str, str], _row: int) -> dict[str, Any]:
    """Ohana locations: ``virtual`` true means no physical place; ``short_desc`` is a summary."""
    virtual = parse_bool(raw.pop("virtual", ""))
    if virtual and not raw.get("location_type"):
        raw["location_type"] = "virtual"
    short = raw.pop("short_desc", "").strip()
    if short and not raw.get("description"):
        raw["description"] = short
    elif short:
        raw["x_short_desc"] = short
    raw.pop("admin_emails", None)  # Ohana's editor logins, not directory data
    return raw


def address_row(address_type: str) -> Any:
    def shape(raw: dict[str, str], _row: int) -> dict[str, Any]:
        extra = [raw.pop(key, "").strip() for key in ("address_3", "address_4")]
        lines = [raw.get("address_2", "").strip(), *extra]
        raw["address_2"] = ", ".join(line for line in lines if line)
        if not raw.get("address_type"):
            raw["address_type"] = address_type
        return raw

    return shape


def phone_row(raw: dict[str, str], _row: int) -> dict[str, Any]:
    shaped: dict[str, Any] = dict(raw)
    codes = shaped.pop("language", "")
    languages = split_ids(codes)
    if languages:
        phone_key = shaped.get("id") or shaped.get("number", "")
        shaped["languages"] = [
            {"id": stable_id(phone_key, "language", code), "code": code} for code in languages
        ]
    prefix = shaped.pop("country_prefix", "").strip().lstrip("+")
    if prefix and prefix != "1" and shaped.get("number"):
        shaped["number"] = f"+{prefix} {shaped['number']}"
    vanity = shaped.pop("vanity_number", "").strip()
    if vanity:
        shaped["x_vanity_number"] = vanity
    return shaped


def taxonomy_term_row(raw: dict[str, str], _row: int) -> dict[str, Any]:
    """1.x ``taxonomy.csv``; Ohana keys its terms by ``taxonomy_id`` instead of ``id``."""
    shaped: dict[str, Any] = dict(raw)
    if not shaped.get("id") and shaped.get("taxonomy_id"):
        shaped["id"] = shaped.pop("taxonomy_id")
    shaped.pop("parent_name", None)
    return shaped


def service_taxonomy_row(raw: dict[str, str], _row: int) -> dict[str, Any]:
    shaped: dict[str, Any] = dict(raw)
    shaped["link_id"] = shaped.pop("service_id", "")
    shaped["link_type"] = "service"
    term = shaped.pop("taxonomy_id", "") or shaped.pop("taxonomy_term_id", "")
    shaped["taxonomy_term_id"] = term
    detail = shaped.pop("taxonomy_detail", "")
    if detail:
        shaped["value"] = detail
    return shaped


def holiday_schedule_row(raw: dict[str, str], _row: int) -> dict[str, Any]:
    shaped: dict[str, Any] = dict(raw)
    shaped["valid_from"] = shaped.pop("start_date", "")
    shaped["valid_to"] = shaped.pop("end_date", "") or shaped["valid_from"]
    closed = parse_bool(shaped.pop("closed", ""))
    # Closed unless the row gives special opening hours for those dates.
    shaped["x_closed"] = closed if closed is not None else not shaped.get("opens_at")
    if not shaped["x_closed"]:
        del shaped["x_closed"]
    return shaped
