"""Exceptions raised by the core.

The core never decides how an error is shown; the GUI and the CLI do. A
``UserFacingError`` carries a message written for the person at the keyboard
(it must never contain note text, passphrases or keys). Anything else that
escapes is a bug and is reported as one.
"""

import enum


class OutreachError(Exception):
    """Base class for every error the core raises on purpose."""


class UserFacingError(OutreachError):
    """An error whose message is meant for the user.

    Raised with a code (an enum member whose value is the English wording, with ``{name}``
    fields) and the values it needs, the GUI words :attr:`code` in its own language and the
    command line prints the English, ``str(exc)``. Raised with a plain sentence, both show it
    as it is (:attr:`code` is None).
    """

    def __init__(self, message: str | enum.Enum = "", /, **values: object) -> None:
        self.code: enum.Enum | None = None
        self.values: dict[str, str] = {name: str(value) for name, value in values.items()}
        if isinstance(message, enum.Enum):
            self.code = message
            message = str(message.value).format_map(self.values)
        super().__init__(message)


class Cancelled(OutreachError):
    """The user cancelled a long task; nothing was changed."""


class WrongSecret(enum.Enum):
    """Which secret did not open what: the code the GUI words in its language (the value is
    the English the command line prints)."""

    PASSPHRASE = "Wrong passphrase."
    RECOVERY_CODE = "Wrong recovery code."
    NO_RECOVERY_CODE = "This vault has no recovery code left."
    BACKUP_PASSPHRASE = "Wrong backup passphrase."
    KEY = "The key does not open this vault (wrong passphrase or damaged file)."


class WrongPassphrase(UserFacingError):
    def __init__(self, which: WrongSecret = WrongSecret.PASSPHRASE) -> None:
        super().__init__(which.value)
        self.which = which


class PassphraseTooShort(UserFacingError):
    """A new passphrase is shorter than ``minimum`` characters (worded by each interface)."""

    def __init__(self, minimum: int) -> None:
        super().__init__(f"The passphrase must have at least {minimum} characters.")
        self.minimum = minimum


class VaultProblem(enum.Enum):
    """Why a vault, its key file or a backup did not open (``{file}``: a file name or path)."""

    NOT_A_FILE = "{file} is not a file, so it cannot be a vault."
    FOLDER = "{file} is a folder, not a vault file."
    NO_VAULT = "No vault at {file}. Create one with 'outreach vault init'."
    EXISTS = "A vault already exists at {file}."
    EXISTS_USE_FORCE = "A vault already exists at {file}; use --force to replace it."
    FILE_MISSING = "The vault file {file} is missing."
    ONLY_KEY_FILE = (
        "The vault file {file} is missing; only its key file is there. If creating the vault "
        "was interrupted, create it again ('outreach vault init'); the key file is kept aside."
    )
    FILE_UNREADABLE = "The vault file {file} cannot be read ({reason})."
    UNENCRYPTED = "{file} is an unencrypted SQLite file, not a vault."
    NO_SQLCIPHER = "SQLCipher is not available; refusing to open the vault."
    EMPTY = (
        "The vault file {file} holds no data (it is empty or cut short). Restore it from a "
        "backup; it has not been changed."
    )
    KEY_MISMATCH = (
        "The vault file {file} does not open with its key file: it is damaged, or the key "
        "file belongs to another vault. Restore from a backup; nothing was changed."
    )
    INTEGRITY = (
        "The vault failed its integrity check ({count} problem(s)): {problem}. Restore it "
        "from a backup; it has not been changed."
    )
    INTEGRITY_BEFORE_REKEY = (
        "The vault failed its integrity check ({problem}); it was not re-encrypted. Restore "
        "it from a backup first."
    )
    REKEYED_COPY_DAMAGED = "The re-encrypted copy failed its check ({problem}); nothing changed."
    NEWER_SCHEMA = (
        "This vault was written by a newer version of Outreach Companion. Update the app to "
        "open it."
    )
    KEY_FILE_MISSING = "The key file {file} is missing."
    KEY_FILE_UNREADABLE = "The key file {file} cannot be read ({reason})."
    KEY_FILE_DAMAGED = (
        "The key file {file} is damaged and cannot be read. Put back a copy of it, or restore "
        "the vault from a backup; the passphrase was not tried."
    )
    KEY_FILE_NEWER = "The key file {file} has an unknown format (written by a newer version?)."
    KEY_FILE_NO_PASSPHRASE = (
        "The key file {file} has no passphrase slot. The key file {file} is damaged and "
        "cannot be read. Put back a copy of it, or restore the vault from a backup; the "
        "passphrase was not tried."
    )
    BACKUP_NO_PASSPHRASE = (
        "The backup {file} has no passphrase slot. The backup {file} is damaged and cannot "
        "be read. Put back a copy of it, or restore the vault from a backup; the passphrase "
        "was not tried."
    )
    BACKUP_NO_FOLDER = "Cannot write the backup to {file}: the folder does not exist."
    BACKUP_TO_FOLDER = "Cannot write the backup to {file}: it is a folder."
    BACKUP_NOT_WRITABLE = "Cannot write the backup to {file}: {reason}."
    BACKUP_OWN_FOLDER = (
        "Cannot write the backup to {file}: that is the vault's own folder. Choose another "
        "place, ideally a USB stick kept apart from this laptop."
    )
    BACKUP_IS_FOLDER = "{file} is a folder, not a backup file."
    BACKUP_UNREADABLE = "Cannot read the backup {file}: {reason}."
    NOT_A_BACKUP = "{file} is not an Outreach Companion backup."
    RESTORE_TO_FOLDER = "{file} is a folder; name the vault file to restore to."
    NOT_A_FOLDER = "{file} is not a folder."
    OPEN_ELSEWHERE_RESTORE = (
        "The vault is open in another window or process; close it first, then restore."
    )
    OPEN_ELSEWHERE_REKEY = (
        "The vault is open in another window or process; close it first, then re-encrypt it."
    )
    OPEN_ELSEWHERE_CREATE = (
        "The vault is open in another window or process; close it first, then create the vault."
    )
    KEY_SLOT_DAMAGED = "The key file's {slot} slot is damaged."
    BACKUP_KEYS_DAMAGED = (
        "The backup {file} is damaged and cannot be read. Put back a copy of it, or restore "
        "the vault from a backup; the passphrase was not tried."
    )
    BACKUP_NEWER = "The backup {file} has an unknown format (written by a newer version?)."
    BACKUP_HEADER = "The backup {file} is damaged (its header is not readable)."
    BACKUP_TRUNCATED = "The backup {file} is truncated."
    BACKUP_NO_DATABASE = "The backup {file} is truncated: it holds no database."
    BACKUP_DOES_NOT_OPEN = "The backup {file} is damaged: its database does not open."
    BACKUP_DAMAGED = "The backup {file} is damaged: {problem}"


