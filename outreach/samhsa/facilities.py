"""Directory rows to facilities, and facilities to HSDS records.

One service per facility program: each row of SAMHSA's substance-use (SU) and mental-health
(MH) directories is a program. A program listed in both directories (same name, program name,
street, ZIP and main phone) is one service holding the codes of both. Rows that repeat the
same name and street inside one directory are different programs at one site and stay apart.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from outreach.directory import samhsa_codes
from outreach.directory.text import words
from outreach.samhsa.phones import Phone, merge_phones, parse_phone

INTAKE_COLUMNS = ("Intake1", "Intake2", "Intake1a", "Intake2a")
# Words that say nothing about which clinic a name means.
_GENERIC_WORDS = frozenset(
    {
        "inc", "llc", "lc", "pc", "pllc", "ltd", "corp", "co", "the", "of", "and", "at",
        "for", "a", "an", "dba", "center", "centers", "clinic", "clinics", "services",
        "service", "treatment", "program", "programs", "health",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Listing:
    """Where a fact comes from and how old it is: "Listed by SAMHSA, 2023" on 2023-06-29."""

    label: str
    date: str  # ISO date


@dataclass
class Facility:
    name: str
    alternate_name: str | None
    street1: str
    street2: str | None
    city: str
    state: str
    zip5: str
    phones: list[Phone]
    codes: list[str]
    listings: list[Listing]
    certification: str | None = None
    lat: float | None = None
    lon: float | None = None
    approximate: bool = False
    seen_in: set[str] = field(default_factory=set)

    @property
    def street_number(self) -> str | None:
        return street_number(self.street1)

    def identity(self) -> str:
        """The words that name this program at this place, for a stable record id."""
        parts = (self.name, self.alternate_name or "", self.street1, self.city, self.state)
        return "|".join(" ".join(words(part)) for part in parts) + "|" + self.zip5


def street_number(street: str) -> str | None:
    """ "780 W. Bel Air Ave Suite B" -> "780"; "24-26 West Bel Air Ave." -> "24"."""
    match = re.match(r"\s*(\d+)", street or "")
    return match.group(1) if match else None


def zip5(value: Any) -> str:
    """ "21001", "21001-1234", 2101 (a number that lost its zero) -> "21001"/"02101"."""
    digits = re.sub(r"\D", "", str(value or ""))
    if len(digits) in (4, 8):
        digits = "0" + digits
    return digits[:5] if len(digits) >= 5 else ""


def name_similarity(first: str, second: str) -> float:
    """0..1: how likely two spellings name the same clinic ("Serenity Health, LLC" and
    "SERENITY HEALTH" -> 1.0). Shared distinctive words count most; spelling decides when
    one side has none."""
    a, b = words(first), words(second)
    distinct_a = set(a) - _GENERIC_WORDS
    distinct_b = set(b) - _GENERIC_WORDS
    spelling = SequenceMatcher(None, " ".join(a), " ".join(b)).ratio()
    if not distinct_a or not distinct_b:
        return spelling
    # "BrightView" and "Bright View, LLC Fairfield": one name run together inside the other.
    run_a = "".join(w for w in a if w not in _GENERIC_WORDS)
    run_b = "".join(w for w in b if w not in _GENERIC_WORDS)
    shorter, longer = sorted((run_a, run_b), key=len)
    if len(shorter) >= 6 and shorter in longer:
        return 1.0
    shared = len(distinct_a & distinct_b) / min(len(distinct_a), len(distinct_b))
    return max(shared, spelling)


def _clean(value: Any) -> str:
    return " ".join(str(value or "").split())


def facility_from_row(row: dict[str, Any], directory: str, listing: Listing) -> Facility:
    """One ``Facilities List`` row (SU or MH workbook) as a facility."""
    codes = list(dict.fromkeys(_clean(row.get("Service_code_info")).replace("*", " ").split()))
    main = parse_phone(_clean(row.get("Phone")), "Main")
    intakes = [parse_phone(_clean(row.get(column)), "Intake") for column in INTAKE_COLUMNS]
    return Facility(
        name=_clean(row.get("Name1")),
        alternate_name=_clean(row.get("Name2")) or None,
        street1=_clean(row.get("Street1")),
        street2=_clean(row.get("Street2")) or None,
        city=_clean(row.get("City")),
        state=_clean(row.get("State")).upper(),
        zip5=zip5(row.get("Zip")),
        phones=merge_phones([p for p in (main, *intakes) if p is not None]),
        codes=codes,
        listings=[listing],
        seen_in={directory},
    )


def _merge_key(facility: Facility) -> tuple[str, ...]:
    main = facility.phones[0].key[0] if facility.phones else ""
    return (*facility.identity().split("|"), main)


def merge_directories(su: list[Facility], mh: list[Facility]) -> list[Facility]:
    """SU facilities, with each MH row that lists the same program folded in; the other MH
    rows after them. Pairs are one-to-one, so repeated rows stay separate programs."""
    waiting: dict[tuple[str, ...], list[Facility]] = {}
    for facility in su:
        waiting.setdefault(_merge_key(facility), []).append(facility)
    result = list(su)
    for facility in mh:
        partners = waiting.get(_merge_key(facility))
        if partners:
            into = partners.pop(0)
            into.codes = list(dict.fromkeys([*into.codes, *facility.codes]))
            into.phones = merge_phones(into.phones, facility.phones)
            into.listings = list(dict.fromkeys([*into.listings, *facility.listings]))
            into.seen_in |= facility.seen_in
        else:
            result.append(facility)
    return result


def _age_range(codes: list[str]) -> tuple[int | None, int | None]:
    """The youngest and oldest age the facility's age-group codes accept (None: no limit)."""
    ranges = [m.ages for c in codes if (m := samhsa_codes.meaning(c)) and m.ages]
    if not ranges:
        return None, None
    low = min(r[0] for r in ranges)
    high = None if any(r[1] < 0 for r in ranges) else max(r[1] for r in ranges)
    return (low or None), high


