"""A fresh vault offers the starter directory; the status line says how old the data is."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from outreach.clock import parse_moment
from outreach.directory.store import count_services
from outreach.gui.directory.status import describe_age, describe_day_age, directory_status
from outreach.gui.directory.view import DirectoryView
from outreach.gui.session import Session
from outreach.gui.tasks import Tasks
from outreach.gui.view import ViewContext, system_clock
from outreach.packs import build_pack
from outreach.packs.state import InstalledPack
from outreach.settings import Settings
from outreach.vault import Vault
from tests.gui_directory_records import all_records

WAIT = 10_000
BUILT = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def starter_file(tmp_path: Path) -> Path:
    path = tmp_path / "starter.ocpack"
    path.write_bytes(
        build_pack(
            all_records(), version=1, name="Test starter", source="SAMHSA (test)", created=BUILT
        )
    )
    return path


@pytest.fixture
def empty_session(vault: Vault) -> Iterator[Session]:
    tasks = Tasks()
    yield Session(vault, tasks, Settings())
    tasks.shutdown()


@pytest.fixture
def view(qtbot) -> Iterator[DirectoryView]:  # type: ignore[no-untyped-def]
    widget = DirectoryView(ViewContext(Settings(), system_clock))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.detach()


def test_empty_vault_offers_the_starter_and_loads_it(
    qtbot, view, empty_session, starter_file, vault
) -> None:  # type: ignore[no-untyped-def]
    view.starter.path = starter_file
    statuses: list[tuple[str, str, bool]] = []
    view.status_changed.connect(lambda *args: statuses.append(args))
    view.attach(empty_session)
    qtbot.waitUntil(lambda: view.starter.button.isEnabled(), timeout=WAIT)
    assert view.pages.currentWidget() is view.starter_page
    assert statuses[0] == ("No services loaded", "", False)
    offer = view.starter.description.text()
    assert "37 services" in offer
    assert "Test starter" in offer
    assert "SAMHSA (test)" in offer
    assert "2024-05-01" in offer
    assert "37" in view.starter.button.text()
    assert not view.search_edit.isEnabled(), "nothing to search yet"
    assert not view.filters.near.isEnabled()
    qtbot.mouseClick(view.starter.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is not view.starter_page, timeout=WAIT)
    assert "37 added" in view.starter.status.text()
    assert statuses[-1][0] == "37 services"
    # The data's own dates (its services' "last verified"), not the pack's build date.
    assert statuses[-1][1] == "starter directory, data of 2024-01-10 to 2024-04-30"
    assert view.status_bar.age_label.text().endswith(statuses[-1][1])
    assert view.filters.category.count() > 1, "the filter lists are filled after the load"
    assert view.search_edit.isEnabled()
    qtbot.keyClicks(view.search_edit, "detox")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=WAIT)


def test_a_missing_starter_file_is_explained_and_offers_nothing(
    qtbot, view, empty_session, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    view.starter.path = tmp_path / "nowhere.ocpack"
    view.attach(empty_session)
    qtbot.waitUntil(lambda: "No starter directory" in view.starter.description.text(), timeout=WAIT)
    assert "not included" in view.starter.description.text()
    assert not view.starter.button.isVisible()


def test_a_damaged_starter_file_is_refused(qtbot, view, empty_session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.ocpack"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    view.starter.path = broken
    view.attach(empty_session)
    qtbot.waitUntil(lambda: "No starter directory" in view.starter.description.text(), timeout=WAIT)
    assert "not a resource pack" in view.starter.description.text()


def test_cancelling_the_starter_load_changes_nothing(
    qtbot, view, empty_session, starter_file, vault
) -> None:  # type: ignore[no-untyped-def]
    view.starter.path = starter_file
    view.attach(empty_session)
    qtbot.waitUntil(lambda: view.starter.button.isEnabled(), timeout=WAIT)
    release = threading.Event()
    empty_session.run_db(lambda conn: release.wait(120))  # hold the worker so Cancel wins
    qtbot.mouseClick(view.starter.button, Qt.MouseButton.LeftButton)
    assert view.starter.cancel_button.isVisible()
    assert view.starter.progress.isVisible()
    qtbot.mouseClick(view.starter.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: "Nothing was loaded" in view.starter.status.text(), timeout=WAIT)
    assert view.pages.currentWidget() is view.starter_page
    assert not view.starter.progress.isVisible()
    counted: list[int] = []
    empty_session.run_db(count_services, counted.append)
    qtbot.waitUntil(lambda: counted == [0], timeout=WAIT)


def test_status_wording_and_warning() -> None:
    now = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
    fresh = InstalledPack(
        verified_at=parse_moment("2024-05-29T12:00:00Z"),
        applied_at=parse_moment("2024-05-01T00:00:00Z"),
    )
    status = directory_status(12345, fresh, {}, now)
    assert (status.services_text, status.age_text, status.warning) == (
        "12,345 services",
        "directory verified 3 days ago",
        False,
    )
    stale = directory_status(
        10, InstalledPack(verified_at=parse_moment("2024-04-01T12:00:00Z")), {}, now
    )
    assert stale.age_text == "directory verified 2 months ago"
    assert stale.warning
    imported = directory_status(
        1, InstalledPack(), {"updated_at": "2024-06-01T10:00:00+00:00"}, now
    )
    assert (imported.services_text, imported.age_text, imported.warning) == (
        "1 service",
        "imported 2 hours ago",
        False,
    )
    starter = directory_status(
        5, InstalledPack(starter=True, created=parse_moment("2024-05-25T00:00:00Z")), {}, now
    )
    assert starter.age_text == "starter directory from 2024-05-25 (7 days ago)"
    assert not starter.warning
    dated = directory_status(
        5,
        InstalledPack(starter=True, created=parse_moment("2024-05-25T00:00:00Z")),
        {},
        now,
        data_dates=(date(2023, 6, 21), date(2024, 5, 25)),
    )
    assert dated.age_text == "starter directory, data of 2023-06-21 to 2024-05-25"
    assert not dated.warning, "the newest data is a week old"
    old = directory_status(
        5, InstalledPack(starter=True), {}, now, data_dates=(date(2023, 6, 21), date(2023, 6, 29))
    )
    assert old.age_text == "starter directory, data of 2023-06-21 to 2023-06-29"
    assert old.warning, "data three years old"
    unknown = directory_status(5, InstalledPack(), {"updated_at": "garbage"}, now)
    assert unknown.age_text == "age unknown"
    assert unknown.warning
    assert directory_status(0, InstalledPack(), {}, now).services_text == "No services loaded"


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(seconds=5), "just now"),
        (timedelta(minutes=1), "1 minute ago"),
        (timedelta(minutes=59), "59 minutes ago"),
        (timedelta(hours=2), "2 hours ago"),
        (timedelta(hours=13), "13 hours ago"),
        (timedelta(days=1), "yesterday"),
        (timedelta(days=45), "45 days ago"),
        (timedelta(days=70), "2 months ago"),
        (timedelta(days=800), "2 years ago"),
    ],
)
def test_describe_age(delta: timedelta, text: str) -> None:
    now = datetime(2024, 6, 1, 23, 0, tzinfo=UTC)
    assert describe_age(now - delta, now, UTC) == text


CHICAGO = ZoneInfo("America/Chicago")


def test_ages_count_calendar_days_where_the_worker_is() -> None:
    # Monday 08:00 in Chicago; the pack was verified the Thursday before, late at night.
    now = datetime(2026, 11, 30, 8, 0, tzinfo=CHICAGO)
    thursday_night = datetime(2026, 11, 26, 23, 30, tzinfo=CHICAGO)
    assert describe_age(thursday_night, now, CHICAGO) == "4 days ago", "not 3 (in hours)"
    assert describe_age(datetime(2026, 11, 29, 23, 0, tzinfo=CHICAGO), now, CHICAGO) == (
        "yesterday"
    )
    assert describe_age(datetime(2026, 11, 30, 1, 0, tzinfo=CHICAGO), now, CHICAGO) == (
        "7 hours ago"
    )
    # A date is a date: 2026-11-27 is 4 days before 2026-12-01 whatever the zone (read as a
    # moment, midnight UTC is still the 26th in Chicago).
    assert describe_day_age(date(2026, 11, 27), date(2026, 12, 1)) == "4 days ago"
    assert describe_day_age(date(2026, 12, 1), date(2026, 12, 1)) == "today"
    assert describe_day_age(date(2026, 1, 31), date(2026, 3, 30)) == "58 days ago"
    assert describe_day_age(date(2026, 1, 31), date(2026, 4, 30)) == "2 months ago"
    assert describe_day_age(date(2023, 6, 29), date(2026, 12, 3)) == "3 years ago"
    assert describe_day_age(date(2025, 12, 4), date(2026, 12, 3)) == "11 months ago"
    # The starter's manifest date, seen on Monday evening in Chicago (already Tuesday in UTC).
    monday_evening = datetime(2026, 11, 30, 20, 0, tzinfo=CHICAGO)
    starter = InstalledPack(starter=True, created=parse_moment("2026-11-27T00:00:00Z"))
    status = directory_status(3, starter, {}, monday_evening, zone=CHICAGO)
    assert status.age_text == "starter directory from 2026-11-27 (3 days ago)"


def test_parse_moment_accepts_dates_and_rejects_junk() -> None:
    assert parse_moment("2024-05-01") == datetime(2024, 5, 1, tzinfo=UTC)
    assert parse_moment("2024-05-01T12:00:00Z") == datetime(2024, 5, 1, 12, tzinfo=UTC)
    assert parse_moment("yesterday") is None
    assert parse_moment(None) is None
