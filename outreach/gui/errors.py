"""How errors reach the user: their own message for UserFacingError, a plain apology otherwise."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from outreach.errors import Cancelled, UserFacingError

log = logging.getLogger(__name__)


def log_bug(what: str, exc: BaseException) -> None:
    """Log a bug by its type and where it happened, never its message or locals: exception
    messages can carry note text, directory text or paths the worker typed."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("%s: %s\n%s", what, type(exc).__name__, frames)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, Cancelled):
        return
    if isinstance(exc, UserFacingError):
        QMessageBox.warning(parent, "Outreach Companion", str(exc))
        return
    log_bug("unexpected error", exc)
    QMessageBox.critical(
        parent,
        "Outreach Companion",
        QCoreApplication.translate(
            "ErrorMessage", "Something went wrong inside the app. Nothing was changed.\n\n%1"
        ).replace("%1", type(exc).__name__),
    )


def install_excepthooks() -> None:
    """Nothing dies silently: log uncaught exceptions from any thread (without their text)."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        frames = "".join(traceback.format_tb(tb))
        log.error("uncaught: %s\n%s", kind.__name__, frames)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        hook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
