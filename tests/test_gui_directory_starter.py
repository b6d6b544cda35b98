"""A fresh vault offers the starter directory; the status line says how old the data is."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from outreach.clock import parse_moment
from outreach.directory.store import count_services
from outreach.gui.directory.status import describe_age, directory_status
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
    assert statuses[-1][1].startswith("starter directory from 2024-05-01")
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
    assert starter.age_text.startswith("starter directory from 2024-05-25")
    assert not starter.warning
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
        (timedelta(days=1), "1 day ago"),
        (timedelta(days=45), "45 days ago"),
        (timedelta(days=70), "2 months ago"),
        (timedelta(days=800), "2 years ago"),
    ],
)
def test_describe_age(delta: timedelta, text: str) -> None:
    now = datetime(2024, 6, 1, tzinfo=UTC)
    assert describe_age(now - delta, now) == text


def test_parse_moment_accepts_dates_and_rejects_junk() -> None:
    assert parse_moment("2024-05-01") == datetime(2024, 5, 1, tzinfo=UTC)
    assert parse_moment("2024-05-01T12:00:00Z") == datetime(2024, 5, 1, 12, tzinfo=UTC)
    assert parse_moment("yesterday") is None
    assert parse_moment(None) is None
