"""Why a note, contact, referral or follow-up was refused: codes its error carries.

The value is the English wording, with ``{name}`` fields, that the command line prints; the
GUI words each code in its own language (``outreach.gui.problem_words``).
"""

from __future__ import annotations

import enum


class NotesProblem(enum.Enum):
    ALIAS_NEEDED = "A contact needs an alias."
    ALIAS_TOO_LONG = "An alias has at most {limit} characters."
    BIRTH_YEAR = "The year of birth must be between {first} and {last}."
    REACH_TOO_LONG = "'How to reach' has at most {limit} characters."
    CONSENT_IN_FUTURE = "The consent date cannot be in the future."
    CONTACT_GONE = "That contact no longer exists (it may have been purged)."
    ENCOUNTER_NEEDS_ZONE = "The encounter time needs a time zone."
    ENCOUNTER_IN_FUTURE = "An encounter cannot be in the future."
    NOTE_TOO_LONG = "A note has at most {limit} characters."
    PLACE_TOO_LONG = "A place has at most {limit} characters."
    SUPPLY_COUNT = "{supply}: the number must be between 0 and {limit}."
    ENCOUNTER_GONE = "That encounter no longer exists."
    ENCOUNTER_PURGED = "That encounter no longer exists (it may have been purged)."
    REFERRAL_NEEDS_SERVICE = "A referral needs a service from the directory."
    OUTCOME_IN_FUTURE = "An outcome cannot be dated in the future."
    REFERRAL_GONE = "That referral no longer exists (it may have been purged)."
    OUTCOME_BEFORE_REFERRAL = "An outcome cannot be dated before the referral was made."
    FOLLOW_UP_AFTER_A_DAY = "Referrals become follow-ups after at least one day."
    FOLLOW_UP_TOO_LONG = "A follow-up has at most {limit} characters."
    FOLLOW_UP_NEEDS_WORDS = "A follow-up needs a few words on what to do."
    SNOOZE_AFTER_TODAY = "Snooze until a day after today."
    FOLLOW_UP_GONE = "That follow-up no longer exists."
    RETENTION_MINIMUM = "Notes are kept for at least {days} days."
    REPORT_ENDS_BEFORE_START = "The report's end comes before its start."
    REPORT_TOO_LONG = "A report covers at most {months} months."
