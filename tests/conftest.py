"""Shared fixtures: real SQLCipher vaults in tmp_path, settings redirected, Qt offscreen."""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from outreach.vault import KdfParams, Vault

#: Argon2id made cheap for tests; the real default is in outreach.vault.keyfile.
FAST_KDF = KdfParams(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)
PASSPHRASE = "correct horse battery"
#: Small fixtures the default run uses: slices of ../shared/data, see tests/data/SOURCES.md.
SAMPLE_DATA = Path(__file__).resolve().parent / "data"
#: The full reference data, for the optional larger checks (``--reference-data``).
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--reference-data",
        action="store_true",
        help="also run the larger checks marked reference_data, against ../shared/data",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A plain clone runs every test but the reference_data ones, which are left out (not
    skipped): they need ../shared/data beside the checkout and are asked for by name."""
    if config.getoption("--reference-data"):
        return
    optional = [item for item in items if item.get_closest_marker("reference_data")]
    if optional:
        config.hook.pytest_deselected(items=optional)
        items[:] = [item for item in items if not item.get_closest_marker("reference_data")]


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data and settings folders; nothing touches the real ones."""
    home = tmp_path / "home"
    monkeypatch.setenv("OUTREACH_HOME", str(home))
    for var in (
        "OUTREACH_VAULT",
        "OUTREACH_PASSPHRASE",
        "OUTREACH_NEW_PASSPHRASE",
        "OUTREACH_BACKUP_PASSPHRASE",
        "OUTREACH_RECOVERY_CODE",
    ):
        monkeypatch.delenv(var, raising=False)
    return home


#: The least time any qtbot wait allows. A deadline caps a wait for a condition; it is not how
#: long the condition should take, so a busy single core gets plenty (pytest-qt's default is 5 s).
QT_DEADLINE_FLOOR_MS = 30_000


def _with_deadline_floor(wait: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(wait)
    def generous(self: Any, *args: Any, timeout: int | None = 5000, **kwargs: Any) -> Any:
        if timeout is not None and timeout > 0:
            timeout = max(timeout, QT_DEADLINE_FLOOR_MS)
        return wait(self, *args, timeout=timeout, **kwargs)

    return generous


@pytest.fixture(autouse=True, scope="session")
def _generous_qt_deadlines() -> Iterator[None]:
    from pytestqt.qtbot import QtBot

    with pytest.MonkeyPatch.context() as patch:
        waits = (
            "waitUntil",
            "waitSignal",
            "waitSignals",
            "waitCallback",
            "waitExposed",
            "waitActive",
        )
        for name in waits:
            patch.setattr(QtBot, name, _with_deadline_floor(getattr(QtBot, name)))
        yield


#: How long a thread a test started may take to end after the test (a download that notices
#: its cancel token between chunks, a server thread shutting down).
THREAD_GRACE_SECONDS = 30  # a cap, not an expectation: threads normally end at once


@pytest.fixture(autouse=True)
def _keep_the_runner_dumpable(monkeypatch: pytest.MonkeyPatch) -> None:
    """``outreach.cli.main`` switches core dumps off for its process; tests that call it
    in-process must not do that to pytest (tests/test_process.py checks it in a child)."""
    monkeypatch.setattr("outreach.cli.forbid_core_dumps", lambda: [])


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    """Every thread a test starts ends with it, daemon threads included: a daemon left behind
    (a download nobody cancelled) would otherwise run on into the next test unseen."""
    before = set(threading.enumerate())
    yield
    leftover = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    for thread in leftover:
        thread.join(timeout=THREAD_GRACE_SECONDS)
    still = [f"{t.name} (daemon)" if t.daemon else t.name for t in leftover if t.is_alive()]
    assert not still, f"test left threads running: {still}"


@pytest.fixture(autouse=True)
def _no_leftover_workers() -> Iterator[None]:
    """Defined after the thread check, so it tears down first: a worker killed here lets its
    progress reader end before the threads are counted."""
    from tests.kill_support import kill_leftovers

    yield
    kill_leftovers()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Crash tests record where their kills landed (``record_property("kills", …)``): show it
    in every run, so a kill loop drifting off its target is visible before it fails."""
    lines = [
        f"{report.nodeid}: {value}"
        for outcome in ("passed", "failed")
        for report in terminalreporter.stats.get(outcome, [])
        if report.when == "call"
        for name, value in getattr(report, "user_properties", [])
        if name == "kills"
    ]
    if lines:
        terminalreporter.section("where the crash tests' kills landed")
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture
def sample_data() -> Path:
    return SAMPLE_DATA


@pytest.fixture
def shared_data() -> Path:
    """The full reference data; only tests marked reference_data use it."""
    if not SHARED_DATA.exists():
        pytest.fail(f"--reference-data asks for {SHARED_DATA}, which is not there")
    return SHARED_DATA


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault" / "vault.db"


# The apps the `controller` fixture started and has not shut down yet. A test that asks for
# `vault` after `controller` gets the vault torn down first; closing the connection on this
# thread while the app's database worker is still reading it crashes SQLite (seen once, under
# load: a segfault in count_services). So the vault's teardown shuts such apps down first,
# which waits for their worker to finish.
_live_controllers: list[Any] = []


@pytest.fixture
def new_vault(vault_path: Path) -> Iterator[tuple[Vault, str]]:
    """A freshly created vault (fast KDF) and its recovery code."""
    vault, code = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    yield vault, code
    for ctl in list(_live_controllers):
        ctl.shutdown()
    vault.close()


@pytest.fixture
def vault(new_vault: tuple[Vault, str]) -> Vault:
    return new_vault[0]


@pytest.fixture
def controller(qtbot, vault_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The whole app in a real (offscreen) window, not yet started; shut down afterwards."""
    from outreach.gui import first_run
    from outreach.gui.app import AppController
    from outreach.settings import Settings

    monkeypatch.setattr(first_run, "VAULT_KDF", FAST_KDF)
    ctl = AppController(vault_path, Settings())
    qtbot.addWidget(ctl.window)
    _live_controllers.append(ctl)
    yield ctl
    ctl.shutdown()
    _live_controllers.remove(ctl)
    for dialog in (ctl.unlock_dialog, ctl.first_run_dialog):
        if dialog is not None:
            dialog.close()


@pytest.fixture
def spanish(qapp):  # type: ignore[no-untyped-def]
    """The Spanish translation installed for the test, removed afterwards."""
    from PySide6.QtCore import QTranslator

    from outreach.paths import resources_dir

    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "outreach_es.qm"))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)
