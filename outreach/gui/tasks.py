"""Work off the GUI thread: one worker owns the database, a small pool does network jobs."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from outreach.gui.errors import log_bug

if TYPE_CHECKING:
    from outreach.gui.background import Background

OnOk = Callable[[Any], None]
OnErr = Callable[[BaseException], None]


class Tasks(QObject):
    """Run callables on worker threads and deliver results on the GUI thread.

    Every database call goes through :meth:`run_db`, whose single worker thread is the only
    one that ever touches the vault connection, so calls are naturally serialised. Network
    jobs each get a daemon thread: a download stalled on a silent server must never hold up
    quitting the app (it writes nothing; applying what it fetched is a database job).
    """

    _deliver = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deliver.connect(lambda thunk: thunk())  # queued: runs on the GUI thread
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="outreach-db")
        self._closed = False
        #: Per (owner, lane): the request running and the newest one waiting behind it.
        self._lanes: dict[tuple[int, str], _Lane] = {}
        #: Per owner: bumped by :meth:`drop`, so results of earlier work are not delivered.
        self._epochs: dict[int, int] = {}
        self._watched: set[int] = set()

    def run_db(
        self, fn: Callable[[], Any], on_ok: OnOk | None = None, on_err: OnErr | None = None
    ) -> Future[Any]:
        future = self._db.submit(fn)
        self._deliver_when_done(future, on_ok, on_err)
        return future

    def run_net(
        self, fn: Callable[[], Any], on_ok: OnOk | None = None, on_err: OnErr | None = None
    ) -> Future[Any]:
        future: Future[Any] = Future()

        def runner() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = fn()
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)

        self._deliver_when_done(future, on_ok, on_err)
        threading.Thread(target=runner, name="outreach-net", daemon=True).start()
        return future

    def _deliver_when_done(
        self, future: Future[Any], on_ok: OnOk | None, on_err: OnErr | None
    ) -> None:
        def finished(done: Future[Any]) -> None:
            if self._closed or done.cancelled():
                return
            self._deliver.emit(lambda: _finish(done, on_ok, on_err))

        future.add_done_callback(finished)

    # -- owners and lanes (see outreach.gui.background) ----------------------------------------
    def schedule(self, work: Background[Any]) -> None:
        """Start ``work`` now, or after the request running in its lane (replacing any other
        waiting request, which is dropped unheard)."""
        owner = work.owner
        if owner is None or work.lane is None:
            work.start()
            return
        key = self._watch(owner, work.lane)
        lane = self._lanes.setdefault(key, _Lane())
        if lane.running is None:
            lane.running = work
            work.start()
            return
        if lane.waiting is not None:
            lane.waiting.dropped()
        lane.waiting = work

    def finished(self, work: Background[Any]) -> bool:
        """``work`` reported back: start the request waiting behind it, if any. False when a
        newer request made this one's outcome stale."""
        if work.owner is None or work.lane is None:
            return True
        lane = self._lanes.get((id(work.owner), work.lane))
        if lane is None or lane.running is not work:
            return True
        lane.running, waiting, lane.waiting = lane.waiting, lane.waiting, None
        if waiting is None:
            return True
        waiting.start()
        return False

    def busy(self, owner: QObject, lane: str) -> bool:
        """Work of ``owner`` in ``lane`` is running or waiting."""
        found = self._lanes.get((id(owner), lane))
        return found is not None and found.running is not None

    def epoch(self, owner: QObject | None) -> int:
        return 0 if owner is None else self._epochs.get(id(owner), 0)

    def still_current(self, owner: QObject | None, epoch: int) -> bool:
        """``owner`` is alive and has not dropped its work since it read ``epoch``: the one
        staleness check for everything that reports back to an owner."""
        return owner is None or (shiboken6.isValid(owner) and self.epoch(owner) == epoch)

    def drop(self, owner: QObject) -> None:
        """Forget every request of ``owner``: running ones end unheard, waiting ones never run."""
        self._epochs[id(owner)] = self.epoch(owner) + 1
        for (owner_id, _), lane in self._lanes.items():
            if owner_id == id(owner) and lane.waiting is not None:
                lane.waiting.dropped()
                lane.waiting = None

    def _watch(self, owner: QObject, lane: str) -> tuple[int, str]:
        ident = id(owner)
        if ident not in self._watched:
            self._watched.add(ident)
            owner.destroyed.connect(lambda *_: self._forget(ident))
        return (ident, lane)

    def _forget(self, owner_id: int) -> None:
        self._watched.discard(owner_id)
        self._epochs.pop(owner_id, None)
        for key in [key for key in self._lanes if key[0] == owner_id]:
            del self._lanes[key]

    def shutdown(self) -> None:
        """Finish the database work already asked for, then stop; no result is delivered.

        Queued work still runs: it may be a note saved just before Quit, and the vault's close
        queued behind it. Database jobs are local and short; only network jobs may stall, and
        those are never waited for.
        """
        self._closed = True
        self._db.shutdown(wait=True, cancel_futures=False)


def _finish(done: Future[Any], on_ok: OnOk | None, on_err: OnErr | None) -> None:
    exc = done.exception()
    if exc is None:
        if on_ok is not None:
            on_ok(done.result())
    elif on_err is not None:
        on_err(exc)
    else:
        log_bug("background task failed", exc)


@dataclass
class _Lane:
    running: Background[Any] | None = None
    waiting: Background[Any] | None = None
