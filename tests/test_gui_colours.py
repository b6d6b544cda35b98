"""The app's own colours follow the palette: on a dark one, no light-theme shade is left.

Reproduces what the dark screenshots showed before ``outreach.gui.colours``: dark red errors
(#b00020) and grey (#555) lines on a dark window, and a pale pink alert box holding light text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from outreach.gui import colours
from outreach.gui.colours import Role, text_style
from outreach.gui.directory.detail_html import render_detail
from outreach.gui.forms import load_form

REPO = Path(__file__).resolve().parents[1]
LIGHT_SHADES = {light for light, _dark in (role.value for role in Role)} | set(
    colours._LIGHT_SHADES
)


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    before = qapp.palette()
    palette = QPalette(before)
    for role, shade in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(shade))
    qapp.setPalette(palette)
    try:
        yield palette
    finally:
        qapp.setPalette(before)


def _luminance(shade: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    colour = QColor(shade)
    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.ALERT_BACKGROUND])
def test_every_text_shade_reads_on_its_window(role: Role) -> None:
    light, dark = role.value
    for background in ("#efefef", "#ffffff"):  # Fusion's light window, a text field
        assert _contrast(light, background) >= 4.5, (role, light, background)
    for background in ("#2b2b2b", "#1e1e1e", "#353535"):  # dark windows and fields
        assert _contrast(dark, background) >= 4.5, (role, dark, background)


def test_light_palette_keeps_the_light_shades(qapp: QApplication) -> None:
    assert not colours.is_dark()
    assert text_style(Role.ERROR) == "color: #b00020;"


def test_dark_palette_switches_code_and_forms(dark: QPalette) -> None:
    assert colours.is_dark()
    assert text_style(Role.ERROR, bold=True) == "color: #ff8a80; font-weight: bold;"
    # A form whose .ui names a light shade (the directory's message line, amber).
    form = load_form("directory_view")
    try:
        message = form.findChild(QLabel, "messageLabel")
        assert message is not None
        assert "#8a4b00" not in message.styleSheet()
        assert Role.WARNING.value[1] in message.styleSheet()
    finally:
        form.deleteLater()


def test_detail_pane_on_a_dark_palette_has_no_light_shade(dark: QPalette) -> None:
    record = {
        "id": "s1",
        "name": "Harbor Clinic",
        "organization": {"id": "o1", "name": "Harbor Health"},
        "alert": "Closed for the holiday on Friday.",
        "assured_date": "2019-01-01",  # old enough for the pane's warning
        "description": "Medically supervised detox and withdrawal management.",
    }
    text = render_detail(record, datetime(2026, 12, 3, 18, 0, tzinfo=UTC)).html
    assert "Harbor Health" in text
    assert "Closed for the holiday" in text
    assert "Categories:" in text  # muted line
    assert "call to check before sending someone" in text  # the old-verification warning
    found = {shade for shade in LIGHT_SHADES if shade in text}
    assert not found, f"light shades in the dark detail pane: {found}"
    assert Role.ALERT_BACKGROUND.value[1] in text


def test_no_colour_outside_the_roles() -> None:
    """Every colour a .ui style sheet names has a dark shade; code asks colours.py."""
    unknown = []
    for form in sorted((REPO / "ui").glob("*.ui")):
        for shade in re.findall(r"color:\s*(#[0-9a-fA-F]{3,6})", form.read_text("utf-8")):
            if shade.lower() not in colours._LIGHT_SHADES:
                unknown.append(f"{form.name}: {shade}")
    # In code, a text colour is written out only beside its own background (the hours
    # badges); any other comes from colours.py, so it follows a dark palette.
    for source in sorted((REPO / "outreach" / "gui").rglob("*.py")):
        if source.name == "colours.py":
            continue
        for line in source.read_text("utf-8").splitlines():
            if re.search(r"color:\s*#[0-9a-fA-F]{3,6}", line) and "background" not in line:
                unknown.append(f"{source.relative_to(REPO)}: {line.strip()}")
    assert not unknown, "colours that ignore a dark palette:\n" + "\n".join(unknown)


@pytest.fixture
def desktop_theme(qapp: QApplication) -> Iterator[None]:
    """Whatever a test picks, the app goes back to the desktop's own style and palette."""
    try:
        yield
    finally:
        colours.apply_theme(qapp, "")


def test_theme_dark_and_back_recolours_what_is_on_screen(
    qapp: QApplication, desktop_theme: None
) -> None:
    assert not colours.is_dark()
    label = QLabel("Wrong passphrase")
    label.setStyleSheet(text_style(Role.ERROR, bold=True))
    form = load_form("directory_view")  # its message line is amber in the .ui
    message = form.findChild(QLabel, "messageLabel")
    assert message is not None
    try:
        colours.apply_theme(qapp, "dark")
        assert colours.is_dark()
        assert qapp.style().name().lower() == "fusion"
        assert Role.ERROR.value[1] in label.styleSheet()
        assert Role.WARNING.value[1] in message.styleSheet()
        colours.apply_theme(qapp, "")
        assert not colours.is_dark()
        assert label.styleSheet() == "color: #b00020; font-weight: bold;"
        assert Role.WARNING.value[0] in message.styleSheet()
    finally:
        label.deleteLater()
        form.deleteLater()


def test_settings_theme_applies_at_once_and_is_kept(
    qtbot, qapp: QApplication, desktop_theme: None
) -> None:  # type: ignore[no-untyped-def]
    from outreach.gui.settings_dialog import SettingsDialog
    from outreach.settings import Settings

    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.theme.currentData() == ""
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    assert colours.is_dark()
    assert Settings.load().theme == "dark"
    again = SettingsDialog(Settings.load())
    qtbot.addWidget(again)
    assert again.theme.currentData() == "dark"
