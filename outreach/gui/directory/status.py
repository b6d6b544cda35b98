"""The status-bar line about the directory: how many services, and how old the data is.

Pure functions (no Qt), so the wording and the warning threshold are easy to test.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

#: Older than this and the age is shown as a warning: hours, phones and beds change.
STALE_AFTER = timedelta(days=30)


@dataclass(frozen=True)
class DirectoryStatus:
    """What the status bar shows: ``services_text``, ``age_text`` and whether to warn."""

    services: int
    services_text: str
    age_text: str
    warning: bool


def parse_moment(value: Any) -> datetime | None:
    """An ISO date or date-time string as an aware UTC datetime; ``None`` when unreadable."""
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


def describe_age(moment: datetime, now: datetime) -> str:
    """ "just now", "5 minutes ago", "2 hours ago", "3 days ago", "4 months ago"."""
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return "just now"
    for size, unit in ((365 * 86400, "year"), (30 * 86400, "month"), (86400, "day")):
        if seconds >= size * (2 if unit == "month" else 1):
            count = int(seconds // size)
            return f"{count} {unit}{'s' if count != 1 else ''} ago"
    if seconds >= 3600:
        count = int(seconds // 3600)
        return f"{count} hour{'s' if count != 1 else ''} ago"
    count = int(seconds // 60)
    return f"{count} minute{'s' if count != 1 else ''} ago"


def directory_status(
    services: int,
    state: dict[str, Any],
    info: dict[str, str],
    now: datetime,
    *,
    stale_after: timedelta = STALE_AFTER,
) -> DirectoryStatus:
    """The status for ``services`` loaded, ``state`` from ``pack_state`` and ``info`` from
    ``get_directory_info``. Verified by the feed beats applied, which beats imported."""
    services_text = f"{services:,} service{'s' if services != 1 else ''}"
    if services == 0:
        return DirectoryStatus(0, "No services loaded", "", False)
    verified = parse_moment(state.get("verified_at"))
    applied = parse_moment(state.get("applied_at"))
    created = parse_moment(state.get("created"))
    imported = parse_moment(info.get("updated_at"))
    if state.get("starter") and created is not None:
        # The starter is a snapshot: its age is when it was built, not when it was loaded.
        text = f"starter directory from {created:%Y-%m-%d} ({describe_age(created, now)})"
        return DirectoryStatus(services, services_text, text, now - created > stale_after)
    if verified is not None:
        age = verified
        text = f"directory verified {describe_age(verified, now)}"
    elif applied is not None:
        age = applied
        text = f"directory pack applied {describe_age(applied, now)}"
    elif imported is not None:
        age = imported
        text = f"imported {describe_age(imported, now)}"
    else:
        return DirectoryStatus(services, services_text, "age unknown", True)
    return DirectoryStatus(services, services_text, text, now - age > stale_after)
