"""The pre-HSDS Ohana API JSON shape: an organization holding its locations, each holding
its services (``services_attributes``), address, phones and hours.

Ohana's sample and seed files (one organization per line) look like::

    {"name": "...", "locations": [{"name": "...", "coordinates": ["-122.2", "37.4"],
      "address_attributes": {"street_1": "...", "city": "...", "state": "CA", ...},
      "phones_attributes": [{"number": "...", "number_type": "voice"}],
      "hours": "Monday-Friday, 9-5", "services_attributes": [{"name": "...", ...}]}]}

Each service becomes an HSDS 3 service at its location, with the organization nested.
Objects there have no ids; they get stable ones made from their names and positions.
"""

from __future__ import annotations

from typing import Any

from outreach.importers.clean import stable_id

_ADDRESS_KEYS = {"street_1": "address_1", "street_2": "address_2", "street": "address_1",
                 "state": "state_province", "zip": "postal_code", "country_code": "country",
                 "attention": "attention", "city": "city", "postal_code": "postal_code",
                 "address_1": "address_1", "address_2": "address_2",
                 "state_province": "state_province", "country": "country"}  # fmt: skip
_SERVICE_KEYS = {"name": "name", "description": "description", "status": "status",
                 "eligibility": "eligibility_description", "fees": "fees_description",
                 "how_to_apply": "application_process", "wait": "wait_time",
                 "audience": "x_audience", "keywords": "x_keywords",
                 "alternate_name": "alternate_name", "email": "email",
                 "interpretation_services": "interpretation_services", "wait_time": "wait_time",
                 "application_process": "application_process"}  # fmt: skip


def is_ohana_organization(item: dict[str, Any]) -> bool:
    """An organization in Ohana's nested shape (locations carrying their services)."""
    locations = item.get("locations")
    return isinstance(locations, list) and any(
        isinstance(loc, dict)
        and ({"services_attributes", "address_attributes", "phones_attributes"} & loc.keys())
        for loc in locations
    )


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return next((v for v in value if v not in (None, "")), None)
    return value


def _named(owner: str, key: str, values: Any, field: str) -> list[dict[str, Any]]:
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list):
        return []
    return [
        {"id": stable_id(owner, key, str(v)), field: v}
        for v in values
        if isinstance(v, str | int | float) and str(v).strip()
    ]


def _address(owner: str, raw: Any, address_type: str) -> dict[str, Any] | None:
    if not isinstance(raw, dict):
        return None
    address = {_ADDRESS_KEYS[k]: v for k, v in raw.items() if k in _ADDRESS_KEYS}
    if not address:
        return None
    address["id"] = raw.get("id") or stable_id(owner, "address", address_type)
    address["address_type"] = address_type
    return address


def _phones(owner: str, raw: Any) -> list[dict[str, Any]]:
    phones = []
    for index, item in enumerate(raw if isinstance(raw, list) else ()):
        if not isinstance(item, dict):
            continue
        phone = {
            "id": item.get("id") or stable_id(owner, "phone", str(index)),
            "number": item.get("number"),
            "extension": item.get("extension"),
            "type": item.get("number_type"),
            "description": item.get("department"),
        }
        phones.append({k: v for k, v in phone.items() if v not in (None, "")})
    return phones


