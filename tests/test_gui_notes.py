"""The Contacts & notes view on a real vault: keyboard-only encounters, outcomes, Due today,
the clipboard and the lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from outreach.gui.app import AppController
from outreach.gui.clipboard_guard import CLEAR_AFTER_MS
from outreach.gui.notes.person_dialogs import ContactDialog, FollowUpDialog
from outreach.gui.notes.view import NotesView
from outreach.gui.session import Session
from outreach.notes.contacts import Contact, get_contact, save_contact
from outreach.notes.encounters import EncounterDraft, save_encounter
from outreach.notes.followups import add_follow_up, open_follow_ups
from outreach.notes.referrals import ServiceSnapshot, Status, get_referral
from outreach.notes.timeline import timeline
from outreach.settings import Settings
from outreach.vault import Vault
from tests.conftest import PASSPHRASE

NOW = datetime.now(UTC).replace(microsecond=0)
WAIT = 10_000


@pytest.fixture
def app(qtbot, vault_path, vault: Vault) -> Iterator[AppController]:  # type: ignore[no-untyped-def]
    """The whole app in a real (offscreen) window, unlocked, with the notes view current."""
    controller = AppController(vault_path, Settings(), clock=lambda: NOW)
    qtbot.addWidget(controller.window)
    controller.open_session(vault)
    qtbot.waitUntil(controller.window.isVisible, timeout=WAIT)
    controller.window.show_view(controller.window.view_of(NotesView))
    yield controller
    controller.shutdown()
    if controller.unlock_dialog is not None:
        controller.unlock_dialog.close()


@pytest.fixture
def view(app: AppController) -> NotesView:
    return app.window.view_of(NotesView)


@pytest.fixture
def session(app: AppController) -> Session:
    assert app.session is not None
    return app.session


def _in_db(session: Session, fn):  # type: ignore[no-untyped-def]
    return session.run_db(fn).result(timeout=30)


def _person_with_referral(vault: Vault, alias: str = "Rosa") -> tuple[int, int]:
    with vault.transaction() as conn:
        person = save_contact(conn, Contact(alias), now=NOW - timedelta(days=2))
        draft = EncounterDraft(
            person,
            NOW - timedelta(days=2),
            "Pier 4",
            note="first visit",
            referrals=[ServiceSnapshot("svc-1", "Harbour Shelter")],
        )
        saved = save_encounter(conn, draft, now=NOW)
    return person, saved.referral_ids[0]


def test_a_new_encounter_by_keyboard_alone(  # type: ignore[no-untyped-def]
    qtbot, app: AppController, view: NotesView, session: Session
) -> None:
    qtbot.waitUntil(lambda: view.contact_count.text() != "", timeout=WAIT)
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(app.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible(), timeout=WAIT)
    dialog = view.dialog
    assert dialog is not None
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() in (dialog.alias, dialog.alias_edit), timeout=WAIT
    )
    qtbot.keyClicks(dialog.alias_edit, "Blue jacket")
    qtbot.keyClick(dialog.alias_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.place.hasFocus(), timeout=WAIT)
    qtbot.keyClicks(dialog.place, "Riverside park")
    shelter = dialog.needs["shelter"].text()
    food = dialog.needs["food"].text()
    for key, label in (("shelter", shelter), ("food", food)):
        letter = label[label.index("&") + 1]
        qtbot.keyClick(dialog, letter.lower(), Qt.KeyboardModifier.AltModifier)
        # A mnemonic "clicks" the box with Qt's short press animation.
        qtbot.waitUntil(dialog.needs[key].isChecked, timeout=WAIT)
    kits = dialog.supply_labels["naloxone_kits"].text()
    qtbot.keyClick(dialog, kits[kits.index("&") + 1].lower(), Qt.KeyboardModifier.AltModifier)
    assert dialog.supplies["naloxone_kits"].hasFocus()
    qtbot.keyClicks(dialog.supplies["naloxone_kits"], "2")
    qtbot.keyClick(dialog, "t", Qt.KeyboardModifier.AltModifier)
    assert dialog.note.hasFocus()
    qtbot.keyClicks(dialog.note, "Slept outside two nights")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.dialog is None, timeout=WAIT)

    def stored(conn):  # type: ignore[no-untyped-def]
        (person,) = conn.execute("SELECT id FROM contact WHERE alias = 'Blue jacket'").fetchall()
        return timeline(conn, person[0])

    got = _in_db(session, stored)
    (entry,) = got.encounters
    assert entry.encounter.place == "Riverside park"
    assert sorted(entry.encounter.needs) == ["food", "shelter"]
    assert entry.encounter.supplies == (("naloxone_kits", 2),)
    assert entry.encounter.note == "Slept outside two nights"
    assert not entry.encounter.entered_later
    qtbot.waitUntil(lambda: view.title.text() == "Blue jacket", timeout=WAIT)


def test_needs_have_distinct_mnemonics(qtbot, view: NotesView) -> None:  # type: ignore[no-untyped-def]
    view.new_encounter()
    dialog = view.dialog
    assert dialog is not None
    letters = [
        t[t.index("&") + 1].lower()
        for t in [b.text() for b in dialog.needs.values()]
        + [label.text() for label in dialog.supply_labels.values()]
    ]
    assert len(letters) == len(set(letters))
    # None of the form's own: &Alias, &Place, &When, No&te (and a button's, if it has one).
    supplies = set(dialog.supply_labels.values())
    fixed = [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None and label not in supplies
    ]
    fixed += [button.text() for button in dialog.buttons.buttons()]
    taken = {QKeySequence.mnemonic(text).toString().removeprefix("Alt+").lower() for text in fixed}
    assert {"a", "p", "w", "t"} <= taken
    assert not set(letters) & taken


def test_the_form_asks_did_they_get_there_and_saves_the_answer(  # type: ignore[no-untyped-def]
    qtbot, view: NotesView, session: Session, vault: Vault
) -> None:
    _person, referral = _person_with_referral(vault)
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT)
    view.contacts.setCurrentIndex(view.model.index(0))
    qtbot.waitUntil(lambda: view.title.text() == "Rosa", timeout=WAIT)
    view.new_encounter()
    dialog = view.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.alias.currentText() == "Rosa", timeout=WAIT)
    qtbot.waitUntil(lambda: referral in dialog.outcomes, timeout=WAIT)
    assert "Harbour Shelter" in dialog.outcomes_box.findChildren(type(dialog.alias_hint))[0].text()
    combo = dialog.outcomes[referral]
    combo.setCurrentIndex(combo.findData(Status.ATTAINED.value))
    dialog.save()
    qtbot.waitUntil(lambda: view.dialog is None, timeout=WAIT)
    assert _in_db(session, lambda conn: get_referral(conn, referral)).status is Status.ATTAINED


def test_outcome_in_two_keystrokes_from_the_timeline(  # type: ignore[no-untyped-def]
    qtbot, view: NotesView, session: Session, vault: Vault
) -> None:
    _, referral = _person_with_referral(vault)
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT)
    view.contacts.setCurrentIndex(view.model.index(0))
    tree = view.timeline.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=WAIT)
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    assert view.timeline.current_referral() == referral
    pressed: list[str] = []

    def choose() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, choose)
            return
        pressed.append("g")
        qtbot.keyClick(popup, Qt.Key.Key_G)

    QTimer.singleShot(0, choose)
    qtbot.keyClick(tree, Qt.Key.Key_O)
    assert pressed == ["g"]
    qtbot.waitUntil(
        lambda: (
            _in_db(session, lambda conn: get_referral(conn, referral)).status is Status.ATTAINED
        ),
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: "Got there" in tree.topLevelItem(0).child(0).text(2), timeout=WAIT)


def test_due_today_lists_counts_and_marks_done_or_snoozes(  # type: ignore[no-untyped-def]
    qtbot, view: NotesView, session: Session, vault: Vault
) -> None:
    today = NOW.astimezone().date()
    with vault.transaction() as conn:
        person = save_contact(conn, Contact("Rosa"), now=NOW)
        first = add_follow_up(conn, person, today - timedelta(days=1), "call the clinic", now=NOW)
        add_follow_up(conn, person, today, "bring the ID form", now=NOW)
        add_follow_up(conn, person, today + timedelta(days=4), "not yet", now=NOW)
    view.reload()
    qtbot.waitUntil(lambda: view.due.count() == 2, timeout=WAIT)
    assert view.due_label.text() == "2 follow-ups due"
    assert view.due.item(0).text().startswith("Overdue since")
    assert "Rosa: call the clinic" in view.due.item(0).text()
    view.tabs.setCurrentIndex(1)
    view.due.setCurrentRow(0)
    view.mark_done()
    qtbot.waitUntil(lambda: view.due.count() == 1, timeout=WAIT)
    assert view.due_label.text() == "1 follow-up due"
    assert first not in [f.id for f in _in_db(session, open_follow_ups)]
    view.due.setCurrentRow(0)
    view.snooze(1)
    qtbot.waitUntil(lambda: view.due.count() == 0, timeout=WAIT)
    assert view.due_label.text() == ""
    assert view.due_empty.isVisible()


def test_copied_note_text_leaves_the_clipboard_after_30_seconds_if_still_ours(  # type: ignore[no-untyped-def]
    qtbot, view: NotesView
) -> None:
    clipboard = QGuiApplication.clipboard()
    guard = view.guard
    assert guard.timer.interval() == CLEAR_AFTER_MS == 30_000
    guard.copy("slept in the stairwell")
    assert clipboard.text() == "slept in the stairwell"
    assert guard.timer.isActive()
    guard.timer.timeout.emit()  # the 30 seconds are up
    assert clipboard.text() == ""
    guard.copy("again")
    clipboard.setText("the worker's own text")
    guard.timer.timeout.emit()
    assert clipboard.text() == "the worker's own text", "not ours any more: left alone"


def test_ctrl_c_in_a_note_is_guarded_and_lock_clears_it(  # type: ignore[no-untyped-def]
    qtbot, app: AppController, view: NotesView, vault: Vault
) -> None:
    _person_with_referral(vault)
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT)
    view.contacts.setCurrentIndex(view.model.index(0))
    qtbot.waitUntil(lambda: view.note_view.toPlainText() == "first visit", timeout=WAIT)
    view.note_view.setFocus()
    view.note_view.selectAll()
    qtbot.keyClick(view.note_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "first visit"
    assert view.guard.holding
    app.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_lock_wipes_every_note_editor_and_its_undo_history(  # type: ignore[no-untyped-def]
    qtbot, app: AppController, view: NotesView
) -> None:
    view.new_encounter()
    dialog = view.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.note, "a secret about the overdose")
    qtbot.keyClicks(dialog.place, "Pier 9")
    qtbot.keyClicks(dialog.alias_edit, "Zorro")
    assert dialog.note.document().isUndoAvailable()
    app.lock()
    assert view.dialog is None
    assert not dialog.isVisible()
    assert dialog.note.toPlainText() == ""
    assert not dialog.note.document().isUndoAvailable()
    assert not dialog.note.document().isRedoAvailable()
    assert dialog.place.text() == "" and not dialog.place.isUndoAvailable()  # noqa: PT018
    assert dialog.alias.currentText() == ""
    assert view.note_view.toPlainText() == "" and view.model.rowCount() == 0  # noqa: PT018
    assert view.timeline.tree.topLevelItemCount() == 0


def test_no_note_text_reaches_a_window_title(qtbot, view: NotesView, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    _person_with_referral(vault, "Zorro Azul")
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT)
    view.contacts.setCurrentIndex(view.model.index(0))
    qtbot.waitUntil(lambda: view.title.text() == "Zorro Azul", timeout=WAIT)
    view.new_encounter()
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets()]
    assert not any("Zorro" in t or "first visit" in t for t in titles)


def _count(session: Session | None, table: str) -> int:
    assert session is not None
    return int(_in_db(session, lambda c: c.execute(f"SELECT count(*) FROM {table}").fetchone()[0]))


def _unlock_answering(qtbot, vault_path, vault: Vault, answer: bool, asked: list[str]):  # type: ignore[no-untyped-def]
    controller = AppController(vault_path, Settings(), clock=lambda: NOW)
    qtbot.addWidget(controller.window)
    notes = controller.window.view_of(NotesView)

    def ask(text: str) -> bool:
        asked.append(text)
        return answer

    notes.retention.ask = ask
    before = len(asked)
    controller.open_session(vault)
    qtbot.waitUntil(lambda: len(asked) == before + 1, timeout=WAIT)
    return controller


def test_old_notes_are_purged_on_unlock_only_after_a_yes(  # type: ignore[no-untyped-def]
    qtbot, vault_path, vault: Vault
) -> None:
    old = NOW - timedelta(days=400)
    with vault.transaction() as conn:
        person = save_contact(conn, Contact("Old friend"), now=old)
        save_encounter(conn, EncounterDraft(person, old, note="long ago"), now=old)
    asked: list[str] = []
    first = _unlock_answering(qtbot, vault_path, vault, False, asked)
    assert _count(first.session, "encounter") == 1, "Not now keeps everything"
    first.shutdown()
    again = Vault.open(vault_path, PASSPHRASE)
    second = _unlock_answering(qtbot, vault_path, again, True, asked)
    qtbot.waitUntil(lambda: _count(second.session, "contact") == 0, timeout=WAIT)
    assert _count(second.session, "encounter") == 0
    second.shutdown()
    assert "1 encounters" in asked[0]
    assert "long ago" not in asked[0]
    assert "Old friend" not in asked[0]


def test_edit_a_person_and_add_a_follow_up(  # type: ignore[no-untyped-def]
    qtbot, app: AppController, view: NotesView, session: Session, vault: Vault
) -> None:
    person, _ = _person_with_referral(vault)
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT)
    view.contacts.setCurrentIndex(view.model.index(0))
    qtbot.waitUntil(view.edit_button.isEnabled, timeout=WAIT)
    view.edit_person()
    editor = view.side_dialog
    assert isinstance(editor, ContactDialog)
    editor.alias.setText("Rosa M")
    editor.tags.setText("camp on 5th, dog")
    editor.reach.setText("via the day centre")
    editor.do_not_contact.setChecked(True)
    editor.consent.setCurrentIndex(editor.consent.findData(True))
    editor.save()
    qtbot.waitUntil(lambda: view.side_dialog is None, timeout=WAIT)
    saved = _in_db(session, lambda conn: get_contact(conn, person))
    assert (saved.alias, saved.tags, saved.do_not_contact, saved.consent) == (
        "Rosa M",
        ("camp on 5th", "dog"),
        True,
        True,
    )
    assert saved.consent_on == NOW.astimezone().date()
    qtbot.waitUntil(lambda: view.title.text() == "Rosa M", timeout=WAIT)
    assert "Do not contact." in view.facts.text()

    view.add_follow_up()
    adder = view.side_dialog
    assert isinstance(adder, FollowUpDialog)
    adder.save()
    # Refused by the core on the worker; the form says why and stays open.
    qtbot.waitUntil(lambda: "a few words" in adder.error.text(), timeout=WAIT)
    assert view.side_dialog is adder
    qtbot.keyClicks(adder.what, "bring the ID form")
    adder.save()
    qtbot.waitUntil(lambda: view.side_dialog is None, timeout=WAIT)
    (item,) = _in_db(session, open_follow_ups)
    assert (item.text, item.due_on) == (
        "bring the ID form",
        NOW.astimezone().date() + timedelta(days=1),
    )


def test_lock_closes_and_wipes_the_person_editor(
    qtbot, app: AppController, view: NotesView, vault: Vault
) -> None:  # type: ignore[no-untyped-def]
    _person_with_referral(vault)
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT)
    view.contacts.setCurrentIndex(view.model.index(0))
    qtbot.waitUntil(view.edit_button.isEnabled, timeout=WAIT)
    view.edit_person()
    editor = view.side_dialog
    assert isinstance(editor, ContactDialog)
    qtbot.keyClicks(editor.reach, " behind the church")
    app.lock()
    assert view.side_dialog is None
    assert not editor.isVisible()
    assert editor.reach.text() == "" and not editor.reach.isUndoAvailable()  # noqa: PT018


def test_many_open_referrals_scroll_so_the_form_fits_a_laptop_screen(  # type: ignore[no-untyped-def]
    qtbot, view: NotesView, vault: Vault
) -> None:
    """Seen in the 1366x768 screenshots: each open referral adds a row to the form, and with
    five or more its Save button went below a 768-pixel screen."""
    with vault.transaction() as conn:
        person = save_contact(conn, Contact("Rosa"), now=NOW - timedelta(days=3))
        services = [ServiceSnapshot(f"svc-{n}", f"Shelter number {n}") for n in range(8)]
        draft = EncounterDraft(person, NOW - timedelta(days=3), "Pier 4", referrals=services)
        save_encounter(conn, draft, now=NOW)
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT)
    view.contacts.setCurrentIndex(view.model.index(0))
    view.new_encounter()
    dialog = view.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.outcomes) == 8, timeout=WAIT)
    # Every question is there, and the form fits 768 pixels less a title bar and a panel,
    # because the questions scroll, three at a time.
    assert dialog.minimumSizeHint().height() <= 768 - 80
    assert dialog.height() <= 768 - 80
    few = dialog.outcomes_scroll.height()
    assert dialog.outcomes_scroll.verticalScrollBar().maximum() > 0
    combo = dialog.outcomes[next(iter(dialog.outcomes))]
    assert few < 4 * combo.sizeHint().height()
    dialog.reject()
