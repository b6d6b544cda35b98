"""Writing the directory back out as HSDS 3.0 JSON.

``services.json`` is a list of full service objects (organization nested, as the HSDS API's
``/services/{id}`` returns them); ``organizations.json`` lists each organization once;
``locations.json`` lists each location once. Fields HSDS requires but a source left out
get the neutral value the schema allows (an empty description, ``location_type``
"physical"), so the files validate; nothing else is invented. ``x_`` extensions stay:
HSDS allows extra properties.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from outreach.cancel import NEVER_CANCELLED, CancelToken, Progress, Stage, Step, no_progress
from outreach.directory.store import count_services, iter_records
from outreach.errors import UserFacingError


@dataclass
class ExportSummary:
    services: int
    organizations: int
    locations: int


def _fill_required(obj: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
    for key, value in defaults.items():
        if obj.get(key) is None:
            obj[key] = value
    return obj


def _repair_taxonomy(items: Any) -> None:
    for attribute in items or ():
        term = attribute.get("taxonomy_term") if isinstance(attribute, dict) else None
        if isinstance(term, dict):
            _fill_required(term, {"description": term.get("name", "")})


def _repair_phones(items: Any) -> None:
    for phone in items or ():
        if isinstance(phone, dict):
            _fill_required(phone, {"number": ""})


def _repair_location(location: dict[str, Any]) -> dict[str, Any]:
    _fill_required(location, {"location_type": "physical"})
    _repair_phones(location.get("phones"))
    return location


def _repair_organization(org: dict[str, Any]) -> dict[str, Any]:
    _fill_required(org, {"description": ""})
    _repair_phones(org.get("phones"))
    return org


def hsds_service(record: dict[str, Any]) -> dict[str, Any]:
    """A stored record as an HSDS 3.0 service object (a repaired copy; the input is kept)."""
    service: dict[str, Any] = json.loads(json.dumps(record))
    _fill_required(service, {"status": "active"})
    _repair_phones(service.get("phones"))
    _repair_taxonomy(service.get("attributes"))
    if isinstance(service.get("organization"), dict):
        _repair_organization(service["organization"])
    for sal in service.get("service_at_locations") or ():
        if isinstance(sal, dict):
            _repair_phones(sal.get("phones"))
            if isinstance(sal.get("location"), dict):
                _repair_location(sal["location"])
    return service


def _write_json(path: Path, value: Any) -> None:
    # Write to a temporary file and rename, so a reader never sees half a file.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(value, handle, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_hsds(
    conn: Any,
    out_dir: Path,
    *,
    cancel: CancelToken = NEVER_CANCELLED,
    progress: Progress = no_progress,
) -> ExportSummary:
    """Write services.json, organizations.json and locations.json into ``out_dir``."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserFacingError(f"Cannot create the folder {out_dir}: {exc.strerror}.") from exc
    total = count_services(conn)
    services: list[dict[str, Any]] = []
    organizations: dict[str, dict[str, Any]] = {}
    locations: dict[str, dict[str, Any]] = {}
    for done, record in enumerate(iter_records(conn), start=1):
        service = hsds_service(record)
        services.append(service)
        org = service.get("organization")
        if isinstance(org, dict) and isinstance(org.get("id"), str):
            organizations.setdefault(org["id"], org)
        for sal in service.get("service_at_locations") or ():
            location = sal.get("location") if isinstance(sal, dict) else None
            if isinstance(location, dict) and isinstance(location.get("id"), str):
                locations.setdefault(location["id"], location)
        if done % 1000 == 0:
            cancel.raise_if_set()
            progress(done, total, Step(Stage.EXPORTING))
    cancel.raise_if_set()
    try:
        _write_json(out_dir / "services.json", services)
        _write_json(out_dir / "organizations.json", list(organizations.values()))
        _write_json(out_dir / "locations.json", list(locations.values()))
    except OSError as exc:
        raise UserFacingError(f"Cannot write the export to {out_dir}: {exc.strerror}.") from exc
    progress(total, total, Step(Stage.EXPORTED))
    return ExportSummary(len(services), len(organizations), len(locations))
