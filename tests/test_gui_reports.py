"""The Reports view: the suppressed counts by month, a chart, and the same CSV as the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from outreach.gui.app import AppController
from outreach.gui.reports.view import ReportView
from outreach.notes.contacts import Contact, save_contact
from outreach.notes.encounters import EncounterDraft, save_encounter
from outreach.settings import Settings
from outreach.vault import Vault

NOW = datetime.now(UTC).replace(microsecond=0)
WAIT = 10_000
ALIAS = "Zorro Azul"


@pytest.fixture
def view(qtbot, vault_path: Path, vault: Vault) -> Iterator[ReportView]:  # type: ignore[no-untyped-def]
    this_month = NOW.astimezone().replace(day=1, hour=12)
    with vault.transaction() as conn:
        people = [save_contact(conn, Contact(f"{ALIAS} {i}"), now=NOW) for i in range(6)]
        for i in range(7):
            draft = EncounterDraft(
                people[i % 6],
                this_month + timedelta(hours=i),
                "Pier 9",
                {"shelter"},
                note="secret note",
            )
            save_encounter(conn, draft, now=NOW)
        save_encounter(conn, EncounterDraft(people[0], this_month, needs={"food"}), now=NOW)
    controller = AppController(vault_path, Settings(), clock=lambda: NOW)
    qtbot.addWidget(controller.window)
    controller.open_session(vault)
    reports = controller.window.view_of(ReportView)
    controller.window.show_view(reports)
    yield reports
    controller.shutdown()
    if controller.unlock_dialog is not None:
        controller.unlock_dialog.close()


def _row(view: ReportView, label: str) -> list[str]:
    for r in range(view.table.rowCount()):
        if view.table.item(r, 0).text() == label:
            return [view.table.item(r, c).text() for c in range(1, view.table.columnCount())]
    raise AssertionError(label)


def test_the_report_shows_suppressed_counts_and_a_chart(qtbot, view: ReportView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.report is not None, timeout=WAIT)
    assert view.table.columnCount() == 13 + 2, "a year back to this month, and the total"
    assert _row(view, "Encounters")[-2:] == ["8", "8"]
    assert _row(view, "Need: Shelter")[-2:] == ["7", "7"]
    assert _row(view, "Need: Food")[-2:] == ["<5", "<5"]
    assert view.chart.cells[-1] == "8"
    assert len(view.chart.months) == 13
    shown = " ".join(
        view.table.item(r, c).text()
        for r in range(view.table.rowCount())
        for c in range(view.table.columnCount())
    )
    assert "Zorro" not in shown and "secret" not in shown and "Pier" not in shown  # noqa: PT018


def test_save_writes_the_same_csv_as_the_command_line(  # type: ignore[no-untyped-def]
    qtbot, view: ReportView, tmp_path: Path
) -> None:
    qtbot.waitUntil(lambda: view.report is not None, timeout=WAIT)
    target = tmp_path / "report.csv"
    view.save_csv(str(target))
    assert view.report is not None
    assert target.read_text("utf-8") == view.report.to_csv("en")
    assert "Zorro" not in target.read_text("utf-8")
