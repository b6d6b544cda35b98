"""Turn raw HSDS-shaped dicts into clean records (docs/records.md), reporting every fix.

Every importer ends here: JSON importers clean whole service trees; CSV importers clean
each table row as they read it (so problems name the right file and row) and then
call :meth:`RecordCleaner.finish_service` on the assembled record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from outreach.directory.hsds_model import HSDS_CHILDREN, HSDS_FIELDS, OLDER_NAMES
from outreach.directory.regions import timezone_for_us_state
from outreach.importers.clean import (
    clean_text,
    fix_mojibake,
    parse_coordinates,
    parse_date,
    parse_datetime,
    parse_number,
    parse_time,
    stable_id,
)
from outreach.importers.hours_text import schedules_from_text
from outreach.importers.older_rows import split_list
from outreach.importers.plausible import check_postcode, phone_problem
from outreach.importers.report import ImportReport

# Which HSDS object kind a nested key holds, per parent kind.
CHILD_KINDS = HSDS_CHILDREN

#: The report's table name for each object kind (the HSDS 3 tabular file names).
KIND_TABLES: dict[str, str] = {
    "service": "services",
    "organization": "organizations",
    "location": "locations",
    "service_at_location": "service_at_locations",
    "address": "addresses",
    "phone": "phones",
    "schedule": "schedules",
    "service_area": "service_areas",
    "language": "languages",
    "funding": "funding",
    "cost_option": "cost_options",
    "program": "programs",
    "required_document": "required_documents",
    "contact": "contacts",
    "attribute": "attributes",
    "metadata": "metadata",
    "accessibility": "accessibility",
    "taxonomy_term": "taxonomy_terms",
    "taxonomy": "taxonomies",
    "organization_identifier": "organization_identifiers",
}

DATE_FIELDS = frozenset({"assured_date", "valid_from", "valid_to", "dtstart", "until"})
DATETIME_FIELDS = frozenset({"last_modified", "last_action_date"})
TIME_FIELDS = frozenset({"opens_at", "closes_at"})
# (fields, parser to the canonical form, warning when unreadable, label when rewritten)
_TEMPORAL: tuple[tuple[frozenset[str], Callable[[str], str | None], str, str], ...] = (
    (DATE_FIELDS, parse_date, "not a date", "date"),
    (DATETIME_FIELDS, parse_datetime, "not a date", "date"),
    (TIME_FIELDS, parse_time, "not a time", "time"),
)
NUMBER_FIELDS = frozenset(
    {
        "minimum_age",
        "maximum_age",
        "amount",
        "extension",
        "year_incorporated",
        "timezone",
        "count",
        "interval",
    }
)
# Keys that point somewhere else; an object holding only these has no content.
_LINK_KEYS = frozenset(
    {
        "id",
        "service_id",
        "location_id",
        "organization_id",
        "service_at_location_id",
        "contact_id",
        "phone_id",
        "link_id",
        "taxonomy_term_id",
        "program_id",
        "taxonomy_id",
        "resource_id",
    }
)
# Columns the CSV importers still need after cleaning (links read when joining tables).
_PASS_THROUGH = _LINK_KEYS | {"taxonomy_ids"}
# A list of objects given as text ("Spanish, Tagalog"): the field each item's text fills.
_TEXT_ITEM_FIELD = {
    "language": "name",
    "service_area": "name",
    "accessibility": "description",
    "funding": "source",
    "required_document": "document",
    "phone": "number",
}
# Nested keys holding one object rather than a list.
_SINGLE_CHILDREN = frozenset({"organization", "program", "location", "taxonomy_term",
                              "taxonomy_detail"})  # fmt: skip
# Kinds whose rows are links and may legitimately hold nothing but ids.
_LINK_KINDS = frozenset({"service", "service_at_location", "attribute"})
MOJIBAKE_MESSAGE = "garbled characters put right (text decoded with the wrong codec)"
SERVICE_STATUSES = frozenset({"active", "inactive", "defunct", "temporarily closed"})


class RecordCleaner:
    """Cleans objects and finishes service records, reporting into one ImportReport."""

    def __init__(self, report: ImportReport, *, source: str, timezone: str | None) -> None:
        self.report = report
        self.source = source
        self.timezone = timezone

    # -- objects ---------------------------------------------------------------

    def clean_object(
        self,
        obj: dict[str, Any],
        kind: str,
        *,
        file: str,
        row: int | None,
        table: str | None = None,
        path: str = "",
        parent_id: str = "",
    ) -> dict[str, Any] | None:
        """A cleaned copy of ``obj`` (an HSDS object of ``kind``), or None if nothing is left.

        ``path`` prefixes field names in problems (``service_at_locations[0].location.``)
        so a problem in a nested JSON object says where it is.
        """
        table = table or KIND_TABLES.get(kind, kind)
        children = CHILD_KINDS.get(kind, {})
        known = HSDS_FIELDS.get(kind)
        out: dict[str, Any] = {}
        for key, value in obj.items():
            if value is None or value == "":
                continue
            if known is not None and key not in known and key not in _PASS_THROUGH:
                key = self._hsds_name(kind, table, key, obj, out)
            if kind == "organization" and key in ("services", "locations"):
                continue  # a record's organization never nests these (docs/records.md)
            child_kind = children.get(key)
            if child_kind is not None and key not in _SINGLE_CHILDREN and isinstance(value, dict):
                value = [value]  # one object where a list belongs: keep it as a list of one
            if child_kind == "schedule" and isinstance(value, str):
                value = self.hours_text(value, f"{kind}:{obj.get('id') or parent_id}",
                                         table, file, row, path + key)  # fmt: skip
            if child_kind in _TEXT_ITEM_FIELD and isinstance(value, str):
                owner = f"{kind}:{obj.get('id') or parent_id}"
                value = self._text_items(value, child_kind, key, owner)
                if not value:
                    continue
            if child_kind is not None and not isinstance(
                value, dict if key in _SINGLE_CHILDREN else list
            ):
                expected = "an object" if key in _SINGLE_CHILDREN else "a list"
                self.report.warn(file, row, path + key, f"expected {expected}; dropped")
                continue
            if child_kind is None and isinstance(value, dict | list):
                if not key.startswith("x_"):
                    self.report.warn(file, row, path + key, "expected a value; dropped")
                    continue
                out[key] = value
                continue
            if child_kind is not None and isinstance(value, dict):
                own_id = str(obj.get("id") or parent_id)
                child = self.clean_object(
                    value, child_kind, file=file, row=row, path=f"{path}{key}.", parent_id=own_id
                )
                if child:
                    out[key] = child
                continue
            if child_kind is not None and isinstance(value, list):
                own_id = str(obj.get("id") or parent_id)
                items = []
                for index, item in enumerate(value):
                    if not isinstance(item, dict):
                        self.report.warn(file, row, f"{path}{key}[{index}]", "not an object")
                        continue
                    child = self.clean_object(
                        item,
                        child_kind,
                        file=file,
                        row=row,
                        path=f"{path}{key}[{index}].",
                        parent_id=f"{own_id}/{key}/{index}",
                    )
                    if child:
                        items.append(child)
                if items:
                    out[key] = items
                continue
            cleaned = self._clean_value(key, value, table, file, row, path)
            if cleaned is not None:
                out[key] = cleaned
        if kind == "location":
            self._check_coordinates(out, obj, table, file, row, path)
            out.setdefault("location_type", "physical")
        if kind == "phone" and "number" in out:
            number = str(out["number"]).strip().strip("\"'").strip()
            if number != out["number"]:
                self.report.repair(table, file, row, f"{path}number", "removed quotes")
                out["number"] = number
        if kind == "phone" and isinstance(out.get("number"), str):
            self.check_phone(out["number"], file, row, f"{path}number")
        if kind == "address" and isinstance(out.get("postal_code"), str):
            self.check_postcode(out, table, file, row, f"{path}postal_code")
        if kind not in _LINK_KINDS and not (out.keys() - _LINK_KEYS - {"location_type"}):
            return None
        if kind == "phone" and not out.get("number"):
            self.report.skip(table, file, row, f"{path}number", "phone without a number")
            return None
        if "id" not in out and kind != "service":  # services get theirs in finish_service
            out["id"] = stable_id(parent_id or file, kind, repr(sorted(out.items())))
            self.report.repair(table, file, row, f"{path}id", "missing id; generated one")
        elif "id" in out and not isinstance(out["id"], str):
            out["id"] = str(out["id"])
        return out

    def check_phone(self, number: str, file: str, row: int | None, where: str) -> None:
        """Report a phone number that cannot be one (kept: the source may know better)."""
        problem = phone_problem(number)
        if problem:
            self.report.warn(file, row, where, f"{_quote(number)} is {problem}")

    def check_postcode(
        self, address: dict[str, Any], table: str, file: str, row: int | None, where: str
    ) -> None:
        """Repair a ZIP code that lost its leading zero; report one that cannot be a postcode."""
        state, country = address.get("state_province"), address.get("country")
        fixed, message, repaired = check_postcode(
            address["postal_code"],
            state if isinstance(state, str) else None,
            country if isinstance(country, str) else None,
        )
        if message and repaired:
            address["postal_code"] = fixed
            self.report.repair(table, file, row, where, message)
        elif message:
            self.report.warn(file, row, where, message)

    def _hsds_name(
        self, kind: str, table: str, key: str, obj: dict[str, Any], out: dict[str, Any]
    ) -> str:
        """The HSDS 3 name for a column another version or system named ``key``.

        Unknown columns are kept under an ``x_`` name (HSDS allows extensions), so a
        record only ever holds HSDS 3 names and nothing the source said is lost.
        """
        if key.startswith("x_"):
            return key
        target = OLDER_NAMES.get(kind, {}).get(key)
        if target is not None and obj.get(target) in (None, "") and target not in out:
            self.report.note(f"{table}: column {key!r} read as HSDS 3 {target!r}")
            return target
        self.report.note(f"{table}: column {key!r} kept as 'x_{key}' (not an HSDS 3 field)")
        return f"x_{key}"

    def hours_text(
        self, text: str, owner: str, table: str, file: str, row: int | None, where: str
    ) -> list[dict[str, Any]]:
        """Opening hours given as text: schedules when it reads one way, else its words."""
        schedules, read = schedules_from_text(text, owner)
        if read:
            self.report.repair(table, file, row, where, f"hours text read as {len(schedules)} "
                               "weekly schedule(s)")  # fmt: skip
        else:
            self.report.warn(file, row, where, "hours text not read as times; kept as written")
        return schedules

    def _text_items(
        self, text: str, child_kind: str, key: str, owner_id: str
    ) -> list[dict[str, Any]]:
        """``"Spanish, Tagalog"`` where a list of languages belongs → two language objects."""
        field_name = _TEXT_ITEM_FIELD[child_kind]
        pieces = [text.strip()] if child_kind == "phone" else split_list(text)
        return [
            {"id": stable_id(owner_id, key, piece), field_name: piece} for piece in pieces if piece
        ]

    def _clean_value(
        self, key: str, value: Any, table: str, file: str, row: int | None, path: str
    ) -> Any:
        if isinstance(value, str):
            if not value.isascii():
                value, garbled = fix_mojibake(value)
                if garbled:
                    self.report.repair(table, file, row, path + key, MOJIBAKE_MESSAGE)
            text, repaired = clean_text(value)
            if repaired:
                self.report.repair(
                    table, file, row, path + key, "removed markup, escapes or entities"
                )
            if not text:
                return None
            value = text
        elif (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and (key in DATE_FIELDS or key in DATETIME_FIELDS or key in TIME_FIELDS)
        ):
            value = str(value)
        elif key not in NUMBER_FIELDS and key not in ("latitude", "longitude"):
            return value
        if key in NUMBER_FIELDS:
            number = parse_number(value)
            if number is None:
                self.report.warn(file, row, path + key, f"not a number: {_quote(value)}; dropped")
            return number
        for fields, parse, noun, label in _TEMPORAL:
            if key in fields:
                parsed = parse(value)
                if parsed is None:
                    self.report.warn(file, row, path + key, f"{noun}: {_quote(value)}; dropped")
                elif parsed != value:
                    self.report.repair(
                        table, file, row, path + key, f"{label} {_quote(value)} → {parsed}"
                    )
                return parsed
        return value

    def _check_coordinates(
        self,
        out: dict[str, Any],
        raw: dict[str, Any],
        table: str,
        file: str,
        row: int | None,
        path: str,
    ) -> None:
        lat, lon = raw.get("latitude"), raw.get("longitude")
        if lat in (None, "") and lon in (None, ""):
            return
        coordinates = parse_coordinates(lat, lon)
        out.pop("latitude", None)
        out.pop("longitude", None)
        if coordinates is None:
            self.report.repair(
                table,
                file,
                row,
                f"{path}latitude",
                f"unusable coordinates ({_quote(lat)}, {_quote(lon)}); location kept without them",
            )
            return
        out["latitude"], out["longitude"] = coordinates

    # -- services --------------------------------------------------------------

    def finish_service(
        self,
        record: dict[str, Any],
        *,
        file: str,
        row: int | None,
        table: str = "services",
        name_field: str = "name",
    ) -> dict[str, Any] | None:
        """Apply the service-level rules; None (and a skip) when the service has no name.

        ``name_field`` is how the source calls the name (a mapped CSV's column).
        """
        name = record.get("name")
        if not isinstance(name, str) or not name:
            self.report.skip(table, file, row, name_field, "service has no name")
            return None
        if not record.get("id"):
            organization = record.get("organization") or {}
            # From the file's own name, not its folder's: renaming the folder between two
            # builds of a pack must not change any id.
            record["id"] = stable_id(
                "service", name, str(organization.get("name", "")), file, str(row)
            )
            self.report.repair(table, file, row, "id", "missing id; generated a stable one")
        status = record.get("status")
        if status is None:
            record["status"] = "active"
        elif str(status).lower() in SERVICE_STATUSES:
            record["status"] = str(status).lower()
        else:
            self.report.repair(table, file, row, "status", f"unknown status {_quote(status)}")
            record["status"] = "active"
        organization = record.get("organization")
        if isinstance(organization, dict) and organization.get("id"):
            record["organization_id"] = organization["id"]
        zone = self.timezone or record.get("x_timezone") or _zone_from_addresses(record)
        if zone:
            record["x_timezone"] = zone
        # Where the records came from is the import's (and a pack's manifest's), not each
        # record's: a folder renamed between two builds must not change every record.
        return record


def _zone_from_addresses(record: dict[str, Any]) -> str | None:
    for sal in record.get("service_at_locations") or ():
        location = sal.get("location") or {}
        for address in location.get("addresses") or ():
            country = str(address.get("country", "US")).upper()
            state = address.get("state_province")
            if country in ("US", "USA") and isinstance(state, str):
                zone = timezone_for_us_state(state)
                if zone:
                    return zone
    return None


def _quote(value: object) -> str:
    """A short, quoted rendering of a bad value for a problem message."""
    text = str(value)
    return repr(text if len(text) <= 40 else text[:37] + "...")
