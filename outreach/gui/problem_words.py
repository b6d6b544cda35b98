"""The core's coded errors worded in the interface language.

A ``UserFacingError`` raised with a code (see :class:`outreach.errors.UserFacingError`) is
worded here from that code and its values; the English source texts say the same as the
core's (a test checks it), so the English interface and the command line agree.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from outreach.errors import ImportProblem, VaultProblem
from outreach.feed.problems import FeedProblem
from outreach.notes.problems import NotesProblem
from outreach.packs.problems import PackProblem


def _vault_words() -> dict[enum.Enum, str]:
    return {
        VaultProblem.NOT_A_FILE: QCoreApplication.translate(
            "Problem", "{file} is not a file, so it cannot be a vault."
        ),
        VaultProblem.FOLDER: QCoreApplication.translate(
            "Problem", "{file} is a folder, not a vault file."
        ),
        VaultProblem.NO_VAULT: QCoreApplication.translate(
            "Problem", "No vault at {file}. Create one with 'outreach vault init'."
        ),
        VaultProblem.EXISTS: QCoreApplication.translate(
            "Problem", "A vault already exists at {file}."
        ),
        VaultProblem.EXISTS_USE_FORCE: QCoreApplication.translate(
            "Problem", "A vault already exists at {file}; use --force to replace it."
        ),
        VaultProblem.FILE_MISSING: QCoreApplication.translate(
            "Problem", "The vault file {file} is missing."
        ),
        VaultProblem.ONLY_KEY_FILE: QCoreApplication.translate(
            "Problem",
            "The vault file {file} is missing; only its key file is there. If creating the "
            "vault was interrupted, create it again ('outreach vault init'); the key file is "
            "kept aside.",
        ),
        VaultProblem.FILE_UNREADABLE: QCoreApplication.translate(
            "Problem", "The vault file {file} cannot be read ({reason})."
        ),
        VaultProblem.UNENCRYPTED: QCoreApplication.translate(
            "Problem", "{file} is an unencrypted SQLite file, not a vault."
        ),
        VaultProblem.NO_SQLCIPHER: QCoreApplication.translate(
            "Problem", "SQLCipher is not available; refusing to open the vault."
        ),
        VaultProblem.EMPTY: QCoreApplication.translate(
            "Problem",
            "The vault file {file} holds no data (it is empty or cut short). Restore it from "
            "a backup; it has not been changed.",
        ),
        VaultProblem.KEY_MISMATCH: QCoreApplication.translate(
            "Problem",
            "The vault file {file} does not open with its key file: it is damaged, or the "
            "key file belongs to another vault. Restore from a backup; nothing was changed.",
        ),
        VaultProblem.INTEGRITY: QCoreApplication.translate(
            "Problem",
            "The vault failed its integrity check ({count} problem(s)): {problem}. Restore it "
            "from a backup; it has not been changed.",
        ),
        VaultProblem.INTEGRITY_BEFORE_REKEY: QCoreApplication.translate(
            "Problem",
            "The vault failed its integrity check ({problem}); it was not re-encrypted. "
            "Restore it from a backup first.",
        ),
        VaultProblem.REKEYED_COPY_DAMAGED: QCoreApplication.translate(
            "Problem", "The re-encrypted copy failed its check ({problem}); nothing changed."
        ),
        VaultProblem.NEWER_SCHEMA: QCoreApplication.translate(
            "Problem",
            "This vault was written by a newer version of Outreach Companion. Update the app "
            "to open it.",
        ),
        VaultProblem.KEY_FILE_MISSING: QCoreApplication.translate(
            "Problem", "The key file {file} is missing."
        ),
        VaultProblem.KEY_FILE_UNREADABLE: QCoreApplication.translate(
            "Problem", "The key file {file} cannot be read ({reason})."
        ),
        VaultProblem.KEY_FILE_DAMAGED: QCoreApplication.translate(
            "Problem",
            "The key file {file} is damaged and cannot be read. Put back a copy of it, or "
            "restore the vault from a backup; the passphrase was not tried.",
        ),
        VaultProblem.KEY_FILE_NEWER: QCoreApplication.translate(
            "Problem", "The key file {file} has an unknown format (written by a newer version?)."
        ),
        VaultProblem.KEY_FILE_NO_PASSPHRASE: QCoreApplication.translate(
            "Problem",
            "The key file {file} has no passphrase slot. The key file {file} is damaged and "
            "cannot be read. Put back a copy of it, or restore the vault from a backup; the "
            "passphrase was not tried.",
        ),
        VaultProblem.BACKUP_KEYS_DAMAGED: QCoreApplication.translate(
            "Problem",
            "The backup {file} is damaged and cannot be read. Put back a copy of it, or "
            "restore the vault from a backup; the passphrase was not tried.",
        ),
        VaultProblem.BACKUP_NEWER: QCoreApplication.translate(
            "Problem", "The backup {file} has an unknown format (written by a newer version?)."
        ),
        VaultProblem.BACKUP_NO_PASSPHRASE: QCoreApplication.translate(
            "Problem",
            "The backup {file} has no passphrase slot. The backup {file} is damaged and "
            "cannot be read. Put back a copy of it, or restore the vault from a backup; the "
            "passphrase was not tried.",
        ),
        VaultProblem.BACKUP_NO_FOLDER: QCoreApplication.translate(
            "Problem", "Cannot write the backup to {file}: the folder does not exist."
        ),
        VaultProblem.BACKUP_TO_FOLDER: QCoreApplication.translate(
            "Problem", "Cannot write the backup to {file}: it is a folder."
        ),
        VaultProblem.BACKUP_NOT_WRITABLE: QCoreApplication.translate(
            "Problem", "Cannot write the backup to {file}: {reason}."
        ),
        VaultProblem.BACKUP_OWN_FOLDER: QCoreApplication.translate(
            "Problem",
            "Cannot write the backup to {file}: that is the vault's own folder. "
            "Choose another place, ideally a USB stick kept apart from this laptop.",
        ),
        VaultProblem.BACKUP_IS_FOLDER: QCoreApplication.translate(
            "Problem", "{file} is a folder, not a backup file."
        ),
        VaultProblem.BACKUP_UNREADABLE: QCoreApplication.translate(
            "Problem", "Cannot read the backup {file}: {reason}."
        ),
        VaultProblem.NOT_A_BACKUP: QCoreApplication.translate(
            "Problem", "{file} is not an Outreach Companion backup."
        ),
        VaultProblem.RESTORE_TO_FOLDER: QCoreApplication.translate(
            "Problem", "{file} is a folder; name the vault file to restore to."
        ),
        VaultProblem.NOT_A_FOLDER: QCoreApplication.translate("Problem", "{file} is not a folder."),
        VaultProblem.OPEN_ELSEWHERE_RESTORE: QCoreApplication.translate(
            "Problem",
            "The vault is open in another window or process; close it first, then restore.",
        ),
        VaultProblem.OPEN_ELSEWHERE_REKEY: QCoreApplication.translate(
            "Problem",
            "The vault is open in another window or process; close it first, then re-encrypt it.",
        ),
        VaultProblem.OPEN_ELSEWHERE_CREATE: QCoreApplication.translate(
            "Problem",
            "The vault is open in another window or process; close it first, then "
            "create the vault.",
        ),
        VaultProblem.KEY_SLOT_DAMAGED: QCoreApplication.translate(
            "Problem", "The key file's {slot} slot is damaged."
        ),
        VaultProblem.BACKUP_HEADER: QCoreApplication.translate(
            "Problem", "The backup {file} is damaged (its header is not readable)."
        ),
        VaultProblem.BACKUP_TRUNCATED: QCoreApplication.translate(
            "Problem", "The backup {file} is truncated."
        ),
        VaultProblem.BACKUP_NO_DATABASE: QCoreApplication.translate(
            "Problem", "The backup {file} is truncated: it holds no database."
        ),
        VaultProblem.BACKUP_DOES_NOT_OPEN: QCoreApplication.translate(
            "Problem", "The backup {file} is damaged: its database does not open."
        ),
        VaultProblem.BACKUP_DAMAGED: QCoreApplication.translate(
            "Problem", "The backup {file} is damaged: {problem}"
        ),
    }


def _feed_words() -> dict[enum.Enum, str]:
    return {
        FeedProblem.ROOT_INVALID: QCoreApplication.translate(
            "Problem", "{where}: the feed's root metadata is not valid ({detail})."
        ),
        FeedProblem.NOT_CONSISTENT: QCoreApplication.translate(
            "Problem", "{where}: the feed does not use consistent snapshots."
        ),
        FeedProblem.URL_NOT_HTTP: QCoreApplication.translate(
            "Problem", "The feed URL must start with http:// or https:// (got {url})."
        ),
        FeedProblem.INVITE_TOO_LARGE: QCoreApplication.translate(
            "Problem", "{where}: too large to be an invite."
        ),
        FeedProblem.INVITE_NOT_JSON: QCoreApplication.translate(
            "Problem", "{where}: not a feed invite (not valid JSON: {detail})."
        ),
        FeedProblem.INVITE_NO_FORMAT: QCoreApplication.translate(
            "Problem", "{where}: not a feed invite (missing or unknown 'format')."
        ),
        FeedProblem.INVITE_NO_NAME: QCoreApplication.translate(
            "Problem", "{where}: the field 'name' is missing or empty."
        ),
        FeedProblem.INVITE_BAD_URL: QCoreApplication.translate(
            "Problem", "{where}: the field 'url' is not an http(s) URL."
        ),
        FeedProblem.INVITE_NO_ROOT: QCoreApplication.translate(
            "Problem", "{where}: the field 'root' is missing."
        ),
        FeedProblem.TRUSTED_WITH_OTHER_KEYS: QCoreApplication.translate(
            "Problem",
            "A feed named {name} is already trusted with other keys, and the invite's keys "
            "do not follow from them. Remove the feed first if you trust this invite.",
        ),
        FeedProblem.TRUST_CHANGED: QCoreApplication.translate(
            "Problem", "The trust in the feed {name} changed meanwhile; try again."
        ),
        FeedProblem.ROOT_NOT_FETCHED: QCoreApplication.translate(
            "Problem",
            "The invite's keys are newer than the ones trusted; checking that they follow "
            "from them needs the feed's root version {version}, which could not be fetched. "
            "Connect to the internet and try again.",
        ),
        FeedProblem.NO_FEED: QCoreApplication.translate(
            "Problem", "No feed is set up. Add one with: outreach feed add INVITE"
        ),
        FeedProblem.SEVERAL_FEEDS: QCoreApplication.translate(
            "Problem", "Several feeds are set up; say which one with --feed NAME."
        ),
        FeedProblem.NO_SUCH_FEED: QCoreApplication.translate("Problem", "No feed named {name}."),
        FeedProblem.METADATA_UNREADABLE: QCoreApplication.translate(
            "Problem", "The verified feed metadata could not be read back."
        ),
        FeedProblem.NOT_LISTED: QCoreApplication.translate(
            "Problem", "The feed does not list {target}."
        ),
        FeedProblem.NO_PACK_YET: QCoreApplication.translate(
            "Problem", "The feed {name} has not published a pack yet."
        ),
        FeedProblem.INDEX_TOO_LARGE: QCoreApplication.translate(
            "Problem", "The feed index is too large."
        ),
        FeedProblem.REMOVED_WHILE_CHECKING: QCoreApplication.translate(
            "Problem", "The feed {name} was removed while it was being checked."
        ),
        FeedProblem.CHANGED_MEANWHILE: QCoreApplication.translate(
            "Problem",
            "The directory or the trust in the feed {name} changed while the update "
            "was downloading; nothing changed. Sync again.",
        ),
    }


def _pack_words() -> dict[enum.Enum, str]:
    return {
        PackProblem.NEEDS_BASE: QCoreApplication.translate(
            "Problem",
            "This update needs version {base} of the directory and version {have} is "
            "installed; get the full pack instead.",
        ),
        PackProblem.NEEDS_BASE_NO_FEED: QCoreApplication.translate(
            "Problem",
            "This update needs version {base} of the directory and no version from a "
            "feed is installed; get the full pack instead.",
        ),
        PackProblem.STARTER_NOT_NEEDED: QCoreApplication.translate(
            "Problem",
            "A directory from a feed is already installed; the starter pack is not needed.",
        ),
        PackProblem.OLDER: QCoreApplication.translate(
            "Problem",
            "Pack version {version} is older than the installed version {installed}; "
            "it was not applied.",
        ),
        PackProblem.NOT_A_PACK: QCoreApplication.translate(
            "Problem", "This file is not a resource pack."
        ),
        PackProblem.NO_MANIFEST: QCoreApplication.translate(
            "Problem", "This file is not a resource pack (it has no manifest)."
        ),
        PackProblem.ARCHIVE_DAMAGED: QCoreApplication.translate(
            "Problem", "This file is not a resource pack (the archive is damaged)."
        ),
        PackProblem.UNEXPECTED_MEMBER: QCoreApplication.translate(
            "Problem", "The resource pack's contents are not as expected: unexpected {member}."
        ),
        PackProblem.CONTENTS_NOT_AS_EXPECTED: QCoreApplication.translate(
            "Problem", "The resource pack's contents are not as expected."
        ),
        PackProblem.COMPRESSION: QCoreApplication.translate(
            "Problem", "The resource pack uses a compression this app does not read."
        ),
        PackProblem.TOO_BIG: QCoreApplication.translate(
            "Problem",
            "The resource pack would unpack to {size} bytes, more than the {allowed} allowed.",
        ),
        PackProblem.MEMBER_TOO_BIG: QCoreApplication.translate(
            "Problem", "The resource pack's {member} unpacks to more than {allowed} bytes."
        ),
        PackProblem.MEMBER_UNREADABLE: QCoreApplication.translate(
            "Problem", "The resource pack is damaged ({member} cannot be read)."
        ),
        PackProblem.INCOMPLETE: QCoreApplication.translate(
            "Problem",
            "The resource pack is incomplete: its manifest lists {services} services "
            "and {removals} removals, it holds {held_services} and {held_removals}.",
        ),
        PackProblem.CONTENT_MISMATCH: QCoreApplication.translate(
            "Problem", "The resource pack is damaged: its content does not match its manifest."
        ),
        PackProblem.NEWER_FORMAT: QCoreApplication.translate(
            "Problem",
            "This resource pack uses format {format}, newer than this app reads "
            "({readable}). Update Outreach Companion.",
        ),
        PackProblem.STARTER_MISSING: QCoreApplication.translate(
            "Problem", "The starter directory is not included in this installation."
        ),
    }


def _import_words() -> dict[enum.Enum, str]:
    return {
        ImportProblem.NO_SUCH_PATH: QCoreApplication.translate(
            "Problem", "{file}: no such file or folder."
        ),
        ImportProblem.FOLDER_WITHOUT_DATA: QCoreApplication.translate(
            "Problem", "{file}: no services.csv and no JSON files in this folder."
        ),
        ImportProblem.DATAPACKAGE_ALONE: QCoreApplication.translate(
            "Problem", "{file}: no services.csv next to this datapackage."
        ),
        ImportProblem.UNKNOWN_FORMAT: QCoreApplication.translate(
            "Problem",
            "{file}: unknown format (expected HSDS JSON, an HSDS CSV folder or a CSV file).",
        ),
        ImportProblem.TOO_DEEP: QCoreApplication.translate(
            "Problem", "{file}: nested too deeply to read."
        ),
        ImportProblem.CANNOT_READ: QCoreApplication.translate(
            "Problem", "{file}: cannot read ({reason})."
        ),
        ImportProblem.CANNOT_READ_FILE: QCoreApplication.translate(
            "Problem", "{file}: cannot read the file ({reason})."
        ),
        ImportProblem.CANNOT_DECODE: QCoreApplication.translate(
            "Problem", "{file}: cannot decode the file as text."
        ),
        ImportProblem.NEEDS_MAPPING: QCoreApplication.translate(
            "Problem",
            "{file}: a plain CSV file needs a column mapping (--mapping FILE) saying "
            "which column is the name, address, phone…",
        ),
        ImportProblem.UNKNOWN_ZONE: QCoreApplication.translate(
            "Problem", "Unknown time zone {zone} (expected e.g. America/Chicago)."
        ),
        ImportProblem.NO_SERVICES_CSV: QCoreApplication.translate(
            "Problem", "{file}: no services.csv in this folder."
        ),
        ImportProblem.NO_JSON_FILES: QCoreApplication.translate(
            "Problem", "{file}: no JSON files in this folder."
        ),
        ImportProblem.NO_HSDS_SERVICES: QCoreApplication.translate(
            "Problem", "{file}: no HSDS services found."
        ),
        ImportProblem.EMPTY: QCoreApplication.translate("Problem", "{file}: the file is empty."),
        ImportProblem.NOT_ICAROL: QCoreApplication.translate(
            "Problem", "{file}: not an iCarol resource export."
        ),
    }


def _notes_words() -> dict[enum.Enum, str]:
    return {
        NotesProblem.ALIAS_NEEDED: QCoreApplication.translate(
            "Problem", "A contact needs an alias."
        ),
        NotesProblem.ALIAS_TOO_LONG: QCoreApplication.translate(
            "Problem", "An alias has at most {limit} characters."
        ),
        NotesProblem.BIRTH_YEAR: QCoreApplication.translate(
            "Problem", "The year of birth must be between {first} and {last}."
        ),
        NotesProblem.REACH_TOO_LONG: QCoreApplication.translate(
            "Problem", "'How to reach' has at most {limit} characters."
        ),
        NotesProblem.CONSENT_IN_FUTURE: QCoreApplication.translate(
            "Problem", "The consent date cannot be in the future."
        ),
        NotesProblem.CONTACT_GONE: QCoreApplication.translate(
            "Problem", "That contact no longer exists (it may have been purged)."
        ),
        NotesProblem.ENCOUNTER_NEEDS_ZONE: QCoreApplication.translate(
            "Problem", "The encounter time needs a time zone."
        ),
        NotesProblem.ENCOUNTER_IN_FUTURE: QCoreApplication.translate(
            "Problem", "An encounter cannot be in the future."
        ),
        NotesProblem.NOTE_TOO_LONG: QCoreApplication.translate(
            "Problem", "A note has at most {limit} characters."
        ),
        NotesProblem.PLACE_TOO_LONG: QCoreApplication.translate(
            "Problem", "A place has at most {limit} characters."
        ),
        NotesProblem.SUPPLY_COUNT: QCoreApplication.translate(
            "Problem", "{supply}: the number must be between 0 and {limit}."
        ),
        NotesProblem.ENCOUNTER_GONE: QCoreApplication.translate(
            "Problem", "That encounter no longer exists."
        ),
        NotesProblem.ENCOUNTER_PURGED: QCoreApplication.translate(
            "Problem", "That encounter no longer exists (it may have been purged)."
        ),
        NotesProblem.REFERRAL_NEEDS_SERVICE: QCoreApplication.translate(
            "Problem", "A referral needs a service from the directory."
        ),
        NotesProblem.OUTCOME_IN_FUTURE: QCoreApplication.translate(
            "Problem", "An outcome cannot be dated in the future."
        ),
        NotesProblem.REFERRAL_GONE: QCoreApplication.translate(
            "Problem", "That referral no longer exists (it may have been purged)."
        ),
        NotesProblem.OUTCOME_BEFORE_REFERRAL: QCoreApplication.translate(
            "Problem", "An outcome cannot be dated before the referral was made."
        ),
        NotesProblem.FOLLOW_UP_AFTER_A_DAY: QCoreApplication.translate(
            "Problem", "Referrals become follow-ups after at least one day."
        ),
        NotesProblem.FOLLOW_UP_TOO_LONG: QCoreApplication.translate(
            "Problem", "A follow-up has at most {limit} characters."
        ),
        NotesProblem.FOLLOW_UP_NEEDS_WORDS: QCoreApplication.translate(
            "Problem", "A follow-up needs a few words on what to do."
        ),
        NotesProblem.SNOOZE_AFTER_TODAY: QCoreApplication.translate(
            "Problem", "Snooze until a day after today."
        ),
        NotesProblem.FOLLOW_UP_GONE: QCoreApplication.translate(
            "Problem", "That follow-up no longer exists."
        ),
        NotesProblem.RETENTION_MINIMUM: QCoreApplication.translate(
            "Problem", "Notes are kept for at least {days} days."
        ),
    }


#: Each family of codes and the function that words it (called when needed, so the
#: translation installed at that moment is used).
_FAMILIES: tuple[tuple[type[enum.Enum], Callable[[], dict[enum.Enum, str]]], ...] = (
    (VaultProblem, _vault_words),
    (FeedProblem, _feed_words),
    (PackProblem, _pack_words),
    (ImportProblem, _import_words),
    (NotesProblem, _notes_words),
)


def problem_text(code: enum.Enum, values: Mapping[str, str]) -> str | None:
    """``code`` worded in the interface language with its ``values``; None if the code is
    not one this module words (the caller then shows the core's English)."""
    for family, words in _FAMILIES:
        if isinstance(code, family):
            return words()[code].format_map(values)
    return None


def named_problem_text(code: str, values: Mapping[str, str]) -> str | None:
    """Like :func:`problem_text` for a code kept as ``"FamilyName.MEMBER"`` (a feed's stored
    problem); None if no family here has it."""
    family_name, _, member = code.partition(".")
    for family, _words in _FAMILIES:
        if family.__name__ == family_name and member in family.__members__:
            return problem_text(family[member], values)
    return None


def worded_families() -> tuple[type[enum.Enum], ...]:
    """The code families worded here (for the tests that check each member)."""
    return tuple(family for family, _ in _FAMILIES)
