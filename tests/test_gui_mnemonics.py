"""No two controls that can be on screen together answer to the same Alt+letter, and every
underlined letter does something, in every window and dialog, in English and in Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from outreach.gui.progress import TaskProgress
from tests.gui_app_support import close_everything, language, unlocked_app  # noqa: F401
from tests.gui_walk import (
    dead_mnemonics,
    dialog_classes,
    duplicate_mnemonics,
    menu_duplicates,
    open_windows,
)


@pytest.fixture
def app(qtbot, language, vault_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]  # noqa: F811
    controller = unlocked_app(qtbot, vault_path, tmp_path)
    yield controller
    close_everything(controller)


def test_no_window_or_dialog_has_a_clashing_or_dead_mnemonic(app, vault_path) -> None:  # type: ignore[no-untyped-def]
    problems: list[str] = []
    walked = set()
    for name, window in open_windows(app, vault_path):
        walked.add(type(window))
        problems += [f"{name}: {p}" for p in duplicate_mnemonics(window)]
        problems += [f"{name}: {p}" for p in dead_mnemonics(window)]
        for menu in window.menuBar().findChildren(QMenu) if name.startswith("main") else []:
            problems += [f"{name}: {p}" for p in menu_duplicates(menu)]
    assert not problems, "\n".join(sorted(set(problems)))
    # A dialog added later is walked too, or this fails until it is.
    missing = {c.__name__ for c in dialog_classes() - walked - {TaskProgress}}
    missing = {name for name in missing if not name.startswith("_")}  # bases
    assert missing == set()


def test_the_walk_finds_a_clash_and_a_dead_letter(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The checks above can fail: two buttons with Alt+R, a label without a buddy."""
    from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for widget in (QCheckBox("F&ree"), QPushButton("Copy &referral slip"), QLabel("&Where")):
        layout.addWidget(widget)
    printing = QPushButton("&Print slip…")
    layout.addWidget(printing)
    from PySide6.QtGui import QKeySequence

    printing.setShortcut(QKeySequence("Ctrl+P"))
    assert len(duplicate_mnemonics(window)) == 1
    dead = dead_mnemonics(window)
    assert len(dead) == 2
    assert "no buddy" in dead[0] or "no buddy" in dead[1]
