"""Background work: results arrive on the GUI thread; a stalled download never blocks quitting."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication

from outreach.gui.tasks import Tasks


def test_results_and_errors_come_back_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    tasks = Tasks()
    seen: list[tuple[str, object, bool]] = []
    gui = threading.current_thread()
    tasks.run_db(
        lambda: 41 + 1, lambda v: seen.append(("db", v, threading.current_thread() is gui))
    )
    tasks.run_net(
        lambda: 1 / 0,
        None,
        lambda e: seen.append(("net", type(e).__name__, threading.current_thread() is gui)),
    )
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert sorted(seen) == [("db", 42, True), ("net", "ZeroDivisionError", True)]
    tasks.shutdown()


def test_shutdown_does_not_wait_for_a_stalled_download(qtbot) -> None:  # type: ignore[no-untyped-def]
    tasks = Tasks()
    release = threading.Event()
    delivered: list[object] = []
    download = tasks.run_net(lambda: release.wait(120), delivered.append)
    tasks.shutdown()
    # Had shutdown waited for the download, the download would be over (its wait is capped).
    assert not download.done(), "shutdown waited for the stalled download"
    ended = threading.Event()
    download.add_done_callback(lambda _: ended.set())  # runs after the Tasks' own callback
    release.set()
    qtbot.waitUntil(ended.is_set, timeout=30_000)
    QCoreApplication.processEvents()  # a delivery would have been posted by now: run it
    assert delivered == [], "nothing is delivered after shutdown"


def test_a_bug_is_logged_without_its_message(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    secret = "client said she sleeps behind the library"
    tasks = Tasks()

    def failing() -> None:
        raise RuntimeError(secret)

    with caplog.at_level("ERROR"):
        future = tasks.run_db(failing)  # no error handler: the bug goes to the log
        qtbot.waitUntil(future.done, timeout=5000)
        qtbot.waitUntil(lambda: "RuntimeError" in caplog.text, timeout=5000)
    assert "failing" in caplog.text, "where it happened is logged"
    assert secret not in caplog.text
    tasks.shutdown()


def test_quitting_still_does_the_database_work_already_asked_for(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A note saved just before Quit, queued behind a search, is written, and the close queued
    after it still runs: quitting drops results, never writes."""
    tasks = Tasks()
    searching = threading.Event()
    release = threading.Event()
    order: list[str] = []

    def search() -> None:
        searching.set()
        release.wait(120)
        order.append("search")

    tasks.run_db(search)
    qtbot.waitUntil(searching.is_set, timeout=30_000)
    save = tasks.run_db(lambda: order.append("save"))
    close = tasks.run_db(lambda: order.append("close"))
    threading.Timer(0.05, release.set).start()  # the search ends while shutdown waits
    tasks.shutdown()
    assert order == ["search", "save", "close"]
    assert not save.cancelled()
    assert not close.cancelled()
