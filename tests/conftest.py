"""Shared fixtures: real SQLCipher vaults in tmp_path, settings redirected, Qt offscreen."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from outreach.vault import KdfParams, Vault

#: Argon2id made cheap for tests; the real default is in outreach.vault.keyfile.
FAST_KDF = KdfParams(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)
PASSPHRASE = "correct horse battery"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


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


#: How long a thread a test started may take to end after the test (a download that notices
#: its cancel token between chunks, a server thread shutting down).
THREAD_GRACE_SECONDS = 10


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
def shared_data() -> Path:
    if not SHARED_DATA.exists():
        pytest.skip(f"reference data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault" / "vault.db"


@pytest.fixture
def new_vault(vault_path: Path) -> Iterator[tuple[Vault, str]]:
    """A freshly created vault (fast KDF) and its recovery code."""
    vault, code = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    yield vault, code
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
    yield ctl
    ctl.shutdown()
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
