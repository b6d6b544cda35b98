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
from outreach.importers.older_rows import split_ids
from outreach.importers.report import ImportReport


@dataclass
class TableRow:
    """One cleaned row, remembered with where it came from."""

    file: str
    row: int
    obj: dict[str, Any]
    table: str
    attached: bool = False
    dropped: bool = False  # already reported as skipped


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
# Indexed kinds that are also children: one id may be reused under different parents.
_CHILD_INDEXED = frozenset({"contact", "phone"})

Index = dict[str, dict[str, TableRow]]


def assemble_services(
    tables: TabularRows,
    cleaner: RecordCleaner,
    report: ImportReport,
    *,
    cancel: CancelToken,
) -> list[dict[str, Any]]:
    """Join cleaned rows into finished, de-duplicated service records.

    The report's table counts are settled at the end from what the records hold: a row
    counts as imported only when an imported service carries it.
    """
    index: Index = {}
    for kind in _INDEXED:
        index[kind] = _index_rows(kind, tables.rows.get(kind, []), report)

    for term_row in index["taxonomy_term"].values():
        detail = index["taxonomy"].get(str(term_row.obj.get("taxonomy_id", "")))
        if detail is not None:
            term_row.obj["taxonomy_detail"] = detail.obj

    for kind in _LINKS:
        if kind not in index:
            tables.rows[kind] = _unique_ids(kind, tables.rows.get(kind, []), report)

    for kind, links in _LINKS.items():
        cancel.raise_if_set()
        if kind == "attribute":
            _attach_attributes(tables.rows.get(kind, []), index, report)
        children = list(index[kind].values()) if kind in index else tables.rows.get(kind, [])
        for child in children:
            if child.dropped:
                continue
            for fk, owner_kind, list_key in links:
                value = child.obj.get(fk)
                if not value:
                    continue
                if _link(child, fk, value, index[owner_kind], list_key, report) and (
                    kind in _FIRST_OWNER_ONLY
                ):
                    break

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
    _settle_counts(collector.records, tables, index, report)
    return collector.records


def _parent(obj: dict[str, Any], kind: str) -> tuple[Any, ...]:
    return tuple(obj.get(fk) for fk, _, _ in _LINKS.get(kind, ()))


def _index_rows(kind: str, rows: list[TableRow], report: ImportReport) -> dict[str, TableRow]:
    """Rows by id; a later row with a known id is dropped, unless it has another parent."""
    by_id: dict[str, TableRow] = {}
    parents: dict[tuple[str, tuple[Any, ...]], TableRow] = {}
    for table_row in rows:
        object_id = table_row.obj.get("id")
        if kind == "service" and not object_id:
            by_id[f"\x00row{table_row.file}:{table_row.row}"] = table_row  # id made later
            continue
        key = str(object_id)
        first = by_id.get(key)
        if first is None:
            by_id[key] = table_row
            if kind in _CHILD_INDEXED:
                parents[(key, _parent(table_row.obj, kind))] = table_row
            continue
        place = (key, _parent(table_row.obj, kind))
        if kind in _CHILD_INDEXED and place not in parents:
            parents[place] = table_row
            _reid_shared(table_row, key, kind, report)
            by_id.setdefault(table_row.obj["id"], table_row)
        else:
            _drop_duplicate(table_row, key, parents.get(place, first), report)
    return by_id


def _drop_duplicate(table_row: TableRow, key: str, first: TableRow, report: ImportReport) -> None:
    table_row.dropped = True
    report.skip(
        table_row.table,
        table_row.file,
        table_row.row,
        "id",
        f"duplicate id {key!r} (first at row {first.row}); kept the first",
    )


def _reid_shared(table_row: TableRow, key: str, kind: str, report: ImportReport) -> None:
    """The same child id under another parent: both rows are real, so both are kept."""
    parent = "/".join(str(v) for v in _parent(table_row.obj, kind) if v)
    table_row.obj["id"] = stable_id(table_row.table, key, parent)
    report.repair(
        table_row.table,
        table_row.file,
        table_row.row,
        "id",
        f"id {key!r} is also used under another parent; kept both, this one with its own id",
    )


def _unique_ids(kind: str, rows: list[TableRow], report: ImportReport) -> list[TableRow]:
    """Drop exact repeats of an id; keep a reused id under another parent or in another table.

    1.x exports reuse ids across regular_schedules and holiday_schedules, and spreadsheet
    exports give one address id to two locations; those rows are all real, so the later
    one gets an id of its own instead of being lost.
    """
    first_by_id: dict[str, TableRow] = {}
    seen: dict[tuple[str, str, tuple[Any, ...]], TableRow] = {}
    kept = []
    for table_row in rows:
        key = str(table_row.obj.get("id"))
        place = (table_row.table, key, _parent(table_row.obj, kind))
        first = first_by_id.get(key)
        if place in seen:
            _drop_duplicate(table_row, key, seen[place], report)
            continue
        seen[place] = table_row
        if first is None:
            first_by_id[key] = table_row
        elif first.table == table_row.table:
            _reid_shared(table_row, key, kind, report)
        else:
            table_row.obj["id"] = stable_id(table_row.table, key)
            report.repair(
                table_row.table,
                table_row.file,
                table_row.row,
                "id",
                f"id {key!r} already used in {first.file}; gave this row its own id",
            )
        kept.append(table_row)
    return kept


