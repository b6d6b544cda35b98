"""HSDS 3.x JSON: one service, a list, a paged API response, an organization with its
services, service_at_location objects, or a folder of such files."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from outreach.cancel import CancelToken, Progress, Stage, Step
from outreach.errors import ImportFailed, ImportProblem
from outreach.importers.collect import ServiceCollector
from outreach.importers.csvsource import decode_bytes
from outreach.importers.normalize import RecordCleaner
from outreach.importers.ohana_json import is_ohana_organization, services_from_ohana
from outreach.importers.report import ImportReport

# Keys that only a service (not an organization or location) carries.
_SERVICE_KEYS = frozenset(
    {
        "status",
        "organization",
        "organization_id",
        "service_at_locations",
        "program",
        "program_id",
        "fees_description",
        "eligibility_description",
        "interpretation_services",
        "application_process",
        "assured_date",
        "required_documents",
        "cost_options",
    }
)
# Keys that mark an object as something other than a service (organization, location,
# taxonomy term); such objects alone are not importable.
_OTHER_OBJECT_KEYS = frozenset(
    {
        "website",
        "tax_status",
        "year_incorporated",
        "legal_status",
        "logo",
        "locations",
        "location_type",
        "latitude",
        "addresses",
        "code",
        "taxonomy",
        "parent_id",
        "term_uri",
        "version",
        "uri",
    }
)


#: File suffixes read as JSON; ``.ndjson``/``.jsonl`` hold one object a line (so may
#: ``.json`` files: Ohana's seed data does).
JSON_SUFFIXES = (".json", ".ndjson", ".jsonl")


def json_files(folder: Path) -> list[Path]:
    """The JSON files under ``folder`` that may hold services (schema files excluded)."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in JSON_SUFFIXES and p.name != "datapackage.json"
    )


def import_hsds_json(
    path: Path,
    cleaner: RecordCleaner,
    report: ImportReport,
    *,
    cancel: CancelToken,
    progress: Progress,
) -> list[dict[str, Any]]:
    """Records from a JSON file or a folder of them."""
    files = json_files(path) if path.is_dir() else [path]
    if not files:
        raise ImportFailed(ImportProblem.NO_JSON_FILES, file=path.name)
    collector = ServiceCollector(report)
    found_any = False
    for done, file in enumerate(files):
        cancel.raise_if_set()
        progress(done, len(files), Step(Stage.READING, file.name))
        label = str(file.relative_to(path)) if path.is_dir() else file.name
        payload = _load(file, label, report, single=not path.is_dir())
        if payload is None:
            report.not_read(label, None, "not readable as JSON")
            continue
        services = _services_in(payload, label, report)
        if not services:
            report.warn(label, None, None, "no HSDS services in this file; nothing imported")
            report.not_read(label, None, "no HSDS services in it")
            continue
        found_any = True
        for index, (row, raw) in enumerate(services):
            if index % 500 == 0:
                cancel.raise_if_set()
            record = cleaner.clean_object(raw, "service", file=label, row=row, table="services")
            finished = cleaner.finish_service(record or {}, file=label, row=row)
            if finished is not None:
                collector.add(finished, file=label, row=row)
    if path.is_dir():
        _list_other_files(path, set(files), report)
    progress(len(files), len(files), Step(Stage.READ_JSON))
    if not found_any:
        raise ImportFailed(ImportProblem.NO_HSDS_SERVICES, file=path.name)
    return collector.records


def _list_other_files(folder: Path, read: set[Path], report: ImportReport) -> None:
    """Every other file in the folder, so the report says what the import did not look at."""
    for other in sorted(folder.rglob("*")):
        if other in read or not other.is_file() or other.name.startswith("."):
            continue
        if other.name == "datapackage.json":
            continue
        label = str(other.relative_to(folder))
        rows = None
        if other.suffix.lower() == ".csv":
            try:
                with other.open("rb") as handle:
                    rows = max(sum(1 for line in handle if line.strip()) - 1, 0)
            except OSError:
                rows = None
        report.not_read(label, rows, "not a JSON file")


