"""Storing :class:`CompiledHours` as compact JSON next to each record."""

from __future__ import annotations

import json
from functools import lru_cache

from outreach.directory.hours_compile import CompiledHours, Rule, week_table

_FORMAT_VERSION = 1


def compiled_to_json(compiled: CompiledHours) -> str:
    """Compact JSON text for storing a :class:`CompiledHours` next to a record."""
    payload = {
        "v": _FORMAT_VERSION,
        "zone": compiled.zone,
        "note": compiled.note,
        "groups": [
            [
                [r.kind, r.first, r.last, r.weekdays, r.recurrence, r.windows, r.unreadable]
                for r in rules
            ]
            for rules in compiled.groups
        ],
    }
    return json.dumps(payload, separators=(",", ":"))


@lru_cache(maxsize=4096)  # many services share the same hours; the result is immutable
def compiled_from_json(text: str) -> CompiledHours:
    """Read :func:`compiled_to_json` output back; ``ValueError`` if it is not that."""
    try:
        payload = json.loads(text)
        if payload["v"] != _FORMAT_VERSION:
            raise ValueError(f"unsupported compiled-hours version {payload['v']!r}")
        groups = tuple(
            tuple(
                Rule(
                    kind=str(kind),
                    first=first,
                    last=last,
                    weekdays=int(weekdays),
                    recurrence=str(recurrence),
                    windows=tuple((int(start), int(end)) for start, end in windows),
                    unreadable=bool(unreadable),
                )
                for kind, first, last, weekdays, recurrence, windows, unreadable in rules
            )
            for rules in payload["groups"]
        )
        return CompiledHours(
            zone=str(payload["zone"]),
            groups=groups,
            week=week_table(groups),
            note=str(payload["note"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"not compiled opening hours: {exc}") from None
