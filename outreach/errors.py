"""Exceptions raised by the core.

The core never decides how an error is shown; the GUI and the CLI do. A
``UserFacingError`` carries a message written for the person at the keyboard
(it must never contain note text, passphrases or keys). Anything else that
escapes is a bug and is reported as one.
"""


class OutreachError(Exception):
    """Base class for every error the core raises on purpose."""


class UserFacingError(OutreachError):
    """An error whose message is meant for the user as it is."""


class Cancelled(OutreachError):
    """The user cancelled a long task; nothing was changed."""


class WrongPassphrase(UserFacingError):
    def __init__(self, message: str = "Wrong passphrase.") -> None:
        super().__init__(message)


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
