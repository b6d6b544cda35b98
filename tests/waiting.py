"""Wait for a condition with a generous deadline: the one way a test waits.

A slow or busy machine makes things take longer, never makes them false; so a test polls for
what it needs and only gives up after a deadline far beyond any honest delay.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: Long enough for a single busy core; a condition that holds arrives well before it.
DEADLINE = 60.0


def wait_until(
    condition: Callable[[], T], *, what: str, timeout: float = DEADLINE, every: float = 0.05
) -> T:
    """Call ``condition`` until it returns something truthy (returned), or fail after ``timeout``.
    Exceptions it raises count as "not yet": e.g. a connection refused before a server listens."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while True:
        try:
            result = condition()
        except Exception as exc:  # "not yet"; the last one is reported if time runs out
            last_error = exc
        else:
            if result:
                return result
        if time.monotonic() > deadline:
            raise AssertionError(
                f"gave up after {timeout:.0f} s waiting for {what}"
            ) from last_error
        time.sleep(every)  # a poll interval, not a guess at how long the condition takes