def _owners(owners: dict[str, TableRow], value: Any) -> list[tuple[str, TableRow]]:
    """The rows a link cell names: one id, or several joined by commas (spreadsheets)."""
    text = str(value)
    owner = owners.get(text)
    if owner is not None:
        return [(text, owner)]
    if "," not in text and ";" not in text:
        return []
    return [(one, owners[one]) for one in split_ids(text) if one in owners]


def _link(
    child: TableRow,
    fk: str,
    value: Any,
    owners: dict[str, TableRow],
    list_key: str,
    report: ImportReport,
) -> bool:
    """Hang ``child`` on each owner its ``fk`` cell names; False when it names none."""
    found = _owners(owners, value)
    for position, (owner_id, owner) in enumerate(found):
        obj = child.obj
        if position:
            obj = {**child.obj, "id": stable_id(str(child.obj.get("id")), fk, owner_id)}
        if len(found) > 1:
            obj[fk] = owner_id
        owner.obj.setdefault(list_key, []).append(obj)
    if len(found) > 1:
        report.repair(
            child.table,
            child.file,
            child.row,
            fk,
            f"{fk} lists {len(found)} ids; linked to each",
        )
    if found:
        child.attached = True
    return bool(found)


def _attach_attributes(rows: list[TableRow], index: Index, report: ImportReport) -> None:
    """Give each attribute its taxonomy term; one naming no known term is useless."""
    for attribute in rows:
        if attribute.dropped:
            continue
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
            attribute.dropped = True
            continue
        attribute.obj["taxonomy_term"] = term.obj


def _attach_service_locations(index: Index, report: ImportReport) -> None:
    services = index["service"]
    for sal in index["service_at_location"].values():
        if sal.dropped:
            continue
        service_id = str(sal.obj.get("service_id", ""))
        service = services.get(service_id)
        if service is None:
            sal.dropped = True
            report.skip(
                sal.table, sal.file, sal.row, "service_id", f"service {service_id!r} not found"
            )
            continue
        locations = _owners(index["location"], sal.obj.get("location_id", ""))
        if not locations:
            sal.dropped = True
            report.skip(
                sal.table,
                sal.file,
                sal.row,
                "location_id",
                f"location {sal.obj.get('location_id', '')!r} not found",
            )
            continue
        for position, (location_id, location) in enumerate(locations):
            link = sal.obj
            if position:
                link = {**sal.obj, "id": stable_id(str(sal.obj.get("id")), location_id)}
            link["location_id"] = location_id
            link["location"] = location.obj
            service.obj.setdefault("service_at_locations", []).append(link)
        sal.attached = True


def _attach_service_owners(
    record: dict[str, Any], service_row: TableRow, index: Index, report: ImportReport
) -> None:
    """The service's organization and program; a dangling reference is dropped, not fatal.

    A service whose organization row is missing is still a place a worker can send
    someone, so it is kept without an organization rather than skipped; inventing a
    placeholder organization would show made-up data in the detail pane. A service that
    names no organization takes its location's (Ohana links organizations to locations).
    """
    if not record.get("organization_id"):
        for sal in record.get("service_at_locations") or ():
            org_id = (sal.get("location") or {}).get("organization_id")
            if org_id and str(org_id) in index["organization"]:
                record["organization_id"] = str(org_id)
                break
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
        record[key] = owner.obj


def _settle_counts(
    records: list[dict[str, Any]], tables: TabularRows, index: Index, report: ImportReport
) -> None:
    """Count each row imported only if an imported service carries it; report the rest."""
    carried: set[int] = set()
    for record in records:
        _mark(record, carried)
    for kind, rows in tables.rows.items():
        if kind == "service":
            continue  # counted by the collector
        links = _LINKS.get(kind, [])
        for child in index[kind].values() if kind in index else rows:
            if child.dropped:
                continue
            if id(child.obj) in carried:
                report.imported(child.table)
            elif child.attached or kind in ("service_at_location", "taxonomy_term", "taxonomy"):
                report.skip(
                    child.table, child.file, child.row, None, "not used by any imported service"
                )
            elif kind in ("organization", "location") or not links:
                report.skip(child.table, child.file, child.row, None, "no service uses it")
            else:
                present = list(dict.fromkeys(fk for fk, _, _ in links if child.obj.get(fk)))
                if present:
                    named = ", ".join(f"{fk} {child.obj[fk]!r}" for fk in present)
                    message = f"{named} not found; row not linked to anything"
                else:
                    message = "no link to a service, location or organization"
                report.skip(child.table, child.file, child.row, (present or [links[0][0]])[0],
                            message)  # fmt: skip


def _mark(value: Any, carried: set[int]) -> None:
    """Add the id() of every dict in ``value``; a dict seen before is not walked again."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            key = id(item)
            if key in carried:
                continue
            carried.add(key)
            stack.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, dict | list))


__all__ = ["KIND_TABLES", "TableRow", "TabularRows", "assemble_services"]
