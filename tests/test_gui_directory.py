"""The directory view on a real vault (FAST_KDF), its real database worker, offscreen Qt."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from outreach.directory.store import upsert_records
from outreach.gui.directory.results_model import HIT_ROLE, ServiceListModel
from outreach.gui.directory.view import DirectoryView
from outreach.gui.session import Session
from outreach.gui.tasks import Tasks
from outreach.gui.view import ViewContext, system_clock
from outreach.settings import Settings
from outreach.vault import Vault
from tests.gui_directory_records import FIXED_NOW, all_records
from tests.pdf_support import pdf_lines

WAIT = 5000


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    with vault.transaction() as conn:
        upsert_records(conn, all_records(), source="tests")
    tasks = Tasks()
    yield Session(vault, tasks, Settings())
    tasks.shutdown()


@pytest.fixture
def view(qtbot, session: Session) -> Iterator[DirectoryView]:  # type: ignore[no-untyped-def]
    widget = DirectoryView(ViewContext(Settings(), lambda: FIXED_NOW))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.attach(session)
    qtbot.waitUntil(lambda: widget.status is not None, timeout=WAIT)
    yield widget
    widget.detach()


def names(view: DirectoryView) -> list[str]:
    return [hit.name for hit in view.model.hits()]


def search_for(qtbot, view: DirectoryView, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, text)
    settle(qtbot, view)
    return names(view)


def settle(qtbot, view: DirectoryView) -> None:  # type: ignore[no-untyped-def]
    """Wait until the debounce fired and the search came back."""
    qtbot.waitUntil(lambda: not view.searching, timeout=WAIT)


def test_model_passes_qtmodeltester(qtmodeltester, qtbot, view: DirectoryView) -> None:  # type: ignore[no-untyped-def]
    search_for(qtbot, view, "detox")
    model = ServiceListModel()
    model.set_hits(view.model.hits())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() >= 2
    assert isinstance(model.data(model.index(0), HIT_ROLE), object)
    assert model.data(model.index(99)) is None


def test_typing_detox_shows_matching_results_after_the_debounce(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    assert view.pages.currentWidget() is view.hint_page
    qtbot.keyClicks(view.search_edit, "detox")
    assert view.model.rowCount() == 0, "nothing is searched before the typing pauses"
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT)
    found = names(view)
    assert set(found) == {"Haymarket Detox Center", "Night Owl Detox", "Springfield Detox Unit"}
    assert view.pages.currentWidget() is view.results_page
    assert "3 results" in view.result_count.text()


def test_synonym_and_typo_reach_the_right_service(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    assert "Harbor Naloxone Distribution" in search_for(qtbot, view, "naloxone")
    assert "Haymarket Detox Center" in search_for(qtbot, view, "withdrawl")


def test_empty_query_and_no_filters_shows_the_hint_not_everything(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    search_for(qtbot, view, "detox")
    view.search_edit.clear()
    settle(qtbot, view)
    assert view.model.rowCount() == 0
    assert view.pages.currentWidget() is view.hint_page
    assert view.detail.record is None


def test_no_match_says_so(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    assert search_for(qtbot, view, "zzzqqqxxx") == []
    assert view.result_count.text() == "No results"
    assert "Nothing found" in view.message.text()


def test_a_slow_stale_query_never_replaces_a_newer_one(qtbot, view, session) -> None:  # type: ignore[no-untyped-def]
    shown: list[list[str]] = []
    view.results_changed.connect(lambda: shown.append(names(view)))
    release = threading.Event()
    session.run_db(lambda conn: release.wait(120))  # the worker is busy: the next query waits
    qtbot.keyClicks(view.search_edit, "detox")
    qtbot.waitUntil(lambda: view.search_running, timeout=WAIT)  # "detox" is queued behind it
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "pantry")
    # The debounce fires while "detox" is still stuck (a condition, not a guess at 300 ms).
    qtbot.waitUntil(lambda: not view._debounce.isActive(), timeout=WAIT)
    assert view.model.rowCount() == 0
    release.set()
    settle(qtbot, view)
    assert names(view) == ["Comida Para Todos Food Pantry"]
    assert shown, "the newer results were shown"
    assert all("Haymarket Detox Center" not in rows for rows in shown), shown


def test_open_now_keeps_open_services_and_never_drops_unknown_as_closed(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    search_for(qtbot, view, "detox")
    states = {hit.name: hit.open_now for hit in view.model.hits()}
    assert states["Haymarket Detox Center"] is True  # 08-20, it is 10:00 in Chicago
    assert states["Night Owl Detox"] is False  # 20-06
    assert states["Springfield Detox Unit"] is None  # no hours: unknown, not closed
    view.filters.open_now.setChecked(True)
    settle(qtbot, view)
    assert names(view) == ["Haymarket Detox Center"]


def test_category_language_free_walk_in_and_age_filters(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    bar = view.filters
    food = bar.category.findData("Food")
    assert food > 0, "categories come from the vault"
    bar.category.setCurrentIndex(food)
    settle(qtbot, view)
    assert names(view) == ["Comida Para Todos Food Pantry"]
    assert bar.reset_button.isEnabled()
    bar.reset()
    settle(qtbot, view)
    assert view.pages.currentWidget() is view.hint_page

    spanish = bar.language.findData("es")
    assert spanish > 0
    bar.language.setCurrentIndex(spanish)
    settle(qtbot, view)
    assert set(names(view)) == {"Haymarket Detox Center", "Comida Para Todos Food Pantry"}
    bar.reset()

    search_for(qtbot, view, "detox")
    bar.free.setChecked(True)  # the night detox has a sliding scale: not free
    settle(qtbot, view)
    assert names(view) == ["Haymarket Detox Center"]
    bar.free.setChecked(False)
    bar.walk_in.setChecked(True)
    settle(qtbot, view)
    assert names(view) == ["Haymarket Detox Center"]
    bar.walk_in.setChecked(False)

    search_for(qtbot, view, "youth shelter")
    assert names(view) == ["Lakeview Youth Shelter"]
    bar.age.setValue(30)
    settle(qtbot, view)
    assert names(view) == []
    bar.age.setValue(15)
    settle(qtbot, view)
    assert names(view) == ["Lakeview Youth Shelter"]


def test_near_a_postcode_sorts_by_distance_and_an_unknown_place_is_explained(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    search_for(qtbot, view, "detox")
    qtbot.keyClicks(view.filters.near, "60614")
    settle(qtbot, view)
    hits = view.model.hits()
    assert [h.name for h in hits] == ["Night Owl Detox", "Haymarket Detox Center"]
    assert hits[0].distance_km is not None
    assert hits[0].distance_km < hits[1].distance_km
    assert "Near 60614" in view.message.text()
    view.filters.near.clear()
    qtbot.keyClicks(view.filters.near, "Atlantis")
    settle(qtbot, view)
    assert view.model.rowCount() == 0
    assert "No place called “Atlantis”" in view.message.text()
    assert view.message.isVisible()


def test_selecting_a_result_fills_the_detail_pane(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    search_for(qtbot, view, "haymarket")
    qtbot.waitUntil(lambda: view.detail.service_id == "detox-day", timeout=WAIT)
    text = view.detail_browser.toPlainText()
    for expected in (
        "Haymarket Detox Center",
        "Haymarket Center",
        "Intake is full on Fridays",
        "Open until 20:00",
        "Today: 08:00–20:00",
        "(312) 555-0101",
        "(312) 555-0199",
        "932 W Washington Blvd, Chicago, IL 60607",
        "Adults 18 and over",
        "Ages 18 and over",
        "Photo ID",
        "Medicaid card",
        "English, Spanish",
        "Free for Illinois residents",
        "Walk-in intake",
        "Last verified 2024-04-30",
        "Times are America/Chicago time",
    ):
        assert expected in text, expected
    assert view.detail.referral_button.isEnabled()


def test_unknown_hours_are_never_shown_as_closed_in_the_detail(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    search_for(qtbot, view, "harbor naloxone")
    qtbot.waitUntil(lambda: view.detail.service_id == "narcan-1", timeout=WAIT)
    text = view.detail_browser.toPlainText()
    assert "Hours unknown" in text
    assert "Closed" not in text


def test_record_text_is_escaped_never_rendered_as_html(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    search_for(qtbot, view, "bold clinic")
    qtbot.waitUntil(lambda: view.detail.service_id == "hostile", timeout=WAIT)
    text = view.detail_browser.toPlainText()
    assert "<b>Bold</b> Clinic <img src=x onerror=alert(1)>" in text
    assert "<script>1</script>" in text
    html = view.detail_browser.toHtml()
    assert "<img" not in html
    assert "javascript:" not in html.replace("javascript:alert(1)&quot;&gt;click", "")


def test_copy_buttons_put_phone_address_and_referral_on_the_clipboard(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    search_for(qtbot, view, "haymarket")
    qtbot.waitUntil(lambda: view.detail.service_id == "detox-day", timeout=WAIT)
    clipboard = QGuiApplication.clipboard()
    view.detail_browser.anchorClicked.emit(QUrl("copy:phone:0"))
    assert clipboard.text() == "(312) 555-0101"
    assert "phone" in view.detail.copied_label.text()
    view.detail_browser.anchorClicked.emit(QUrl("copy:address:0"))
    assert clipboard.text() == "932 W Washington Blvd, Chicago, IL 60607"
    assert not view.detail.copy_target("phone:9"), "an unknown link copies nothing"
    assert clipboard.text() == "932 W Washington Blvd, Chicago, IL 60607"
    qtbot.mouseClick(view.detail.referral_button, Qt.MouseButton.LeftButton)
    slip = clipboard.text()
    assert slip.startswith("Haymarket Detox Center\n")
    assert "Address: 932 W Washington Blvd" in slip
    assert "Phone: (312) 555-0101" in slip
    assert "Today: Open until 20:00" in slip
    assert "Wed 15 08:00–20:00" in slip
    assert "Bring: Photo ID (any, expired is fine); Medicaid card" in slip
    assert view.detail.print_button.isEnabled()
    assert view.detail.pdf_button.isEnabled()
    assert "<" not in slip


def test_keyboard_search_results_detail_and_back(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    search_for(qtbot, view, "clinic")
    assert view.model.rowCount() > 3
    view.focus_search()
    assert view.search_edit.hasFocus()
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.results.hasFocus()
    assert view.results.currentIndex().row() == 0
    qtbot.keyClick(view.results, Qt.Key.Key_Down)
    qtbot.keyClick(view.results, Qt.Key.Key_Down)
    assert view.results.currentIndex().row() == 2
    wanted = view.model.hit(2).id
    qtbot.waitUntil(lambda: view.detail.service_id == wanted, timeout=WAIT)
    qtbot.keyClick(view.results, Qt.Key.Key_Return)
    assert view.detail_browser.hasFocus()
    qtbot.keyClick(view.detail_browser, Qt.Key.Key_Escape)
    assert view.search_edit.hasFocus()
    assert view.search_edit.selectedText() == "clinic", "ready to type over"
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Escape)
    assert view.search_edit.text() == ""


def test_down_arrow_with_no_results_stays_in_the_search_box(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.focus_search()
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.search_edit.hasFocus()


def workers_caught_up(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    """Wait until everything asked of the workers so far has reported back: downloads and
    file reads have ended, and a marker queued on the database worker (which runs its work in
    order) came back after all the work queued before it."""
    qtbot.waitUntil(
        lambda: not any(t.name == "outreach-net" and t.is_alive() for t in threading.enumerate()),
        timeout=WAIT,
    )
    marker: list[None] = []
    session.run_db(lambda conn: None, marker.append)
    qtbot.waitUntil(lambda: marker == [None], timeout=WAIT)


def test_detach_wipes_everything_from_the_widgets(qtbot, view, session) -> None:  # type: ignore[no-untyped-def]
    search_for(qtbot, view, "haymarket")
    qtbot.waitUntil(lambda: view.detail.service_id == "detox-day", timeout=WAIT)
    view.filters.near.setText("60614")
    view.detail.copy_target("phone:0")
    assert QGuiApplication.clipboard().text() == "(312) 555-0101"
    view.detach()
    assert view.search_edit.text() == ""
    assert view.filters.near.text() == ""
    assert view.model.rowCount() == 0
    assert view.detail.record is None
    assert view.detail.copy_targets == {}
    assert view.detail_browser.toPlainText() == ""
    assert view.filters.category.count() == 1, "vault categories are forgotten"
    assert view.filters.language.count() == 1
    assert view.result_count.text() == ""
    assert view.status is None
    assert QGuiApplication.clipboard().text() == "", "our copy is taken back on lock"
    assert not view.isEnabled()
    workers_caught_up(qtbot, session)  # nothing arriving late brings anything back
    assert view.model.rowCount() == 0
    assert view.detail_browser.toPlainText() == ""


def test_results_arriving_after_lock_are_dropped(qtbot, view, session) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    session.run_db(lambda conn: release.wait(120))
    qtbot.keyClicks(view.search_edit, "detox")
    qtbot.waitUntil(lambda: view.search_running, timeout=WAIT)
    view.detach()
    release.set()
    qtbot.waitUntil(lambda: not session.tasks.busy(view, "search"), timeout=WAIT)
    assert view.model.rowCount() == 0
    assert view.pages.currentWidget() is view.hint_page


def test_status_is_reported_after_attach(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    widget = DirectoryView(ViewContext(Settings(), system_clock))
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.status_changed, timeout=WAIT) as blocker:
        widget.attach(session)
    services_text, age_text, warning = blocker.args
    assert services_text == "37 services"
    assert age_text == "imported just now"
    assert warning is False
    widget.detach()


def test_status_bar_and_ctrl_f_through_the_app(qtbot, vault_path, controller) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import FAST_KDF, PASSPHRASE

    created, _ = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    with created.transaction() as conn:
        upsert_records(conn, all_records(), source="tests")
    created.close()
    controller.start()
    dialog = controller.unlock_dialog
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window.isVisible(), timeout=10_000)
    view = controller.window.view_of(DirectoryView)
    status = view.status_bar
    qtbot.waitUntil(lambda: status.count_label.text() != "", timeout=WAIT)
    assert status.count_label.text() == "37 services"
    assert "imported" in status.age_label.text()
    assert status.count_label.isVisible(), "the view's status-bar area is in the window"
    controller.window.activateWindow()
    view.results.setFocus()
    view.find_action.trigger()
    assert view.find_action.shortcut().toString() == "Ctrl+F"
    assert QApplication.focusWidget() is view.search_edit
    controller.lock()
    assert view.search_edit.text() == ""
    assert status.count_label.text() == "", "lock wipes the view's status-bar area"


def test_the_radius_starts_at_the_settings_default(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(default_radius_km=10.0)
    widget = DirectoryView(ViewContext(settings, lambda: FIXED_NOW))
    qtbot.addWidget(widget)
    widget.attach(session)
    qtbot.waitUntil(lambda: widget.status is not None, timeout=WAIT)
    assert widget.filters.radius.value() == 10
    assert widget.filters.state().radius_km == 10.0
    settings.default_radius_km = 40.0  # changed in Settings while unlocked
    widget.filters.radius.setValue(3)
    widget.filters.reset()
    assert widget.filters.radius.value() == 40
    widget.detach()


def test_the_saved_slip_is_made_for_the_view_clock(qtbot, view, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    search_for(qtbot, view, "haymarket")
    qtbot.waitUntil(lambda: view.detail.service_id == "detox-day", timeout=WAIT)
    target = tmp_path / "slip.pdf"
    # The system's save dialog is the one thing not driven here: it answers with the target.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    view.detail.pdf_button.click()
    text = "\n".join(pdf_lines(target))
    assert "Haymarket" in text
    assert "Wed 15" in text, "the slip's week starts on the view clock's day (15 May 2024)"
