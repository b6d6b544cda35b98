"""Cooperative cancellation and progress reporting for long core tasks."""

from __future__ import annotations

import threading
from collections.abc import Callable

from outreach.errors import Cancelled

#: ``progress(done, total, message)``; ``total`` is 0 when unknown.
Progress = Callable[[int, int, str], None]


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
