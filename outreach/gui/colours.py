"""The few colours the app adds to Qt's palette, in a light and a dark shade.

Qt's own widgets follow the system palette, light or dark. The colours the app sets itself (an
error in red, a warning in amber, a muted line, an alert box in the detail pane) must follow it
too: dark red on a dark window, or grey on black, cannot be read at night. Each role has a
shade for a light window and one for a dark window, each at least 4.5:1 against the window and
the text fields (WCAG AA). The palette is read when a form is loaded or a text is drawn, so a
dark palette set at start-up (a dark desktop theme, ``-style Fusion`` with a dark palette) is
followed everywhere.
"""

from __future__ import annotations

import enum

from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget


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
    """On a dark palette, give the style sheets of ``form`` and its children the dark shades
    of the light colours the .ui files name (they are written for a light window)."""
    if not is_dark():
        return
    for widget in [form, *form.findChildren(QWidget)]:
        sheet = widget.styleSheet()
        if "#" in sheet:
            widget.setStyleSheet(in_palette(sheet))


def in_palette(text: str) -> str:
    """``text`` (a style sheet or HTML) with each known light shade swapped for the current
    palette's, longest first so ``#555555`` is not read as ``#555`` followed by ``555``."""
    if not is_dark():
        return text
    for light in sorted(_LIGHT_SHADES, key=len, reverse=True):
        text = text.replace(light, _LIGHT_SHADES[light].value[1])
    return text


#: The passphrase-strength hint's colour for scores 0 (refused) to 3.
_STRENGTH = (Role.ERROR, Role.WARNING, Role.OK, Role.OK)


def strength_style(score: int) -> str:
    return text_style(_STRENGTH[max(0, min(score, len(_STRENGTH) - 1))])
