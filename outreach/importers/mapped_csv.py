"""Plain CSV exports (a spreadsheet of facilities) turned into records by a column mapping."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from outreach.cancel import CancelToken, Progress, Stage, Step
from outreach.directory.regions import timezone_for_us_state
from outreach.errors import ImportFailed, ImportProblem
from outreach.importers.clean import (
    clean_text,
    fix_mojibake,
    parse_coordinates,
    parse_date,
    stable_id,
)
from outreach.importers.collect import ServiceCollector
from outreach.importers.csvsource import normalise_column, read_csv
from outreach.importers.mapping import ColumnMapping, FieldSource
from outreach.importers.normalize import MOJIBAKE_MESSAGE, SERVICE_STATUSES, RecordCleaner
from outreach.importers.older_rows import split_list
from outreach.importers.report import ImportReport

_ADDRESS_FIELDS = {
    "address_1": "address_1",
    "address_2": "address_2",
    "city": "city",
    "region": "region",
    "state": "state_province",
    "postal_code": "postal_code",
    "country": "country",
}
_SERVICE_TEXT_FIELDS = (
    "alternate_name",
    "description",
    "url",
    "email",
    "eligibility_description",
    "fees_description",
    "application_process",
    "alert",
)
_CHUNK = 2000


class _RowBuilder:
    """Builds one record per row; column positions are resolved once, up front."""

    def __init__(
        self,
        mapping: ColumnMapping,
        header: list[str],
        file: str,
        cleaner: RecordCleaner,
        report: ImportReport,
    ) -> None:
        self.mapping = mapping
        self.file = file
        self.cleaner = cleaner
        self.report = report
        self.position = {name: i for i, name in reversed(list(enumerate(header)))}
        self.sources: dict[str, list[tuple[str, int]]] = {}
        self.joins: dict[str, str] = {}
        for name, source in mapping.fields.items():
            self.sources[name] = self._resolve(name, source)
            self.joins[name] = source.join
        self.name_column = self.sources["name"][0][0]
        self.constant = {k: v[0] for k, v in mapping.constants.items() if v}
        # Only the fields this mapping fills are visited for each row.
        mapped = set(self.sources) | set(self.constant)
        self.text_fields = [k for k in _SERVICE_TEXT_FIELDS if k in mapped]
        self.address_fields = [(k, h) for k, h in _ADDRESS_FIELDS.items() if k in mapped]
        self.id_column = self._column(mapping.id_column, "id") if mapping.id_column else None
        hash_columns = [self._column(c, "id.hash") for c in mapping.id_hash]
        self.hash_columns = [c for c in hash_columns if c is not None]
        self.all_columns = list(range(len(header)))
        self.skip_column = (
            self._column(mapping.skip_column, "skip") if mapping.skip_column else None
        )
        self.id_uses: dict[str, int] = {}

    def _column(self, column: str | None, field_name: str) -> int | None:
        index = self.position.get(normalise_column(column or ""))
        if index is None:
            self.report.warn(
                self.file, None, column, f"mapped column for {field_name} not in the file"
            )
        return index

    def _resolve(self, name: str, source: FieldSource) -> list[tuple[str, int]]:
        resolved = []
        for column in source.columns:
            index = self.position.get(normalise_column(column))
            if index is None:
                if name == "name":
                    raise ImportFailed(
                        ImportProblem.NAME_COLUMN_MISSING, file=self.file, column=repr(column)
                    )
                self.report.warn(self.file, None, column, f"mapped column for {name} not found")
                continue
            resolved.append((column, index))
        return resolved

    def _text(self, name: str, values: list[str], row: int) -> str:
        parts = []
        for column, index in self.sources.get(name, ()):
            raw = values[index] if index < len(values) else ""
            if not raw:
                continue
            if not raw.isascii():
                raw, garbled = fix_mojibake(raw)
                if garbled:
                    self.report.repair("services", self.file, row, column, MOJIBAKE_MESSAGE)
            text, repaired = clean_text(raw)
            if repaired:
                self.report.repair(
                    "services", self.file, row, column, "removed markup, escapes or entities"
                )
            if text:
                parts.append(text)
        return self.joins.get(name, " ").join(parts)

    def _values(self, name: str, values: list[str], row: int) -> list[str]:
        """A field that may hold several values: constants, then comma-split columns."""
        found = list(self.mapping.constants.get(name, ()))
        for _column, index in self.sources.get(name, ()):
            raw = values[index] if index < len(values) else ""
            for piece in split_list(fix_mojibake(raw)[0] if not raw.isascii() else raw):
                text, _ = clean_text(piece)
                if text and text not in found:
                    found.append(text)
        return found

    def _service_id(self, values: list[str], row: int) -> str:
        if self.id_column is not None:
            value = values[self.id_column].strip() if self.id_column < len(values) else ""
            if value:
                return self.mapping.id_prefix + value
            self.report.repair("services", self.file, row, "id", "blank id; generated one")
        columns = self.hash_columns or self.all_columns
        key = stable_id(
            self.mapping.id_prefix, *(values[i] if i < len(values) else "" for i in columns)
        )
        uses = self.id_uses.get(key, 0) + 1
        self.id_uses[key] = uses
        if uses == 1:
            return key
        # Identical rows are separate listings in real data (SAMHSA lists a facility once per
        # programme); number them so all are kept and a re-import gives the same ids.
        self.report.warn(
            self.file, row, "id", f"same id columns as an earlier row; kept as listing {uses}"
        )
        return stable_id(key, str(uses))

    def _skipped(self, row: int, values: list[str]) -> bool:
        """The mapping's row filter: ``[skip] column = "Level", values = ["Agency"]``."""
        index = self.skip_column
        if index is None or index >= len(values):
            return False
        value = values[index].strip()
        if value.lower() not in self.mapping.skip_values:
            return False
        column = self.mapping.skip_column
        self.report.skip("services", self.file, row, column,
                         f"left out by the mapping ({column} is {value!r})")  # fmt: skip
        return True

    def _status(self, row: int, values: list[str]) -> str | None:
        text = self._text("status", values, row)
        if not text:
            return None
        mapped = self.mapping.status_values.get(text.lower())
        if mapped is not None:
            return mapped
        if self.mapping.status_values and text.lower() not in SERVICE_STATUSES:
            return "active"  # the mapping lists what is not active; anything else is
        return text  # an HSDS status as written, or reported by finish_service

    def build(self, row: int, values: list[str]) -> dict[str, Any] | None:
        if self._skipped(row, values):
            return None
        name = self._text("name", values, row)
        record: dict[str, Any] = {"id": self._service_id(values, row), "name": name}
        for key in self.text_fields:
            text = self._text(key, values, row) or self.constant.get(key, "")
            if text:
                record[key] = text
        assured = self._text("assured_date", values, row) if "assured_date" in self.sources else ""
        if assured:
            iso = parse_date(assured)
            if iso is None:
                self.report.warn(self.file, row, "assured_date", f"not a date: {assured!r}")
            else:
                record["assured_date"] = iso
        service_id = record["id"]
        organization = self._text("organization", values, row) or self.constant.get(
            "organization", ""
        )
        if organization:
            org_id = stable_id(self.mapping.id_prefix, "organization", organization)
            record["organization"] = {"id": org_id, "name": organization}
            record["organization_id"] = org_id
        location = self._location(service_id, name, values, row)
        if location is not None:
            record["service_at_locations"] = [
                {
                    "id": stable_id(service_id, "service_at_location"),
                    "service_id": service_id,
                    "location_id": location["id"],
                    "location": location,
                }
            ]
        phone = self._text("phone", values, row)
        if phone:
            self.cleaner.check_phone(phone, self.file, row, self.sources["phone"][0][0])
            record["phones"] = [{"id": stable_id(service_id, "phone", phone), "number": phone}]
        categories = self._values("category", values, row)
        if categories:
            record["attributes"] = [_category(service_id, c) for c in categories]
        languages = self._values("language", values, row)
        if languages:
            record["languages"] = [
                {"id": stable_id(service_id, "language", lang), "name": lang} for lang in languages
            ]
        status = self._status(row, values) if "status" in self.sources else None
        if status:
            record["status"] = status
        hours = self._text("hours", values, row) if "hours" in self.sources else ""
        if hours:
            record["schedules"] = self.cleaner.hours_text(
                hours, service_id, "services", self.file, row, self.sources["hours"][0][0]
            )
        zone = self._text("timezone", values, row) or self.constant.get("timezone", "")
        if zone:
            record["x_timezone"] = zone
        return self.cleaner.finish_service(
            record, file=self.file, row=row, name_field=self.name_column
        )

    def _location(
        self, service_id: str, name: str, values: list[str], row: int
    ) -> dict[str, Any] | None:
        address: dict[str, Any] = {}
        for key, hsds_key in self.address_fields:
            text = self._text(key, values, row) or self.constant.get(key, "")
            if text:
                address[hsds_key] = text
        lat = self._text("latitude", values, row)
        lon = self._text("longitude", values, row)
        if not address and not lat and not lon:
            return None
        location_id = stable_id(service_id, "location")
        location: dict[str, Any] = {"id": location_id, "location_type": "physical"}
        if name:
            location["name"] = name
        if lat or lon:
            coordinates = parse_coordinates(lat, lon)
            if coordinates is None:
                self.report.repair(
                    "locations",
                    self.file,
                    row,
                    "latitude",
                    f"unusable coordinates ({lat!r}, {lon!r}); location kept without them",
                )
            else:
                location["latitude"], location["longitude"] = coordinates
        if address:
            if "postal_code" in address:
                self.cleaner.check_postcode(address, "services", self.file, row, "postal_code")
            address["id"] = stable_id(location_id, "address")
            address.setdefault("address_type", "physical")
            location["addresses"] = [address]
        return location


