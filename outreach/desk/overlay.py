"""The coordinator's corrections, kept apart from the export and re-applied to every import.

A correction names a service by id and sets some of: ``phone``, ``hours``, ``address``,
``status`` and ``note`` (shown to workers as the service's alert). It also remembers what the
source said when it was made, so a later import can tell three cases apart:

- **applied**: the source still says what it said; the coordinator's value wins;
- **source-changed**: the source now says something else again; the correction still wins,
  but the coordinator is asked to look;
- **source-agrees**: the source now says what the coordinator typed; nothing to apply;
- **record-gone**: the service is no longer in the export.

Corrections in the last two states are listed, never dropped silently; the coordinator
forgets them explicitly. A corrected record carries ``x_corrected`` (``{"by": "coordinator",
"on": "YYYY-MM-DD", "fields": [...]}``), which the workers' app shows as "Edited by the
coordinator on DATE".
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from outreach.desk.hours_entry import parse_hours_entry
from outreach.desk.problems import DeskProblem
from outreach.directory import facts
from outreach.errors import UserFacingError
from outreach.feed.repository import write_atomic
from outreach.packs import reviewed_fields as reviewed

OVERLAY_FORMAT = 1

#: What a coordinator can correct, and the reviewed field each one shows up in.
CORRECTABLE: dict[str, str] = {
    "phone": "phones",
    "hours": "hours",
    "address": "address",
    "status": "status",
    "note": "alert",
}

#: Status choices as coordinators say them -> the HSDS status value workers' apps read.
STATUS_CHOICES = {
    "active": "active",
    "temporarily closed": "temporarily closed",
    "closed for good": "defunct",
}

ADDRESS_PARTS = ("address_1", "address_2", "city", "state_province", "postal_code")

OutcomeState = Literal["applied", "source-changed", "source-agrees", "record-gone"]


class CorrectionInvalid(UserFacingError):
    """A correction could not be made as typed (the message says which field and why)."""


@dataclass
class Correction:
    service_id: str
    name: str
    values: dict[str, Any]
    """Field -> value: phone, hours, note and status are text; address a dict of parts."""
    source_values: dict[str, str]
    """Field -> what the source said (as reviewed text) when the correction was made."""
    corrected_on: str  # ISO date

    def to_json(self) -> dict[str, Any]:
        return {
            "service_id": self.service_id,
            "name": self.name,
            "values": self.values,
            "source_values": self.source_values,
            "corrected_on": self.corrected_on,
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Correction:
        return cls(
            service_id=str(raw["service_id"]),
            name=str(raw.get("name", "")),
            values=dict(raw["values"]),
            source_values={str(k): str(v) for k, v in dict(raw["source_values"]).items()},
            corrected_on=str(raw["corrected_on"]),
        )


@dataclass(frozen=True)
class OverlayOutcome:
    service_id: str
    name: str
    field: str
    state: OutcomeState
    corrected: str = ""  # the coordinator's value, as typed
    source: str = ""  # what the export says now

    def describe(self) -> str:
        label = f"{self.name or self.service_id}: {self.field}"
        if self.state == "record-gone":
            return f"{label}: the service is no longer in the export; the correction is unused."
        if self.state == "source-agrees":
            return f"{label}: the export now says the same; the correction can be forgotten."
        if self.state == "source-changed":
            return (
                f"{label}: the export changed it to {self.source!r}; your {self.corrected!r} "
                "is still applied. Check which is right."
            )
        return f"{label}: corrected to {self.corrected!r}."

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.service_id,
            "name": self.name,
            "field": self.field,
            "state": self.state,
            "corrected": self.corrected,
            "source": self.source,
        }


@dataclass
class Overlay:
    """Every correction for one feed's directory, by service id."""

    corrections: dict[str, Correction] = field(default_factory=dict)

    # -- storage ----------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path) -> Overlay:
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text("utf-8"))
            if raw.get("format") != OVERLAY_FORMAT:
                raise ValueError("unknown format")
            items = [Correction.from_json(item) for item in raw["corrections"]]
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise UserFacingError(
                DeskProblem.CORRECTIONS_UNREADABLE, file=path, kind=type(exc).__name__
            ) from None
        return cls({item.service_id: item for item in items})

    def save(self, path: Path) -> None:
        data = {
            "format": OVERLAY_FORMAT,
            "corrections": [self.corrections[k].to_json() for k in sorted(self.corrections)],
        }
        write_atomic(path, json.dumps(data, indent=1, ensure_ascii=False).encode())

    # -- editing ----------------------------------------------------------------------

    def correct(
        self,
        source_record: Mapping[str, Any],
        changes: Mapping[str, Any],
        *,
        today: str | None = None,
    ) -> Correction:
        """Add or change corrections for the service ``source_record`` (as exported).

        ``changes`` maps fields of :data:`CORRECTABLE` to new values; ``None`` or ``""``
        removes that field's correction. Raises :class:`CorrectionInvalid` on a bad value.
        """
        service_id = str(source_record["id"])
        existing = self.corrections.get(service_id)
        values = dict(existing.values) if existing else {}
        sources = dict(existing.source_values) if existing else {}
        for name, value in changes.items():
            if name not in CORRECTABLE:
                raise CorrectionInvalid(DeskProblem.NOT_CORRECTABLE, field=repr(name))
            cleaned = _clean(name, value, service_id)
            if cleaned is None:
                values.pop(name, None)
                sources.pop(name, None)
                continue
            values[name] = cleaned
            sources[name] = reviewed.field_text(source_record, CORRECTABLE[name])
        if not values:
            self.corrections.pop(service_id, None)
            return Correction(service_id, "", {}, {}, "")
        correction = Correction(
            service_id=service_id,
            name=reviewed.field_text(source_record, "name"),
            values=values,
            source_values=sources,
            corrected_on=today or datetime.now(UTC).date().isoformat(),
        )
        self.corrections[service_id] = correction
        return correction

    def forget(self, service_id: str, field_name: str | None = None) -> bool:
        """Drop a service's corrections (or one field of them); whether anything was dropped."""
        correction = self.corrections.get(service_id)
        if correction is None:
            return False
        if field_name is None:
            del self.corrections[service_id]
            return True
        dropped = correction.values.pop(field_name, None) is not None
        correction.source_values.pop(field_name, None)
        if not correction.values:
            del self.corrections[service_id]
        return dropped

    # -- applying ---------------------------------------------------------------------

    def apply(
        self, records: Iterable[dict[str, Any]]
    ) -> tuple[list[dict[str, Any]], list[OverlayOutcome]]:
        """The records with every correction that still applies, and what became of each."""
        result: list[dict[str, Any]] = []
        outcomes: list[OverlayOutcome] = []
        seen: set[str] = set()
        for record in records:
            correction = self.corrections.get(record.get("id", ""))
            if correction is None:
                result.append(record)
                continue
            seen.add(correction.service_id)
            corrected, record_outcomes = _apply_one(record, correction)
            result.append(corrected)
            outcomes.extend(record_outcomes)
        for service_id in sorted(set(self.corrections) - seen):
            correction = self.corrections[service_id]
            outcomes.extend(
                OverlayOutcome(service_id, correction.name, name, "record-gone")
                for name in correction.values
            )
        return result, outcomes


