"""Service records for the directory-view tests: a small Chicago directory, every field a
referral needs, on a fixed clock (Wednesday 15 May 2024, 10:00 in Chicago)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

#: Wednesday 15 May 2024, 10:00 CDT.
FIXED_NOW = datetime(2024, 5, 15, 15, 0, tzinfo=UTC)
DAILY = "MO,TU,WE,TH,FR,SA,SU"


def _schedule(sid: str, byday: str, opens: str, closes: str) -> dict[str, Any]:
    return {"id": sid, "freq": "WEEKLY", "byday": byday, "opens_at": opens, "closes_at": closes}


def service(
    sid: str,
    name: str,
    *,
    lat: float,
    lon: float,
    street: str = "1 Main St",
    city: str = "Chicago",
    postcode: str = "60614",
    **fields: Any,
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": sid,
        "name": name,
        "status": "active",
        "organization_id": f"org-{sid}",
        "organization": {"id": f"org-{sid}", "name": fields.pop("org", f"{name} Inc.")},
        "x_timezone": "America/Chicago",
        "service_at_locations": [
            {
                "id": f"sal-{sid}",
                "service_id": sid,
                "location_id": f"loc-{sid}",
                "location": {
                    "id": f"loc-{sid}",
                    "location_type": "physical",
                    "name": name,
                    "latitude": lat,
                    "longitude": lon,
                    "addresses": [
                        {
                            "id": f"addr-{sid}",
                            "address_1": street,
                            "city": city,
                            "state_province": "IL",
                            "postal_code": postcode,
                            "country": "US",
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ],
    }
    record.update(fields)
    return record


HAYMARKET = service(
    "detox-day",
    "Haymarket Detox Center",
    org="Haymarket Center",
    lat=41.8847,
    lon=-87.6477,
    street="932 W Washington Blvd",
    postcode="60607",
    description="Medically monitored detox and withdrawal management for alcohol and opioids.",
    alert="Intake is full on Fridays after 6 pm; call first.",
    phones=[
        {
            "id": "ph-1",
            "number": "(312) 555-0101",
            "type": "voice",
            "languages": [{"id": "l1", "name": "Spanish", "code": "es"}],
        },
        {"id": "ph-2", "number": "(312) 555-0199", "type": "text"},
    ],
    schedules=[_schedule("s1", DAILY, "08:00", "20:00")],
    eligibility_description="Adults 18 and over who use alcohol or opioids.",
    minimum_age=18,
    required_documents=[
        {"id": "doc-1", "document": "Photo ID (any, expired is fine)"},
        {"id": "doc-2", "document": "Medicaid card if you have one"},
    ],
    languages=[
        {"id": "lang-en", "name": "English", "code": "en"},
        {"id": "lang-es", "name": "Spanish", "code": "es"},
    ],
    cost_options=[{"id": "cost-1", "option": "Detox stay", "amount": 0, "currency": "USD"}],
    fees_description="Free for Illinois residents.",
    application_process="Walk-in intake at the front desk, no appointment needed.",
    assured_date="2024-04-30",
    url="https://example.org/haymarket",
)

NIGHT_DETOX = service(
    "detox-night",
    "Night Owl Detox",
    lat=41.9214,
    lon=-87.6513,
    postcode="60614",
    description="Overnight detox beds, withdrawal support.",
    schedules=[_schedule("s2", DAILY, "20:00", "06:00")],
    phones=[{"id": "ph-3", "number": "(773) 555-0110"}],
    assured_date="2024-01-10",
    fees_description="Sliding scale fees.",
)

NALOXONE = service(
    "narcan-1",
    "Harbor Naloxone Distribution",
    lat=41.8500,
    lon=-87.6500,
    postcode="60608",
    description="Free narcan kits and overdose training.",
    fees_description="Free.",
)

PANTRY = service(
    "food-1",
    "Comida Para Todos Food Pantry",
    lat=41.8600,
    lon=-87.6900,
    postcode="60623",
    description="Groceries and hot meals. Se habla español.",
    languages=[{"id": "lang-es2", "name": "Spanish", "code": "es"}],
    schedules=[_schedule("s3", "MO,WE,FR", "09:00", "12:00")],
    fees_description="Free, no ID needed.",
)

YOUTH_SHELTER = service(
    "shelter-youth",
    "Lakeview Youth Shelter",
    lat=41.9400,
    lon=-87.6500,
    postcode="60657",
    description="Emergency shelter beds for young people.",
    minimum_age=12,
    maximum_age=17,
    schedules=[_schedule("s4", DAILY, "00:00", "00:00") | {"x_24_hours": True}],
)

HOSTILE = service(
    "hostile",
    "<b>Bold</b> Clinic <img src=x onerror=alert(1)>",
    lat=41.8800,
    lon=-87.6300,
    postcode="60601",
    description='A clinic whose export has markup: <a href="javascript:alert(1)">click</a>',
    phones=[{"id": "ph-h", "number": "<script>1</script>"}],
)

SPRINGFIELD = service(
    "far-away",
    "Springfield Detox Unit",
    lat=39.7817,
    lon=-89.6501,
    city="Springfield",
    postcode="62701",
    description="Detox far from Chicago.",
)


def clinics(count: int) -> list[dict[str, Any]]:
    """Filler: primary-care clinics around the city, so lists are longer than a page."""
    return [
        service(
            f"clinic-{n:02d}",
            f"Neighborhood Health Clinic {n}",
            lat=41.80 + n * 0.01,
            lon=-87.70 + n * 0.005,
            postcode=f"606{n % 50:02d}",
            description="Primary care clinic, walk-in hours for adults.",
            schedules=[_schedule(f"sc{n}", "MO,TU,WE,TH,FR", "09:00", "17:00")],
            assured_date="2024-03-01",
        )
        for n in range(30)
    ]


def all_records() -> list[dict[str, Any]]:
    return [
        HAYMARKET,
        NIGHT_DETOX,
        NALOXONE,
        PANTRY,
        YOUTH_SHELTER,
        HOSTILE,
        SPRINGFIELD,
        *clinics(30),
    ]
