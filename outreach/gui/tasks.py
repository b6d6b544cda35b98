"""Work off the GUI thread: one worker owns the database, a small pool does network jobs."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from outreach.gui.errors import log_bug

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

    def shutdown(self) -> None:
        """Wait for running database work to end; queued results are dropped."""
        self._closed = True
        self._db.shutdown(wait=True, cancel_futures=True)


def _finish(done: Future[Any], on_ok: OnOk | None, on_err: OnErr | None) -> None:
    exc = done.exception()
    if exc is None:
        if on_ok is not None:
            on_ok(done.result())
    elif on_err is not None:
        on_err(exc)
    else:
        log_bug("background task failed", exc)
