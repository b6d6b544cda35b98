"""Why a resource pack was refused: codes a ``PackRejected`` carries.

The value is the English wording, with ``{name}`` fields, that the command line prints; the
GUI words each code in its own language (``outreach.gui.problem_words``). Problems inside one
record ("Record 12 has no id") stay plain English sentences.
"""

from __future__ import annotations

import enum


class PackProblem(enum.Enum):
    NEEDS_BASE = (
        "This update needs version {base} of the directory and version {have} is installed; "
        "get the full pack instead."
    )
    NEEDS_BASE_NO_FEED = (
        "This update needs version {base} of the directory and no version from a feed is "
        "installed; get the full pack instead."
    )
    STARTER_NOT_NEEDED = (
        "A directory from a feed is already installed; the starter pack is not needed."
    )
    OLDER = (
        "Pack version {version} is older than the installed version {installed}; it was not "
        "applied."
    )
    NOT_A_PACK = "This file is not a resource pack."
    STARTER_MISSING = "The starter directory is not included in this installation."
    NO_MANIFEST = "This file is not a resource pack (it has no manifest)."
    ARCHIVE_DAMAGED = "This file is not a resource pack (the archive is damaged)."
    UNEXPECTED_MEMBER = "The resource pack's contents are not as expected: unexpected {member}."
    CONTENTS_NOT_AS_EXPECTED = "The resource pack's contents are not as expected."
    COMPRESSION = "The resource pack uses a compression this app does not read."
    TOO_BIG = "The resource pack would unpack to {size} bytes, more than the {allowed} allowed."
    MEMBER_TOO_BIG = "The resource pack's {member} unpacks to more than {allowed} bytes."
    MEMBER_UNREADABLE = "The resource pack is damaged ({member} cannot be read)."
    INCOMPLETE = (
        "The resource pack is incomplete: its manifest lists {services} services and "
        "{removals} removals, it holds {held_services} and {held_removals}."
    )
    CONTENT_MISMATCH = "The resource pack is damaged: its content does not match its manifest."
    NEWER_FORMAT = (
        "This resource pack uses format {format}, newer than this app reads ({readable}). "
        "Update Outreach Companion."
    )
