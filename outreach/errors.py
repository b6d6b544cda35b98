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
    """An error whose message is meant for the user as it is."""


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


class VaultNotFound(UserFacingError):
    pass


class VaultExists(UserFacingError):
    pass


class VaultDamaged(UserFacingError):
    """The vault or its key file failed an integrity check. Never recreated silently."""


class VaultLocked(UserFacingError):
    def __init__(self, message: str = "The vault is locked.") -> None:
        super().__init__(message)


class ImportFailed(UserFacingError):
    """An import could not run at all (unreadable file, unknown format)."""


class PackRejected(UserFacingError):
    """A resource pack failed verification or could not be applied; nothing changed."""


class FeedError(UserFacingError):
    """The feed could not be reached or verified."""
