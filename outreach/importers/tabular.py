"""Joining HSDS tables (one flat row per object, linked by *_id columns) into records.

Both the HSDS 3.x CSV importer and the 1.x/2.x one (after renaming tables and
columns) hand their cleaned rows here. Objects are shared, not copied, between the
records that use them (a location serving three services is one dict).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from outreach.cancel import CancelToken
from outreach.importers.clean import stable_id
from outreach.importers.collect import ServiceCollector
from outreach.importers.normalize import KIND_TABLES, RecordCleaner
from outreach.importers.report import ImportReport


@dataclass
class TableRow:
    """One cleaned row, remembered with where it came from."""

    file: str
    row: int
    obj: dict[str, Any]
    table: str
    attached: bool = False


@dataclass
class TabularRows:
    """Cleaned rows per HSDS object kind (``"service"``, ``"phone"``…)."""

    rows: dict[str, list[TableRow]] = field(default_factory=lambda: defaultdict(list))

    def add(self, kind: str, row: TableRow) -> None:
        self.rows[kind].append(row)


# child kind -> (foreign key column, owner kind, list key on the owner)
_LINKS: dict[str, list[tuple[str, str, str]]] = {
    "language": [
        ("phone_id", "phone", "languages"),
        ("service_id", "service", "languages"),
        ("location_id", "location", "languages"),
    ],
    "phone": [
        ("contact_id", "contact", "phones"),
        ("service_at_location_id", "service_at_location", "phones"),
        ("service_id", "service", "phones"),
        ("location_id", "location", "phones"),
        ("organization_id", "organization", "phones"),
    ],
    "contact": [
        ("service_at_location_id", "service_at_location", "contacts"),
        ("service_id", "service", "contacts"),
        ("location_id", "location", "contacts"),
        ("organization_id", "organization", "contacts"),
    ],
    "schedule": [
        ("service_at_location_id", "service_at_location", "schedules"),
        ("service_id", "service", "schedules"),
        ("location_id", "location", "schedules"),
    ],
    "address": [("location_id", "location", "addresses")],
    "accessibility": [("location_id", "location", "accessibility")],
    "funding": [
        ("service_id", "service", "funding"),
        ("organization_id", "organization", "funding"),
    ],
    "cost_option": [("service_id", "service", "cost_options")],
    "required_document": [("service_id", "service", "required_documents")],
    "service_area": [("service_id", "service", "service_areas")],
    "organization_identifier": [("organization_id", "organization", "organization_identifiers")],
    "program": [("organization_id", "organization", "programs")],
    "attribute": [
        ("link_id", "service", "attributes"),
        ("link_id", "location", "attributes"),
        ("link_id", "organization", "attributes"),
    ],
    "metadata": [("resource_id", "service", "metadata")],
}

# A link_id names one entity; a schedule belongs to its most specific owner (listing
# it on the service and the location too would count the same hours three times).
_FIRST_OWNER_ONLY = frozenset({"attribute", "schedule"})

# Kinds that are looked up by id (others only hang off their owners).
_INDEXED = (
    "organization",
    "program",
    "location",
    "service_at_location",
    "service",
    "contact",
    "phone",
    "taxonomy",
    "taxonomy_term",
)


def assemble_services(
    tables: TabularRows,
    cleaner: RecordCleaner,
    report: ImportReport,
    *,
    cancel: CancelToken,
) -> list[dict[str, Any]]:
    """Join cleaned rows into finished, de-duplicated service records."""
    index: dict[str, dict[str, TableRow]] = {}
    for kind in _INDEXED:
        index[kind] = _index_rows(kind, tables.rows.get(kind, []), report)

    for term_row in index["taxonomy_term"].values():
        detail = index["taxonomy"].get(str(term_row.obj.get("taxonomy_id", "")))
        if detail is not None:
            term_row.obj["taxonomy_detail"] = detail.obj
    _count_lookups(report, index, ("taxonomy", "taxonomy_term"))

    for kind in _LINKS:
        if kind not in index:
            tables.rows[kind] = _unique_ids(tables.rows.get(kind, []), report)

    for kind, links in _LINKS.items():
        cancel.raise_if_set()
        if kind == "attribute":
            _attach_attributes(tables.rows.get(kind, []), index, report)
        children = list(index[kind].values()) if kind in index else tables.rows.get(kind, [])
        for child in children:
            if kind == "attribute" and "taxonomy_term" not in child.obj:
                continue  # reported by _attach_attributes
            for fk, owner_kind, list_key in links:
                owner = index[owner_kind].get(str(child.obj.get(fk, "")))
                if owner is not None:
                    owner.obj.setdefault(list_key, []).append(child.obj)
                    child.attached = True
                    if kind in _FIRST_OWNER_ONLY:
                        break
        if kind != "program":  # programs also hang off services; counted as lookups
            _count_children(report, kind, children, links)

    _attach_service_locations(index, report)

    collector = ServiceCollector(report)
    for position, service_row in enumerate(index["service"].values()):
        if position % 1000 == 0:
            cancel.raise_if_set()
        record = service_row.obj
        _attach_service_owners(record, service_row, index, report)
        finished = cleaner.finish_service(record, file=service_row.file, row=service_row.row)
        if finished is not None:
            # the collector counts imports; duplicates were already skipped by _index_rows
            collector.add(finished, file=service_row.file, row=service_row.row)
    _count_lookups(report, index, ("organization", "location", "program"))
    return collector.records


def _index_rows(kind: str, rows: list[TableRow], report: ImportReport) -> dict[str, TableRow]:
    """Rows by id; the first of each id wins, later ones are reported and dropped."""
    by_id: dict[str, TableRow] = {}
    for table_row in rows:
        object_id = table_row.obj.get("id")
        if kind == "service" and not object_id:
            by_id[f"\x00row{table_row.file}:{table_row.row}"] = table_row  # id made later
            continue
        key = str(object_id)
        first = by_id.get(key)
        if first is not None:
            report.skip(
                table_row.table,
                table_row.file,
                table_row.row,
                "id",
                f"duplicate id {key!r} (first at row {first.row}); kept the first",
            )
            continue
        by_id[key] = table_row
    return by_id


def _unique_ids(rows: list[TableRow], report: ImportReport) -> list[TableRow]:
    """Drop repeats of an id within one table; re-id a clash between two tables.

    1.x exports reuse ids across regular_schedules and holiday_schedules; both rows are
    real, so the later one gets an id derived from its table instead of being lost.
    """
    first_table: dict[str, TableRow] = {}
    kept = []
    for table_row in rows:
        key = str(table_row.obj.get("id"))
        first = first_table.get(key)
        if first is None:
            first_table[key] = table_row
        elif first.table == table_row.table:
            report.skip(
                table_row.table,
                table_row.file,
                table_row.row,
                "id",
                f"duplicate id {key!r} (first at row {first.row}); kept the first",
            )
            continue
        else:
            table_row.obj["id"] = stable_id(table_row.table, key)
            first_table[table_row.obj["id"]] = table_row
            report.repair(
                table_row.table,
                table_row.file,
                table_row.row,
                "id",
                f"id {key!r} already used in {first.file}; gave this row its own id",
            )
        kept.append(table_row)
    return kept


def _attach_attributes(
    rows: list[TableRow], index: dict[str, dict[str, TableRow]], report: ImportReport
) -> None:
    """Give each attribute its taxonomy term; one naming no known term is useless."""
    for attribute in rows:
        term_id = str(attribute.obj.get("taxonomy_term_id", ""))
        term = index["taxonomy_term"].get(term_id)
        if term is None:
            report.skip(
                attribute.table,
                attribute.file,
                attribute.row,
                "taxonomy_term_id",
                f"taxonomy term {term_id!r} not found",
            )
            attribute.attached = True  # already reported; keep it out of the orphan count
            continue
        attribute.obj["taxonomy_term"] = term.obj


def _count_children(
    report: ImportReport, kind: str, rows: list[TableRow], links: list[tuple[str, str, str]]
) -> None:
    for child in rows:
        if child.attached:
            if kind != "attribute" or "taxonomy_term" in child.obj:
                report.imported(child.table)
            continue
        present = list(dict.fromkeys(fk for fk, _, _ in links if child.obj.get(fk)))
        if present:
            named = ", ".join(f"{fk} {child.obj[fk]!r}" for fk in present)
            message = f"{named} not found; row not linked to anything"
        else:
            message = "no link to a service, location or organization"
        report.skip(child.table, child.file, child.row, (present or [links[0][0]])[0], message)


def _count_lookups(
    report: ImportReport, index: dict[str, dict[str, TableRow]], kinds: tuple[str, ...]
) -> None:
    for kind in kinds:
        for table_row in index[kind].values():
            report.imported(table_row.table)


def _attach_service_locations(index: dict[str, dict[str, TableRow]], report: ImportReport) -> None:
    imported_service_ids = index["service"]
    for sal in index["service_at_location"].values():
        service_id = str(sal.obj.get("service_id", ""))
        location = index["location"].get(str(sal.obj.get("location_id", "")))
        service = imported_service_ids.get(service_id)
        if service is None:
            report.skip(
                sal.table, sal.file, sal.row, "service_id", f"service {service_id!r} not found"
            )
            continue
        if location is None:
            report.skip(
                sal.table,
                sal.file,
                sal.row,
                "location_id",
                f"location {sal.obj.get('location_id', '')!r} not found",
            )
            continue
        sal.obj["location"] = location.obj
        service.obj.setdefault("service_at_locations", []).append(sal.obj)
        report.imported(sal.table)


def _attach_service_owners(
    record: dict[str, Any],
    service_row: TableRow,
    index: dict[str, dict[str, TableRow]],
    report: ImportReport,
) -> None:
    """The service's organization and program; a dangling reference is dropped, not fatal.

    A service whose organization row is missing is still a place a worker can send
    someone, so it is kept without an organization rather than skipped; inventing a
    placeholder organization would show made-up data in the detail pane.
    """
    for fk, kind, key in (("organization_id", "organization", "organization"),
                          ("program_id", "program", "program")):  # fmt: skip
        wanted = record.get(fk)
        if not wanted:
            continue
        owner = index[kind].get(str(wanted))
        if owner is None:
            del record[fk]
            report.repair(
                service_row.table,
                service_row.file,
                service_row.row,
                fk,
                f"{kind} {wanted!r} not found; service kept without it",
            )
            continue
        record[key] = {k: v for k, v in owner.obj.items() if k not in ("services", "locations")}


__all__ = ["KIND_TABLES", "TableRow", "TabularRows", "assemble_services"]
