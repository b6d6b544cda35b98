"""The coded errors of the vault, its backups, imports and notes, in the interface
language (see :mod:`outreach.gui.problem_words`)."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from outreach.errors import ExportProblem, ImportProblem, VaultProblem
from outreach.notes.problems import NotesProblem


def vault_words() -> dict[enum.Enum, str]:
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


def import_words() -> dict[enum.Enum, str]:
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
        ImportProblem.NAME_COLUMN_MISSING: QCoreApplication.translate(
            "Problem",
            "{file}: the mapping says the name is in column {column}, which this "
            "file does not have.",
        ),
        ImportProblem.NO_COLUMN_GIVE_MAPPING: QCoreApplication.translate(
            "Problem",
            "No column for {fields} (the headers are: {headers}). Give a column "
            "mapping (--mapping) for these headers.",
        ),
        ImportProblem.NO_COLUMN_IN_MAPPING: QCoreApplication.translate(
            "Problem",
            "No column for {fields} (the headers are: {headers}). Add them to the "
            "mapping's [fields].",
        ),
        ImportProblem.MAPPING_UNREADABLE: QCoreApplication.translate(
            "Problem", "Mapping {file}: cannot read it ({reason})."
        ),
        ImportProblem.MAPPING_NOT_VALID: QCoreApplication.translate(
            "Problem", "Mapping {file}: not valid TOML or JSON ({detail})."
        ),
        ImportProblem.MAPPING_NO_FIELDS: QCoreApplication.translate(
            "Problem", "Mapping {file}: expected a [fields] table."
        ),
        ImportProblem.MAPPING_UNKNOWN_FIELD: QCoreApplication.translate(
            "Problem", "Mapping {file}: unknown field {field} (known: {known})."
        ),
        ImportProblem.MAPPING_FIELD_NOT_COLUMNS: QCoreApplication.translate(
            "Problem", "Mapping {file}: fields.{field} must be a column name or a list."
        ),
        ImportProblem.MAPPING_COLUMN_ABSENT: QCoreApplication.translate(
            "Problem", "Mapping {file}: fields.{field} names column {column}, which the file lacks."
        ),
        ImportProblem.MAPPING_DATE_ORDER: QCoreApplication.translate(
            "Problem", 'Mapping {file}: date_order must be "mdy" or "dmy".'
        ),
    }


def notes_words() -> dict[enum.Enum, str]:
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
        NotesProblem.REPORT_ENDS_BEFORE_START: QCoreApplication.translate(
            "Problem", "The report's end comes before its start."
        ),
        NotesProblem.REPORT_TOO_LONG: QCoreApplication.translate(
            "Problem", "A report covers at most {months} months."
        ),
    }


def export_words() -> dict[enum.Enum, str]:
    return {
        ExportProblem.FOLDER_NOT_CREATED: QCoreApplication.translate(
            "Problem", "Cannot create the folder {folder}: {reason}."
        ),
        ExportProblem.NOT_WRITTEN: QCoreApplication.translate(
            "Problem", "Cannot write the export to {folder}: {reason}."
        ),
    }
