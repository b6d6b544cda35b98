"""Writing the directory back out as HSDS 3.0 JSON.

``services.json`` is a list of full service objects (organization nested, as the HSDS API's
``/services/{id}`` returns them); ``organizations.json`` lists each organization once;
``locations.json`` lists each location once. ``x_`` extensions stay: HSDS allows extra
properties.

No object is written without a field HSDS 3 requires (:mod:`outreach.directory.hsds_valid`
fills what can be derived honestly and leaves out what cannot); the summary counts both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from outreach.cancel import NEVER_CANCELLED, CancelToken, Progress, Stage, Step, no_progress
from outreach.directory.hsds_valid import HsdsRepairer
from outreach.directory.store import count_services, iter_records
from outreach.errors import ExportProblem, UserFacingError
from outreach.files import write_atomically
from outreach.vault.db import Connection


@dataclass
class ExportSummary:
    services: int
    organizations: int
    locations: int
    #: What was filled in to satisfy HSDS, and how many objects each.
    filled: dict[str, int] = field(default_factory=dict)
    #: What was left out (or moved under an ``x_`` key) because HSDS could not hold it.
    left_out: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        """The summary as text lines for the command line."""
        out = []
        if self.filled:
            out.append("Filled in for HSDS:")
            out.extend(f"  {count:,} × {what}" for what, count in sorted(self.filled.items()))
        if self.left_out:
            out.append("Left out (HSDS requires what they lack):")
            out.extend(f"  {count:,} × {what}" for what, count in sorted(self.left_out.items()))
        return out


def hsds_service(record: dict[str, Any], *, country: str | None = None) -> dict[str, Any]:
    """A stored record as a valid HSDS 3.0 service object (a copy; the input is kept)."""
    return HsdsRepairer(country=country).service(record)


def _write_json(path: Path, value: Any) -> None:
    write_atomically(path, json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8"))


def export_hsds(
    conn: Connection,
    out_dir: Path,
    *,
    country: str | None = None,
    cancel: CancelToken = NEVER_CANCELLED,
    progress: Progress = no_progress,
) -> ExportSummary:
    """Write services.json, organizations.json and locations.json into ``out_dir``.

    ``country`` (ISO 3166-1 alpha-2) is the country of addresses that name none and whose
    state does not tell.
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserFacingError(
            ExportProblem.FOLDER_NOT_CREATED, folder=out_dir, reason=exc.strerror
        ) from exc
    total = count_services(conn)
    records = []
    for done, record in enumerate(iter_records(conn), start=1):
        records.append(record)
        if done % 1000 == 0:
            cancel.raise_if_set()
            progress(done, total, Step(Stage.EXPORTING))
    repairer = HsdsRepairer(country=country)
    repairer.learn_term_names(records)
    services: list[dict[str, Any]] = []
    organizations: dict[str, dict[str, Any]] = {}
    locations: dict[str, dict[str, Any]] = {}
    for done, record in enumerate(records, start=1):
        service = repairer.service(record)
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
        raise UserFacingError(
            ExportProblem.NOT_WRITTEN, folder=out_dir, reason=exc.strerror
        ) from exc
    progress(total, total, Step(Stage.EXPORTED))
    return ExportSummary(
        len(services),
        len(organizations),
        len(locations),
        filled=dict(repairer.filled),
        left_out=dict(repairer.left_out),
    )
