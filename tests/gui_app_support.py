"""The whole app, unlocked over a small directory, in English or Spanish, for the keyboard and
accessibility tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from outreach.gui.app import AppController
from outreach.gui.place import mark_place_asked
from outreach.packs import build_pack
from outreach.packs.starter import install_starter_pack
from outreach.paths import resources_dir
from outreach.settings import Settings
from outreach.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui_directory_records import all_records
from tests.gui_walk import unlock_by_keyboard


def small_pack(folder: Path) -> Path:
    path = folder / "starter.ocpack"
    path.write_bytes(build_pack(all_records(), version=1, name="Test starter", source="test"))
    return path


def filled_vault(vault_path: Path, pack: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    try:
        install_starter_pack(vault, path=pack)
        mark_place_asked(vault)  # as the first run does: the place question was answered
    finally:
        vault.close()


@pytest.fixture(params=["en", "es"])
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The interface language, installed before any window is made."""
    translator = QTranslator()
    if request.param == "es":
        assert translator.load(str(resources_dir() / "translations" / "outreach_es.qm"))
        qapp.installTranslator(translator)
    yield request.param
    qapp.removeTranslator(translator)


def unlocked_app(qtbot, vault_path: Path, tmp_path: Path) -> AppController:  # type: ignore[no-untyped-def]
    """Every view shown (a publisher's settings), unlocked by keyboard over 37 services."""
    filled_vault(vault_path, small_pack(tmp_path))
    settings = Settings()
    settings.publishes_feed = True
    controller = AppController(vault_path, settings)
    qtbot.addWidget(controller.window)
    controller.start()
    unlock_by_keyboard(qtbot, controller)
    return controller


def close_everything(controller: AppController) -> None:
    controller.shutdown()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.close()
