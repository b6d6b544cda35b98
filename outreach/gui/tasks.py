"""Work off the GUI thread: one worker owns the database, a small pool does network jobs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

OnOk = Callable[[Any], None]
OnErr = Callable[[BaseException], None]


class Tasks(QObject):
    """Run callables on worker threads and deliver results on the GUI thread.

    Every database call goes through :meth:`run_db`, whose single worker thread is the only
    one that ever touches the vault connection, so calls are naturally serialised.
    """

    _deliver = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deliver.connect(lambda thunk: thunk())  # queued: runs on the GUI thread
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="outreach-db")
        self._net = ThreadPoolExecutor(max_workers=2, thread_name_prefix="outreach-net")
        self._closed = False

    def run_db(
        self, fn: Callable[[], Any], on_ok: OnOk | None = None, on_err: OnErr | None = None
    ) -> Future[Any]:
        return self._submit(self._db, fn, on_ok, on_err)

    def run_net(
        self, fn: Callable[[], Any], on_ok: OnOk | None = None, on_err: OnErr | None = None
    ) -> Future[Any]:
        return self._submit(self._net, fn, on_ok, on_err)

    def _submit(
        self,
        pool: ThreadPoolExecutor,
        fn: Callable[[], Any],
        on_ok: OnOk | None,
        on_err: OnErr | None,
    ) -> Future[Any]:
        future = pool.submit(fn)

        def finished(done: Future[Any]) -> None:
            if self._closed or done.cancelled():
                return
            self._deliver.emit(lambda: _finish(done, on_ok, on_err))

        future.add_done_callback(finished)
        return future

    def shutdown(self) -> None:
        """Wait for running work to end; queued results are dropped."""
        self._closed = True
        self._net.shutdown(wait=True, cancel_futures=True)
        self._db.shutdown(wait=True, cancel_futures=True)


def _finish(done: Future[Any], on_ok: OnOk | None, on_err: OnErr | None) -> None:
    exc = done.exception()
    if exc is None:
        if on_ok is not None:
            on_ok(done.result())
    elif on_err is not None:
        on_err(exc)
    else:
        log.error("background task failed", exc_info=exc)
