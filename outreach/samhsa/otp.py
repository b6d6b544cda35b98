"""SAMHSA's Opioid Treatment Program directory, merged into the facilities.

An OTP is the same clinic as an ``OTP``-coded facility of the SU directory when they share
the ZIP code and street number and their names are alike (the two lists spell names
differently: "SERENITY HEALTH" and "Serenity Health, LLC"), or, where one list gives the
company and the other the clinic's name, they share a phone number. The merged service keeps both
phone numbers and the certification. Two different clinics at one address stay two: the
names decide, and each facility takes at most one OTP. Unmatched OTPs become services of
their own, coded ``OTP``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from outreach.samhsa.facilities import (
    Facility,
    Listing,
    merge_phones,
    name_similarity,
    street_number,
    zip5,
)
from outreach.samhsa.phones import Phone, parse_phone

#: Names at least this alike (see ``name_similarity``) name the same clinic.
SAME_CLINIC = 0.6


@dataclass
class MergeReport:
    merged: int = 0
    added: int = 0


def certification_text(row: dict[str, Any]) -> str:
    """ "Federally certified opioid treatment program (Certified; first full certification
    2010-09-30)", in SAMHSA's own terms."""
    status = " ".join(str(row.get("Certification") or "").split()) or "status not given"
    since = str(row.get("First Full Certification Date/CMS Use") or "").strip()
    try:
        since = datetime.strptime(since, "%m/%d/%Y").date().isoformat()
    except ValueError:
        since = ""
    detail = f"{status}; first full certification {since}" if since else status
    return f"Federally certified opioid treatment program ({detail})"


def facility_from_otp(row: dict[str, Any], listing: Listing) -> Facility:
    phone = parse_phone(str(row.get("Phone") or ""), "Main")
    return Facility(
        name=" ".join(str(row.get("Program Name") or "").split()),
        alternate_name=None,
        street1=" ".join(str(row.get("Street") or "").split()),
        street2=None,
        city=" ".join(str(row.get("City") or "").split()),
        state=str(row.get("State") or "").strip().upper(),
        zip5=zip5(row.get("Zip Code")),
        phones=[phone] if phone else [],
        codes=["OTP"],
        listings=[listing],
        certification=certification_text(row),
        seen_in={"otp"},
    )


def merge_otps(facilities: list[Facility], otps: list[Facility]) -> MergeReport:
    """Fold each OTP into its SU twin (in place) or append it; returns the counts."""
    by_place: dict[tuple[str, str], list[Facility]] = {}
    for facility in facilities:
        number = facility.street_number
        if "OTP" in facility.codes and "su" in facility.seen_in and number:
            by_place.setdefault((facility.zip5, number), []).append(facility)
    report = MergeReport()
    for otp in otps:
        number = street_number(otp.street1)
        candidates = by_place.get((otp.zip5, number), []) if number else []
        scored = sorted(
            ((name_similarity(otp.name, _names(c)), n, c) for n, c in enumerate(candidates)),
            key=lambda item: (-item[0], item[1]),
        )
        same_phone = [c for c in candidates if _share_a_number(otp, c)]
        twin = None
        if scored and scored[0][0] >= SAME_CLINIC:
            twin = scored[0][2]
        elif len(same_phone) == 1:
            # A company name against a clinic name ("Pinnacle Treatment Centers PA-VIII" and
            # "Charleroi Treatment Services"): the shared number says they are one clinic.
            twin = same_phone[0]
        if twin is not None:
            candidates.remove(twin)
            twin.phones = merge_phones(twin.phones, [_otp_phone(p) for p in otp.phones])
            twin.certification = otp.certification
            twin.listings = [*twin.listings, *otp.listings]
            twin.seen_in.add("otp")
            report.merged += 1
        else:
            facilities.append(otp)
            report.added += 1
    return report


def _share_a_number(first: Facility, second: Facility) -> bool:
    return bool({p.number for p in first.phones} & {p.number for p in second.phones})


def _names(facility: Facility) -> str:
    return " ".join(filter(None, (facility.name, facility.alternate_name)))


def _otp_phone(phone: Phone) -> Phone:
    return Phone(phone.number, phone.extension, "Main (OTP directory)")
