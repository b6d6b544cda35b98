"""What a write changed, so every view can refresh what concerns it (Anki's ``OpChanges``).

A write operation returns (or is described by) a :class:`Changes`; the GUI session announces
it once, on the GUI thread, and each view decides from its flags whether to re-read anything.
Nothing here knows which views exist.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    """Which parts of the vault a write touched. ``Changes()`` means "nothing"."""

    #: Services, their records, counts, filter lists or the installed pack's state.
    directory: bool = False
    #: The list of trusted feeds or their check and verification times.
    feeds: bool = False
    #: Contacts, encounters, referrals or follow-ups.
    notes: bool = False
    #: App settings (search radius, language, auto-lock…).
    settings: bool = False

    def __or__(self, other: Changes) -> Changes:
        merged = {f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


NOTHING = Changes()
DIRECTORY = Changes(directory=True)
FEEDS = Changes(feeds=True)
NOTES = Changes(notes=True)
SETTINGS = Changes(settings=True)