def record_id(facility: Facility, taken: set[str]) -> str:
    """A stable id from the program's identity; a repeated identity gets "-2", "-3"…"""
    digest = hashlib.sha256(facility.identity().encode("utf-8")).hexdigest()[:16]
    base = f"samhsa-{digest[:12]}"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    taken.add(candidate)
    return candidate


#: Language names where SAMHSA's code name is a service, not a language.
_LANGUAGE_NAMES = {"AH": "American Sign Language"}


def to_record(facility: Facility, rid: str, names: dict[str, str]) -> dict[str, Any]:
    """The HSDS 3 service record (docs/records.md) for one facility."""
    newest = max(facility.listings, key=lambda listing: listing.date)
    record: dict[str, Any] = {
        "id": rid,
        "name": facility.name,
        "status": "active",
        "assured_date": newest.date,
        "x_listed": [listing.label for listing in facility.listings],
    }
    if facility.alternate_name:
        record["alternate_name"] = facility.alternate_name
    if facility.certification:
        record["licenses"] = facility.certification
    # The codes, compactly: the app reads them as HSDS taxonomy terms "SAMHSA-2023:<code>"
    # named from the code book it ships (outreach.directory.samhsa_codes); 65 nested term
    # objects per service would make the pack ten times larger and slower to load.
    record[samhsa_codes.CODES_FIELD] = " ".join(facility.codes)
    spoken: dict[str, str] = {}
    for code in facility.codes:
        known = samhsa_codes.meaning(code)
        if known and known.language and known.language not in spoken:
            spoken[known.language] = _LANGUAGE_NAMES.get(code) or names.get(code, code)
    if spoken:
        record["languages"] = [
            {"id": f"{rid}-lang-{code}", "code": code, "name": name}
            for code, name in spoken.items()
        ]
    if any((m := samhsa_codes.meaning(c)) and m.free for c in facility.codes):
        record["cost_options"] = [
            {"id": f"{rid}-cost", "amount": 0, "option": "No payment accepted"}
        ]
    low, high = _age_range(facility.codes)
    if low is not None:
        record["minimum_age"] = low
    if high is not None:
        record["maximum_age"] = high
    if facility.phones:
        record["phones"] = [phone.hsds(rid, n) for n, phone in enumerate(facility.phones, 1)]
    record["service_at_locations"] = [_service_at_location(facility, rid)]
    return record


def _service_at_location(facility: Facility, rid: str) -> dict[str, Any]:
    address: dict[str, Any] = {
        "id": f"{rid}-address",
        "address_type": "physical",
        "address_1": facility.street1,
        "city": facility.city,
        "state_province": facility.state,
        "postal_code": facility.zip5,
        "country": "US",
    }
    if facility.street2:
        address["address_2"] = facility.street2
    location: dict[str, Any] = {
        "id": f"{rid}-location",
        "location_type": "physical",
        "addresses": [address],
    }
    if facility.lat is not None and facility.lon is not None:
        location["latitude"] = facility.lat
        location["longitude"] = facility.lon
        if facility.approximate:
            # The ZIP code's centre, not the building: never shown as an exact place.
            location["x_approximate_postcode"] = facility.zip5
    return {
        "id": f"{rid}-at",
        "service_id": rid,
        "location_id": location["id"],
        "location": location,
    }
