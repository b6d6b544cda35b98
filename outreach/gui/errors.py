"""The one error policy of the GUI (KeePassXC and Anki style).

Every failure of background work or of an action goes through :func:`classify`:

- ``Cancelled`` → :attr:`FailureKind.CANCELLED`: the user asked for it; nothing is shown.
- ``UserFacingError`` → :attr:`FailureKind.USER`: its message is written for the user; shown.
- anything else → :attr:`FailureKind.BUG`: logged by type and frames (never its message: it
  can carry note text, directory text or paths the worker typed) and shown as
  "something went wrong".
"""

from __future__ import annotations

import enum
import logging
import sys
import threading
import traceback
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from outreach.errors import (
    Cancelled,
    PassphraseTooShort,
    UserFacingError,
    VaultLocked,
    WrongPassphrase,
    WrongSecret,
)
from outreach.gui.colours import Role, text_style
from outreach.gui.problem_words import problem_text

log = logging.getLogger(__name__)

APP_TITLE = "Outreach Companion"


def error_style() -> str:
    """How an error reads in a dialog's own error label (unlock, recovery, first run, feeds…):
    bold, in the palette's red (a function, so a dark palette set at start-up is followed)."""
    return text_style(Role.ERROR, bold=True)


class FailureKind(enum.Enum):
    CANCELLED = "cancelled"
    USER = "user"
    BUG = "bug"


@dataclass(frozen=True)
class Failure:
    """A classified failure; :attr:`text` is what the user may read (never a bug's message)."""

    kind: FailureKind
    exc: BaseException

    @property
    def text(self) -> str:
        if self.kind is FailureKind.USER:
            return user_text(self.exc)
        if self.kind is FailureKind.CANCELLED:
            return ""
        return bug_text(self.exc)

    @property
    def cancelled(self) -> bool:
        return self.kind is FailureKind.CANCELLED

    @property
    def is_bug(self) -> bool:
        return self.kind is FailureKind.BUG


def log_bug(what: str, exc: BaseException) -> None:
    """Log a bug by its type and where it happened, never its message or locals: exception
    messages can carry note text, directory text or paths the worker typed."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("%s: %s\n%s", what, type(exc).__name__, frames)


def classify(exc: BaseException, what: str = "unexpected error") -> Failure:
    """Sort ``exc`` by the policy above; a bug is logged here, once."""
    if isinstance(exc, Cancelled):
        return Failure(FailureKind.CANCELLED, exc)
    if isinstance(exc, UserFacingError):
        return Failure(FailureKind.USER, exc)
    log_bug(what, exc)
    return Failure(FailureKind.BUG, exc)


def user_text(exc: BaseException) -> str:
    """A user-facing error in the interface language: the core's coded errors are worded
    from their codes and values; the rest (raised with a plain sentence) are shown as they
    came."""
    if isinstance(exc, WrongPassphrase):
        return wrong_secret_text(exc.which)
    if isinstance(exc, VaultLocked):
        return QCoreApplication.translate("ErrorMessage", "The vault is locked.")
    if isinstance(exc, PassphraseTooShort):
        return QCoreApplication.translate(
            "ErrorMessage", "The passphrase must have at least %1 characters."
        ).replace("%1", str(exc.minimum))
    if isinstance(exc, UserFacingError) and exc.code is not None:
        worded = problem_text(exc.code, exc.values)
        if worded is not None:
            return worded
    return str(exc)


def wrong_secret_text(which: WrongSecret) -> str:
    words = {
        WrongSecret.PASSPHRASE: QCoreApplication.translate(
            "ErrorMessage", "Wrong passphrase. Try again."
        ),
        WrongSecret.RECOVERY_CODE: QCoreApplication.translate(
            "ErrorMessage", "Wrong recovery code."
        ),
        WrongSecret.NO_RECOVERY_CODE: QCoreApplication.translate(
            "ErrorMessage", "This vault has no recovery code left."
        ),
        WrongSecret.BACKUP_PASSPHRASE: QCoreApplication.translate(
            "ErrorMessage", "Wrong backup passphrase."
        ),
        WrongSecret.KEY: QCoreApplication.translate(
            "ErrorMessage", "The key does not open this vault (wrong passphrase or damaged file)."
        ),
    }
    return words[which]


def bug_text(exc: BaseException) -> str:
    return QCoreApplication.translate(
        "ErrorMessage", "Something went wrong inside the app. Nothing was changed.\n\n%1"
    ).replace("%1", type(exc).__name__)


def show_failure(parent: QWidget | None, failure: Failure) -> None:
    """Cancelled: nothing. A user's error: a warning. A bug (already logged): an apology."""
    if failure.kind is FailureKind.USER:
        QMessageBox.warning(parent, APP_TITLE, failure.text)
    elif failure.kind is FailureKind.BUG:
        QMessageBox.critical(parent, APP_TITLE, failure.text)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    show_failure(parent, classify(exc))


def install_excepthooks() -> None:
    """Nothing dies silently: log uncaught exceptions from any thread (without their text)."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        frames = "".join(traceback.format_tb(tb))
        log.error("uncaught: %s\n%s", kind.__name__, frames)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        hook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
