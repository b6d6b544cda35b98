"""The results a worker sees, on the SAMHSA slice (real-like data) in a real vault: "open now"
says what it hid for unknown hours and offers them, a new place starts at the top, "Show
more" goes on past the first page by keyboard, a typed name comes first, the second name
tells programs apart, and distances are in miles where the country uses miles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from outreach.directory.store import upsert_records
from outreach.gui import wording
from outreach.gui.directory.results_model import state_line, where_line
from outreach.gui.directory.search_job import RESULT_LIMIT
from outreach.gui.directory.view import DirectoryView
from outreach.gui.session import Session
from outreach.gui.settings_dialog import SettingsDialog
from outreach.gui.tasks import Tasks
from outreach.gui.view import ViewContext
from outreach.samhsa.build import build_records
from outreach.settings import Settings
from outreach.vault import Vault
from tests.directory_samples import WEEKDAYS_9_TO_5, service

WAIT = 5000
SLICE = Path(__file__).parent / "data" / "samhsa"
# Wednesday 15 May 2024, 11:00 in Baltimore: the Open Door Clinic (9 to 5) is open.
NOW = datetime(2024, 5, 15, 15, 0, tzinfo=UTC)
PANTRIES = RESULT_LIMIT + 30


def _baltimore(service_id: str, name: str, offset: float, **fields: object) -> dict[str, object]:
    return service(
        service_id,
        name,
        lat=39.2904 + offset,
        lon=-76.6122,
        city="Baltimore",
        state="MD",
        postcode="21201",
        x_timezone="America/New_York",
        **fields,
    )


@pytest.fixture(scope="module")
def records() -> list[dict[str, object]]:
    samhsa, _ = build_records(SLICE)
    clinic = _baltimore("open-clinic", "Open Door Clinic", 0.0, schedules=WEEKDAYS_9_TO_5)
    # More food pantries than one page holds, each a little further north.
    pantries = [
        _baltimore(f"pantry-{n:03}", f"Community Food Pantry {n:03}", n * 0.0005)
        for n in range(PANTRIES)
    ]
    return [*samhsa, clinic, *pantries]


@pytest.fixture
def session(vault: Vault, records: list[dict[str, object]]) -> Iterator[Session]:
    with vault.transaction() as conn:
        upsert_records(conn, records, source="tests")
    tasks = Tasks()
    yield Session(vault, tasks, Settings())
    tasks.shutdown()


def _open_view(qtbot, session: Session) -> DirectoryView:  # type: ignore[no-untyped-def]
    widget = DirectoryView(ViewContext(Settings(), lambda: NOW))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.attach(session)
    qtbot.waitUntil(lambda: widget.status is not None, timeout=WAIT)
    return widget


@pytest.fixture
def view(qtbot, session: Session) -> Iterator[DirectoryView]:  # type: ignore[no-untyped-def]
    widget = _open_view(qtbot, session)
    yield widget
    widget.detach()


def settle(qtbot, view: DirectoryView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view.searching, timeout=WAIT)


def type_into(qtbot, view: DirectoryView, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()
    qtbot.keyClicks(edit, text)
    settle(qtbot, view)


def names(view: DirectoryView) -> list[str]:
    return [hit.name for hit in view.model.hits()]


def test_open_now_says_how_many_unknown_hours_it_hid_and_shows_them(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, view, view.search_edit, "treatment")
    everything = view.model.rowCount()
    assert everything > 20
    view.filters.open_now.setChecked(True)
    settle(qtbot, view)
    # None of the SAMHSA listings has hours: nothing is open, and the worker is told why.
    assert view.model.rowCount() == 0
    message = view.message.text()
    assert f"{everything} services with unknown hours are hidden" in message
    assert "Nothing found" not in message
    button = view.unknown_hours_button
    assert button.isVisible()
    assert button.text() == f"Show {everything} with unknown hours"

    # By keyboard: the button takes focus and Space presses it.
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.model.rowCount() == everything, timeout=WAIT)
    settle(qtbot, view)
    assert all(hit.open_now is None for hit in view.model.hits())
    assert "Including" in view.message.text()
    assert button.text() == f"Hide the {everything} with unknown hours"

    # Open services and a count together; unticking "Open now" forgets the choice.
    type_into(qtbot, view, view.search_edit, "clinic")
    assert view.unknown_hours_button.isVisible()
    view.filters.open_now.setChecked(False)
    settle(qtbot, view)
    assert not view.unknown_hours_button.isVisible()
    view.filters.open_now.setChecked(True)
    settle(qtbot, view)
    assert names(view) == ["Open Door Clinic"]
    assert "hidden by" in view.message.text()


def test_a_new_place_starts_at_the_top_and_show_more_goes_on(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, view, view.filters.near, "Baltimore MD")  # no comma: still a place
    type_into(qtbot, view, view.search_edit, "pantry")
    assert "Near Baltimore, MD." in view.message.text()
    assert view.model.rowCount() == RESULT_LIMIT
    assert view.result_count.text() == f"First {RESULT_LIMIT} results"
    assert view.more_button.isVisible()

    # Keyboard: into the list, to the last row, ↓ loads the next page and moves onto it.
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.results.hasFocus()
    qtbot.keyClick(view.results, Qt.Key.Key_End)
    assert view.results.currentIndex().row() == RESULT_LIMIT - 1
    qtbot.keyClick(view.results, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: view.model.rowCount() == PANTRIES, timeout=WAIT)
    settle(qtbot, view)
    assert view.results.currentIndex().row() == RESULT_LIMIT
    assert view.results.hasFocus()
    assert not view.more_button.isVisible()
    assert view.result_count.text() == f"{PANTRIES} results"

    # The worker is far down the list; a new place shows its nearest result, on top.
    assert view.results.verticalScrollBar().value() > 0
    type_into(qtbot, view, view.filters.near, "21201")
    assert view.results.currentIndex().row() == 0
    assert view.results.verticalScrollBar().value() == 0
    first = view.model.hits()[0].id
    qtbot.waitUntil(lambda: view.detail.service_id == first, timeout=WAIT)


def test_a_state_is_searched_as_a_whole(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, view, view.filters.near, "MA")
    type_into(qtbot, view, view.search_edit, "treatment")
    assert view.message.text().startswith("In Massachusetts.")
    hits = view.model.hits()
    assert hits
    assert all("MA" in (hit.address or "") and hit.distance_km is None for hit in hits)
    assert not view.filters.radius.isEnabled()  # no circle around a whole state
    type_into(qtbot, view, view.filters.near, "02301")
    assert view.filters.radius.isEnabled()


def test_a_typed_name_comes_first_and_second_names_tell_programs_apart(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, view, view.search_edit, "Maryland Center for Veterans")
    assert names(view)[0] == "Maryland Center for Veterans"
    type_into(qtbot, view, view.search_edit, "MedMark Treatment")
    shown = [view.model.index(row).data() for row in range(2)]
    assert sorted(shown) == [
        "MedMark Treatment Centers — Baltimore Downtown 201",
        "MedMark Treatment Centers — Downtown 101",
    ]
    # The row's second line starts with it, so a narrow list still tells them apart.
    assert {where_line(hit).split(" · ")[0] for hit in view.model.hits()[:2]} == {
        "Baltimore Downtown 201",
        "Downtown 101",
    }
    # The detail says it too, and why the service came up: its categories.
    view.results.setCurrentIndex(view.model.index(0))
    qtbot.waitUntil(lambda: "Downtown" in view.detail_browser.toPlainText(), timeout=WAIT)
    text = view.detail_browser.toPlainText()
    assert view.model.hits()[0].alternate_name in text
    assert "Categories: Substance use treatment" in text


def test_distances_in_miles_where_the_country_uses_them(qtbot, session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(wording, "system_territory", lambda: "US")
    view = _open_view(qtbot, session)
    try:
        assert view.filters.radius.suffix() == " mi"
        assert view.filters.radius.value() == 16  # the 25 km default
        assert view.filters.state().radius_km == pytest.approx(16 * 1.609344)
        type_into(qtbot, view, view.filters.near, "21201")
        type_into(qtbot, view, view.search_edit, "pantry 010")
        [hit] = view.model.hits()
        assert hit.distance_km is not None
        miles = hit.distance_km / 1.609344
        assert f"{miles:.1f} mi" in state_line(hit)
    finally:
        view.detach()
    monkeypatch.setattr(wording, "system_territory", lambda: "FR")
    assert wording.distance_text(4.8) == "4.8 km"
    assert wording.distance_text(4.8, approximate=True) == "about 5 km"
    monkeypatch.setattr(wording, "system_territory", lambda: "GB")
    assert wording.distance_text(4.8, approximate=True) == "about 3 mi"
    for country in ("LR", "MM"):
        monkeypatch.setattr(wording, "system_territory", lambda country=country: country)
        assert wording.distance_text(1.609344) == "1.0 mi"


def test_the_default_radius_setting_in_miles(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(wording, "system_territory", lambda: "US")
    settings = Settings()
    settings.default_radius_km = 16.09344
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.radius.suffix() == " mi"
    assert dialog.radius.value() == pytest.approx(10.0)
    dialog.radius.setValue(5)
    dialog.accept()
    assert settings.default_radius_km == pytest.approx(5 * 1.609344)


def test_the_default_radius_reads_in_whole_miles_and_is_kept_unless_changed(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(wording, "system_territory", lambda: "US")
    settings = Settings()
    settings.default_radius_km = 25.0
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.radius.text() == "16 mi", "not 15.53 mi"
    dialog.accept()
    assert settings.default_radius_km == 25.0, "opening Settings and OK does not round it"
