"""Background work: latest request wins per owner and lane, callbacks follow the owner's life,
one error policy, and writes announce what they changed."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject

from outreach.changes import DIRECTORY, Changes
from outreach.errors import Cancelled, PackRejected
from outreach.gui.background import Background, Runner
from outreach.gui.errors import Failure, FailureKind
from outreach.gui.session import Session
from outreach.gui.tasks import Tasks
from outreach.settings import Settings
from outreach.vault import Vault

WAIT = 5000


@pytest.fixture
def tasks() -> Iterator[Tasks]:
    tasks = Tasks()
    yield tasks
    tasks.shutdown()


def _block(tasks: Tasks) -> threading.Event:
    """Keep the database worker busy until the returned event is set."""
    release = threading.Event()
    tasks.run_db(lambda: release.wait(10))
    return release


def test_latest_request_wins_and_the_ones_between_never_run(qtbot, tasks: Tasks) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    ran: list[str] = []
    shown: list[str] = []

    def request(word: str) -> None:
        def work() -> str:
            ran.append(word)
            return word

        Background.on_network(tasks, work).owned_by(owner, lane="search").on_success(
            shown.append
        ).run()

    release = threading.Event()
    Background.on_network(tasks, lambda: release.wait(10)).owned_by(owner, lane="search").run()
    assert tasks.busy(owner, "search")
    for word in ("d", "de", "det", "detox"):
        request(word)
    release.set()
    qtbot.waitUntil(lambda: not tasks.busy(owner, "search"), timeout=WAIT)
    assert ran == ["detox"], "the requests typed in between were replaced while waiting"
    assert shown == ["detox"]


def test_a_stale_result_is_dropped_when_a_newer_request_waits(qtbot, tasks: Tasks) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    shown: list[str] = []
    release = _block(tasks)
    Background(tasks, Runner.DATABASE, lambda: "old").owned_by(owner, lane="x").on_success(
        shown.append
    ).run()
    Background.on_network(tasks, lambda: "new").owned_by(owner, lane="x").on_success(
        shown.append
    ).run()
    release.set()
    qtbot.waitUntil(lambda: not tasks.busy(owner, "x"), timeout=WAIT)
    assert shown == ["new"]


def test_drop_forgets_running_and_waiting_work(qtbot, tasks: Tasks) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    shown: list[str] = []
    release = threading.Event()
    Background.on_network(tasks, lambda: release.wait(10) and "running").owned_by(
        owner, lane="x"
    ).on_success(shown.append).run()
    ran_waiting = threading.Event()
    Background.on_network(tasks, ran_waiting.set).owned_by(owner, lane="x").run()
    tasks.drop(owner)
    release.set()
    qtbot.waitUntil(lambda: not tasks.busy(owner, "x"), timeout=WAIT)
    assert shown == []
    assert not ran_waiting.is_set()
    # New work after the drop is delivered as usual.
    Background.on_network(tasks, lambda: "after").owned_by(owner).on_success(shown.append).run()
    qtbot.waitUntil(lambda: shown == ["after"], timeout=WAIT)


def test_callbacks_end_with_the_owner(qtbot, tasks: Tasks) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    shown: list[object] = []
    release = _block(tasks)
    Background(tasks, Runner.DATABASE, lambda: "late").owned_by(owner, lane="x").on_success(
        shown.append
    ).run()
    with qtbot.waitSignal(owner.destroyed, timeout=WAIT):
        owner.deleteLater()
    release.set()
    # Work queued after it on the same worker has reported back, so "late" has too.
    after: list[str] = []
    Background(tasks, Runner.DATABASE, lambda: "after").on_success(after.append).run()
    qtbot.waitUntil(lambda: after == ["after"], timeout=WAIT)
    assert shown == []


def test_one_error_policy(qtbot, tasks: Tasks, caplog) -> None:  # type: ignore[no-untyped-def]
    secret = "client sleeps behind the library"
    failures: list[Failure] = []

    def raise_(exc: BaseException) -> None:
        raise exc

    for exc in (
        Cancelled("Cancelled."),
        PackRejected("The pack is signed by nobody."),
        KeyError(secret),
    ):
        Background.on_network(tasks, lambda exc=exc: raise_(exc)).on_failure(failures.append).run()
    with caplog.at_level("ERROR"):
        qtbot.waitUntil(lambda: len(failures) == 3, timeout=WAIT)
    kinds = {type(f.exc).__name__: f for f in failures}
    assert kinds["Cancelled"].kind is FailureKind.CANCELLED
    assert kinds["Cancelled"].text == ""
    assert kinds["PackRejected"].kind is FailureKind.USER
    assert kinds["PackRejected"].text == "The pack is signed by nobody."
    bug = kinds["KeyError"]
    assert bug.kind is FailureKind.BUG
    assert "Something went wrong" in bug.text
    assert secret not in bug.text
    assert "KeyError" in caplog.text, "a bug is logged by its type"
    assert secret not in caplog.text, "never by its message"
    assert "Cancelled" not in caplog.text
    assert "PackRejected" not in caplog.text


def test_a_write_announces_its_changes_once(qtbot, tasks: Tasks, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    session = Session(vault, tasks, Settings())
    heard: list[Changes] = []
    session.changed.connect(heard.append)
    results: list[int] = []
    session.write(lambda v: 7).announces(lambda _: DIRECTORY).on_success(results.append).run()
    session.write(lambda v: 8).announces(lambda _: Changes()).on_success(results.append).run()
    qtbot.waitUntil(lambda: results == [7, 8], timeout=WAIT)
    assert heard == [DIRECTORY], "announced once, and not at all when nothing changed"
    with pytest.raises(ValueError, match="only work on the vault"):
        Background.on_network(tasks, lambda: 1).announces(lambda _: DIRECTORY)
