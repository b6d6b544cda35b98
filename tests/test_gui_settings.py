"""Settings → General by keyboard: the notes' retention and the referral follow-up days are
saved and used."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from outreach.gui.app import AppController
from outreach.gui.settings_dialog import SettingsDialog
from outreach.notes.contacts import Contact, save_contact
from outreach.notes.encounters import EncounterDraft, save_encounter
from outreach.notes.followups import open_follow_ups
from outreach.notes.referrals import ServiceSnapshot
from outreach.settings import Settings
from outreach.vault import Vault

NOW = datetime.now(UTC).replace(microsecond=0)
WAIT = 10_000


def _retype(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_follow_up_and_retention_days_are_set_by_keyboard_and_saved(qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)
    assert dialog.follow_up_days.value() == 7, "the default: a week"
    assert dialog.retention.value() == 365
    qtbot.keyClick(dialog, "u", Qt.KeyboardModifier.AltModifier)
    assert dialog.follow_up_days.hasFocus(), "Alt+U reaches the follow-up days"
    _retype(qtbot, dialog.follow_up_days.lineEdit(), "3")
    qtbot.keyClick(dialog, "k", Qt.KeyboardModifier.AltModifier)
    assert dialog.retention.hasFocus(), "Alt+K reaches the retention days"
    _retype(qtbot, dialog.retention.lineEdit(), "90")
    qtbot.keyClick(dialog.retention, Qt.Key.Key_Return)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = Settings.load()
    assert saved.referral_follow_up_days == 3
    assert saved.retention_days == 90


def test_cancel_keeps_the_follow_up_days(qtbot) -> None:  # type: ignore[no-untyped-def]
    Settings(referral_follow_up_days=5).save()
    settings = Settings.load()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.follow_up_days.setValue(30)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert Settings.load().referral_follow_up_days == 5
    assert settings.referral_follow_up_days == 5


def _referral_made(vault: Vault, days_ago: int) -> None:
    with vault.transaction() as conn:
        person = save_contact(conn, Contact("Rosa"), now=NOW - timedelta(days=days_ago))
        draft = EncounterDraft(
            person,
            NOW - timedelta(days=days_ago),
            "Pier 4",
            referrals=[ServiceSnapshot("svc-1", "Harbour Shelter")],
        )
        save_encounter(conn, draft, now=NOW - timedelta(days=days_ago))


@pytest.mark.parametrize(("after_days", "follow_ups"), [(7, 0), (3, 1)])
def test_the_setting_decides_when_an_unanswered_referral_becomes_a_follow_up(  # type: ignore[no-untyped-def]
    qtbot, vault_path, vault: Vault, after_days: int, follow_ups: int
) -> None:
    _referral_made(vault, days_ago=4)
    controller = AppController(
        vault_path, Settings(referral_follow_up_days=after_days), clock=lambda: NOW
    )
    qtbot.addWidget(controller.window)
    controller.open_session(vault)
    session = controller.session
    assert session is not None
    # The unlock's follow-up pass was queued first on the single database worker.
    rows = session.run_db(lambda conn: open_follow_ups(conn)).result(timeout=30)
    controller.shutdown()
    assert len(rows) == follow_ups
