"""Cooperative cancellation and progress reporting for long core tasks.

Progress messages are :class:`Step` values: a :class:`Stage` (a code) and the name or number
it is about. A step is also a ``str`` holding its English wording, which the command line
prints as it is; the GUI words the stage itself in the interface language, never by matching
the English text.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable

from outreach.errors import Cancelled

#: ``progress(done, total, message)``; ``total`` is 0 when unknown; ``message`` a :class:`Step`.
Progress = Callable[[int, int, str], None]


class Stage(enum.Enum):
    """What a long task is doing; the value is its English wording (``%1``: the subject)."""

    READING = "Reading %1"
    READ = "Read %1"
    READING_TABLES = "Reading tables"
    JOINING_TABLES = "Joining tables"
    READ_JSON = "Read JSON"
    INDEXING = "Indexing services"
    EXPORTING = "Exporting services"
    EXPORTED = "Exported"
    CHECKING_FEED = "Checking %1"
    DOWNLOADING = "Downloading %1"
    CHECKING_VERSION = "Checking version %1"
    APPLYING_VERSION = "Applying version %1"
    DONE = "Done"


class Step(str):
    """A progress message: ``stage`` and ``subject``, and as a str its English wording."""

    stage: Stage
    subject: str

    def __new__(cls, stage: Stage, subject: object = "") -> Step:
        text = str(subject)
        step = super().__new__(cls, stage.value.replace("%1", text))
        step.stage = stage
        step.subject = text
        return step


def no_progress(done: int, total: int, message: str) -> None:
    """A progress callback that ignores everything."""


class CancelToken:
    """Set from any thread; long tasks call :meth:`raise_if_set` between chunks."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def is_set(self) -> bool:
        return self._event.is_set()

    def raise_if_set(self) -> None:
        if self._event.is_set():
            raise Cancelled("Cancelled.")


NEVER_CANCELLED = CancelToken()
