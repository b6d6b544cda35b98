"""First run: the starter page asks where the worker works, and searches start near there;
an older starter directory is updated in place when the vault opens."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from outreach.directory.store import count_services, get_directory_info
from outreach.gui.directory.view import DirectoryView
from outreach.gui.place import HOME_PLACE_KEY, PLACE_ASKED_KEY
from outreach.gui.session import Session
from outreach.gui.tasks import Tasks
from outreach.gui.view import ViewContext, system_clock
from outreach.importers import import_path
from outreach.packs import build_pack
from outreach.packs.starter import install_starter_pack
from outreach.samhsa.build import build_records
from outreach.settings import Settings
from outreach.vault import Vault

WAIT = 20_000
SLICE = Path(__file__).parent / "data" / "samhsa"
OLD_CSV = (
    SLICE / "samhsa-treatment-facilities" / "SAMHSA_Nationwide_Substance_Use_Treatment_Data.csv"
)


@pytest.fixture(scope="module")
def starter_bytes() -> bytes:
    records, _ = build_records(SLICE)
    return build_pack(
        records,
        version=2,
        name="SAMHSA (test slice)",
        source="SAMHSA",
        created=datetime(2026, 5, 25, tzinfo=UTC),
    )


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    tasks = Tasks()
    yield Session(vault, tasks, Settings())
    tasks.shutdown()


@pytest.fixture
def view(qtbot, session, starter_bytes, tmp_path) -> Iterator[DirectoryView]:  # type: ignore[no-untyped-def]
    widget = DirectoryView(ViewContext(Settings(), system_clock))
    qtbot.addWidget(widget)
    widget.show()
    path = tmp_path / "starter.ocpack"
    path.write_bytes(starter_bytes)
    widget.starter.path = path
    widget.attach(session)
    qtbot.waitUntil(lambda: widget.starter.button.isEnabled(), timeout=WAIT)
    yield widget
    widget.detach()


def _info(qtbot, session: Session) -> dict[str, str]:  # type: ignore[no-untyped-def]
    found: list[dict[str, str]] = []
    session.run_db(get_directory_info, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT)
    return found[0]


def test_the_place_asked_first_becomes_the_default_near_place(qtbot, view, session) -> None:  # type: ignore[no-untyped-def]
    assert view.pages.currentWidget() is view.starter_page
    assert view.starter.place.hasFocus()  # the question comes first
    qtbot.keyClicks(view.starter.place, "21201")
    qtbot.keyClick(view.starter.place, Qt.Key.Key_Return)  # Enter loads
    qtbot.waitUntil(lambda: view.pages.currentWidget() is not view.starter_page, timeout=WAIT)
    assert view.starter.place_note.text() == "Searches will start near 21201 (Baltimore, MD)."
    qtbot.waitUntil(lambda: view.filters.near.text() == "21201", timeout=WAIT)
    assert _info(qtbot, session)[HOME_PLACE_KEY] == "21201"
    # The first question a worker types is answered near there, with "about" for places
    # only known by their ZIP code.
    qtbot.keyClicks(view.search_edit, "methadone")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.searching, timeout=WAIT)
    assert "Near 21201" in view.message.text()


def test_a_state_starts_at_its_largest_city(qtbot, view, session) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.starter.place, "Maryland")
    qtbot.mouseClick(view.starter.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is not view.starter_page, timeout=WAIT)
    assert "Baltimore, MD, the largest city in Maryland" in view.starter.place_note.text()
    qtbot.waitUntil(lambda: view.filters.near.text() == "Baltimore, MD", timeout=WAIT)


def test_an_unknown_place_loads_nothing_and_says_why(qtbot, view, session) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.starter.place, "Atlantis")
    qtbot.mouseClick(view.starter.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Atlantis" in view.starter.status.text(), timeout=WAIT)
    assert "No US state, city or ZIP code called “Atlantis”" in view.starter.status.text()
    assert view.pages.currentWidget() is view.starter_page
    counted: list[int] = []
    session.run_db(count_services, counted.append)
    qtbot.waitUntil(lambda: counted == [0], timeout=WAIT)
    assert HOME_PLACE_KEY not in _info(qtbot, session)


def test_no_place_means_the_whole_country(qtbot, view, session) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.starter.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is not view.starter_page, timeout=WAIT)
    assert view.filters.near.text() == ""
    assert HOME_PLACE_KEY not in _info(qtbot, session)


def test_syringe_gets_the_honest_empty_answer_in_the_window(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.starter.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is not view.starter_page, timeout=WAIT)
    qtbot.keyClicks(view.search_edit, "syringe")
    qtbot.waitUntil(lambda: "syringe services programmes" in view.message.text(), timeout=WAIT)
    assert view.message.text() == (
        "The starter directory has no syringe services programmes;"
        " your coordinator's feed can add them."
    )


def test_an_old_starter_is_updated_in_place_on_unlock(  # type: ignore[no-untyped-def]
    qtbot, vault, starter_bytes, tmp_path
) -> None:
    old = tmp_path / "old.ocpack"
    old_records = import_path(OLD_CSV, mapping=Path("samhsa-treatment")).records
    old.write_bytes(build_pack(old_records, version=1, name="Old starter", source="SAMHSA"))
    install_starter_pack(vault, path=old)
    new = tmp_path / "new.ocpack"
    new.write_bytes(starter_bytes)
    tasks = Tasks()
    session = Session(vault, tasks, Settings())
    widget = DirectoryView(ViewContext(Settings(), system_clock))
    qtbot.addWidget(widget)
    widget.show()
    widget.starter.path = new
    try:
        widget.attach(session)
        qtbot.waitUntil(lambda: "Updated to version 2" in widget.message.text(), timeout=WAIT)
        assert f"{len(old_records)} removed" in widget.message.text()
        assert widget.pages.currentWidget() is not widget.starter_page
        qtbot.waitUntil(
            lambda: widget.status is not None and widget.status.services_text == "59 services",
            timeout=WAIT,
        )
    finally:
        widget.detach()
        tasks.shutdown()


def test_the_first_run_question_counts_as_asked(qtbot, view, session) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.starter.button, Qt.MouseButton.LeftButton)  # no place: fine
    qtbot.waitUntil(lambda: view.pages.currentWidget() is not view.starter_page, timeout=WAIT)
    assert _info(qtbot, session)[PLACE_ASKED_KEY] == "1"
    assert view.place_dialog is None, "never asked a second time"
