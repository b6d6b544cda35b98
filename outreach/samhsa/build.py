"""The starter directory: SAMHSA's 2023 SU and MH directories plus the 2026 OTP directory,
as HSDS records (see resources/starter/SOURCE.md for every decision)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from outreach.samhsa import sources
from outreach.samhsa.facilities import (
    Facility,
    Listing,
    facility_from_row,
    merge_directories,
    record_id,
    to_record,
)
from outreach.samhsa.geocode import GeocodeReport, geocoded_place, place_facilities
from outreach.samhsa.otp import MergeReport, facility_from_otp, merge_otps


@dataclass
class BuildReport:
    rows: dict[str, int] = field(default_factory=dict)
    merged_su_mh: int = 0
    otp: MergeReport = field(default_factory=MergeReport)
    places: GeocodeReport = field(default_factory=GeocodeReport)
    services: int = 0
    without_phone: int = 0
    unknown_codes: set[str] = field(default_factory=set)
    dates: dict[str, str] = field(default_factory=dict)

    def lines(self) -> list[str]:
        rows = ", ".join(f"{name} {count:,}" for name, count in self.rows.items())
        return [
            f"Rows read: {rows}.",
            f"Programs listed in both SU and MH directories, made one: {self.merged_su_mh:,}.",
            f"OTPs merged into their SU listing: {self.otp.merged:,}; "
            f"added as services of their own: {self.otp.added:,}.",
            f"Located from geocoded lists: {self.places.exact:,}; at their ZIP code's centre "
            f"(approximate): {self.places.approximate:,}; unplaced: {self.places.unplaced:,}.",
            f"Services: {self.services:,} ({self.without_phone:,} without a valid phone).",
            "Data dates: " + ", ".join(f"{k} {v}" for k, v in self.dates.items()) + ".",
        ]


def month_label(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day:%B} {day.year}"


def load_facilities(data: Path, report: BuildReport) -> list[Facility]:
    """Every program of the three directories, merged and placed."""
    directory = data / sources.DIRECTORY_2023
    listed: dict[str, list[Facility]] = {}
    for kind, file_name in sources.WORKBOOKS.items():
        path = directory / file_name
        when = sources.workbook_date(path)
        report.dates[kind.upper()] = when
        listing = Listing("Listed by SAMHSA, 2023", when)
        rows = sources.workbook_rows(path)
        report.rows[kind.upper()] = len(rows)
        listed[kind] = [facility_from_row(row, kind, listing) for row in rows]
    facilities = merge_directories(listed["su"], listed["mh"])
    report.merged_su_mh = len(listed["su"]) + len(listed["mh"]) - len(facilities)
    otp_path = sources.otp_file(data)
    otp_when = sources.otp_date(otp_path)
    report.dates["OTP"] = otp_when
    otp_listing = Listing(f"OTP directory, {month_label(otp_when)}", otp_when)
    otp_rows = sources.csv_rows(otp_path)
    report.rows["OTP"] = len(otp_rows)
    report.otp = merge_otps(facilities, [facility_from_otp(r, otp_listing) for r in otp_rows])
    report.places = place_facilities(facilities, _geocoded(data))
    return facilities


def _geocoded(data: Path) -> list[Any]:
    folder = data / sources.GEOCODED
    places = []
    for row in sources.csv_rows(folder / sources.GEOCODED_FACILITIES):
        names = " ".join(filter(None, (row.get("name1"), row.get("name2"))))
        place = geocoded_place(
            names, row.get("street1", ""), row.get("zip", ""), row["latitude"], row["longitude"]
        )
        if place:
            places.append(place)
    for row in sources.csv_rows(folder / sources.GEOCODED_OTPS):
        place = geocoded_place(
            row.get("ID", ""),
            row.get("ADDRESS", ""),
            row.get("POSTAL", ""),
            row["Latitude"],
            row["Longitude"],
        )
        if place:
            places.append(place)
    return places


def build_records(data: Path) -> tuple[list[dict[str, Any]], BuildReport]:
    """The starter directory's records from the source files under ``data``."""
    report = BuildReport()
    names = sources.code_names(data)
    facilities = load_facilities(data, report)
    taken: set[str] = set()
    records = []
    for facility in facilities:
        unknown = [code for code in facility.codes if code not in names]
        if unknown:
            report.unknown_codes.update(unknown)
            facility.codes = [code for code in facility.codes if code in names]
        if not facility.phones:
            report.without_phone += 1
        records.append(to_record(facility, record_id(facility, taken), names))
    report.services = len(records)
    return records, report