class VaultNotFound(UserFacingError):
    pass


class VaultExists(UserFacingError):
    pass


class VaultDamaged(UserFacingError):
    """The vault or its key file failed an integrity check. Never recreated silently."""


class VaultLocked(UserFacingError):
    def __init__(self, message: str = "The vault is locked.") -> None:
        super().__init__(message)


class ImportProblem(enum.Enum):
    """Why an import could not run at all (``{file}``: the file or folder). Problems inside
    a file (a row, a field) are reported by the import report, in English."""

    NO_SUCH_PATH = "{file}: no such file or folder."
    FOLDER_WITHOUT_DATA = "{file}: no services.csv and no JSON files in this folder."
    DATAPACKAGE_ALONE = "{file}: no services.csv next to this datapackage."
    UNKNOWN_FORMAT = (
        "{file}: unknown format (expected HSDS JSON, an HSDS CSV folder or a CSV file)."
    )
    TOO_DEEP = "{file}: nested too deeply to read."
    CANNOT_READ = "{file}: cannot read ({reason})."
    CANNOT_READ_FILE = "{file}: cannot read the file ({reason})."
    CANNOT_DECODE = "{file}: cannot decode the file as text."
    NEEDS_MAPPING = (
        "{file}: a plain CSV file needs a column mapping (--mapping FILE) saying which column "
        "is the name, address, phone…"
    )
    UNKNOWN_ZONE = "Unknown time zone {zone} (expected e.g. America/Chicago)."
    NO_SERVICES_CSV = "{file}: no services.csv in this folder."
    NO_JSON_FILES = "{file}: no JSON files in this folder."
    NO_HSDS_SERVICES = "{file}: no HSDS services found."
    EMPTY = "{file}: the file is empty."
    NOT_ICAROL = "{file}: not an iCarol resource export."
    NAME_COLUMN_MISSING = (
        "{file}: the mapping says the name is in column {column}, which this file does not have."
    )
    #: A notes import: ``fields`` the missing ones ("alias and date"), ``headers`` the file's.
    NO_COLUMN_GIVE_MAPPING = (
        "No column for {fields} (the headers are: {headers}). Give a column mapping "
        "(--mapping) for these headers."
    )
    NO_COLUMN_IN_MAPPING = (
        "No column for {fields} (the headers are: {headers}). Add them to the mapping's [fields]."
    )
    MAPPING_UNREADABLE = "Mapping {file}: cannot read it ({reason})."
    MAPPING_NOT_VALID = "Mapping {file}: not valid TOML or JSON ({detail})."
    MAPPING_NO_FIELDS = "Mapping {file}: expected a [fields] table."
    MAPPING_UNKNOWN_FIELD = "Mapping {file}: unknown field {field} (known: {known})."
    MAPPING_FIELD_NOT_COLUMNS = "Mapping {file}: fields.{field} must be a column name or a list."
    MAPPING_COLUMN_ABSENT = (
        "Mapping {file}: fields.{field} names column {column}, which the file lacks."
    )
    MAPPING_DATE_ORDER = 'Mapping {file}: date_order must be "mdy" or "dmy".'


class ExportProblem(enum.Enum):
    """Why the directory could not be exported (``{folder}``, ``{reason}``: the OS's words)."""

    FOLDER_NOT_CREATED = "Cannot create the folder {folder}: {reason}."
    NOT_WRITTEN = "Cannot write the export to {folder}: {reason}."


class ImportFailed(UserFacingError):
    """An import could not run at all (unreadable file, unknown format)."""


class PackRejected(UserFacingError):
    """A resource pack failed verification or could not be applied; nothing changed."""


class FeedError(UserFacingError):
    """The feed could not be reached or verified."""
