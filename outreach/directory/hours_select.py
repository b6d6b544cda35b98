"""Which of a record's schedules apply, and which clock they are written on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from outreach.directory.hours_parse import parse_utc_offset_hours, parse_zone_suffix


def select_schedules(
    record: Mapping[str, Any], location_id: str | None
) -> list[list[Mapping[str, Any]]]:
    """The schedule lists whose hours apply, one list per place.

    With ``location_id``: that service-at-location's schedules, else the
    service's own, else the location's. Without: the service's own, else every
    service-at-location's (falling back to each location's own schedules).
    """
    own = _schedules(record.get("schedules"))
    links = [
        link for link in _list(record.get("service_at_locations")) if isinstance(link, Mapping)
    ]
    if location_id is not None:
        for link in links:
            location = link.get("location")
            location = location if isinstance(location, Mapping) else {}
            if location_id in (link.get("location_id"), location.get("id"), link.get("id")):
                for candidate in (link.get("schedules"), record.get("schedules")):
                    found = _schedules(candidate)
                    if found:
                        return [found]
                found = _schedules(location.get("schedules"))
                return [found] if found else []
        return [own] if own else []
    if own:
        return [own]
    groups: list[list[Mapping[str, Any]]] = []
    for link in links:
        location = link.get("location")
        found = _schedules(link.get("schedules"))
        if not found and isinstance(location, Mapping):
            found = _schedules(location.get("schedules"))
        if found:
            groups.append(found)
    return groups


def _list(value: Any) -> Sequence[Any]:
    return value if isinstance(value, list | tuple) else ()


def _schedules(value: Any) -> list[Mapping[str, Any]]:
    return [item for item in _list(value) if isinstance(item, Mapping)]


def zone_key_for(record: Mapping[str, Any]) -> str:
    """The zone key (see :class:`CompiledHours`) for every schedule of ``record``."""
    schedules = list(_schedules(record.get("schedules")))
    for link in _list(record.get("service_at_locations")):
        if isinstance(link, Mapping):
            schedules.extend(_schedules(link.get("schedules")))
            location = link.get("location")
            if isinstance(location, Mapping):
                schedules.extend(_schedules(location.get("schedules")))
    return zone_key(record, schedules)


def zone_key(record: Mapping[str, Any], schedules: Sequence[Mapping[str, Any]]) -> str:
    """``x_timezone`` if valid, else a schedule's UTC offset, else ``""`` (device zone)."""
    name = record.get("x_timezone")
    if isinstance(name, str) and name.strip() and _valid_zone_name(name.strip()):
        return name.strip()
    # A bad zone name falls through to the next source rather than failing the record.
    for item in schedules:
        offset = parse_utc_offset_hours(item.get("timezone"))
        if offset is not None:
            return format_offset(offset)
    for item in schedules:
        for key in ("opens_at", "closes_at"):
            offset = parse_zone_suffix(item.get(key))
            if offset is not None:
                return format_offset(offset)
    return ""


@lru_cache(maxsize=512)
def _valid_zone_name(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ValueError, OSError):  # ZoneInfoNotFoundError is a KeyError subclass, below
        return False
    except KeyError:
        return False
    return True


def format_offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


# Every field read_schedule looks at. Real directories repeat the same few schedules
# ("MO-FR 09:00-17:00") thousands of times, so rules are memoised on these values.
