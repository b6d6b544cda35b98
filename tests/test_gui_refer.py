"""Refer from a service: pick or create the person, the referral joins today's encounter, the
code is shown, and the slip (PDF, text) carries the code and the service, never the alias."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from outreach.directory.store import upsert_records
from outreach.gui.refer_dialog import ReferDialog
from outreach.gui.session import Session
from outreach.gui.slip import copy_slip_text, save_slip_pdf
from outreach.gui.tasks import Tasks
from outreach.notes.contacts import Contact, save_contact
from outreach.notes.encounters import EncounterDraft, save_encounter
from outreach.notes.referrals import Status, referral_by_code, referrals_for_contact
from outreach.settings import Settings
from outreach.vault import Vault
from tests.directory_samples import service
from tests.pdf_support import pdf_lines

NOW = datetime.now(UTC).replace(microsecond=0)
WAIT = 10_000
ALIAS = "Zorro Azul"


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    with vault.transaction() as conn:
        upsert_records(
            conn, [service("svc-h", "Harbour Detox", lat=41.9, lon=-87.6)], source="tests"
        )
    tasks = Tasks()
    yield Session(vault, tasks, Settings())
    tasks.shutdown()


def _record(session: Session) -> dict:  # type: ignore[type-arg]
    from outreach.directory.store import get_record

    return session.run_db(lambda conn: get_record(conn, "svc-h")).result(timeout=30)


def _refer(qtbot, session: Session, alias: str) -> ReferDialog:  # type: ignore[no-untyped-def]
    dialog = ReferDialog(session, _record(session), lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.alias_edit, alias)
    qtbot.keyClick(dialog.alias_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=WAIT)
    return dialog


def test_refer_a_new_person_creates_them_and_shows_the_code(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = _refer(qtbot, session, ALIAS)
    assert dialog.made is not None
    assert dialog.code_label.text() == dialog.made.code
    assert dialog.pages.currentIndex() == 1
    referral = session.run_db(lambda conn: referral_by_code(conn, dialog.made.code)).result(30)
    assert referral.service.name == "Harbour Detox" and referral.status is Status.MADE  # noqa: PT018
    assert ALIAS not in dialog.windowTitle()


def test_refer_adds_to_todays_encounter_of_someone_known(  # type: ignore[no-untyped-def]
    qtbot, session: Session, vault: Vault
) -> None:
    with vault.transaction() as conn:
        person = save_contact(conn, Contact(ALIAS), now=NOW)
        encounter = save_encounter(conn, EncounterDraft(person, note="met today"), now=NOW).id
    dialog = _refer(qtbot, session, ALIAS.lower())
    assert dialog.made is not None and dialog.made.contact_id == person  # noqa: PT018
    (referral,) = session.run_db(lambda conn: referrals_for_contact(conn, person)).result(30)
    assert referral.encounter_id == encounter


def test_the_slip_pdf_has_the_code_and_the_service_never_the_alias(  # type: ignore[no-untyped-def]
    qtbot, session: Session, tmp_path: Path
) -> None:
    dialog = _refer(qtbot, session, ALIAS)
    assert dialog.made is not None
    code = dialog.made.code
    pdf = save_slip_pdf(dialog.record, tmp_path / "slip.pdf", NOW, code=code)
    text = "\n".join(pdf_lines(pdf))
    assert code in text
    assert "Referral code" in text
    assert "Harbour Detox" in text
    assert ALIAS not in text
    assert "Zorro" not in text
    assert b"Zorro" not in pdf.read_bytes()
    copied = copy_slip_text(dialog.record, NOW, code=code)
    assert code in copied
    assert "Zorro" not in copied


def test_refer_without_an_alias_says_so(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = ReferDialog(session, _record(session), lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.refer()
    assert "alias" in dialog.error.text()
    assert dialog.made is None


def test_refer_from_the_directory_with_ctrl_r_reaches_the_notes(  # type: ignore[no-untyped-def]
    qtbot, vault_path: Path, vault: Vault
) -> None:
    """The real window: search, pick the service, Ctrl+R, type an alias, Enter; the notes view
    hears of it and shows the referral on that person's timeline."""
    from outreach.gui.app import AppController
    from outreach.gui.directory.view import DirectoryView
    from outreach.gui.notes.view import NotesView

    with vault.transaction() as conn:
        upsert_records(
            conn, [service("svc-h", "Harbour Detox", lat=41.9, lon=-87.6)], source="tests"
        )
    app = AppController(vault_path, Settings(), clock=lambda: NOW)
    qtbot.addWidget(app.window)
    try:
        app.open_session(vault)
        window = app.window
        qtbot.waitUntil(window.isVisible, timeout=WAIT)
        directory = window.view_of(DirectoryView)
        notes = window.view_of(NotesView)
        qtbot.keyClicks(directory.search_edit, "harbour")
        qtbot.waitUntil(lambda: directory.model.rowCount() == 1, timeout=WAIT)
        qtbot.keyClick(directory.search_edit, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: directory.detail.service_id == "svc-h", timeout=WAIT)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: directory.refer_dialog is not None, timeout=WAIT)
        dialog = directory.refer_dialog
        assert dialog is not None
        qtbot.keyClicks(dialog.alias_edit, ALIAS)
        qtbot.keyClick(dialog.alias_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.made is not None, timeout=WAIT)
        assert dialog.made is not None
        code = dialog.made.code
        assert dialog.code_label.text() == code
        qtbot.waitUntil(lambda: notes.model.rowCount() == 1, timeout=WAIT)
        window.show_view(notes)
        notes.contacts.setCurrentIndex(notes.model.index(0))
        tree = notes.timeline.tree
        qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=WAIT)
        assert code in tree.topLevelItem(0).child(0).text(1)
        app.lock()
        assert directory.refer_dialog is None and not dialog.isVisible()  # noqa: PT018
    finally:
        app.shutdown()
        if app.unlock_dialog is not None:
            app.unlock_dialog.close()
