"""Why the coordinator's desk refused something: codes its errors carry.

The value is the English wording, with ``{name}`` fields, that the command line prints; the
GUI words each code in its own language (``outreach.gui.problem_words``).
"""

from __future__ import annotations

import enum


class DeskProblem(enum.Enum):
    NOT_A_FEED_FOLDER = "{folder} is not a feed folder (no {timestamp})."
    FOLDER_OVERLAPS_FEED = "The folder {folder} overlaps the feed folder itself."
    CANNOT_WRITE_COPY = "Cannot write {file}: {reason}. Workers still see the previous version."
    NOT_RSYNC_DESTINATION = "{destination} is not an rsync destination."
    NOT_A_PORT = "SSH port {port} is not a port number."
    NO_RSYNC = "rsync is not installed on this computer."
    RSYNC_FAILED = (
        "rsync to {destination} failed (exit {code}): {detail}. Workers still see the "
        "previous version."
    )
    NOT_A_BUCKET = "{bucket} is not a bucket name."
    UPLOAD_FAILED = (
        "Uploading to {target} failed ({reason}). Workers still see the previous version."
    )
    CORRECTIONS_UNREADABLE = (
        "The corrections file {file} cannot be read ({kind}); it was left as it is."
    )
    NOT_CORRECTABLE = "{field} cannot be corrected here."
    ADDRESS_NEEDS_PARTS = "An address correction needs its parts (street, city, …)."
    ADDRESS_NEEDS_STREET_AND_CITY = "An address needs at least a street and a city."
    CORRECTION_NOT_TEXT = "The {field} correction must be text."
    NOT_A_STATUS = "Status {status} is not one of: {choices}."
    NOT_A_PHONE = "{phone} is not a phone number."
    HOURS_EMPTY = "Type the opening hours, e.g. Mon-Fri 09:00-17:00."
    HOURS_DAYS_UNREADABLE = "Cannot read the days in {part}."
    HOURS_PART_UNREADABLE = (
        "Cannot read {part}: write the days, then the hours, e.g. Mon-Fri 09:00-17:00."
    )
    HOURS_NO_OPENING = "Those hours have no opening time on any day."
    HOURS_TIMES_UNREADABLE = (
        "Cannot read the times {window} in {part}: write them as 09:00-17:00 or 9am-5pm."
    )
    HOURS_SAME_TIME = "{window} opens and closes at the same time."
    SETTINGS_UNREADABLE = "The desk settings {file} cannot be read ({kind})."
    NO_TARGET_NUMBER = "There is no publish target number {number}."
    NO_SERVICES_READ = "No services could be read from that export; nothing changed."
    NO_DRAFT = "There is no draft: import an export first."
    NO_SUCH_SERVICE = (
        "There is no service {service} in the current import; import the export first, then "
        "correct it."
    )
    NOTHING_TO_PUBLISH = "The draft is the same as the published version: nothing to publish."
    REPEATED_ID = (
        "Two services in the export share the id {service}; corrections are kept by id, so "
        "the export must give each service its own."
    )
