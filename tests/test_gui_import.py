"""File → Import directory… in a real (offscreen) window against a real SQLCipher vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from outreach.directory.store import count_services, get_record
from outreach.gui.import_dialog import ImportDialog, ImportRequest, ImportRunner
from outreach.gui.main_window import MainAction
from outreach.gui.session import Session
from outreach.gui.tasks import Tasks
from outreach.settings import Settings
from outreach.vault import Vault
from tests.conftest import PASSPHRASE
from tests.feed_support import directory_snapshot
from tests.sample_data import many_treatment_facilities

HSDS1 = "hsds-1.1-sample"


@pytest.fixture
def session(qtbot, vault: Vault) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    tasks = Tasks()
    live = Session(vault, tasks, Settings())
    yield live
    tasks.shutdown()


@pytest.fixture
def parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    return widget


def _run(qtbot, parent: QWidget, session: Session, request: ImportRequest) -> ImportRunner:  # type: ignore[no-untyped-def]
    runner = ImportRunner(parent, session, request)
    with qtbot.waitSignal(runner.finished, timeout=60_000):
        runner.start()
    return runner


def _on_db(session: Session, fn):  # type: ignore[no-untyped-def]
    """Read the vault on its own worker thread (as the app does) and wait for the answer."""
    return session.run_db(fn).result(timeout=30)


def test_dialog_builds_the_request(qtbot, parent, sample_data: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(parent)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled(), "no source chosen yet"
    dialog.source.setText(str(sample_data / "nowhere.csv"))
    dialog.accept()
    assert "There is no file or folder" in dialog.error.text()
    assert dialog.request is None
    dialog.source.setText(str(sample_data / HSDS1))
    dialog.timezone.setCurrentText("America/Chicago")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.request == ImportRequest(sample_data / HSDS1, None, "America/Chicago")


def test_unknown_time_zone_is_reported(qtbot, parent, session, sample_data: Path) -> None:  # type: ignore[no-untyped-def]
    runner = _run(qtbot, parent, session, ImportRequest(sample_data / HSDS1, None, "Mars/Base"))
    assert runner.outcome is not None
    assert runner.outcome.failure is not None
    assert "Unknown time zone" in runner.report_dialog.headline.text()
    assert _on_db(session, count_services) == 0


def test_an_import_refusal_reads_in_spanish(  # type: ignore[no-untyped-def]
    qtbot, spanish, parent, session, sample_data: Path
) -> None:
    runner = _run(qtbot, parent, session, ImportRequest(sample_data / HSDS1, None, "Mars/Base"))
    assert runner.outcome is not None
    assert "Zona horaria desconocida 'Mars/Base'" in runner.report_dialog.headline.text()
    assert "Unknown time zone" not in runner.report_dialog.headline.text()
    assert _on_db(session, count_services) == 0


def test_imports_hsds_1_sample_and_shows_report(  # type: ignore[no-untyped-def]
    qtbot, parent, session, sample_data: Path
) -> None:
    runner = _run(qtbot, parent, session, ImportRequest(sample_data / HSDS1))
    outcome = runner.outcome
    assert outcome is not None
    assert outcome.failure is None
    assert outcome.summary is not None
    assert outcome.summary.added == 13
    assert _on_db(session, count_services) == 13
    record = _on_db(session, lambda conn: get_record(conn, "c89eb05c-62dd-4b64-b494-0cc347b6ea7f"))
    assert record["name"] == "Never Homeless Helpline"
    dialog = runner.report_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert "Imported 13 services" in dialog.headline.text()
    assert "hsds1-csv" in dialog.headline.text()
    tables = {dialog.tables.item(r, 0).text(): r for r in range(dialog.tables.rowCount())}
    assert dialog.tables.item(tables["services"], 1).text() == "13"
    assert dialog.tables.item(tables["services"], 3).text() == "1"  # one repaired
    problems = [
        [dialog.problems.item(r, c).text() for c in range(5)]
        for r in range(dialog.problems.rowCount())
    ]
    assert ["services.csv", "9", "description"] in [p[:3] for p in problems]
    assert "services: 13 imported" in dialog.report_text()

    # Importing the same export again changes nothing and says so.
    again = _run(qtbot, parent, session, ImportRequest(sample_data / HSDS1))
    assert again.outcome.summary.unchanged == 13
    assert "0 new, 0 updated, 13 unchanged" in again.report_dialog.headline.text()


def test_broken_csv_shows_the_problem_and_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, parent, session, vault, tmp_path: Path, sample_data: Path
) -> None:
    _run(qtbot, parent, session, ImportRequest(sample_data / HSDS1))
    before = _on_db(session, lambda conn: directory_snapshot(vault))
    broken = tmp_path / "export.csv"
    broken.write_text("colour,size\nred,3\n", encoding="utf-8")
    runner = _run(qtbot, parent, session, ImportRequest(broken))
    assert runner.outcome is not None
    assert runner.outcome.failure is not None
    headline = runner.report_dialog.headline.text()
    assert "Nothing was imported from export.csv" in headline
    assert "column mapping" in headline
    assert not runner.report_dialog.tables.isVisible()
    assert _on_db(session, lambda conn: directory_snapshot(vault)) == before


def test_rows_with_problems_are_listed_by_file_row_and_field(  # type: ignore[no-untyped-def]
    qtbot, parent, session, tmp_path: Path
) -> None:
    folder = tmp_path / "messy"
    folder.mkdir()
    (folder / "services.csv").write_text(
        "id,organization_id,name,description,status\n"
        "s1,o1,Night Shelter,Beds <b>tonight</b>,active\n"
        "s2,o1,,No name here,active\n",
        encoding="utf-8",
    )
    (folder / "organizations.csv").write_text("id,name\no1,County\n", encoding="utf-8")
    runner = _run(qtbot, parent, session, ImportRequest(folder))
    outcome = runner.outcome
    assert outcome is not None
    assert outcome.summary is not None
    assert outcome.summary.added == 1
    problems = runner.report_dialog.problems
    rows = [
        (problems.item(r, 0).text(), problems.item(r, 1).text(), problems.item(r, 4).text())
        for r in range(problems.rowCount())
    ]
    assert ("services.csv", "3", "skipped") in rows, rows


def test_cancel_mid_import_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, parent, session, vault, sample_data: Path, tmp_path: Path
) -> None:
    _run(qtbot, parent, session, ImportRequest(sample_data / HSDS1))
    before = _on_db(session, lambda conn: directory_snapshot(vault))
    runner = ImportRunner(parent, session, ImportRequest(many_treatment_facilities(tmp_path)))
    progress = runner.progress
    with qtbot.waitSignal(runner.finished, timeout=120_000):
        runner.start()
        # Cancel once the work is visibly under way (the first progress report arrived).
        qtbot.waitUntil(lambda: progress.maximum() > 0, timeout=60_000)
        cancel_button = progress.findChild(QPushButton)
        assert cancel_button is not None
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert runner.outcome is not None
    assert runner.outcome.cancelled
    assert runner.report_dialog is None
    assert _on_db(session, lambda conn: directory_snapshot(vault)) == before
    assert _on_db(session, count_services) == 13


def test_import_action_is_wired_and_lock_cancels_a_running_import(  # type: ignore[no-untyped-def]
    qtbot,
    controller,
    vault_path: Path,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller.open_session(vault)
    sync_controller = controller.sync
    qtbot.waitUntil(lambda: sync_controller.last_run is not None, timeout=20_000)

    big_list = many_treatment_facilities(tmp_path)

    def choose_samhsa(parent, session):  # type: ignore[no-untyped-def]
        # Stands in for the user filling the dialog; the runner below is the real one.
        runner = ImportRunner(parent, session, ImportRequest(big_list))
        runner.start()
        return runner

    monkeypatch.setattr("outreach.gui.sync.open_import_dialog", choose_samhsa)
    controller.window.action(MainAction.IMPORT).trigger()
    runner = sync_controller.import_runner
    assert runner is not None
    qtbot.waitUntil(lambda: runner.progress.maximum() > 0, timeout=60_000)
    session = controller.session
    with qtbot.waitSignal(runner.finished, timeout=60_000):
        controller.lock()
    assert runner.outcome.cancelled
    assert session.tasks.run_db(lambda: None).result(timeout=30) is None
    controller.shutdown()
    reopened = Vault.open(vault_path, PASSPHRASE)
    try:
        assert count_services(reopened.conn) == 0
    finally:
        reopened.close()
