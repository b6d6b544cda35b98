"""The import report dialog shows every problem counted by kind (not only the first ones) and
the files in the folder that were not read, with their row counts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QWidget

from outreach.gui.import_dialog import ImportRequest, ImportRunner
from outreach.gui.import_report import SHOWN_PROBLEMS
from outreach.gui.session import Session
from outreach.gui.tasks import Tasks
from outreach.settings import Settings
from outreach.vault import Vault


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


def _run(qtbot, parent: QWidget, session: Session, folder: Path) -> ImportRunner:  # type: ignore[no-untyped-def]
    runner = ImportRunner(parent, session, ImportRequest(folder))
    with qtbot.waitSignal(runner.finished, timeout=60_000):
        runner.start()
    return runner


def _rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _export_with_many_problems(folder: Path, nameless: int) -> Path:
    folder.mkdir()
    lines = ["id,organization_id,name,description,status", "s1,o1,Night Shelter,Beds,active"]
    lines += [f"s{n},o1,,No name,active" for n in range(2, nameless + 2)]
    lines += ["s1,o1,Night Shelter again,Beds,active"]  # a duplicate id: another kind
    (folder / "services.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "organizations.csv").write_text("id,name\no1,County\n", encoding="utf-8")
    (folder / "volunteers.csv").write_text("id,name\nv1,A\nv2,B\nv3,C\n", encoding="utf-8")
    (folder / "readme.pdf").write_bytes(b"%PDF-1.4 not data")
    return folder


def test_every_problem_is_counted_by_kind_and_unread_files_are_listed(  # type: ignore[no-untyped-def]
    qtbot, parent, session, tmp_path: Path
) -> None:
    nameless = SHOWN_PROBLEMS + 150  # more than the dialog lists, and than the core keeps
    runner = _run(qtbot, parent, session, _export_with_many_problems(tmp_path / "x", nameless))
    dialog = runner.report_dialog
    assert dialog is not None
    tabs = [dialog.details.tabText(i) for i in range(dialog.details.count())]
    assert tabs == [
        "Problems by &kind (2)",
        f"&First {SHOWN_PROBLEMS} problems",
        "Files &not read (2)",
    ]
    kinds = _rows(dialog.kinds)
    assert kinds[0][0] == f"{nameless:,}", "the whole count, not the first ones"
    assert kinds[0][1] == "skipped"
    assert [row[0] for row in kinds[1:]] == ["1"]
    assert dialog.problems.rowCount() == SHOWN_PROBLEMS
    assert f"Problems: {nameless + 1:,}" in dialog.problems_label.text()
    assert "Files in the folder that were not read: 2" in dialog.problems_label.text()
    unread = {row[0]: row[1:] for row in _rows(dialog.unread)}
    assert unread["volunteers.csv"][0] == "3", "its row count"
    assert "not an HSDS table" in unread["volunteers.csv"][1]
    assert unread["readme.pdf"][0] == "", "no rows for a file that is not a table"
    # The copied report says the same.
    text = dialog.report_text()
    assert f"{nameless:,} ×" in text
    assert "volunteers.csv (3 rows)" in text
    # The tabs are reached by keyboard.
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.keyClick(dialog, "n", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.details.currentWidget() is dialog.unread_tab, timeout=10_000)


def test_a_clean_import_shows_no_empty_tabs(qtbot, parent, session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "clean"
    folder.mkdir()
    (folder / "services.csv").write_text(
        "id,organization_id,name,description,status\ns1,o1,Night Shelter,Beds,active\n",
        encoding="utf-8",
    )
    (folder / "organizations.csv").write_text("id,name\no1,County\n", encoding="utf-8")
    dialog = _run(qtbot, parent, session, folder).report_dialog
    assert dialog is not None
    assert dialog.problems_label.text() == "No problems found."
    assert dialog.details.isHidden()
