"""How old the data is (issue 12, item 9): a service verified long ago is flagged in the detail
pane, and the vault knows the span of its services' own "last verified" dates."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from outreach.directory.store import upsert_records, verified_date_span
from outreach.gui.directory.view import DirectoryView
from outreach.gui.session import Session
from outreach.gui.tasks import Tasks
from outreach.gui.view import ViewContext
from outreach.settings import Settings
from outreach.vault import Vault
from tests.gui_directory_records import FIXED_NOW, HAYMARKET, all_records

WAIT = 5000


@pytest.fixture
def view(qtbot, vault: Vault, sample_data: Path) -> Iterator[DirectoryView]:  # type: ignore[no-untyped-def]
    # The official HSDS 3 example, "last verified" 2005-01-01, beside the test city's services.
    example = json.loads((sample_data / "hsds-3.0-examples" / "service_full.json").read_text())
    with vault.transaction() as conn:
        upsert_records(conn, [*all_records(), example], source="tests")
    tasks = Tasks()
    widget = DirectoryView(ViewContext(Settings(), lambda: FIXED_NOW))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.attach(Session(vault, tasks, Settings()))
    qtbot.waitUntil(lambda: widget.status is not None, timeout=WAIT)
    yield widget
    widget.detach()
    tasks.shutdown()


def _show(qtbot, view: DirectoryView, query: str, service_id: str) -> str:  # type: ignore[no-untyped-def]
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, query)
    qtbot.waitUntil(lambda: view.detail.service_id == service_id, timeout=WAIT)
    return view.detail_browser.toPlainText()


def test_a_service_verified_years_ago_is_flagged_and_a_recent_one_is_not(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    assert FIXED_NOW.year == 2024
    old = _show(qtbot, view, "community counselling", "ac148810-d857-441c-9679-408f346de14b")
    warning = "⚠ Last verified 2005-01-01 (19 years ago): call to check before sending someone."
    assert warning in old
    assert old.index(warning) < old.index("Hours"), "under the name, before anything else"
    recent = _show(qtbot, view, "haymarket", HAYMARKET["id"])
    assert "Last verified 2024-04-30" in recent
    assert "⚠ Last verified" not in recent


def test_the_span_of_verified_dates_comes_from_the_services(
    vault: Vault, sample_data: Path
) -> None:
    with vault.transaction() as conn:
        assert verified_date_span(conn) is None
        upsert_records(conn, all_records(), source="tests")
        assert verified_date_span(conn) == (date(2024, 1, 10), date(2024, 4, 30))
        odd = dict(HAYMARKET, id="odd", assured_date="last spring")
        stamped = dict(HAYMARKET, id="stamped", assured_date="2023-12-31T22:00:00Z")
        upsert_records(conn, [odd, stamped], source="tests")
        assert verified_date_span(conn) == (date(2023, 12, 31), date(2024, 4, 30))
