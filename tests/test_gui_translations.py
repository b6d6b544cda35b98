"""Spanish all the way through what a worker reads: detail pane, result rows, status bar and
the referral slip; the English interface word for word what the core says; the .ts in step
with the code and the .qm in step with the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from outreach.cancel import Stage, Step
from outreach.clock import parse_moment
from outreach.directory import facts
from outreach.directory.day_words import day_text, slip_day_text
from outreach.directory.hours import open_state, week_hours
from outreach.directory.slip import slip_html, slip_text
from outreach.directory.store import upsert_records
from outreach.feed.outcome import applied_outcome
from outreach.gui import wording
from outreach.gui.directory.results_model import badge_text, state_line
from outreach.gui.directory.status import describe_age, directory_status
from outreach.gui.directory.view import DirectoryView
from outreach.gui.session import Session
from outreach.gui.slip_words import localized_slip_html, localized_slip_text
from outreach.gui.sync_words import sync_result_text
from outreach.gui.tasks import Tasks
from outreach.gui.view import ViewContext
from outreach.packs.apply import ApplyResult
from outreach.packs.state import InstalledPack
from outreach.paths import resources_dir
from outreach.settings import Settings
from outreach.vault import Vault
from tests.gui_directory_records import FIXED_NOW, all_records

UPDATED_TO_7 = ApplyResult(7, 6, "delta", added=3, updated=12, removed=1)
ALREADY_7 = ApplyResult(7, 7, "full", already_installed=True)

TRANSLATIONS = resources_dir() / "translations"
REPO = Path(__file__).resolve().parents[1]
WAIT = 5000


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    with vault.transaction() as conn:
        upsert_records(conn, all_records(), source="tests")
    tasks = Tasks()
    yield Session(vault, tasks, Settings())
    tasks.shutdown()


@pytest.fixture
def spanish_view(qtbot, spanish, session: Session) -> Iterator[DirectoryView]:  # type: ignore[no-untyped-def]
    # Wednesday 15 May 2024, 10:00 in Chicago
    widget = DirectoryView(ViewContext(Settings(), lambda: FIXED_NOW))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.attach(session)
    qtbot.waitUntil(lambda: widget.status is not None, timeout=WAIT)
    yield widget
    widget.detach()


def show(qtbot, view: DirectoryView, text: str, service_id: str) -> str:  # type: ignore[no-untyped-def]
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, text)
    qtbot.waitUntil(lambda: not view.searching, timeout=WAIT)
    qtbot.waitUntil(lambda: view.detail.service_id == service_id, timeout=WAIT)
    return view.detail_browser.toPlainText()


def hit_for(view: DirectoryView, service_id: str):  # type: ignore[no-untyped-def]
    return next(hit for hit in view.model.hits() if hit.id == service_id)


# -- Spanish ------------------------------------------------------------------------------------
def test_detail_pane_of_a_known_record_is_spanish(qtbot, spanish_view) -> None:  # type: ignore[no-untyped-def]
    text = show(qtbot, spanish_view, "haymarket", "detox-day")
    for expected in (
        "Horario",
        "Abierto hasta 20:00",
        "Hoy: 08:00–20:00",
        "mié 15 may",  # the weekday and month in Spanish, from QLocale
        "Horas en la zona horaria America/Chicago.",
        "Teléfono",
        "Dirección",
        "[Copiar]",
        "Para quién es",
        "Desde los 18 años",
        "Qué llevar",
        "Cómo acceder",
        "Idiomas",
        "Verificado por última vez el 2024-04-30",
    ):
        assert expected in text, expected
    for english in (
        "Hours",
        "Address",
        "Phone",
        "Who it is for",
        "What to bring",
        "Today:",
        "Open until",
        "Wed 15",
        "Times are",
        "Last verified",
        "Ages",
        "[Copy]",
    ):
        assert english not in text, english


def test_closed_and_unknown_hours_are_spanish_and_unknown_is_never_closed(
    qtbot, spanish_view
) -> None:  # type: ignore[no-untyped-def]
    text = show(qtbot, spanish_view, "night owl", "detox-night")
    assert "Cerrado · abre 20:00" in text
    closed = hit_for(spanish_view, "detox-night")
    assert badge_text(closed.open_now) == "CERRADO"
    assert state_line(closed).startswith("Cerrado · abre 20:00")

    text = show(qtbot, spanish_view, "harbor naloxone", "narcan-1")
    assert "Horario desconocido" in text
    assert "Llame antes de ir." in text
    assert "Cerrado" not in text
    assert "Hours unknown" not in text
    assert badge_text(hit_for(spanish_view, "narcan-1").open_now) == "HORARIO ?"


def test_result_rows_and_count_are_spanish(qtbot, spanish_view) -> None:  # type: ignore[no-untyped-def]
    show(qtbot, spanish_view, "haymarket", "detox-day")
    hit = hit_for(spanish_view, "detox-day")
    assert badge_text(hit.open_now) == "ABIERTO"
    line = state_line(hit)
    assert "Abierto hasta 20:00" in line
    assert "verificado 2024-04-30" in line
    assert "Open" not in line
    assert "verified" not in line
    count = spanish_view.result_count.text()
    assert count.endswith("resultado") or count.endswith("resultados"), count


def test_status_bar_is_spanish(spanish_view) -> None:  # type: ignore[no-untyped-def]
    status = spanish_view.status
    assert status is not None
    assert status.services_text == f"{len(all_records())} servicios"
    assert status.age_text == "importado hace un momento"


def test_status_wording_in_spanish(spanish) -> None:  # type: ignore[no-untyped-def]
    now = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
    assert describe_age(now - timedelta(minutes=1), now) == "hace 1 minuto"
    assert describe_age(now - timedelta(hours=5), now) == "hace 5 horas"
    assert describe_age(now - timedelta(days=3), now) == "hace 3 días"
    verified = directory_status(
        14034, InstalledPack(verified_at=parse_moment("2024-05-29T12:00:00Z")), {}, now
    )
    assert (verified.services_text, verified.age_text) == (
        "14,034 servicios",
        "directorio verificado hace 3 días",
    )
    assert directory_status(1, InstalledPack(), {}, now).services_text == "1 servicio"
    assert (
        directory_status(0, InstalledPack(), {}, now).services_text == "No hay servicios cargados"
    )
    assert directory_status(5, InstalledPack(), {}, now).age_text == "antigüedad desconocida"


def test_referral_slip_copied_and_printed_is_spanish(qtbot, spanish_view) -> None:  # type: ignore[no-untyped-def]
    show(qtbot, spanish_view, "haymarket", "detox-day")
    qtbot.mouseClick(spanish_view.detail.referral_button, Qt.MouseButton.LeftButton)
    slip = QGuiApplication.clipboard().text()
    assert slip.startswith("Haymarket Detox Center\n")
    for expected in (
        "Dirección: 932 W Washington Blvd",
        "Teléfono: (312) 555-0101",
        "Hoy: Abierto hasta 20:00",
        "Esta semana: mié 15 08:00–20:00",
        "Llevar: Photo ID (any, expired is fine); Medicaid card",
    ):
        assert expected in slip, expected
    for english in ("Address:", "Phone:", "Today:", "This week", "Bring:", "Wed 15"):
        assert english not in slip, english
    assert spanish_view.detail.copied_label.text() == "Se copió la hoja de derivación."

    record = spanish_view.detail.record
    html = localized_slip_html(record, FIXED_NOW)
    assert "Esta semana" in html
    assert "Quién puede ir" in html
    assert "Qué llevar" in html
    assert "This week" not in html
    assert "Who can go" not in html


def test_copy_link_feedback_is_a_whole_spanish_sentence(qtbot, spanish_view) -> None:  # type: ignore[no-untyped-def]
    show(qtbot, spanish_view, "haymarket", "detox-day")
    assert spanish_view.detail.copy_target("phone:0")
    assert spanish_view.detail.copied_label.text() == "Se copió el número de teléfono."


def test_place_not_found_is_explained_in_spanish(qtbot, spanish_view) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(spanish_view.filters.near, "Atlantis")
    qtbot.keyClicks(spanish_view.search_edit, "detox")
    qtbot.waitUntil(lambda: not spanish_view.searching, timeout=WAIT)
    qtbot.waitUntil(lambda: "Atlantis" in spanish_view.message.text(), timeout=WAIT)
    assert "Ningún lugar llamado “Atlantis”" in spanish_view.message.text()
    assert spanish_view.result_count.text() == "Sin resultados"


def test_progress_and_pack_summaries_in_spanish(spanish) -> None:  # type: ignore[no-untyped-def]
    assert wording.progress_count(Step(Stage.INDEXING), 1200, 14034) == (
        "Indexando servicios: 1,200 de 14,034"
    )
    assert wording.progress_text(Step(Stage.DOWNLOADING, "pack-7.zip")) == "Descargando pack-7.zip"
    assert wording.progress_text("Something new") == "Something new", "unknown ones pass through"
    assert sync_result_text(applied_outcome(UPDATED_TO_7)) == (
        "Actualizado a la versión 7: 3 agregados, 12 actualizados, 1 eliminados."
    )


# -- English stays exactly what the core says ---------------------------------------------------
MOMENTS = [FIXED_NOW + timedelta(hours=hours) for hours in (0, 5, 9, 13, 20, 40, 100, 150, 200)]


def test_english_wording_matches_the_core_word_for_word(qapp) -> None:  # type: ignore[no-untyped-def]
    assert wording.ui_locale().name() == "en_US"
    checked = 0
    for record in all_records():
        for now in MOMENTS:
            state = open_state(record, now)
            assert wording.open_state_label(state, now) == state.label(now), record["id"]
            for day in week_hours(record, now.date(), 7):
                assert day_text(day, wording.hours_words()) == day_text(day)
                assert slip_day_text(day, wording.hours_words()) == slip_day_text(day)
            assert localized_slip_text(record, now) == slip_text(record, now)
            assert localized_slip_html(record, now) == slip_html(record, now)
            assert wording.age_range(record) == facts.age_range(record)
            checked += 1
    assert checked > 100


def test_english_progress_and_summary_are_the_core_text(qapp) -> None:  # type: ignore[no-untyped-def]
    assert wording.progress_count(Step(Stage.INDEXING), 1200, 14034) == (
        "Indexing services: 1,200 of 14,034"
    )
    assert (
        sync_result_text(applied_outcome(UPDATED_TO_7))
        == applied_outcome(UPDATED_TO_7).message
        == ("Updated to version 7: 3 added, 12 updated, 1 removed.")
    )
    assert (
        sync_result_text(applied_outcome(ALREADY_7))
        == applied_outcome(ALREADY_7).message
        == ("Version 7 is already installed; nothing changed.")
    )


# -- the translation files ----------------------------------------------------------------------
def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def _is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    assert translation is not None
    return (
        translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not (translation.text or "").strip()
    )


def test_ts_is_in_step_with_the_code_and_finished(tmp_path: Path) -> None:
    """lupdate over today's code adds nothing untranslated: no text in the GUI is left out."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        assert found, "pyside6-lupdate is part of PySide6-Essentials"
        lupdate = Path(found)
    copy = tmp_path / "outreach_es.ts"
    shutil.copy(TRANSLATIONS / "outreach_es.ts", copy)
    sources = [str(p) for p in sorted((REPO / "outreach" / "gui").rglob("*.py"))]
    sources += [str(p) for p in sorted((REPO / "ui").glob("*.ui"))]
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    unfinished = [m.findtext("source") for m in _messages(copy) if _is_unfinished(m)]
    assert unfinished == [], "run lupdate and translate these"


def test_qm_is_compiled_from_the_current_ts(spanish) -> None:  # type: ignore[no-untyped-def]
    root = ET.parse(TRANSLATIONS / "outreach_es.ts").getroot()
    stale = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            expected = message.findtext("translation") or ""
            if QCoreApplication.translate(name, source, comment) != expected:
                stale.append(source)
    assert stale == [], "run lrelease"


def test_a_broken_ts_entry_is_caught(tmp_path: Path) -> None:
    """The check above really fails on an unfinished message."""
    broken = tmp_path / "broken.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="es"><context>'
        "<name>X</name><message><source>Hours</source>"
        '<translation type="unfinished"></translation></message>'
        "<message><source>Address</source><translation>Dirección</translation></message>"
        "</context></TS>",
        "utf-8",
    )
    assert [m.findtext("source") for m in _messages(broken) if _is_unfinished(m)] == ["Hours"]
