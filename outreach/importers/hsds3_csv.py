"""HSDS 3.x tabular CSV datapackages (one CSV per table, joined by *_id columns)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from outreach.cancel import CancelToken, Progress
from outreach.errors import ImportFailed
from outreach.importers.datapackage import read_tables, table_files
from outreach.importers.normalize import RecordCleaner
from outreach.importers.report import ImportReport
from outreach.importers.tabular import TabularRows, assemble_services

# (table file name without .csv, HSDS object kind). 2.x used the plural
# services_at_location; both spellings are accepted.
HSDS3_TABLES: tuple[tuple[str, str], ...] = (
    ("organizations", "organization"),
    ("programs", "program"),
    ("services", "service"),
    ("locations", "location"),
    ("service_at_location", "service_at_location"),
    ("service_at_locations", "service_at_location"),
    ("services_at_location", "service_at_location"),
    ("addresses", "address"),
    ("phones", "phone"),
    ("contacts", "contact"),
    ("schedules", "schedule"),
    ("languages", "language"),
    ("cost_options", "cost_option"),
    ("required_documents", "required_document"),
    ("accessibility", "accessibility"),
    ("service_areas", "service_area"),
    ("funding", "funding"),
    ("attributes", "attribute"),
    ("taxonomy_terms", "taxonomy_term"),
    ("taxonomies", "taxonomy"),
    ("organization_identifiers", "organization_identifier"),
    ("metadata", "metadata"),
)


def import_hsds3_csv(
    folder: Path,
    cleaner: RecordCleaner,
    report: ImportReport,
    *,
    cancel: CancelToken,
    progress: Progress,
) -> list[dict[str, Any]]:
    """Records from an HSDS 3.x CSV datapackage folder."""
    if "services" not in table_files(folder):
        raise ImportFailed(f"{folder.name}: no services.csv in this folder.")
    tables = TabularRows()
    progress(0, 2, "Reading tables")
    read_tables(folder, HSDS3_TABLES, tables, cleaner, report)
    cancel.raise_if_set()
    progress(1, 2, "Joining tables")
    records = assemble_services(tables, cleaner, report, cancel=cancel)
    progress(2, 2, "Done")
    return records
