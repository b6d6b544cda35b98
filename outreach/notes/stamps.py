"""How notes store moments: aware UTC ISO 8601 to the second, ``+00:00`` (as every note row
has since the first release). What "now" is comes from the caller (``outreach.clock``)."""

from __future__ import annotations

from datetime import UTC, datetime


def stamp(moment: datetime) -> str:
    """An aware moment as stored: UTC ISO 8601 to the second."""
    if moment.tzinfo is None:
        raise ValueError("note times must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_stamp(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
