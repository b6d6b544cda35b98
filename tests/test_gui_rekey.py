"""Settings → "Re-encrypt the vault with a fresh key…" by keyboard, on a real vault in the
real (offscreen) window: the happy path, the cancels, a wrong passphrase, a refusal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from outreach.errors import VaultDamaged
from outreach.gui.app import AppController
from outreach.gui.recover_dialog import RecoverDialog
from outreach.gui.rekey import RekeyFlow
from outreach.gui.session import Session
from outreach.gui.settings_dialog import SettingsDialog
from outreach.gui.tasks import Tasks
from outreach.settings import Settings
from outreach.vault import Vault, key_file_path
from tests.conftest import PASSPHRASE

WAIT = 10_000


@pytest.fixture
def app(qtbot, vault_path: Path, vault: Vault) -> Iterator[AppController]:  # type: ignore[no-untyped-def]
    with vault.transaction() as conn:
        conn.execute("INSERT INTO contact (alias, created_at) VALUES ('Rosa', '2026-01-01')")
    controller = AppController(vault_path, Settings())
    qtbot.addWidget(controller.window)
    controller.open_session(vault)
    qtbot.waitUntil(controller.window.isVisible, timeout=WAIT)
    yield controller
    controller.shutdown()
    if controller.unlock_dialog is not None:
        controller.unlock_dialog.close()


@pytest.fixture
def dialog(qtbot, app: AppController) -> SettingsDialog:  # type: ignore[no-untyped-def]
    settings = SettingsDialog(app.settings, app.window, session=app.session)
    settings.vault_closed.connect(app.lock)
    qtbot.addWidget(settings)
    settings.show()
    settings.activateWindow()
    qtbot.waitActive(settings)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)
    return settings


def _aliases(session: Session | None) -> list[str]:
    assert session is not None
    rows = session.run_db(lambda c: c.execute("SELECT alias FROM contact").fetchall())
    return [r[0] for r in rows.result(timeout=30)]


def _flow(qtbot, dialog: SettingsDialog) -> RekeyFlow:  # type: ignore[no-untyped-def]
    """Alt+N on the button, then wait for the question."""
    qtbot.keyClick(dialog, "n", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.rekey_flow is not None, timeout=WAIT)
    flow = dialog.rekey_flow
    assert flow is not None
    return flow


def _wait_for_question(qtbot, flow: RekeyFlow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: flow.confirm_box is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is flow.confirm_box, timeout=WAIT)


def _answer_yes_and_type(qtbot, flow: RekeyFlow, secret: str) -> None:  # type: ignore[no-untyped-def]
    _wait_for_question(qtbot, flow)
    assert flow.confirm_box is not None
    assert "stops opening this vault" in flow.confirm_box.informativeText()
    qtbot.keyClick(flow.confirm_box, "r", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: flow.passphrase_dialog is not None, timeout=WAIT)
    asked = flow.passphrase_dialog
    assert asked is not None
    field = asked.findChild(QLineEdit)
    assert field.echoMode() is QLineEdit.EchoMode.Password
    qtbot.waitUntil(field.hasFocus, timeout=WAIT)
    qtbot.keyClicks(field, secret)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_rekey_by_keyboard_shows_a_new_code_and_old_key_files_stop_working(  # type: ignore[no-untyped-def]
    qtbot, app: AppController, dialog: SettingsDialog, vault_path: Path
) -> None:
    old_key_file = key_file_path(vault_path).read_bytes()
    flow = _flow(qtbot, dialog)
    assert not dialog.rekey_button.isEnabled(), "one rekey at a time"
    _answer_yes_and_type(qtbot, flow, PASSPHRASE)
    qtbot.waitUntil(lambda: flow.code_dialog is not None, timeout=30_000)
    shown = flow.code_dialog
    assert shown is not None
    code = shown.code.text()
    assert len(code.replace("-", "")) >= 20
    assert "re-encrypted" in shown.intro.text()
    # The app goes on with the same session: the data is all there, and writes work.
    assert _aliases(app.session) == ["Rosa"]
    # Closing before the code is written down does nothing.
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert shown.isVisible()
    qtbot.keyClick(shown, "w", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(shown.kept.isChecked, timeout=WAIT)
    with qtbot.waitSignal(flow.finished, timeout=WAIT) as done:
        qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert done.args == [True]
    assert shown.code.text() == "", "the code leaves the widget once seen"
    assert dialog.rekey_button.isEnabled()
    # A copy of the old key file opens nothing now; the new code does.
    assert app.session is not None
    app.session.close().result(timeout=30)
    app.session = None
    current = key_file_path(vault_path).read_bytes()
    key_file_path(vault_path).write_bytes(old_key_file)
    with pytest.raises(VaultDamaged):
        Vault.open(vault_path, PASSPHRASE)
    key_file_path(vault_path).write_bytes(current)
    Vault.recover(vault_path, code, "a new passphrase now")[0].close()


def test_escape_at_the_question_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, vault_path: Path
) -> None:
    before = key_file_path(vault_path).read_bytes()
    flow = _flow(qtbot, dialog)
    _wait_for_question(qtbot, flow)
    assert flow.confirm_box is not None
    with qtbot.waitSignal(flow.finished, timeout=WAIT) as done:
        qtbot.keyClick(flow.confirm_box, Qt.Key.Key_Escape)
    assert done.args == [False]
    assert flow.passphrase_dialog is None
    assert key_file_path(vault_path).read_bytes() == before
    assert dialog.rekey_button.isEnabled()


def test_escape_at_the_passphrase_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, vault_path: Path
) -> None:
    before = key_file_path(vault_path).read_bytes()
    flow = _flow(qtbot, dialog)
    _wait_for_question(qtbot, flow)
    assert flow.confirm_box is not None
    qtbot.keyClick(flow.confirm_box, "r", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: flow.passphrase_dialog is not None, timeout=WAIT)
    asked = flow.passphrase_dialog
    assert asked is not None
    with qtbot.waitSignal(flow.finished, timeout=WAIT) as done:
        qtbot.keyClick(asked.findChild(QLineEdit), Qt.Key.Key_Escape)
    assert done.args == [False]
    assert flow.progress is None
    assert key_file_path(vault_path).read_bytes() == before


def test_a_wrong_passphrase_says_so_and_the_vault_stays_open(  # type: ignore[no-untyped-def]
    qtbot, app: AppController, dialog: SettingsDialog, vault_path: Path
) -> None:
    before = key_file_path(vault_path).read_bytes()
    flow = _flow(qtbot, dialog)
    _answer_yes_and_type(qtbot, flow, "not my passphrase")
    qtbot.waitUntil(lambda: flow.result_box is not None, timeout=30_000)
    assert flow.result_box is not None
    assert flow.result_box.text() == "Wrong passphrase. Nothing was changed."
    assert flow.code_dialog is None
    with qtbot.waitSignal(flow.finished, timeout=WAIT):
        qtbot.keyClick(flow.result_box, Qt.Key.Key_Return)
    assert key_file_path(vault_path).read_bytes() == before
    assert _aliases(app.session) == ["Rosa"]
    assert not app.is_locked


def test_refused_while_another_process_has_the_vault_open(  # type: ignore[no-untyped-def]
    qtbot, app: AppController, dialog: SettingsDialog, vault_path: Path
) -> None:
    before = key_file_path(vault_path).read_bytes()
    other = Vault.open(vault_path, PASSPHRASE)  # `outreach …` running in a terminal, say
    try:
        flow = _flow(qtbot, dialog)
        _answer_yes_and_type(qtbot, flow, PASSPHRASE)
        qtbot.waitUntil(lambda: flow.result_box is not None, timeout=30_000)
    finally:
        other.close()
    assert flow.result_box is not None
    text = flow.result_box.text()
    assert text.startswith("The vault was not re-encrypted: The vault is open in another")
    assert text.endswith("Nothing was changed.")
    assert key_file_path(vault_path).read_bytes() == before
    assert _aliases(app.session) == ["Rosa"]


def test_no_rekey_without_an_open_vault(qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = SettingsDialog(Settings())
    qtbot.addWidget(settings)
    assert not settings.rekey_button.isEnabled()


# -- the recovery offers it ------------------------------------------------------------------


@pytest.fixture
def tasks() -> Iterator[Tasks]:
    workers = Tasks()
    yield workers
    workers.shutdown()


def _recover_by_keyboard(
    qtbot, tasks: Tasks, vault_path: Path, code: str, rekey: bool
) -> RecoverDialog:  # type: ignore[no-untyped-def]
    dialog = RecoverDialog(vault_path, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)
    assert dialog.rekey.isChecked(), "offered, and ticked by default"
    if not rekey:
        qtbot.keyClick(dialog, "k", Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not dialog.rekey.isChecked(), timeout=WAIT)
    qtbot.keyClick(dialog, "c", Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClick(dialog, "n", Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(dialog.new_passphrase, "a fresh passphrase")
    qtbot.keyClick(dialog, "r", Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(dialog.confirm, "a fresh passphrase")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.new_code.isVisible(), timeout=30_000)
    return dialog


def test_recovery_re_encrypts_by_default_so_old_key_files_stop_working(  # type: ignore[no-untyped-def]
    qtbot, tasks: Tasks, new_vault: tuple[Vault, str], vault_path: Path
) -> None:
    vault, code = new_vault
    vault.close()
    old_key_file = key_file_path(vault_path).read_bytes()
    dialog = _recover_by_keyboard(qtbot, tasks, vault_path, code, rekey=True)
    assert "re-encrypted" in dialog.error.text()
    new_code = dialog.new_code.text()
    opened = dialog._vault
    assert opened is not None
    assert opened.is_open
    opened.close()
    current = key_file_path(vault_path).read_bytes()
    key_file_path(vault_path).write_bytes(old_key_file)
    with pytest.raises(VaultDamaged):
        Vault.open(vault_path, PASSPHRASE)
    key_file_path(vault_path).write_bytes(current)
    Vault.recover(vault_path, new_code, "and once more")[0].close()


def test_recovery_without_rekey_suggests_it(  # type: ignore[no-untyped-def]
    qtbot, tasks: Tasks, new_vault: tuple[Vault, str], vault_path: Path
) -> None:
    vault, code = new_vault
    vault.close()
    old_key_file = key_file_path(vault_path).read_bytes()
    dialog = _recover_by_keyboard(qtbot, tasks, vault_path, code, rekey=False)
    assert "Settings → Re-encrypt the vault makes them useless" in dialog.error.text()
    opened = dialog._vault
    assert opened is not None
    opened.close()
    key_file_path(vault_path).write_bytes(old_key_file)
    Vault.open(vault_path, PASSPHRASE).close()  # what the rekey would have prevented


def test_recovery_says_plainly_when_the_rekey_was_refused(  # type: ignore[no-untyped-def]
    qtbot, tasks: Tasks, new_vault: tuple[Vault, str], vault_path: Path
) -> None:
    vault, code = new_vault  # left open: as if a terminal command had the vault open
    try:
        dialog = _recover_by_keyboard(qtbot, tasks, vault_path, code, rekey=True)
    finally:
        vault.close()
    text = dialog.error.text()
    assert text.startswith("Done, but the vault was not re-encrypted: The vault is open in")
    opened = dialog._vault
    assert opened is not None
    opened.close()
    Vault.recover(vault_path, dialog.new_code.text(), "the shown code works")[0].close()


def test_a_refused_rekey_after_recovery_reads_in_spanish(  # type: ignore[no-untyped-def]
    qtbot, spanish, tasks: Tasks, new_vault: tuple[Vault, str], vault_path: Path
) -> None:
    vault, code = new_vault  # left open: as if a terminal command had the vault open
    try:
        dialog = _recover_by_keyboard(qtbot, tasks, vault_path, code, rekey=True)
    finally:
        vault.close()
    assert "La bóveda está abierta en otra ventana o proceso" in dialog.error.text()
    assert "The vault" not in dialog.error.text()
    opened = dialog._vault
    assert opened is not None
    opened.close()
