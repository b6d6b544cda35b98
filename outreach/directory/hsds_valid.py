"""Making a stored record a valid HSDS 3.0 service: fill what can be derived, leave out the rest.

Records keep whatever the source had (docs/records.md); HSDS 3 requires some fields a
source may lack. Each object is checked against the schema's required fields and types
(:mod:`outreach.directory.hsds_model`):

- derived honestly: an address's ``country`` from its US state or Canadian province (or
  the ``--country`` the coordinator gives), a taxonomy term's ``name`` from another term
  with the same code, ``location_type`` from what the location has, an id for an object
  that has none (stable: made from its content);
- written as the empty text HSDS allows: a missing ``description`` of an organization,
  program or taxonomy (the schema requires the field, not any words in it);
- left out: a phone without a number, an organization or program without a name,
  incomplete metadata. An address missing its street, city, state or postcode is kept
  under the location's ``x_incomplete_addresses`` (HSDS allows ``x_`` extensions), so
  nothing a worker could use is lost; a value of the wrong type (text where HSDS wants a
  number) moves to an ``x_`` key the same way.

Every fill and every omission is counted once per object (by kind and id).
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from typing import Any

from outreach.directory.hsds_model import HSDS_CHILDREN, HSDS_FIELDS, HSDS_REQUIRED
from outreach.directory.numbers import parse_number
from outreach.directory.regions import timezone_for_us_state

_NUMBERS: dict[str, frozenset[str]] = {
    "service": frozenset({"minimum_age", "maximum_age"}),
    "location": frozenset({"latitude", "longitude"}),
    "organization": frozenset({"year_incorporated"}),
    "phone": frozenset({"extension"}),
    "schedule": frozenset({"timezone", "count", "interval"}),
    "cost_option": frozenset({"amount"}),
}
_ENUMS: dict[tuple[str, str], frozenset[str]] = {
    ("service", "status"): frozenset({"active", "inactive", "defunct", "temporarily closed"}),
    ("location", "location_type"): frozenset({"physical", "postal", "virtual"}),
    ("address", "address_type"): frozenset({"physical", "postal", "virtual"}),
    ("schedule", "freq"): frozenset({"WEEKLY", "MONTHLY"}),
    ("schedule", "wkst"): frozenset({"MO", "TU", "WE", "TH", "FR", "SA", "SU"}),
}
_ADDRESS_TYPES = {"mailing": "postal", "mail": "postal", "street": "physical",
                  "location": "physical", "po box": "postal"}  # fmt: skip
_ALL_DAYS = "MO,TU,WE,TH,FR,SA,SU"
_CANADA = frozenset(
    {"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
     "alberta", "british columbia", "manitoba", "new brunswick", "newfoundland and labrador",
     "nova scotia", "northwest territories", "nunavut", "ontario", "prince edward island",
     "quebec", "québec", "saskatchewan", "yukon"}
)  # fmt: skip
# Kinds whose missing description HSDS requires as a field but an empty one satisfies.
_EMPTY_DESCRIPTION_OK = frozenset({"organization", "program", "taxonomy", "taxonomy_term"})
# Kinds left out when a required field cannot be derived (the rest always can be).
_PLURAL = {"address": "addresses", "accessibility": "accessibility entries",
           "taxonomy": "taxonomies", "metadata": "metadata entries"}  # fmt: skip


# Ids made for objects the export found without one: the same object always gets the same id.
_EXPORT_ID_NAMESPACE = uuid.UUID("2f0e0c55-2b8a-4a53-9b57-7d1c3e9b6a40")


def _made_id(*parts: str) -> str:
    return str(uuid.uuid5(_EXPORT_ID_NAMESPACE, "\x1f".join(parts)))


def _plural(kind: str) -> str:
    return _PLURAL.get(kind, kind.replace("_", " ") + "s")


def country_of_region(region: str) -> str | None:
    """``"US"`` for a US state or territory (code or name), ``"CA"`` for a province."""
    if timezone_for_us_state(region):
        return "US"
    text = region.strip()
    if text.upper() in _CANADA or text.lower() in _CANADA:
        return "CA"
    return None


class HsdsRepairer:
    """Copies records into valid HSDS 3.0 service objects, counting every change."""

    def __init__(self, *, country: str | None = None) -> None:
        self.country = country.upper() if country else None
        self.filled: Counter[str] = Counter()
        self.left_out: Counter[str] = Counter()
        self._counted: set[tuple[str, str, str]] = set()
        self._term_names: dict[str, str] = {}

    def learn_term_names(self, records: list[dict[str, Any]]) -> None:
        """Remember each taxonomy code's name, to name terms that have only the code."""
        for record in records:
            for attribute in record.get("attributes") or ():
                term = attribute.get("taxonomy_term") if isinstance(attribute, dict) else None
                if isinstance(term, dict) and term.get("code") and term.get("name"):
                    self._term_names.setdefault(str(term["code"]), str(term["name"]))

    def service(self, record: dict[str, Any]) -> dict[str, Any]:
        service: dict[str, Any] = json.loads(json.dumps(record))
        self._object(service, "service", f"service:{record.get('id')}")
        return service

    # -- counting --------------------------------------------------------------

    def _count(self, counter: Counter[str], what: str, kind: str, obj: dict[str, Any]) -> None:
        key = (what, kind, str(obj.get("id")))
        if key not in self._counted:
            self._counted.add(key)
            counter[what] += 1

    # -- walking ---------------------------------------------------------------

    def _object(self, obj: dict[str, Any], kind: str, where: str) -> bool:
        """Repair ``obj`` (and its children) in place; False when it must be left out."""
        if not obj.get("id"):
            obj["id"] = _made_id(where, kind, json.dumps(obj, sort_keys=True, default=str))
            self._count(self.filled, f"{_plural(kind)}: an id made from the content", kind, obj)
        for key, child_kind in HSDS_CHILDREN.get(kind, {}).items():
            if key in obj:
                self._child(obj, key, child_kind, kind, where)
        self._types(obj, kind)
        return self._required(obj, kind)

    def _child(self, obj: dict[str, Any], key: str, kind: str, owner: str, where: str) -> None:
        value = obj[key]
        single = key in ("organization", "program", "location", "taxonomy_term",
                         "taxonomy_detail")  # fmt: skip
        if single:
            if not isinstance(value, dict):
                obj[f"x_{key}"] = obj.pop(key)
                return
            if not self._object(value, kind, f"{where}/{key}"):
                del obj[key]
                if key in ("organization", "program"):
                    obj.pop(f"{key}_id", None)
            return
        if not isinstance(value, list):
            obj[f"x_{key}"] = obj.pop(key)
            return
        kept, incomplete = [], []
        for index, item in enumerate(value):
            if isinstance(item, dict) and self._object(item, kind, f"{where}/{key}/{index}"):
                kept.append(item)
            elif isinstance(item, dict) and kind == "address":
                incomplete.append(item)
        if kept:
            obj[key] = kept
        else:
            del obj[key]
        if incomplete:
            obj.setdefault("x_incomplete_addresses", []).extend(incomplete)

    def _types(self, obj: dict[str, Any], kind: str) -> None:
        known = HSDS_FIELDS.get(kind, frozenset())
        children = HSDS_CHILDREN.get(kind, {})
        numbers = _NUMBERS.get(kind, frozenset())
        for key in [k for k in obj if k in known and k not in children]:
            value = obj[key]
            if key in numbers:
                number = parse_number(value)
                if number is None:
                    obj[f"x_{key}"] = obj.pop(key)
                    self._count(self.left_out, f"{_plural(kind)}: {key} that is not a number "
                                f"(kept as x_{key})", kind, obj)  # fmt: skip
                else:
                    obj[key] = number
            elif isinstance(value, bool | int | float):
                obj[key] = str(value).lower() if isinstance(value, bool) else str(value)
            elif not isinstance(value, str):
                obj[f"x_{key}"] = obj.pop(key)
                self._count(self.left_out, f"{_plural(kind)}: {key} that is not text "
                            f"(kept as x_{key})", kind, obj)  # fmt: skip
        for (enum_kind, key), allowed in _ENUMS.items():
            if enum_kind == kind and key in obj and obj[key] not in allowed:
                self._enum(obj, kind, key, allowed)

    def _enum(self, obj: dict[str, Any], kind: str, key: str, allowed: frozenset[str]) -> None:
        value = str(obj[key]).strip()
        fixed = value.lower() if kind != "schedule" else value.upper()
        if kind == "address":
            fixed = _ADDRESS_TYPES.get(fixed, fixed)
        if key == "freq" and fixed == "DAILY" and not obj.get("byday"):
            obj["byday"] = _ALL_DAYS  # every day is weekly on all seven days
            fixed = "WEEKLY"
        if fixed in allowed:
            obj[key] = fixed
            return
        obj[f"x_{key}"] = obj.pop(key)
        self._count(self.left_out, f"{_plural(kind)}: {key} {value!r} that HSDS does not "
                    f"allow (kept as x_{key})", kind, obj)  # fmt: skip

    def _required(self, obj: dict[str, Any], kind: str) -> bool:
        for key in HSDS_REQUIRED.get(kind, ()):
            if obj.get(key) not in (None, ""):
                continue
            if key == "description" and kind in _EMPTY_DESCRIPTION_OK:
                if kind == "taxonomy_term" and obj.get("name"):
                    obj[key] = obj["name"]
                    self._count(self.filled, f"{_plural(kind)}: description from the name",
                                kind, obj)  # fmt: skip
                else:
                    obj[key] = ""
                    self._count(self.filled, f"{_plural(kind)}: empty description", kind, obj)
                continue
            derived = self._derive(obj, kind, key)
            if derived is not None:
                obj[key] = derived
                continue
            self._count(self.left_out, f"{_plural(kind)} without {key}", kind, obj)
            return False
        return True

    def _derive(self, obj: dict[str, Any], kind: str, key: str) -> str | None:
        if kind == "service" and key == "status":
            self._count(self.filled, "services: status 'active' (none given)", kind, obj)
            return "active"
        if kind == "location" and key == "location_type":
            virtual = obj.get("url") and not obj.get("addresses") and "latitude" not in obj
            self._count(self.filled, "locations: location_type from what they have", kind, obj)
            return "virtual" if virtual else "physical"
        if kind == "address" and key == "address_type":
            self._count(self.filled, "addresses: address_type 'physical'", kind, obj)
            return "physical"
        if kind == "address" and key == "country":
            country = country_of_region(str(obj.get("state_province", "")))
            if country:
                self._count(self.filled, "addresses: country from the state", kind, obj)
                return country
            if self.country:
                self._count(self.filled, "addresses: country from --country", kind, obj)
                return self.country
            return None
        if kind in ("taxonomy_term", "taxonomy") and key == "name":
            name = self._term_names.get(str(obj.get("code", "")))
            if name:
                self._count(self.filled, "taxonomy terms: name from the same code", kind, obj)
                return name
        return None
