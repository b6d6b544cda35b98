"""Gathering finished service records: first id wins, later duplicates are reported."""

from __future__ import annotations

from typing import Any

from outreach.importers.report import ImportReport


class ServiceCollector:
    """Keeps the first record for each service id and counts the imports."""

    def __init__(self, report: ImportReport, table: str = "services") -> None:
        self.report = report
        self.table = table
        self.records: list[dict[str, Any]] = []
        self._first_seen: dict[str, str] = {}

    def add(self, record: dict[str, Any], *, file: str, row: int | None) -> bool:
        """Add ``record``; False (and a skip) when its id was already imported."""
        service_id = record["id"]
        first = self._first_seen.get(service_id)
        if first is not None:
            self.report.skip(
                self.table,
                file,
                row,
                "id",
                f"duplicate service id {service_id!r} (first at {first}); kept the first",
            )
            return False
        self._first_seen[service_id] = file if row is None else f"{file} row {row}"
        self.records.append(record)
        self.report.imported(self.table)
        return True
