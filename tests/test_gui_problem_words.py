"""The core's coded errors (a damaged vault, key file or backup, a refused feed invite…) are
worded by the GUI: in English as the command line prints them, in Spanish every one in
Spanish; a damaged key file met while unlocking a real app and an invite refused in Settings →
Feeds read in Spanish."""

from __future__ import annotations

import enum
import string
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from outreach.errors import PackRejected, UserFacingError
from outreach.feed.outcome import classify_failure, problem_record, recorded_problem
from outreach.gui.app import AppController
from outreach.gui.errors import user_text
from outreach.gui.problem_words import worded_families
from outreach.gui.settings_dialog import SettingsDialog
from outreach.gui.sync_words import sync_result_text
from outreach.packs.problems import PackProblem
from outreach.settings import Settings
from outreach.vault import Vault
from outreach.vault.files import key_file_path
from tests.conftest import FAST_KDF, PASSPHRASE

CODES = [code for family in worded_families() for code in family]


def _coded_error(code: enum.Enum) -> UserFacingError:
    """``code`` raised with a made-up value for each of its fields."""
    fields = {name for _, name, _, _ in string.Formatter().parse(code.value) if name}
    return UserFacingError(code, **{name: f"<{name} value>" for name in fields})


@pytest.mark.parametrize("code", CODES, ids=lambda code: f"{type(code).__name__}.{code.name}")
def test_the_english_interface_says_what_the_command_line_says(qapp, code: enum.Enum) -> None:  # type: ignore[no-untyped-def]
    exc = _coded_error(code)
    assert user_text(exc) == str(exc)


@pytest.mark.parametrize("code", CODES, ids=lambda code: f"{type(code).__name__}.{code.name}")
def test_every_coded_error_reads_in_spanish(spanish, code: enum.Enum) -> None:  # type: ignore[no-untyped-def]
    exc = _coded_error(code)
    text = user_text(exc)
    assert text != str(exc), "not translated"
    for value in exc.values.values():
        assert value in text, f"{value} is missing"
    assert "{" not in text


def test_a_damaged_key_file_reads_in_spanish_when_unlocking(  # type: ignore[no-untyped-def]
    qtbot, spanish, vault_path: Path
) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    key_file_path(vault_path).write_text("not a key file", encoding="utf-8")
    controller = AppController(vault_path, Settings())
    qtbot.addWidget(controller.window)
    controller.start()
    try:
        dialog = controller.unlock_dialog
        qtbot.waitExposed(dialog)
        dialog.passphrase.setFocus()
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        damaged = f"El archivo de clave {key_file_path(vault_path).name} está dañado"
        qtbot.waitUntil(lambda: dialog.error.text().startswith(damaged), timeout=10_000)
        # Every wrapped line shows: the dialog grows to the message (four lines here).
        error = dialog.error
        qtbot.waitUntil(
            lambda: error.height() >= error.heightForWidth(error.width()), timeout=10_000
        )
        assert error.heightForWidth(error.width()) > 2 * error.fontMetrics().height()
    finally:
        controller.shutdown()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog):
                widget.close()


def test_a_refused_invite_reads_in_spanish_in_settings(  # type: ignore[no-untyped-def]
    qtbot, spanish, controller, vault: Vault, tmp_path: Path
) -> None:
    controller.open_session(vault)
    dialog = SettingsDialog(controller.settings, controller.window, session=controller.session)
    qtbot.addWidget(dialog)
    invite = tmp_path / "county.invite"
    invite.write_text('{"format": 1, "name": "County 211"}', encoding="utf-8")
    dialog.feeds_tab.add_from_file(invite)
    error = dialog.feeds_tab.error
    qtbot.waitUntil(lambda: bool(error.text()), timeout=10_000)
    assert error.text() == "county.invite: el campo 'url' no es una URL http(s)."
    feeds = controller.session.run_db(
        lambda conn: conn.execute("SELECT count(*) FROM feed").fetchone()[0]
    ).result(timeout=30)
    assert feeds == 0, "nothing was trusted"


def test_a_pack_refusal_kept_as_a_feed_problem_reads_in_both_languages(qapp) -> None:  # type: ignore[no-untyped-def]
    refused = classify_failure(PackRejected(PackProblem.OLDER, version=3, installed=5), "County")
    english = "Pack version 3 is older than the installed version 5; it was not applied."
    assert refused.message == f"{english} Nothing changed."
    stored = recorded_problem(problem_record(refused), "County")
    assert stored is not None
    assert stored.message == refused.message, "the command line's feed list"
    assert sync_result_text(stored) == refused.message


def test_a_pack_refusal_kept_as_a_feed_problem_reads_in_spanish(spanish) -> None:  # type: ignore[no-untyped-def]
    refused = classify_failure(PackRejected(PackProblem.OLDER, version=3, installed=5), "County")
    stored = recorded_problem(problem_record(refused), "County")
    assert stored is not None
    assert sync_result_text(stored) == (
        "La versión 3 del paquete es más antigua que la instalada, 5; no se aplicó. No cambió nada."
    )
