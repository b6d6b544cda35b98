"""The small things a worker hits (issue 12, item 10): the import report's messages shown whole,
no clear button in an empty box after unlock, the recovery code's placeholder visible, a
countdown while the vault waits out wrong passphrases, this device's time zone first."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QToolButton

from outreach.directory.store import UpsertSummary, upsert_records
from outreach.gui.directory.view import DirectoryView
from outreach.gui.import_dialog import ImportDialog
from outreach.gui.import_report import ImportReportDialog
from outreach.gui.recover_dialog import RecoverDialog
from outreach.gui.session import Session
from outreach.gui.tasks import Tasks
from outreach.gui.unlock import UnlockDialog
from outreach.gui.view import ViewContext
from outreach.importers import import_path
from outreach.settings import Settings
from outreach.vault import Vault
from outreach.vault.throttle import UnlockThrottle
from tests.conftest import PASSPHRASE
from tests.gui_directory_records import FIXED_NOW, all_records

WAIT = 10_000


@pytest.fixture
def tasks() -> Iterator[Tasks]:
    running = Tasks()
    yield running
    running.shutdown()


def test_the_import_report_shows_each_problem_whole(qtbot, sample_data) -> None:  # type: ignore[no-untyped-def]
    # The HSDS 1.1 sample's longest problem: "id '…' already used in regular_schedules.csv;
    # gave this row its own id", longer than the column is wide.
    result = import_path(sample_data / "hsds-1.1-sample", timezone="America/Chicago")
    dialog = ImportReportDialog(None, "hsds", report=result.report, summary=UpsertSummary(10))
    qtbot.addWidget(dialog)
    dialog.resize(600, 540)  # a small screen, or 200 % scaling
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.details.setCurrentWidget(dialog.problems_tab)  # "Each problem", beside "by kind"
    table = dialog.problems
    qtbot.waitUntil(table.isVisible, timeout=WAIT)
    messages = [table.item(row, 3).text() for row in range(table.rowCount())]
    longest = max(range(len(messages)), key=lambda row: len(messages[row]))
    assert "already used" in messages[longest]
    metrics = table.fontMetrics()
    # The cell's room (less the item's text margins) holds the whole message, wrapped.
    room = table.visualRect(table.model().index(longest, 3)).adjusted(4, 0, -4, 0)
    needed = metrics.boundingRect(
        QRect(0, 0, room.width(), 10_000), Qt.TextFlag.TextWordWrap, messages[longest]
    )
    assert needed.height() > 2 * metrics.lineSpacing(), "the test needs a long message"
    qtbot.waitUntil(lambda: table.rowHeight(longest) >= needed.height(), timeout=WAIT)


def _clear_button_showing(edit: QLineEdit) -> bool:
    return any(button.isVisible() for button in edit.findChildren(QToolButton))


def test_empty_boxes_show_no_clear_button_after_unlock(qtbot, vault: Vault, tasks) -> None:  # type: ignore[no-untyped-def]
    with vault.transaction() as conn:
        upsert_records(conn, all_records(), source="tests")
    view = DirectoryView(ViewContext(Settings(), lambda: FIXED_NOW))
    qtbot.addWidget(view)
    view.show()
    view.attach(Session(vault, tasks, Settings()))
    qtbot.waitUntil(lambda: view.status is not None, timeout=WAIT)
    boxes = (view.search_edit, view.filters.near)
    for box, text in zip(boxes, ("detox", "60607"), strict=True):
        qtbot.keyClicks(box, text)
        qtbot.waitUntil(lambda box=box: _clear_button_showing(box), timeout=WAIT)
    view.detach()  # lock: the boxes are emptied
    view.attach(Session(vault, tasks, Settings()))  # unlock
    qtbot.waitUntil(lambda: view.status is not None, timeout=WAIT)
    for box in boxes:
        assert box.text() == ""
        qtbot.waitUntil(lambda box=box: not _clear_button_showing(box), timeout=WAIT)
    view.detach()


def test_the_recovery_code_placeholder_fits_its_field(qtbot, vault_path, new_vault, tasks) -> None:  # type: ignore[no-untyped-def]
    dialog = RecoverDialog(vault_path, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.code
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    inside = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    placeholder = field.placeholderText()
    assert placeholder.count("X") == 25
    # The line edit's own 2 px side margins come off what the style leaves for text.
    assert field.fontMetrics().horizontalAdvance(placeholder) <= inside.width() - 4


def test_the_wait_after_wrong_passphrases_counts_down(qtbot, vault_path, new_vault, tasks) -> None:  # type: ignore[no-untyped-def]
    new_vault[0].close()
    dialog = UnlockDialog(vault_path, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.unlock_button.isEnabled()
    # Four wrong passphrases somewhere the dialog did not see (the command line, say): the
    # vault will wait 2 s before it tries the next one.
    throttle = UnlockThrottle(vault_path)
    for _ in range(4):
        throttle.record_failure()
    unlocked: list[Vault] = []
    dialog.unlocked.connect(unlocked.append)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    seen: list[int] = []

    def counting() -> bool:
        found = re.search(r"unlocking in (\d+) s", dialog.error.text())
        if found:
            seen.append(int(found.group(1)))
        return bool(found) and int(found.group(1)) <= 1

    qtbot.waitUntil(counting, timeout=WAIT)
    assert seen[0] in (1, 2), "the seconds left, not a bare Unlocking…"
    assert seen == sorted(seen, reverse=True), "it counts down"
    qtbot.waitUntil(lambda: bool(unlocked), timeout=WAIT)
    unlocked[0].close()


def test_the_time_zone_list_starts_with_this_devices(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TZ", "America/Chicago")
    time.tzset()
    try:
        dialog = ImportDialog()
        qtbot.addWidget(dialog)
        zones = dialog.timezone
        assert zones.itemText(0) == "From the data (or this device: America/Chicago)"
        assert zones.itemText(1) == "America/Chicago"
        assert zones.itemText(3) == "Africa/Abidjan", "then, past a line, every zone in order"
        assert [zones.itemText(n) for n in range(zones.count())].count("America/Chicago") == 1
        assert dialog.selected_timezone() is None, "the data's own zone wins by default"
        zones.setCurrentIndex(1)
        assert dialog.selected_timezone() == "America/Chicago"
    finally:
        monkeypatch.undo()
        time.tzset()