def _load(file: Path, label: str, report: ImportReport, *, single: bool) -> Any:
    try:
        text = decode_bytes(file.read_bytes(), label, report)
        if file.suffix.lower() in (".ndjson", ".jsonl"):
            return _json_lines(text, label, report)
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            if exc.msg != "Extra data" or not text.lstrip().startswith("{"):
                raise
            return _json_lines(text, label, report)  # several objects: one a line
    except OSError as exc:
        if single:
            raise ImportFailed(
                ImportProblem.CANNOT_READ_FILE, file=label, reason=exc.strerror
            ) from exc
        report.warn(label, None, None, f"cannot read the file ({exc.strerror}); skipped")
    except json.JSONDecodeError as exc:
        message = f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        if single:
            raise ImportFailed(f"{label}: {message}.") from exc
        report.warn(label, exc.lineno, None, f"{message}; file skipped")
    return None


def _json_lines(text: str, label: str, report: ImportReport) -> list[Any]:
    """Line-delimited JSON: each line one value; a broken line is reported and skipped."""
    items: list[Any] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as exc:
            report.warn(label, number, None, f"not valid JSON ({exc.msg}); line skipped")
    if not items:
        raise json.JSONDecodeError("no JSON object on any line", text, 0)
    return items


def _services_in(payload: Any, label: str, report: ImportReport) -> list[tuple[int | None, dict]]:
    """``(item number, raw service)`` pairs found in one parsed file."""
    if isinstance(payload, dict) and isinstance(payload.get("contents"), list):
        pages, page = payload.get("total_pages"), payload.get("page_number")
        if isinstance(pages, int) and isinstance(page, int) and pages > 1:
            report.warn(
                label, None, None, f"page {page} of {pages} of an API response; only this page"
            )
        items: list[Any] = payload["contents"]
    elif isinstance(payload, list):
        items = payload
    elif isinstance(payload, dict):
        items = [payload]
    else:
        return []
    numbered = len(items) > 1 or isinstance(payload, list) or "contents" in payload
    services: list[tuple[int | None, dict]] = []
    by_id: dict[str, dict] = {}
    for index, item in enumerate(items, start=1):
        row = index if numbered else None
        if not isinstance(item, dict):
            report.warn(label, row, None, "not a JSON object; skipped")
            continue
        if is_ohana_organization(item):
            services.extend((row, s) for s in services_from_ohana(item))
        elif isinstance(item.get("services"), list):
            services.extend((row, s) for s in _from_organization(item, label, row, report))
        elif isinstance(item.get("service"), dict):
            _merge_service_at_location(item, row, services, by_id)
        elif item.keys() & _SERVICE_KEYS or (
            # In a list, anything not plainly another kind of object is taken for a service,
            # so one without a name is reported rather than silently passed over.
            ("name" in item or numbered) and not item.keys() & _OTHER_OBJECT_KEYS
        ):
            services.append((row, item))
    return services


def _from_organization(
    organization: dict, label: str, row: int | None, report: ImportReport
) -> list[dict]:
    """An organization_full object's services, each carrying its organization."""
    org = {k: v for k, v in organization.items() if k not in ("services", "locations")}
    locations = {
        loc["id"]: loc
        for loc in organization.get("locations") or ()
        if isinstance(loc, dict) and loc.get("id")
    }
    services = []
    for service in organization["services"]:
        if not isinstance(service, dict):
            report.warn(label, row, "services", "not a JSON object; skipped")
            continue
        service = dict(service)
        service.setdefault("organization", org)
        for sal in service.get("service_at_locations") or ():
            if (
                isinstance(sal, dict)
                and "location" not in sal
                and sal.get("location_id") in locations
            ):
                sal["location"] = copy.deepcopy(locations[sal["location_id"]])
        services.append(service)
    return services


def _merge_service_at_location(
    item: dict, row: int | None, services: list[tuple[int | None, dict]], by_id: dict[str, dict]
) -> None:
    """A service_at_location object: the service, with this place among its locations."""
    service = item["service"]
    sal = {k: v for k, v in item.items() if k != "service"}
    key = str(service.get("id") or id(service))
    existing = by_id.get(key)
    if existing is None:
        existing = dict(service)
        existing["service_at_locations"] = list(service.get("service_at_locations") or [])
        by_id[key] = existing
        services.append((row, existing))
    known = {s.get("id") for s in existing["service_at_locations"] if isinstance(s, dict)}
    if sal.get("id") not in known or sal.get("id") is None:
        sal.setdefault("service_id", service.get("id"))
        existing["service_at_locations"].append(sal)
