"""The notes in Spanish: the form's needs and supplies, the outcome menu, Due today."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from outreach.gui.app import AppController
from outreach.gui.notes import words
from outreach.gui.notes.view import NotesView
from outreach.notes.contacts import Contact, save_contact
from outreach.notes.followups import add_follow_up
from outreach.notes.referrals import Status
from outreach.paths import resources_dir
from outreach.settings import Settings
from outreach.vault import Vault

NOW = datetime.now(UTC).replace(microsecond=0)
WAIT = 10_000


@pytest.fixture
def spanish(qapp) -> Iterator[QTranslator]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "outreach_es.qm"))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def view(qtbot, spanish, vault_path: Path, vault: Vault) -> Iterator[NotesView]:  # type: ignore[no-untyped-def]
    today = NOW.astimezone().date()
    with vault.transaction() as conn:
        person = save_contact(conn, Contact("Rosa"), now=NOW)
        add_follow_up(conn, person, today - timedelta(days=3), "llamar a la clínica", now=NOW)
    controller = AppController(vault_path, Settings(), clock=lambda: NOW)
    qtbot.addWidget(controller.window)
    controller.open_session(vault)
    notes = controller.window.view_of(NotesView)
    yield notes
    controller.shutdown()
    if controller.unlock_dialog is not None:
        controller.unlock_dialog.close()


def test_the_form_and_the_lists_speak_spanish(qtbot, view: NotesView) -> None:  # type: ignore[no-untyped-def]
    assert words.language() == "es"
    view.new_encounter()
    dialog = view.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Nuevo encuentro"
    labels = {key: box.text().replace("&", "") for key, box in dialog.needs.items()}
    assert labels["detox"] == "Desintoxicación"
    assert labels["shelter"] == "Refugio"
    assert dialog.supply_labels["naloxone_kits"].text().replace("&", "") == "Kits de naloxona"
    menu = view.timeline.outcome_menu()
    assert [a.text() for a in menu.actions()] == [
        "&Llegó",
        "&No llegó",
        "Lo &rechazó",
        "No se &presentó",
        "Se &desconoce",
    ]
    assert words.status_label(Status.NO_SHOW) == "No se presentó"


def test_due_today_in_spanish(qtbot, view: NotesView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.due.count() == 1, timeout=WAIT)
    assert view.due.item(0).text().startswith("Atrasado desde ")
    assert "Rosa: llamar a la clínica" in view.due.item(0).text()
    assert view.due_label.text() == "1 seguimiento pendiente"
    assert view.tabs.tabText(1) == "Pa&ra hoy (1)"


def test_a_refused_person_reads_in_spanish(qtbot, view: NotesView) -> None:  # type: ignore[no-untyped-def]
    from outreach.gui.notes.person_dialogs import ContactDialog

    session = view.session
    assert session is not None
    dialog = ContactDialog(session, lambda: NOW, Contact("Rosa"), view)
    qtbot.addWidget(dialog)
    dialog.alias.clear()
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=WAIT)
    assert dialog.error.text() == "Una persona necesita un alias."