def _category(service_id: str, category: str) -> dict[str, Any]:
    return {
        "id": stable_id(service_id, "category", category),
        "link_type": "service",
        "link_id": service_id,
        "taxonomy_term_id": stable_id("category", category),
        "taxonomy_term": {
            "id": stable_id("category", category),
            "name": category,
            "description": category,
            "taxonomy": "outreach-category",
        },
    }


def import_mapped_csv(
    path: Path,
    mapping: ColumnMapping,
    cleaner: RecordCleaner,
    report: ImportReport,
    *,
    cancel: CancelToken,
    progress: Progress,
) -> list[dict[str, Any]]:
    """Records from one CSV file, one service per row."""
    table = read_csv(path, report, table="services")
    if not table.header:
        raise ImportFailed(ImportProblem.EMPTY, file=path.name)
    if mapping.source:
        cleaner.source = mapping.source
    builder = _RowBuilder(mapping, table.header, path.name, cleaner, report)
    collector = ServiceCollector(report)
    total = len(table.rows)
    for done, (row, values) in enumerate(table.rows):
        if done % _CHUNK == 0:
            cancel.raise_if_set()
            progress(done, total, Step(Stage.READING, path.name))
        record = builder.build(row, values)
        if record is not None:
            collector.add(record, file=path.name, row=row)
    progress(total, total, Step(Stage.READ, path.name))
    return collector.records


__all__ = ["import_mapped_csv", "timezone_for_us_state"]
