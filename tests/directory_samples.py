"""Small, readable service records for the directory tests (docs/records.md shape)."""

from __future__ import annotations

from typing import Any

WEEKDAYS_9_TO_5 = [
    {
        "id": "sch-wk",
        "freq": "WEEKLY",
        "byday": "MO,TU,WE,TH,FR",
        "opens_at": "09:00",
        "closes_at": "17:00",
    }
]


def service(
    service_id: str,
    name: str,
    *,
    description: str | None = None,
    lat: float | None = None,
    lon: float | None = None,
    city: str = "Chicago",
    state: str = "IL",
    postcode: str = "60614",
    **fields: Any,
) -> dict[str, Any]:
    """A minimal valid record; coordinates make one service-at-location with an address."""
    record: dict[str, Any] = {
        "id": service_id,
        "name": name,
        "status": "active",
        "organization_id": f"org-{service_id}",
        "organization": {"id": f"org-{service_id}", "name": f"{name} Org"},
        "x_timezone": "America/Chicago",
    }
    if description:
        record["description"] = description
    if lat is not None and lon is not None:
        record["service_at_locations"] = [
            {
                "id": f"sal-{service_id}",
                "service_id": service_id,
                "location_id": f"loc-{service_id}",
                "location": {
                    "id": f"loc-{service_id}",
                    "location_type": "physical",
                    "name": name,
                    "latitude": lat,
                    "longitude": lon,
                    "addresses": [
                        {
                            "id": f"addr-{service_id}",
                            "address_1": "1 Main St",
                            "city": city,
                            "state_province": state,
                            "postal_code": postcode,
                            "country": "US",
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ]
    record.update(fields)
    return record
