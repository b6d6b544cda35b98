"""Time for notes: every function takes ``now`` so tests and the GUI decide what "now" is."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    """An aware moment as stored: UTC ISO 8601 to the second."""
    if moment.tzinfo is None:
        raise ValueError("note times must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_stamp(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def local_date(moment: datetime) -> date:
    """The worker's calendar day for ``moment`` (the device's local zone)."""
    return moment.astimezone().date()
