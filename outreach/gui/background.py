"""One way to run work off the GUI thread (Anki's ``QueryOp``, KeePassXC's ``runThenCallback``).

Build a :class:`Background`, say who owns it and what to do with the outcome, then ``run()``::

    session.query(lambda conn: count_services(conn))
        .owned_by(self, lane="count")          # latest request wins for (self, "count")
        .on_success(self.show_count)
        .run()

- **Where**: ``Session.query``/``Session.write`` run on the single database worker (the only
  thread that touches the vault); :meth:`Background.on_network` runs on the network pool.
- **Owner**: callbacks run only while the owner is alive and has not dropped its work
  (:meth:`Tasks.drop`, called by views on lock). With a ``lane``, only the latest request of
  that owner and lane reports back: while one runs, newer requests collapse into one that runs
  after it, so fast typing never queues a search per key.
- **Failure**: one policy (:mod:`outreach.gui.errors`): cancelled → nothing, user-facing →
  shown, anything else → logged by type and frames and shown as "something went wrong".
  :meth:`Background.on_failure` replaces the showing, never the logging.
- **Progress**: :meth:`Background.with_progress` closes a :class:`TaskProgress` when the work
  reports back or is dropped; its ``cancel_token`` and ``report`` go into the work itself.
- **Changes**: :meth:`Background.announces` makes a write announce what it changed through
  the session, once, on the GUI thread, before the success callback.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from outreach.changes import Changes
from outreach.gui.errors import Failure, classify, show_failure

if TYPE_CHECKING:
    from outreach.gui.progress import TaskProgress
    from outreach.gui.session import Session
    from outreach.gui.tasks import Tasks

T = TypeVar("T")


class Runner(enum.Enum):
    DATABASE = "database"
    NETWORK = "network"


class Background(Generic[T]):
    """One piece of work, configured by chained calls and started by :meth:`run`."""

    def __init__(
        self,
        tasks: Tasks,
        runner: Runner,
        fn: Callable[[], T],
        session: Session | None = None,
    ) -> None:
        self.tasks = tasks
        self.runner = runner
        self.fn = fn
        self.session = session
        self.owner: QObject | None = None
        self.lane: str | None = None
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[Failure], None] | None = None
        self._progress: TaskProgress | None = None
        self._changes_of: Callable[[T], Changes] | None = None
        self._epoch = 0

    @classmethod
    def on_network(cls, tasks: Tasks, fn: Callable[[], T]) -> Background[T]:
        """Work that reads files or the network and never the vault."""
        return cls(tasks, Runner.NETWORK, fn)

    # -- configuring --------------------------------------------------------------------------
    def owned_by(self, owner: QObject, lane: str | None = None) -> Background[T]:
        self.owner = owner
        self.lane = lane
        return self

    def on_success(self, callback: Callable[[T], None]) -> Background[T]:
        self._success = callback
        return self

    def on_failure(self, callback: Callable[[Failure], None]) -> Background[T]:
        """Show a failure your own way (a label, the status bar); bugs are logged anyway."""
        self._failure = callback
        return self

    def with_progress(self, progress: TaskProgress) -> Background[T]:
        self._progress = progress
        return self

    def announces(self, changes_of: Callable[[T], Changes]) -> Background[T]:
        if self.session is None:
            raise ValueError("only work on the vault can announce changes")
        self._changes_of = changes_of
        return self

    # -- running ------------------------------------------------------------------------------
    def run(self) -> None:
        self.tasks.schedule(self)

    def start(self) -> None:
        """Submit to the worker (called by :class:`Tasks` when the lane is free)."""
        self._epoch = self.tasks.epoch(self.owner)
        submit = self.tasks.run_db if self.runner is Runner.DATABASE else self.tasks.run_net
        submit(self.fn, self._succeeded, self._failed)

    @property
    def wanted(self) -> bool:
        return self.tasks.still_current(self.owner, self._epoch)

    def _succeeded(self, value: Any) -> None:
        if not self.tasks.finished(self) or not self.wanted:
            self.dropped()
            return
        self._end_progress()
        if self._changes_of is not None and self.session is not None:
            self.session.announce(self._changes_of(value))
        if self._success is not None:
            self._success(value)

    def _failed(self, exc: BaseException) -> None:
        failure = classify(exc, "background work failed")
        if not self.tasks.finished(self) or not self.wanted:
            self.dropped()
            return
        self._end_progress()
        if self._failure is not None:
            self._failure(failure)
        else:
            show_failure(_window_of(self.owner), failure)

    def dropped(self) -> None:
        """Nobody wants the outcome any more (a newer request, a lock, the owner gone)."""
        self._end_progress()

    def _end_progress(self) -> None:
        progress, self._progress = self._progress, None
        if progress is not None and shiboken6.isValid(progress):
            progress.finish()


def _window_of(owner: QObject | None) -> QWidget | None:
    while owner is not None and shiboken6.isValid(owner):
        if isinstance(owner, QWidget):
            return owner
        owner = owner.parent()
    return None
