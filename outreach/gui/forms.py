"""Load Qt Designer forms from ui/ at run time (the .ui files are the only layout source)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from outreach.gui.colours import follow_palette
from outreach.paths import ui_dir

W = TypeVar("W", bound=QObject)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree described by ``ui/<name>.ui``."""
    path = ui_dir() / f"{name}.ui"
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"cannot open the form {path}")
    try:
        loader = QUiLoader()
        widget = loader.load(handle, parent)
    finally:
        handle.close()
    if widget is None:
        raise RuntimeError(f"cannot load the form {path}: {loader.errorString()}")
    follow_palette(widget)  # the forms' colours are written for a light window
    return widget


def embed_form(name: str, host: QWidget) -> QWidget:
    """Load a QWidget form and lay it out to fill ``host`` (a dialog or a panel)."""
    form = load_form(name, host)
    layout = QVBoxLayout(host)
    if host.isWindow():  # dialogs get breathing room; embedded panels sit flush
        layout.setContentsMargins(12, 12, 12, 12)
    else:
        layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


def child(form: QWidget, kind: type[W], name: str) -> W:
    """The named child of a loaded form; a missing one is a bug in the .ui file."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"form {form.objectName()} has no {kind.__name__} named {name!r}")
    return found