def _location(org_id: str, index: int, raw: dict[str, Any]) -> dict[str, Any]:
    location_id = str(raw.get("id") or stable_id(org_id, "location", str(raw.get("name")),
                                                  str(index)))  # fmt: skip
    location: dict[str, Any] = {
        "id": location_id,
        "name": raw.get("name"),
        "description": raw.get("description") or raw.get("short_desc"),
        "transportation": raw.get("transportation"),
        "url": _first(raw.get("urls")),
        "latitude": raw.get("latitude"),
        "longitude": raw.get("longitude"),
    }
    coordinates = raw.get("coordinates")
    if isinstance(coordinates, list) and len(coordinates) == 2:
        # Ohana (like GeoJSON) writes [longitude, latitude], often as strings.
        location["longitude"], location["latitude"] = coordinates
    addresses = [
        a
        for a in (
            _address(location_id, raw.get("address_attributes") or raw.get("address"), "physical"),
            _address(
                location_id, raw.get("mail_address_attributes") or raw.get("mail_address"), "postal"
            ),
        )
        if a is not None
    ]
    location["addresses"] = addresses
    location["phones"] = _phones(location_id, raw.get("phones_attributes") or raw.get("phones"))
    location["accessibility"] = _named(location_id, "accessibility", raw.get("accessibility"),
                                       "description")  # fmt: skip
    location["languages"] = _named(location_id, "languages", raw.get("languages"), "name")
    contacts = raw.get("contacts_attributes") or raw.get("contacts")
    if isinstance(contacts, list):
        location["contacts"] = [
            {"id": c.get("id") or stable_id(location_id, "contact", str(i)),
             **{k: c[k] for k in ("name", "title", "email") if k in c}}
            for i, c in enumerate(contacts) if isinstance(c, dict)
        ]  # fmt: skip
    if isinstance(raw.get("hours"), str):
        location["schedules"] = raw["hours"]  # read (or kept as written) by the cleaner
    return {k: v for k, v in location.items() if v not in (None, "", [])}


def _service(location: dict[str, Any], index: int, raw: dict[str, Any]) -> dict[str, Any]:
    service_id = str(raw.get("id") or stable_id(location["id"], "service", str(raw.get("name")),
                                                 str(index)))  # fmt: skip
    service: dict[str, Any] = {"id": service_id}
    for key, target in _SERVICE_KEYS.items():
        if raw.get(key) not in (None, "", []) and target not in service:
            service[target] = raw[key]
    service["url"] = _first(raw.get("urls"))
    service["email"] = service.get("email") or _first(raw.get("emails"))
    service["service_areas"] = _named(service_id, "service_areas", raw.get("service_areas"),
                                      "name")  # fmt: skip
    service["funding"] = _named(service_id, "funding", raw.get("funding_sources"), "source")
    service["languages"] = _named(service_id, "languages", raw.get("languages"), "name")
    service["phones"] = _phones(service_id, raw.get("phones_attributes") or raw.get("phones"))
    categories = raw.get("categories")
    if isinstance(categories, list):
        service["attributes"] = [
            _category(service_id, c) for c in categories if isinstance(c, dict | str)
        ]
    service["service_at_locations"] = [
        {"id": stable_id(service_id, "at", location["id"]), "service_id": service_id,
         "location_id": location["id"], "location": location}
    ]  # fmt: skip
    return {k: v for k, v in service.items() if v not in (None, "", [])}


def _category(service_id: str, raw: dict[str, Any] | str) -> dict[str, Any]:
    name = raw if isinstance(raw, str) else raw.get("name")
    code = None if isinstance(raw, str) else raw.get("taxonomy_id") or raw.get("oe_id")
    term_id = stable_id("ohana-category", str(code or name))
    term = {"id": term_id, "name": name, "code": code, "taxonomy": "ohana"}
    return {
        "id": stable_id(service_id, "category", term_id),
        "link_id": service_id,
        "link_type": "service",
        "taxonomy_term_id": term_id,
        "taxonomy_term": {k: v for k, v in term.items() if v},
    }


def services_from_ohana(raw: dict[str, Any]) -> list[dict[str, Any]]:
    """The HSDS 3 services of one Ohana organization, each carrying its organization."""
    org_id = str(raw.get("id") or stable_id("ohana-organization", str(raw.get("name"))))
    organization = {
        "id": org_id,
        "name": raw.get("name"),
        "description": raw.get("description"),
        "website": _first(raw.get("urls")) or raw.get("website"),
        "email": _first(raw.get("emails")) or raw.get("email"),
    }
    organization = {k: v for k, v in organization.items() if v not in (None, "")}
    services = []
    for index, location_raw in enumerate(raw.get("locations") or ()):
        if not isinstance(location_raw, dict):
            continue
        location = _location(org_id, index, location_raw)
        for service_index, service_raw in enumerate(location_raw.get("services_attributes") or ()):
            if isinstance(service_raw, dict):
                service = _service(location, service_index, service_raw)
                service["organization"] = organization
                services.append(service)
    return services
