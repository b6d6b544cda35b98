"""iCarol resource CSV exports: one row per Agency, Program and Site, linked by numbers.

``ResourceAgencyNum`` names each row; ``TaxonomyLevelName`` says what it is; a program
or site points at its agency through ``ParentAgencyNum``, and a program at its sites
through ``ConnectsToSiteNum`` (or a site back at its programs through
``ConnectsToProgramNum``). Agencies become organizations, programs services, sites
locations. An agency with no program rows is itself the service (small agencies are
exported that way), so no agency drops out of the directory. Inactive rows are kept and
stored as inactive; phones and addresses the agency marked private are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from outreach.cancel import CancelToken, Progress, Stage, Step
from outreach.errors import ImportFailed, ImportProblem
from outreach.importers.clean import clean_text, parse_bool, stable_id
from outreach.importers.collect import ServiceCollector
from outreach.importers.csvsource import read_csv
from outreach.importers.hours_text import schedules_from_text
from outreach.importers.normalize import RecordCleaner
from outreach.importers.older_rows import split_ids, split_list
from outreach.importers.report import ImportReport

#: Columns that mark a CSV file as an iCarol resource export (normalised names).
ICAROL_COLUMNS = frozenset({"resourceagencynum", "publicname", "parentagencynum"})

# service field <- iCarol column (first non-empty wins)
_SERVICE_TEXT = {
    "alternate_name": ("alternatename",),
    "description": ("agencydescription",),
    "url": ("websiteaddress",),
    "email": ("emailaddressmain",),
    "eligibility_description": ("eligibility",),
    "fees_description": ("feestructuresource",),
    "application_process": ("applicationprocess",),
    "wait_time": ("normalwaittime",),
    "alert": ("temporarymessage",),
    "licenses": ("licenseaccreditation",),
    "assured_date": ("lastverifiedon",),
    "last_modified": ("updatedon",),
    "minimum_age": ("custom_minimum_age",),
    "maximum_age": ("custom_maximum_age",),
    "x_search_hints": ("searchhints",),
}
_ORGANIZATION_TEXT = {
    "alternate_name": ("alternatename",),
    "description": ("agencydescription",),
    "website": ("websiteaddress",),
    "email": ("emailaddressmain",),
    "legal_status": ("legalstatus",),
    "tax_status": ("irsstatus",),
    "tax_id": ("fein",),
    "year_incorporated": ("yearincorporated",),
}
# (number column, description column, private column, HSDS phone type)
_NAMED_PHONES = (
    ("phonetollfree", "phonetollfreedescription", "phonetollfreeisprivate", "voice"),
    ("phonenumberhotline", "phonenumberhotlinedescription", "phonenumberhotlineisprivate",
     "hotline"),
    ("phonenumberbusinessline", "phonenumberbusinesslinedescription",
     "phonenumberbusinesslineisprivate", "voice"),
    ("phonenumberafterhours", "phonenumberafterhoursdescription",
     "phonenumberafterhoursisprivate", "voice"),
    ("phonenumberoutofarea", "phonenumberoutofareadescription",
     "phonenumberoutofareaisprivate", "voice"),
    ("phonetty", "phonettydescription", "phonettyisprivate", "textphone"),
    ("phonefax", "phonefaxdescription", "phonefaxisprivate", "fax"),
)  # fmt: skip
_STATUS = {"active": "active", "inactive": "inactive", "deleted": "defunct",
           "defunct": "defunct", "temporarily closed": "temporarily closed"}  # fmt: skip


@dataclass
class _Row:
    number: int
    values: dict[str, str]
    level: str
    num: str
    children: list[_Row] = field(default_factory=list)

    def text(self, *columns: str) -> str:
        for column in columns:
            value = self.values.get(column, "")
            if value.strip():
                return clean_text(value)[0]
        return ""


def is_icarol_header(columns: set[str]) -> bool:
    return columns >= ICAROL_COLUMNS


def _level(values: dict[str, str]) -> str:
    level = values.get("taxonomylevelname", "").strip().lower().replace(" ", "")
    if "site" in level and "program" in level:
        return "program"  # ProgramAtSite: a program, tied to its site
    for name in ("agency", "program", "site"):
        if name in level:
            return name
    parent = values.get("parentagencynum", "").strip()
    return "agency" if parent in ("", "0") else "program"


class _ICarolBuilder:
    def __init__(self, file: str, cleaner: RecordCleaner, report: ImportReport) -> None:
        self.file = file
        self.cleaner = cleaner
        self.report = report
        self.agencies: dict[str, _Row] = {}
        self.programs: dict[str, _Row] = {}
        self.sites: dict[str, _Row] = {}
        self.organizations: dict[str, dict[str, Any]] = {}
        self.locations: dict[str, dict[str, Any]] = {}
        self._warned: set[tuple[str, str]] = set()

    def add(self, number: int, values: dict[str, str]) -> None:
        num = values.get("resourceagencynum", "").strip()
        level = _level(values)
        table = {"agency": "agencies", "program": "programs", "site": "sites"}[level]
        if not num:
            self.report.skip(table, self.file, number, "ResourceAgencyNum", "row has no number")
            return
        into = {"agency": self.agencies, "program": self.programs, "site": self.sites}[level]
        if num in into:
            self.report.skip(
                table,
                self.file,
                number,
                "ResourceAgencyNum",
                f"duplicate number {num!r}; kept the first",
            )
            return
        into[num] = _Row(number, values, level, num)

    # -- objects -------------------------------------------------------------------------

    def _phones(self, row: _Row, table: str) -> list[dict[str, Any]]:
        found: list[tuple[str, str, str, str, str]] = []
        for n in range(1, 6):
            found.append(
                (
                    f"phone{n}number",
                    f"phone{n}description",
                    f"phone{n}isprivate",
                    f"phone{n}type",
                    f"phone{n}name",
                )
            )
        phones = []
        for number_col, desc_col, private_col, type_col, name_col in found:
            phone = self._phone(row, table, number_col, desc_col, private_col)
            if phone is not None:
                kind = row.text(type_col).lower()
                phone["type"] = (
                    "fax" if "fax" in kind else "textphone" if "tty" in kind else "voice"
                )
                name = row.text(name_col)
                if name and "description" not in phone:
                    phone["description"] = name
                phones.append(phone)
        for number_col, desc_col, private_col, phone_type in _NAMED_PHONES:
            phone = self._phone(row, table, number_col, desc_col, private_col)
            if phone is not None:
                phone["type"] = phone_type
                phones.append(phone)
        return phones

    def _phone(
        self, row: _Row, table: str, number_col: str, desc_col: str, private_col: str
    ) -> dict[str, Any] | None:
        number = row.text(number_col)
        if not number:
            return None
        if parse_bool(row.values.get(private_col, "")):
            if (row.num, number_col) not in self._warned:
                self._warned.add((row.num, number_col))
                self.report.warn(self.file, row.number, number_col, "private phone left out")
            return None
        phone: dict[str, Any] = {"id": stable_id(row.num, "phone", number_col), "number": number}
        description = row.text(desc_col)
        if description:
            phone["description"] = description
        return phone

    def _addresses(self, row: _Row) -> list[dict[str, Any]]:
        addresses = []
        for prefix, address_type in (("physical", "physical"), ("mailing", "postal")):
            if parse_bool(row.values.get(f"{prefix}addressisprivate", "")):
                if row.text(f"{prefix}address1"):
                    self.report.warn(
                        self.file, row.number, f"{prefix}address1", "private address left out"
                    )
                continue
            address = {
                "address_1": row.text(f"{prefix}address1"),
                "address_2": row.text(f"{prefix}address2"),
                "attention": row.text(f"{prefix}attentionname"),
                "city": row.text(f"{prefix}city"),
                "region": row.text(f"{prefix}county"),
                "state_province": row.text(f"{prefix}stateprovince"),
                "postal_code": row.text(f"{prefix}postalcode"),
                "country": row.text(f"{prefix}country"),
            }
            address = {k: v for k, v in address.items() if v}
            if address.get("address_1") or address.get("city"):
                address["id"] = stable_id(row.num, "address", prefix)
                address["address_type"] = address_type
                addresses.append(address)
        return addresses

    def _schedules(self, row: _Row, table: str) -> list[dict[str, Any]]:
        hours = row.text("hoursofoperation", "hours")
        if not hours:
            return []
        schedules, read = schedules_from_text(hours, f"icarol:{row.num}")
        if read:
            self.report.repair(
                table,
                self.file,
                row.number,
                "HoursOfOperation",
                f"hours text read as {len(schedules)} weekly schedule(s)",
            )
        else:
            self.report.warn(
                self.file,
                row.number,
                "HoursOfOperation",
                "hours text not read as times; kept as written",
            )
        return schedules

    def organization(self, num: str) -> dict[str, Any] | None:
        if num in self.organizations:
            return self.organizations[num]
        row = self.agencies.get(num)
        if row is None:
            return None
        org: dict[str, Any] = {"id": num, "name": row.text("publicname", "officialname")}
        for key, columns in _ORGANIZATION_TEXT.items():
            if row.text(*columns):
                org[key] = row.text(*columns)
        phones = self._phones(row, "agencies")
        if phones:
            org["phones"] = phones
        cleaned = self.cleaner.clean_object(
            org, "organization", file=self.file, row=row.number, table="agencies"
        )
        self.organizations[num] = cleaned or org
        return self.organizations[num]

    def location(self, row: _Row, table: str) -> dict[str, Any]:
        if row.num in self.locations:
            return self.locations[row.num]
        location: dict[str, Any] = {
            "id": f"{row.num}-location" if table != "sites" else row.num,
            "location_type": "physical",
        }
        location["name"] = row.text("publicname")
        if table == "sites":
            location["description"] = row.text("physicallocationdescription")
        location["latitude"] = row.text("latitude")
        location["longitude"] = row.text("longitude")
        location["transportation"] = row.text("busserviceaccess", "publicaccesstransportation")
        access = row.text("disabilitiesaccess")
        if access:
            location["accessibility"] = [
                {"id": stable_id(row.num, "access"), "description": access}
            ]
        addresses = self._addresses(row)
        if addresses:
            location["addresses"] = addresses
        if table == "sites":  # a program's own place: its phones and hours are the service's
            location["phones"] = self._phones(row, table)
            location["schedules"] = self._schedules(row, table)
        cleaned = self.cleaner.clean_object(
            location, "location", file=self.file, row=row.number, table=table
        )
        self.locations[row.num] = cleaned or location
        return self.locations[row.num]

    def _has_place(self, row: _Row) -> bool:
        return bool(row.text("physicaladdress1", "physicalcity", "latitude"))

    def service(self, row: _Row, table: str) -> dict[str, Any] | None:
        record: dict[str, Any] = {"id": row.num, "name": row.text("publicname")}
        for key, columns in _SERVICE_TEXT.items():
            if row.text(*columns):
                record[key] = row.text(*columns)
        record["status"] = self._status(row, table)
        documents = row.text("documentsrequired")
        if documents:
            record["required_documents"] = [
                {"id": stable_id(row.num, "docs"), "document": documents}
            ]
        record["languages"] = row.text("languagesofferedlist", "languagesoffered")
        record["service_areas"] = row.text("coveragearea", "coverageareatext")
        record["phones"] = self._phones(row, table)
        record["schedules"] = self._schedules(row, table)
        record["attributes"] = self._attributes(row)
        parent = row.values.get("parentagencynum", "").strip()
        organization = self.organization(row.num if table == "agencies" else parent)
        if organization is not None:
            record["organization"] = organization
        elif parent and parent != "0":
            self.report.repair(
                table,
                self.file,
                row.number,
                "ParentAgencyNum",
                f"agency {parent!r} not found; service kept without it",
            )
        cleaned = self.cleaner.clean_object(
            {k: v for k, v in record.items() if k != "organization"},
            "service",
            file=self.file,
            row=row.number,
            table=table,
        )
        if cleaned is None:
            return None
        if organization is not None:
            cleaned["organization"] = organization
        sals = []
        for site in self._sites_of(row, table):
            location = self.location(site, "sites")
            sals.append(
                {
                    "id": stable_id(row.num, "at", site.num),
                    "service_id": row.num,
                    "location_id": location["id"],
                    "location": location,
                }
            )
        if not sals and self._has_place(row):
            location = self.location(row, table)
            sals.append(
                {
                    "id": stable_id(row.num, "at"),
                    "service_id": row.num,
                    "location_id": location["id"],
                    "location": location,
                }
            )
        if sals:
            cleaned["service_at_locations"] = sals
        return self.cleaner.finish_service(
            cleaned, file=self.file, row=row.number, table=table, name_field="PublicName"
        )

    def _sites_of(self, row: _Row, table: str) -> list[_Row]:
        if table == "agencies":
            if self._has_place(row):
                return []
            return [
                s
                for s in self.sites.values()
                if s.values.get("parentagencynum", "").strip() == row.num
            ]
        wanted = split_ids(row.values.get("connectstositenum", ""))
        sites = [self.sites[n] for n in wanted if n in self.sites]
        for missing in (n for n in wanted if n not in self.sites):
            self.report.warn(
                self.file, row.number, "ConnectsToSiteNum", f"site {missing!r} not found"
            )
        if not sites:
            sites = [
                s
                for s in self.sites.values()
                if row.num in split_ids(s.values.get("connectstoprogramnum", ""))
            ]
        return sites

    def _status(self, row: _Row, table: str) -> str:
        text = row.text("agencystatus").lower()
        if not text:
            return "inactive" if row.text("madeinactiveon") else "active"
        for prefix, status in _STATUS.items():
            if text.startswith(prefix):
                return status
        self.report.repair(
            table, self.file, row.number, "AgencyStatus", f"unknown status {text!r}; kept as active"
        )
        return "active"

    def _attributes(self, row: _Row) -> list[dict[str, Any]]:
        attributes = []
        codes = split_list(row.values.get("taxonomycodes", ""))
        names = split_list(row.text("taxonomyterms", "taxonomyterm"))
        paired = len(names) == len(codes)
        for index, code in enumerate(codes):
            term: dict[str, Any] = {
                "id": stable_id("airs", code),
                "code": code,
                "taxonomy": "AIRS/211 LA County",
            }
            if paired:
                term["name"] = names[index]
            attributes.append(
                {
                    "id": stable_id(row.num, "code", code),
                    "link_id": row.num,
                    "link_type": "service",
                    "taxonomy_term_id": term["id"],
                    "taxonomy_term": term,
                }
            )
        for category in split_list(row.text("categories")):
            term = {
                "id": stable_id("category", category),
                "name": category,
                "taxonomy": "icarol-category",
            }
            attributes.append(
                {
                    "id": stable_id(row.num, "category", category),
                    "link_id": row.num,
                    "link_type": "service",
                    "taxonomy_term_id": term["id"],
                    "taxonomy_term": term,
                }
            )
        return attributes


def import_icarol_csv(
    path: Path,
    cleaner: RecordCleaner,
    report: ImportReport,
    *,
    cancel: CancelToken,
    progress: Progress,
) -> list[dict[str, Any]]:
    """Records from an iCarol resource export (Agency, Program and Site rows)."""
    table = read_csv(path, report, table="resources")
    if not is_icarol_header(set(table.header)):
        raise ImportFailed(ImportProblem.NOT_ICAROL, file=path.name)
    builder = _ICarolBuilder(path.name, cleaner, report)
    for number, values in table.records():
        builder.add(number, values)
    cancel.raise_if_set()
    with_programs = {p.values.get("parentagencynum", "").strip() for p in builder.programs.values()}
    collector = ServiceCollector(report, table="programs")
    todo = [(row, "programs") for row in builder.programs.values()]
    todo += [(row, "agencies") for num, row in builder.agencies.items() if num not in with_programs]
    for done, (row, kind) in enumerate(todo):
        if done % 500 == 0:
            cancel.raise_if_set()
            progress(done, len(todo), Step(Stage.READING, path.name))
        record = builder.service(row, kind)
        if record is not None:
            collector.table = kind
            collector.add(record, file=path.name, row=row.number)
    used_agencies = {r["organization"]["id"] for r in collector.records if r.get("organization")}
    for num, row in builder.agencies.items():
        if num not in with_programs:
            continue  # imported (or skipped) as a service of its own
        if num in used_agencies:
            report.imported("agencies")
        else:
            report.skip("agencies", path.name, row.number, None, "no imported program")
    used_sites = {
        sal["location_id"] for r in collector.records for sal in r.get("service_at_locations", ())
    }
    for num, row in builder.sites.items():
        if num in used_sites:
            report.imported("sites")
        else:
            report.skip("sites", path.name, row.number, None, "no program at this site")
    progress(len(todo), len(todo), Step(Stage.READ, path.name))
    return collector.records