def _clean(name: str, value: Any, service_id: str) -> Any:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if name == "address":
        if not isinstance(value, Mapping):
            raise CorrectionInvalid(DeskProblem.ADDRESS_NEEDS_PARTS)
        parts = {k: str(value[k]).strip() for k in ADDRESS_PARTS if str(value.get(k) or "").strip()}
        if "address_1" not in parts or "city" not in parts:
            raise CorrectionInvalid(DeskProblem.ADDRESS_NEEDS_STREET_AND_CITY)
        return parts
    if not isinstance(value, str):
        raise CorrectionInvalid(DeskProblem.CORRECTION_NOT_TEXT, field=name)
    text = value.strip()
    if name == "status":
        if text not in STATUS_CHOICES:
            raise CorrectionInvalid(
                DeskProblem.NOT_A_STATUS, status=repr(text), choices=", ".join(STATUS_CHOICES)
            )
    elif name == "phone":
        if not any(ch.isdigit() for ch in text):
            raise CorrectionInvalid(DeskProblem.NOT_A_PHONE, phone=repr(text))
    elif name == "hours":
        parse_hours_entry(text, service_id=service_id)  # raises with the unreadable part
    return text


def _apply_one(
    record: dict[str, Any], correction: Correction
) -> tuple[dict[str, Any], list[OverlayOutcome]]:
    corrected = copy.deepcopy(record)
    outcomes: list[OverlayOutcome] = []
    applied: list[str] = []
    for name, value in correction.values.items():
        reviewed_name = CORRECTABLE[name]
        source_now = reviewed.field_text(record, reviewed_name)
        candidate = copy.deepcopy(corrected)
        _SETTERS[name](candidate, value)
        wanted = reviewed.field_text(candidate, reviewed_name)
        typed = value if isinstance(value, str) else ", ".join(value.values())
        if _same(name, source_now, wanted):
            outcomes.append(
                OverlayOutcome(
                    correction.service_id,
                    correction.name,
                    name,
                    "source-agrees",
                    typed,
                    source_now,
                )
            )
            continue
        corrected = candidate
        applied.append(name)
        was = correction.source_values.get(name, source_now)
        state: OutcomeState = "applied" if _same(name, was, source_now) else "source-changed"
        outcomes.append(
            OverlayOutcome(correction.service_id, correction.name, name, state, typed, source_now)
        )
    if applied:
        corrected["x_corrected"] = {
            "by": "coordinator",
            "on": correction.corrected_on,
            "fields": sorted(applied),
        }
        return corrected, outcomes
    return record, outcomes


