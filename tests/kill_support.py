"""Kill a worker process at moments chosen from its own progress, never from the wall clock.

A worker says where it is by printing one line per step on stdout ("start 3", "done 3"). A
:class:`ProgressPipe` reads those lines on a thread and stamps each with the moment it arrived.
:class:`StepTimes` remembers how long each step took on this machine, in this run; a test kills
the worker a random time *within* that measured duration after the step's report. So a slow or
busy machine stretches the kill delays with the work, and the kills still land inside the step
(a fixed ``sleep(uniform(0.3, 2.5))`` misses every step longer than 2.5 s).
"""

from __future__ import annotations

import queue
import random
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from typing import IO

#: How long a test waits for a worker's next report before calling it hung. Generous: a busy
#: single core can be many times slower than a developer's laptop.
REPORT_DEADLINE = 120.0

#: Every worker started through :meth:`ProgressPipe.watch`. ``tests/conftest.py`` kills any still
#: running when a test ends: a failing crash test never leaves an endless worker behind.
STARTED: list[subprocess.Popen[bytes]] = []


def kill_leftovers() -> None:
    while STARTED:
        child = STARTED.pop()
        if child.poll() is None:
            child.kill()
            child.wait(REPORT_DEADLINE)


@dataclass(frozen=True)
class Report:
    """One progress line: its words, and when (``time.monotonic()``) the test read it."""

    words: tuple[str, ...]
    at: float

    @property
    def step(self) -> str:
        return self.words[0] if self.words else ""


class ProgressPipe:
    """Reads a child's progress lines on a daemon thread; hands them out as they arrive."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.started = time.monotonic()
        self.reports: list[Report] = []
        #: When the child closed its stdout (normally: when it exited).
        self.ended_at: float | None = None
        self._queue: queue.Queue[Report | None] = queue.Queue()
        self._ended = False
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    @classmethod
    def watch(cls, child: subprocess.Popen[bytes]) -> ProgressPipe:
        """Read ``child``'s stdout (a pipe), and make sure the child ends with the test."""
        assert child.stdout is not None
        STARTED.append(child)
        return cls(child.stdout)

    def _read(self, stream: IO[bytes]) -> None:
        for line in stream:
            self._queue.put(Report(tuple(line.decode(errors="replace").split()), time.monotonic()))
        self.ended_at = time.monotonic()
        self._queue.put(None)

    def next(self, timeout: float = REPORT_DEADLINE) -> Report | None:
        """The next report, or None once the child closed its stdout (exited or was killed)."""
        if self._ended:
            return None
        try:
            report = self._queue.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(
                f"no progress report in {timeout:.0f} s: the worker hangs"
            ) from None
        if report is None:
            self._ended = True
            return None
        self.reports.append(report)
        return report

    def wait_for(self, step: str, timeout: float = REPORT_DEADLINE) -> Report:
        """Read reports until one for ``step`` arrives (a generous deadline, not a guess)."""
        deadline = time.monotonic() + timeout
        while True:
            report = self.next(max(0.0, deadline - time.monotonic()))
            if report is None:
                seen = [" ".join(r.words) for r in self.reports[-5:]]
                raise AssertionError(f"the worker ended before {step!r}; last reports: {seen}")
            if report.step == step:
                return report

    def read_until(self, moment: float) -> None:
        """Read whatever arrives until ``moment`` (``time.monotonic()``) or the end of output."""
        while not self._ended and (remaining := moment - time.monotonic()) > 0:
            try:
                report = self._queue.get(timeout=remaining)
            except queue.Empty:
                return
            if report is None:
                self._ended = True
            else:
                self.reports.append(report)

    def drain(self, timeout: float = 30.0) -> None:
        """After the child is gone: read what is left, so :attr:`last` is its final word."""
        while self.next(timeout) is not None:
            pass
        self._thread.join(timeout)

    @property
    def last(self) -> Report | None:
        return self.reports[-1] if self.reports else None


class StepTimes:
    """The shortest duration seen for each step in this run: a kill drawn within it lands
    inside the step even when the machine happens to run that step faster the next time."""

    def __init__(self) -> None:
        self._seconds: dict[str, float] = {}

    def record(self, step: str, seconds: float) -> None:
        seconds = max(seconds, 1e-3)
        self._seconds[step] = min(seconds, self._seconds.get(step, seconds))

    def __contains__(self, step: str) -> bool:
        return step in self._seconds

    def __getitem__(self, step: str) -> float:
        return self._seconds[step]

    def summary(self) -> str:
        return ", ".join(
            f"{step} {seconds:.2f} s" for step, seconds in sorted(self._seconds.items())
        )


def kill_within(
    child: subprocess.Popen[bytes],
    progress: ProgressPipe,
    since: float,
    seconds: float,
    rng: random.Random,
) -> None:
    """SIGKILL ``child`` at a random moment in ``[since, since + seconds)``, reading (not acting
    on) the reports that arrive meanwhile."""
    progress.read_until(since + rng.uniform(0.0, seconds))
    child.kill()


def expect_killed(child: subprocess.Popen[bytes], progress: ProgressPipe, context: str) -> None:
    """Wait for ``child`` to end and read its last reports; the kill must be what ended it."""
    child.wait(REPORT_DEADLINE)
    progress.drain()
    err = child.stderr.read().decode(errors="replace") if child.stderr is not None else ""
    assert child.returncode == -signal.SIGKILL, (
        f"{context}: the worker stopped by itself: {err[-2000:]}"
    )
