"""Growing delays after wrong passphrases.

Argon2id is what makes guessing expensive; this adds a visible pause so a person trying
passphrases at the keyboard is slowed down further. The count lives in a small file beside
the vault (it holds a number and a time, nothing secret). The file is untrusted: a count or
time that makes no sense is treated as no record, a time in the future as now, and no wait
is ever longer than :data:`MAX_DELAY_S`. Attempts from parallel processes take turns (a lock
on the file's folder entry), so each sees the failures of the others.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import time
from collections.abc import Iterator
from pathlib import Path

from outreach.files import write_atomically

try:
    import fcntl
except ImportError:  # Windows: attempts are not serialised across processes
    fcntl = None  # type: ignore[assignment]

FREE_ATTEMPTS = 2
MAX_DELAY_S = 60.0
MAX_FAILURES = 10_000
MAX_FILE_BYTES = 4096


def delay_after(failures: int) -> float:
    """Seconds to wait before the next attempt after ``failures`` wrong passphrases in a row."""
    if failures <= FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY_S, 2 ** min(failures - FREE_ATTEMPTS - 1, 16)))


class UnlockThrottle:
    def __init__(self, vault_path: Path) -> None:
        self._path = vault_path.with_name(vault_path.name + ".attempts")
        self._lock_path = vault_path.with_name(f".{vault_path.name}.attempts-lock")

    def _read(self, now: float | None = None) -> tuple[int, float]:
        now = time.time() if now is None else now
        try:
            with self._path.open("rb") as handle:
                doc = json.loads(handle.read(MAX_FILE_BYTES).decode("utf-8"))
            failures, last = doc["failures"], doc["last"]
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            return 0, 0.0
        if type(failures) is not int or not isinstance(last, int | float):
            return 0, 0.0
        if not 0 <= failures <= MAX_FAILURES or not math.isfinite(last) or last < 0:
            return 0, 0.0
        return failures, min(float(last), now)  # a time in the future counts as now

    @property
    def failures(self) -> int:
        return self._read()[0]

    def seconds_to_wait(self, now: float | None = None) -> float:
        now = time.time() if now is None else now
        failures, last = self._read(now)
        return min(MAX_DELAY_S, max(0.0, last + delay_after(failures) - now))

    def wait(self) -> None:
        # Sleep in steps and look again: the clock may jump, another process may reset.
        while (remaining := self.seconds_to_wait()) > 0:
            time.sleep(min(remaining, 1.0))

    @contextlib.contextmanager
    def attempt(self) -> Iterator[UnlockThrottle]:
        """Wait for this process's turn and its delay; the caller then tries and records."""
        fd = self._lock()
        try:
            self.wait()
            yield self
        finally:
            if fd is not None:
                os.close(fd)

    def _lock(self, *, wait: bool = True) -> int | None:
        if fcntl is None:
            return None
        try:
            fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # not waiting, and an attempt holds its turn
            os.close(fd)
            raise
        return fd

    @contextlib.contextmanager
    def idle(self) -> Iterator[bool]:
        """True inside when no attempt holds its turn (and none starts until the block ends):
        only then is a left-over ``.attempts.*.tmp`` not a count being written."""
        try:
            fd = self._lock(wait=False)
        except OSError:
            yield False
            return
        try:
            yield True
        finally:
            if fd is not None:
                os.close(fd)

    def record_failure(self) -> int:
        failures = min(self._read()[0] + 1, MAX_FAILURES)
        doc = {"failures": failures, "last": time.time()}
        try:
            if self._path.is_dir():
                raise IsADirectoryError(str(self._path))
            write_atomically(self._path, json.dumps(doc).encode())
        except OSError:
            pass  # best effort: Argon2id still makes each guess expensive
        return failures

    def reset(self) -> None:
        with contextlib.suppress(OSError):  # missing, or something odd in its place
            self._path.unlink()