def _same(name: str, left: str, right: str) -> bool:
    if name == "phone":  # "(555) 010-0100" and "555-010-0100" are the same number
        return [c for c in left if c.isdigit()] == [c for c in right if c.isdigit()]
    return " ".join(left.split()).casefold() == " ".join(right.split()).casefold()


def corrected_line(record: Mapping[str, Any]) -> str:
    """ "Edited by the coordinator on 2026-12-03", or "" for a record nobody corrected."""
    mark = record.get("x_corrected")
    if not isinstance(mark, Mapping) or not isinstance(mark.get("on"), str):
        return ""
    return f"Edited by the coordinator on {mark['on']}"


# -- setting each field on a record -----------------------------------------------------


def _links(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [link for link in record.get("service_at_locations") or () if isinstance(link, dict)]


def _digits(value: Any) -> str:
    return "".join(ch for ch in str(value or "") if ch.isdigit())


def _set_phone(record: dict[str, Any], value: str) -> None:
    """The typed numbers become the service's main numbers, listed first.

    The numbers they replace (the service's own, or the first one shown when it has none)
    go from everywhere in the record; other numbers (a location's line, a manager's cell)
    stay.
    """
    numbers = [n.strip() for n in value.split(";") if n.strip()]
    own = [p for p in record.get("phones") or () if isinstance(p, dict)]
    shown = facts.phones(record)
    replaced = {_digits(p.get("number")) for p in own} or (
        {_digits(shown[0].number)} if shown else set()
    )
    replaced |= {_digits(n) for n in numbers}
    record["phones"] = [
        {"id": f"{record['id']}/coordinator-phone-{i + 1}", "service_id": record["id"], "number": n}
        for i, n in enumerate(numbers)
    ]
    holders: list[dict[str, Any]] = []
    for link in _links(record):
        holders.append(link)
        location = link.get("location")
        if isinstance(location, dict):
            holders.append(location)
    organization = record.get("organization")
    if isinstance(organization, dict):
        holders.append(organization)
    for holder in holders:
        if isinstance(holder.get("phones"), list):
            holder["phones"] = [
                p
                for p in holder["phones"]
                if not (isinstance(p, dict) and _digits(p.get("number")) in replaced)
            ]


def _set_hours(record: dict[str, Any], value: str) -> None:
    parsed = parse_hours_entry(value, service_id=record["id"])
    record["schedules"] = parsed["schedules"]
    record.pop("x_open_24_7", None)
    if parsed.get("x_open_24_7"):
        record["x_open_24_7"] = True
    for link in _links(record):
        link.pop("schedules", None)
        location = link.get("location")
        if isinstance(location, dict):
            location.pop("schedules", None)


def _set_address(record: dict[str, Any], value: Mapping[str, str]) -> None:
    links = _links(record)
    if not links:
        location_id = f"{record['id']}/coordinator-location"
        links = [{"id": f"{record['id']}/coordinator-link", "service_id": record["id"]}]
        links[0]["location_id"] = location_id
        links[0]["location"] = {"id": location_id, "location_type": "physical"}
        record["service_at_locations"] = links
    location = links[0].setdefault("location", {"id": f"{record['id']}/coordinator-location"})
    addresses = [a for a in location.get("addresses") or () if isinstance(a, dict)]
    old = next((a for a in addresses if a.get("address_type") in (None, "", "physical")), None)
    new = {k: v for k, v in (old or {}).items() if k not in ADDRESS_PARTS}
    new.setdefault("id", f"{record['id']}/coordinator-address")
    new.setdefault("location_id", location.get("id"))
    new["address_type"] = "physical"
    new.update(value)
    moved = old is None or any(
        str(old.get(k) or "").strip().casefold() != value.get(k, "").casefold()
        for k in ("city", "postal_code")
    )
    if moved:  # the pin would point at the old place: better no pin than a wrong one
        location.pop("latitude", None)
        location.pop("longitude", None)
    location["addresses"] = [new] + [a for a in addresses if a is not old]


def _set_status(record: dict[str, Any], value: str) -> None:
    record["status"] = STATUS_CHOICES[value]


def _set_note(record: dict[str, Any], value: str) -> None:
    source = reviewed.field_text(record, "alert")
    record["alert"] = value if not source or source == value else f"{value}\n\n{source}"


_SETTERS: dict[str, Callable[[dict[str, Any], Any], None]] = {
    "phone": _set_phone,
    "hours": _set_hours,
    "address": _set_address,
    "status": _set_status,
    "note": _set_note,
}
