"""The few colours the app adds to Qt's palette, in a light and a dark shade.

Qt's own widgets follow the system palette, light or dark. The colours the app sets itself (an
error in red, a warning in amber, a muted line, an alert box in the detail pane) must follow it
too: dark red on a dark window, or grey on black, cannot be read at night. Each role has a
shade for a light window and one for a dark window, each at least 4.5:1 against the window and
the text fields (WCAG AA). The palette is read when a form is loaded or a text is drawn, and
:func:`apply_theme` (Settings → Theme: the desktop's, dark or light) re-colours the style
sheets already on screen, so a change shows at once.
"""

from __future__ import annotations

import enum
import re

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget


class Role(enum.Enum):
    # (light, dark)
    ERROR = ("#b00020", "#ff8a80")
    WARNING = ("#8a4b00", "#ffb74d")
    OK = ("#1b6e20", "#81c784")
    MUTED = ("#555555", "#b0b0b0")
    ALERT_BACKGROUND = ("#fdecea", "#4a1f24")


#: Light shades found in .ui style sheets, older code and HTML, and the role each stands for.
_LIGHT_SHADES = {
    "#b00020": Role.ERROR,
    "#8a4b00": Role.WARNING,
    "#8a5a00": Role.WARNING,
    "#b26a00": Role.WARNING,
    "#1b6e20": Role.OK,
    "#555": Role.MUTED,
    "#555555": Role.MUTED,
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the window background is dark (the app's palette unless one is given)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(role: Role) -> str:
    """The shade of ``role`` for the current palette, as ``#rrggbb``."""
    light, dark = role.value
    return dark if is_dark() else light


def text_style(role: Role, *, bold: bool = False) -> str:
    """A style sheet for a label in ``role``'s colour."""
    return f"color: {colour(role)};" + (" font-weight: bold;" if bold else "")


def follow_palette(form: QWidget) -> None:
    """Give the style sheets of ``form`` and its children the current palette's shades (the
    .ui files name the light ones)."""
    for widget in [form, *form.findChildren(QWidget)]:
        sheet = widget.styleSheet()
        if "#" in sheet:
            shaded = in_palette(sheet)
            if shaded != sheet:
                widget.setStyleSheet(shaded)


#: Every shade this module knows, light or dark, and its role; longest first, so ``#555555``
#: is never read as ``#555`` followed by ``555``.
_KNOWN = {**_LIGHT_SHADES, **{role.value[1]: role for role in Role}}
_KNOWN.update({role.value[0]: role for role in Role})
_SHADE = re.compile("|".join(re.escape(s) for s in sorted(_KNOWN, key=len, reverse=True)), re.I)


def in_palette(text: str) -> str:
    """``text`` (a style sheet or HTML) with each known shade, light or dark, swapped for its
    role's shade in the current palette."""
    dark = is_dark()
    return _SHADE.sub(lambda found: _KNOWN[found.group(0).lower()].value[int(dark)], text)


# -- the theme (Settings → Theme) ------------------------------------------------------------------
#: Settings values: "" follows the desktop.
THEMES = ("", "dark", "light")
_desktop: tuple[str, QPalette] | None = None


def dark_palette() -> QPalette:
    """The app's dark palette (for Fusion), for a desktop that offers none."""
    palette = QPalette()
    role = QPalette.ColorRole
    for name, shade in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#2f2f2f"),
        (role.ToolTipBase, "#3a3a3a"),
        (role.ToolTipText, "#e6e6e6"),
        (role.PlaceholderText, "#9a9a9a"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"),
        (role.BrightText, "#ff6b6b"),
        (role.Light, "#5a5a5a"),
        (role.Midlight, "#464646"),
        (role.Mid, "#2a2a2a"),
        (role.Dark, "#1a1a1a"),
        (role.Shadow, "#000000"),
        (role.Highlight, "#3d7bd9"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#8ab4f8"),
        (role.LinkVisited, "#c58af9"),
    ):
        palette.setColor(name, QColor(shade))
    disabled = QPalette.ColorGroup.Disabled
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, name, QColor("#7a7a7a"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Dark or light (Fusion with the app's palette), or back to the desktop's own style and
    palette (``""``); the colours already on screen follow at once."""
    global _desktop
    if _desktop is None:  # what the desktop gave, to go back to
        _desktop = (app.style().name(), app.palette())
    if theme == "dark":
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(QPalette(QColor("#efefef")))
    else:
        style, palette = _desktop
        app.setStyle(QStyleFactory.create(style) or QStyleFactory.create("Fusion"))
        app.setPalette(palette)
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if "#" in sheet:
            shaded = in_palette(sheet)
            if shaded != sheet:
                widget.setStyleSheet(shaded)


#: The passphrase-strength hint's colour for scores 0 (refused) to 3.
_STRENGTH = (Role.ERROR, Role.WARNING, Role.OK, Role.OK)


def strength_style(score: int) -> str:
    return text_style(_STRENGTH[max(0, min(score, len(_STRENGTH) - 1))])
