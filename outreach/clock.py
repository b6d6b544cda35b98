"""Time for the core and the GUI: one injectable clock and one reader of stored moments.

Anything that judges time (opening hours, the age of the directory, due dates, when a pack
was applied or verified) takes a :data:`Clock` or a ``now`` from its caller instead of asking
the system, so tests can run on a fixed moment (KeePassXC's ``Clock``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

#: Returns the current moment, timezone-aware.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The machine's clock, in UTC."""
    return datetime.now(UTC)


def parse_moment(value: object) -> datetime | None:
    """An ISO date or date-time as stored in the vault, as an aware UTC datetime; ``None``
    when it is empty or unreadable. A date alone means its midnight, UTC."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def iso_utc(moment: datetime) -> str:
    """How moments are stored: ISO 8601 in UTC to the second, with a ``Z``."""
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def local_date(moment: datetime) -> date:
    """The worker's calendar day for ``moment`` (the device's local zone)."""
    return moment.astimezone().date()
